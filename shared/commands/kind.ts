import { Fragment, type Node } from 'prosemirror-model'
import { TextSelection, type Command } from 'prosemirror-state'
import { schema } from '../schema'
import { childPos, groupEnd, levelOf, paragraphAt } from './paragraphRun'

/// Turn the PP at the cursor into an OP, or the OP into a PP, with its subparagraphs. A
/// paragraph of the other kind cannot stay where it is (the preamble comes before the
/// operative part), so a PP becomes the first OP and an OP the last PP: the boundary the
/// drafter is usually moving. The paragraph keeps its id, so the amendment engine reports
/// it as moved to the other part. In an annex, which holds both, a numbered paragraph
/// becomes unnumbered (or back) where it stands.
export const toggleParagraphKind: Command = (state, dispatch) => {
  const { $head } = state.selection
  const at = paragraphAt($head)
  if (!at) return false
  const { part, index } = at
  const node = part.child(index)
  if (levelOf(node) !== 0) return false
  if (part.type === schema.nodes.annex) {
    const type = node.type === schema.nodes.operative_paragraph ? schema.nodes.preambular_paragraph : schema.nodes.operative_paragraph
    if (dispatch) dispatch(state.tr.setNodeMarkup(childPos(at, index), type, node.attrs).scrollIntoView())
    return true
  }
  if (dispatch) {
    const end = groupEnd(part, index)
    const toOperative = part.type === schema.nodes.preamble
    const type = toOperative ? schema.nodes.operative_paragraph : schema.nodes.preambular_paragraph
    const nodes: Node[] = []
    for (let i = index; i < end; i++) {
      const node = part.child(i)
      nodes.push(i === index ? type.create(node.attrs, node.content) : node)
    }
    const from = childPos(at, index), to = childPos(at, end)
    const offset = $head.pos - from
    const tr = state.tr.delete(from, to)
    const preamble = tr.doc.child(2)
    const preambleStart = tr.doc.child(0).nodeSize + tr.doc.child(1).nodeSize
    const target = toOperative ? preambleStart + preamble.nodeSize + 1 : preambleStart + preamble.nodeSize - 1
    tr.insert(target, Fragment.fromArray(nodes))
    tr.setSelection(TextSelection.create(tr.doc, target + offset)).scrollIntoView()
    dispatch(tr)
  }
  return true
}
