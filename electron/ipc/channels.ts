import type { HostApi } from '../../shared/host'
import type { ShellEventSource } from '../../shared/host'

/// The methods of `HostApi` the preload turns into IPC calls (all but the constant
/// `capabilities` and `noteUnsavedDraft`, which the desktop, asking on close through its
/// own flow, leaves out), plus `nextShellEvent`.
export type HostMethod = Exclude<keyof HostApi, 'capabilities' | 'noteUnsavedDraft'> | keyof ShellEventSource

/// One IPC channel per method, under the app's prefix so that no channel of Electron's
/// own or of a library can be mistaken for one of ours. Shared by the preload (which
/// only invokes them) and the main process (which only handles them).
export const hostChannels = {
  openDocument: 'penholder:open-document',
  openRecent: 'penholder:open-recent',
  saveDocument: 'penholder:save-document',
  saveDocumentAs: 'penholder:save-document-as',
  exportFile: 'penholder:export-file',
  recentFiles: 'penholder:recent-files',
  forgetRecent: 'penholder:forget-recent',
  recordDraft: 'penholder:record-draft',
  discardDraft: 'penholder:discard-draft',
  recoverableDrafts: 'penholder:recoverable-drafts',
  loadSettings: 'penholder:load-settings',
  saveSettings: 'penholder:save-settings',
  nextShellEvent: 'penholder:next-shell-event'
} as const satisfies Record<HostMethod, `penholder:${string}`>

/// Channels of the preload's own, outside `HostApi`: the page never calls them.
export const shellChannels = {
  /// Files dropped on the window (electron/preload/fileDrop.ts).
  dropFiles: 'penholder:drop-files'
} as const
