import { Fragment } from 'prosemirror-model'
import { TextSelection, type Command } from 'prosemirror-state'
import { childPos, groupEnd, levelOf, paragraphAt } from './paragraphRun'

/// Alt-Up / Alt-Down: swap the paragraph at the cursor, with what belongs to it, with its
/// neighbour of the same level in the same paragraph: a PP with the PP before or after
/// it, a subparagraph `(b)` with `(a)` or `(c)`. The nodes move whole, ids included, so the
/// amendment engine reports a move. The cursor stays where it was in the moved text.
export function moveParagraph(direction: -1 | 1): Command {
  return (state, dispatch) => {
    const { $head } = state.selection
    const at = paragraphAt($head)
    if (!at) return false
    const { part, index } = at
    const level = levelOf(part.child(index))
    const end = groupEnd(part, index)
    let first: number, middle: number, last: number
    if (direction < 0) {
      let start = index - 1
      while (start >= 0 && levelOf(part.child(start)) > level) start--
      if (start < 0 || levelOf(part.child(start)) !== level) return false
      first = start; middle = index; last = end
    } else {
      if (end >= part.childCount || levelOf(part.child(end)) !== level) return false
      first = index; middle = end; last = groupEnd(part, end)
    }
    if (dispatch) {
      const slice = (from: number, to: number) => {
        const nodes = []
        for (let i = from; i < to; i++) nodes.push(part.child(i))
        return Fragment.fromArray(nodes)
      }
      const from = childPos(at, first), to = childPos(at, last)
      const moved = slice(middle, last).append(slice(first, middle))
      const offset = $head.pos - childPos(at, index)
      const movedStart = direction < 0 ? from : from + slice(middle, last).size
      const tr = state.tr.replaceWith(from, to, moved)
      tr.setSelection(TextSelection.create(tr.doc, movedStart + offset)).scrollIntoView()
      dispatch(tr)
    }
    return true
  }
}
