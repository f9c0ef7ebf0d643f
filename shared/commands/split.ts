import { Fragment } from 'prosemirror-model'
import { TextSelection, type Command } from 'prosemirror-state'
import { schema } from '../schema'
import { liftParagraphs } from './levels'
import { toggleParagraphKind } from './kind'
import { paragraphAt } from './paragraphRun'

/// Enter: start a new paragraph of the same kind (a PP after a PP, `(b)` after `(a)`).
/// The paragraph that keeps its id is the one that keeps its text: Enter at the end adds a
/// new paragraph after, Enter at the start a new one before, so the amendment engine sees
/// one inserted paragraph rather than a rewritten one. Enter in an empty subparagraph lifts
/// it a level, and Enter in an empty last PP turns it into the first OP, the way a drafter
/// moves on from the preamble. In the organ line, Enter opens a new first PP.
export const splitParagraph: Command = (state, dispatch) => {
  const { $from, $to } = state.selection
  if ($from.parent.type === schema.nodes.organ) {
    if (dispatch) {
      const pos = $from.after(1) + 1
      const tr = state.tr.insert(pos, schema.nodes.preambular_paragraph.create())
      dispatch(tr.setSelection(TextSelection.create(tr.doc, pos + 1)).scrollIntoView())
    }
    return true
  }
  const at = paragraphAt($from)
  if (!at || !paragraphAt($to)) return false
  const node = $from.parent
  if (state.selection.empty && node.content.size === 0) {
    if (node.type === schema.nodes.subparagraph) return liftParagraphs(state, dispatch)
    const lastPP = node.type === schema.nodes.preambular_paragraph && at.index === at.part.childCount - 1
    if (lastPP) return toggleParagraphKind(state, dispatch)
  }
  if (dispatch) {
    const tr = state.tr.deleteSelection()
    const $pos = tr.selection.$from
    const { type } = $pos.parent
    const attrs = { ...$pos.parent.attrs, pid: null }
    if ($pos.parentOffset === 0 && $pos.parent.content.size > 0) {
      tr.insert($pos.before(), Fragment.from(type.create(attrs)))
    } else {
      tr.split($pos.pos, 1, [{ type, attrs }])
    }
    dispatch(tr.scrollIntoView())
  }
  return true
}
