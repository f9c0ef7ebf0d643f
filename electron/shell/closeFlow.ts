/// The answer to “Do you want to save the changes you made to …?”.
export type CloseChoice = 'save' | 'discard' | 'cancel'

/// What the flow needs of the app: which windows hold unsaved changes, the question, and
/// the three ways to act on its answer.
export interface CloseFlowActions {
  /// The windows open now, in the order they are asked about (the focused one first).
  windows(): readonly number[]
  hasUnsavedChanges(windowId: number): boolean
  /// Show the window and ask Save / Don't Save / Cancel.
  ask(windowId: number): Promise<CloseChoice>
  /// Save the window's draft; false when it was not saved (the save dialog was closed, or
  /// saving failed and the person was told why), which keeps the window open.
  save(windowId: number): Promise<boolean>
  /// Give up the window's unsaved changes: drop its copy in the recovery journal.
  discard(windowId: number): Promise<void>
  /// Close the window for real; its `close` event comes back to `beforeClose`.
  close(windowId: number): void
  /// Quit the app for real; `before-quit` and each window's `close` come back.
  quit(): void
}

/// Closing a window, or quitting, with unsaved changes, on every platform: a window's
/// `close` and the app's `before-quit` are both caught, because depending on the platform
/// and on how the person quits (the window's close button, Cmd-Q, the Dock, the task bar,
/// logging out) either can come first or alone.
///
/// Electron wants `preventDefault()` during the event, before any question can be
/// answered. So the flow answers at once whether the event may go on; when it may not,
/// it asks, acts on the answer, and when the answer allows closes the window or quits
/// again itself, this time letting the event through. A window being asked about ignores
/// further clicks on its close button; a quit asks about each window with unsaved
/// changes in turn and stops at the first Cancel.
export class CloseFlow {
  /// Windows whose next `close` is let through: their changes were saved or given up.
  private readonly released = new Set<number>()
  /// Windows with a question on screen.
  private readonly asking = new Set<number>()
  private quitting: 'no' | 'asking' | 'released' = 'no'

  constructor(private readonly actions: CloseFlowActions) {}

  /// A window's `close` event. Returns whether to let it close now; when not, the caller
  /// prevents the default and the flow closes the window later if the person agrees.
  beforeClose(windowId: number): boolean {
    if (this.released.has(windowId) || this.quitting === 'released') return true
    if (this.asking.has(windowId) || this.quitting === 'asking') return false
    if (!this.actions.hasUnsavedChanges(windowId)) return true
    void this.settle(windowId).then(closes => {
      if (!closes) return
      this.released.add(windowId)
      this.actions.close(windowId)
    })
    return false
  }

  /// The window is gone (closed, or its renderer crashed and it was destroyed).
  closed(windowId: number): void {
    this.released.delete(windowId)
    this.asking.delete(windowId)
  }

  /// The app's `before-quit` event. Returns whether to let the quit go on now; when not,
  /// the caller prevents the default and the flow quits later if every window agrees.
  beforeQuit(): boolean {
    if (this.quitting === 'released') return true
    if (this.quitting === 'asking') return false
    const unsaved = this.actions.windows().filter(id => this.actions.hasUnsavedChanges(id))
    if (!unsaved.length) {
      this.quitting = 'released'
      return true
    }
    this.quitting = 'asking'
    void this.settleAll(unsaved).then(quits => {
      this.quitting = quits ? 'released' : 'no'
      if (quits) this.actions.quit()
    })
    return false
  }

  private async settleAll(windows: readonly number[]): Promise<boolean> {
    for (const id of windows) {
      if (this.asking.has(id)) return false
      if (!await this.settle(id)) return false
    }
    return true
  }

  /// Ask about one window and act on the answer; true when the window may close.
  private async settle(windowId: number): Promise<boolean> {
    this.asking.add(windowId)
    try {
      const choice = await this.actions.ask(windowId)
      if (choice === 'cancel') return false
      if (choice === 'save') return await this.actions.save(windowId)
      await this.actions.discard(windowId)
      return true
    } catch {
      // A question or a save that fails in an unforeseen way keeps the window and its
      // draft: losing the draft is the one outcome that cannot be undone.
      return false
    } finally {
      this.asking.delete(windowId)
    }
  }
}
