/// What preventing a default action needs of an Electron event.
export interface Preventable {
  preventDefault(): void
}

/// The parts of a window's `WebContents` the guards attach to.
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: Preventable, url: string) => void): unknown
  on(event: 'will-redirect', listener: (event: Preventable, url: string) => void): unknown
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void
}

/// The parts of a `Session` the permission guards set.
export interface GuardedSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void
}

/// Keep a window on the app: it never navigates away (a link, a script setting
/// `location`), never redirects, never opens a window of its own and never embeds a
/// `<webview>`. The page is the whole app; anything else it is asked to show is at best
/// a mistake and at worst a page that would inherit the app's IPC. (Files dropped on the
/// window do not navigate it: `navigateOnDragDrop` is off, and the preload takes drops.)
export function guardNavigation(contents: GuardedContents): void {
  contents.on('will-navigate', event => event.preventDefault())
  contents.on('will-redirect', event => event.preventDefault())
  contents.on('will-attach-webview', event => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/// Refuse every permission a page can ask for (camera, microphone, notifications,
/// location, clipboard reading, opening external links…). The editor needs none: the
/// spell checker, printing and file dialogs all run in the main process.
export function denyPermissions(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
