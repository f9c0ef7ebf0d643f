import type { Node } from 'prosemirror-model'
import { diffDocuments, type DocumentDiff } from './diffDocuments'
import { amendmentsOf, type ChangeKind } from './amendments'
import { describeAmendment, insertedText, placedEditsOf } from './describe'
import type { PlacedEdit } from './placeEdits'

/// One change in the shape `penholder compare --json` prints (docs/cli.md). `from` is the
/// label in the first document, `to` in the second.
export interface ChangeJSON {
  kind: ChangeKind
  from?: string
  to?: string
  edits?: PlacedEdit[]
  text?: string
  description: string
}

export interface ComparisonJSON {
  changes: ChangeJSON[]
}

/// The changes of a diff as plain data, in reading order.
export function changesOf(diff: DocumentDiff): ChangeJSON[] {
  return amendmentsOf(diff).map(amendment => {
    const entry = amendment.entries[0]
    const description = describeAmendment(amendment, diff)
    switch (amendment.kind) {
      case 'inserted': return { kind: 'inserted', to: entry.current!.label, text: insertedText(amendment), description }
      case 'deleted': return { kind: 'deleted', from: entry.base!.label, description }
      case 'moved':
      case 'modified':
        return { kind: amendment.kind, from: entry.base!.label, to: entry.current!.label, edits: placedEditsOf(entry), description }
    }
  })
}

/// The amendments that turn `a` into `b`: any two versions of a document, or texts
/// imported from elsewhere (they share no paragraph ids and align by similarity).
export function compareDocuments(a: Node, b: Node): ComparisonJSON {
  return { changes: changesOf(diffDocuments(a, b)) }
}
