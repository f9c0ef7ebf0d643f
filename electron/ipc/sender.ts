import { isAppUrl } from '../shell/appOrigin'

/// The frame an IPC message came from, as Electron's `WebFrameMain` describes it.
export interface SenderFrame {
  readonly url: string
  readonly parent: unknown
}

/// The part of an IPC event the sender check reads.
export interface IpcInvokeEvent {
  readonly senderFrame: SenderFrame | null
}

/// Whether an IPC call comes from the app's own page: the top frame of a window, showing
/// a page of the app protocol. A frame that is gone (`null`, the page navigated away while
/// the call travelled), a sub-frame, or any other origin is refused, so that nothing but
/// the app's own code can reach the files and dialogs behind the handlers even if the
/// page were ever made to show something else.
export function isTrustedSender(event: IpcInvokeEvent): boolean {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isAppUrl(frame.url)
}
