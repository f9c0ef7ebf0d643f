import type { HostApi } from '../../shared/host'
import type { z } from 'zod'
import { hostChannels, shellChannels, type HostMethod } from './channels'
import { droppedFiles, hostArguments } from './hostArguments'
import { isTrustedSender, type IpcInvokeEvent } from './sender'
import type { ShellEventSource } from '../../shared/host'

type Api = HostApi & ShellEventSource

/// The host as the main process implements it: each method of `HostApi` with, first, the
/// window that called it (an id the handler finds from the IPC event).
export type WindowHost = {
  [K in HostMethod]: Api[K] extends (...args: infer A) => infer R ? (windowId: number, ...args: A) => R : never
}

/// The part of Electron's `ipcMain` the handlers are registered on.
export interface IpcHandlerRegistry<E extends IpcInvokeEvent> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => unknown): void
}

/// Why a call was refused, as the page sees it (the invoke rejects with it).
export class RefusedCall extends Error {
  override readonly name = 'RefusedCall'
}

/// Register one handler per host method. Each handler, before anything else, checks
/// that the call comes from the app's own page in one of its windows, and that its
/// arguments have exactly the expected shape; a call failing either is refused with an
/// error and reaches no file, dialog or setting.
export function registerHostHandlers<E extends IpcInvokeEvent>(ipc: IpcHandlerRegistry<E>, host: WindowHost,
  windowOf: (event: E) => number | null): void {
  for (const method of Object.keys(hostChannels) as HostMethod[]) {
    const call = host[method] as (windowId: number, ...args: unknown[]) => unknown
    const schema = hostArguments[method] as z.ZodType<unknown[]>
    handleChecked(ipc, hostChannels[method], schema, windowOf, (windowId, args) => call.call(host, windowId, ...args))
  }
}

/// Register the handler of files dropped on a window (the preload's `acceptFileDrops`),
/// checked as the host's calls are: `onDrop` gets the window and the paths.
export function registerDropHandler<E extends IpcInvokeEvent>(ipc: IpcHandlerRegistry<E>,
  windowOf: (event: E) => number | null, onDrop: (windowId: number, paths: readonly string[]) => void): void {
  handleChecked(ipc, shellChannels.dropFiles, droppedFiles, windowOf, (windowId, [paths]) => onDrop(windowId, paths))
}

function handleChecked<E extends IpcInvokeEvent, A extends unknown[]>(ipc: IpcHandlerRegistry<E>, channel: string,
  schema: z.ZodType<A>, windowOf: (event: E) => number | null, call: (windowId: number, args: A) => unknown): void {
  ipc.handle(channel, (event, ...args) => {
    const windowId = isTrustedSender(event) ? windowOf(event) : null
    if (windowId === null) throw new RefusedCall(`${channel}: refused: the call did not come from a Penholder window`)
    const parsed = schema.safeParse(args)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new RefusedCall(`${channel}: refused: argument ${issue.path.join('.') || '(all)'}: ${issue.message}`)
    }
    return call(windowId, parsed.data)
  })
}
