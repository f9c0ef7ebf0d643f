import type { Node } from 'prosemirror-model'
import type { Command } from 'prosemirror-state'
import { toggleMark } from 'prosemirror-commands'
import { paragraphKind, schema } from '../schema'

/// Length of the italic opening phrase a paragraph has: the leading run of `lead` text.
export function leadLength(paragraph: Node): number {
  let length = 0
  for (let i = 0; i < paragraph.childCount; i++) {
    const child = paragraph.child(i)
    if (!schema.marks.lead.isInSet(child.marks)) break
    length += child.nodeSize
  }
  return length
}

const toggleEm = toggleMark(schema.marks.em)

/// Ctrl-I. Over the opening words of a PP or OP it widens or narrows the italic opening
/// phrase (`lead`), which must always start the paragraph: selecting from the start sets
/// the phrase to the selection, or removes it when the selection is all phrase already;
/// selecting the tail of the phrase cuts the phrase there. Anywhere else it toggles
/// ordinary italics (`em`), which UN texts keep for titles of publications.
export const toggleItalic: Command = (state, dispatch) => {
  const { $from, $to, empty } = state.selection
  const paragraph = $from.parent
  const kind = paragraphKind(paragraph)
  if (empty || !$from.sameParent($to) || (kind !== 'pp' && kind !== 'op')) return toggleEm(state, dispatch)
  const start = $from.start(), lead = leadLength(paragraph)
  const from = $from.parentOffset, to = $to.parentOffset
  const type = schema.marks.lead
  if (from === 0) {
    if (dispatch) {
      const tr = state.tr.removeMark(start, start + paragraph.content.size, type)
      if (to > lead) tr.addMark(start, start + to, type.create())
      dispatch(tr)
    }
    return true
  }
  if (from < lead && to >= lead) {
    if (dispatch) dispatch(state.tr.removeMark(start + from, start + lead, type))
    return true
  }
  return toggleEm(state, dispatch)
}
