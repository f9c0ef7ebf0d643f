/// Where a document handed over from outside (the command line, the file manager, a
/// drop, macOS `open-file`) goes.
export type Placement =
  /// It is open already: bring that window forward rather than open it twice.
  | { readonly kind: 'focus', readonly windowId: number }
  /// Into this window, which shows nothing that would be lost.
  | { readonly kind: 'reuse', readonly windowId: number }
  /// Into a new window.
  | { readonly kind: 'new' }

/// Decide where a document goes. `preferred` is the window it was dropped on or the one
/// in front; it is reused only while blank (no document file, no unsaved changes), so
/// handing a document to Penholder never replaces someone's work.
export function placeDocument(showing: number | null, preferred: number | null, isBlank: (windowId: number) => boolean): Placement {
  if (showing !== null) return { kind: 'focus', windowId: showing }
  if (preferred !== null && isBlank(preferred)) return { kind: 'reuse', windowId: preferred }
  return { kind: 'new' }
}
