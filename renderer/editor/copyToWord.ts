import type { EditorView } from 'prosemirror-view'
import { selectionForWord } from '../../shared/export/html'

/// Copy and cut that put the numbers on the clipboard: the editor draws paragraph numbers
/// and subparagraph letters with CSS counters, which a browser's copy leaves behind, so
/// the selection is written out by `selectionForWord` (HTML and plain text with `1.`⇥ and
/// `(a)`⇥) instead. Returns whether it handled the event.
export function copyForWord(view: EditorView, event: ClipboardEvent, cut: boolean): boolean {
  const { from, to, empty } = view.state.selection
  if (empty || !event.clipboardData) return false
  const content = selectionForWord(view.state.doc, from, to)
  event.preventDefault()
  event.clipboardData.clearData()
  event.clipboardData.setData('text/html', content.html)
  event.clipboardData.setData('text/plain', content.text)
  if (cut && view.editable) view.dispatch(view.state.tr.deleteSelection().scrollIntoView().setMeta('uiEvent', 'cut'))
  return true
}
