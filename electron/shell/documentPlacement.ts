/// Where a document handed over from outside (the command line, the file manager, a
/// drop, macOS `open-file`) goes.
export type Placement =
  /// It is open already: bring that window forward rather than open it twice.
  | { readonly kind: 'focus', readonly windowId: number }
  /// Into this window, which shows nothing that would be lost.
  | { readonly kind: 'reuse', readonly windowId: number }
  /// Into a new window.
  | { readonly kind: 'new' }

/// Decide where a document goes. `target` is the window it was dropped on or the one in
/// front; it is reused only while blank (no document file, no unsaved changes), so
/// handing a document to Penholder never replaces someone's work. With no target (the
/// app is not in front: a double-click in Explorer or Finder), the most recently focused
/// blank window of `recent` (most recent first) takes it, as the untouched window the app
/// opened with would.
export function placeDocument(showing: number | null, target: number | null, recent: readonly number[],
  isBlank: (windowId: number) => boolean): Placement {
  if (showing !== null) return { kind: 'focus', windowId: showing }
  if (target !== null) return isBlank(target) ? { kind: 'reuse', windowId: target } : { kind: 'new' }
  const blank = recent.find(isBlank)
  return blank === undefined ? { kind: 'new' } : { kind: 'reuse', windowId: blank }
}
