import type { Node } from 'prosemirror-model'
import type { Command, EditorState, Transaction } from 'prosemirror-state'
import { closeHistory } from 'prosemirror-history'
import { SetBaseStep } from './baseStep'
import { amendmentsOf, type Amendment } from './amendments'
import { acceptAllChanges, acceptChange, rejectAllChanges, rejectChange } from './accept'
import { trackedDiff } from './tracking'
import type { DocumentDiff } from './diffDocuments'

/// Commands on the amendments of an editor with the `amendmentTracking` plugin. Each
/// closes the history group, so that one undo takes back exactly one accept or reject,
/// never the typing before it.
function amendmentCommand(id: string | null, run: (state: EditorState, diff: DocumentDiff, amendment: Amendment | null) => Transaction): Command {
  return (state, dispatch) => {
    const diff = trackedDiff(state)
    const amendments = amendmentsOf(diff)
    const amendment = id == null ? null : amendments.find(a => a.id === id)
    if (amendment === undefined || !amendments.length) return false
    if (dispatch) dispatch(closeHistory(run(state, diff, amendment)))
    return true
  }
}

/// Accept the amendment with this id: fold it into the base.
export function acceptAmendment(id: string): Command {
  return amendmentCommand(id, (state, diff, amendment) => state.tr.step(new SetBaseStep(diff.base, acceptChange(diff, amendment!))))
}

/// Reject the amendment with this id: restore the base wording in the document.
export function rejectAmendment(id: string): Command {
  return amendmentCommand(id, (state, diff, amendment) => rejectChange(diff, amendment!, state.tr))
}

export const acceptAllAmendments: Command =
  amendmentCommand(null, (state, diff) => state.tr.step(new SetBaseStep(diff.base, acceptAllChanges(diff))))

export const rejectAllAmendments: Command =
  amendmentCommand(null, (state, diff) => rejectAllChanges(diff, state.tr))

/// Apply a list of amendments to the text as it stands (`amended` is what applyAmendments
/// gave for it): the text as it stands becomes the base, the text as tabled, and `amended`
/// the document, so the redline and the amendments panel show the list. One history step,
/// closed on both sides: one undo restores the text and the base it had.
export function applyAsTabled(amended: Node): Command {
  return (state, dispatch) => {
    if (dispatch) {
      const tr = state.tr.step(new SetBaseStep(trackedDiff(state).base, state.doc))
      const start = state.doc.content.findDiffStart(amended.content)
      if (start != null) {
        let { a: endA, b: endB } = state.doc.content.findDiffEnd(amended.content)!
        const overlap = start - Math.min(endA, endB)
        if (overlap > 0) { endA += overlap; endB += overlap }
        tr.replace(start, endA, amended.slice(start, endB))
      }
      dispatch(closeHistory(tr))
    }
    return true
  }
}
