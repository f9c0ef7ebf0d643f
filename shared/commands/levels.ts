import type { Command, EditorState, Transaction } from 'prosemirror-state'
import { maxLevel, paragraphKind, schema } from '../schema'
import { childPos, levelOf, partParagraphType, selectedRun, type ParagraphRun } from './paragraphRun'

/// Change the level of every paragraph of a run by `delta`: level 0 is a PP or OP, 1…4 a
/// subparagraph. Ids and text stay, so the amendment engine sees the same paragraph moved
/// to another level rather than one deleted and another inserted.
function shiftRun(state: EditorState, run: ParagraphRun, delta: number): Transaction {
  const tr = state.tr
  let pos = childPos(run, run.from)
  for (let i = run.from; i < run.to; i++) {
    const node = run.part.child(i)
    const level = levelOf(node) + delta
    const type = level === 0 ? partParagraphType(run.part) : schema.nodes.subparagraph
    const attrs = level === 0 ? { pid: node.attrs.pid } : { pid: node.attrs.pid, level }
    tr.setNodeMarkup(pos, type, attrs)
    pos += node.nodeSize
  }
  return tr.scrollIntoView()
}

/// Tab: make the selected paragraphs subparagraphs of the paragraph before them, one level
/// deeper, with whatever belongs to them. Refused where the result would skip a level
/// (`(i)` straight under an OP) or go deeper than `i.`, and for the first paragraph of a
/// part or of a section, which has nothing to belong to.
export const sinkParagraphs: Command = (state, dispatch) => {
  const run = selectedRun(state)
  if (!run || run.from === 0 || !paragraphKind(run.part.child(run.from - 1))) return false
  const above = levelOf(run.part.child(run.from - 1))
  let deepest = 0
  for (let i = run.from; i < run.to; i++) deepest = Math.max(deepest, levelOf(run.part.child(i)))
  if (levelOf(run.part.child(run.from)) + 1 > above + 1 || deepest + 1 > maxLevel) return false
  if (dispatch) dispatch(shiftRun(state, run, 1))
  return true
}

/// Shift-Tab: lift the selected subparagraphs one level; a subparagraph `(a)` becomes a PP
/// or OP of its part. Refused when the selection holds a PP or OP.
export const liftParagraphs: Command = (state, dispatch) => {
  const run = selectedRun(state)
  if (!run || levelOf(run.part.child(run.from)) === 0) return false
  const { $to } = state.selection
  const lastSelected = $to.index(1)
  for (let i = run.from; i <= lastSelected; i++) if (levelOf(run.part.child(i)) === 0) return false
  if (dispatch) dispatch(shiftRun(state, run, -1))
  return true
}
