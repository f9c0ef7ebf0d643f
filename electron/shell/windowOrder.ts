/// The app's windows from the most recently focused to the least, for the choices that
/// depend on which window the person last worked in when none has the focus now (the app
/// is not in front during a double-click in Explorer or Finder, so Electron's
/// `BrowserWindow.getFocusedWindow()` is null then).
export class WindowOrder {
  private order: number[] = []

  /// A new window counts as the most recent: it is about to be shown and focused.
  opened(windowId: number): void {
    this.toFront(windowId)
  }

  focused(windowId: number): void {
    this.toFront(windowId)
  }

  closed(windowId: number): void {
    this.order = this.order.filter(id => id !== windowId)
  }

  /// Window ids, the most recently focused first.
  recent(): readonly number[] {
    return this.order
  }

  private toFront(windowId: number): void {
    this.order = [windowId, ...this.order.filter(id => id !== windowId)]
  }
}
