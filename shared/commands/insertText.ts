import type { Node } from 'prosemirror-model'
import type { Command } from 'prosemirror-state'

/// Put the text of another resolution (a whole one, pasted or imported) in place of
/// everything after the heading (organ line, preamble, operative part and annexes), keeping
/// this document's heading. One undoable step; the amendment engine then aligns the new
/// paragraphs with the base by similarity.
export function replaceResolutionText(source: Node): Command {
  return (state, dispatch) => {
    if (dispatch) {
      const { doc } = state
      const body = source.content.cut(source.child(0).nodeSize)
      dispatch(state.tr.replaceWith(doc.child(0).nodeSize, doc.content.size, body).scrollIntoView())
    }
    return true
  }
}
