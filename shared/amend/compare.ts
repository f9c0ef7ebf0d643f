import type { Node } from 'prosemirror-model'
import { diffDocuments, type DocumentDiff, type ParagraphDiff } from './diffDocuments'
import { amendmentsOf, type ChangeKind } from './amendments'
import { describeAmendment } from './describe'
import { planAmendment } from './plan'
import { placedEdit, type PlacedEdit } from './placeEdits'
import { paragraphNotes } from './paragraphs'
import type { Operation } from './operations'
import type { AmendmentStyle } from './wording'

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

/// The word edits of an amendment's operations on one paragraph, as JSON edits.
function editsOf(entry: ParagraphDiff, operations: readonly Operation[]): PlacedEdit[] {
  const edits: PlacedEdit[] = []
  for (const op of operations) {
    if (op.kind === 'edit') edits.push(...op.edits.map(e => placedEdit(entry.base!.text, e, paragraphNotes(entry.base!.node))))
    if (op.kind === 'replace') edits.push({ op: 'replace', old: entry.base!.text.trim(), text: op.text })
  }
  return edits
}

/// The changes of a diff as plain data, in reading order, worded in `style`. A change that
/// goes in with a paragraph inserted whole is part of that insertion, not a change of its own.
export function changesOf(diff: DocumentDiff, style: AmendmentStyle = 'negotiation'): ChangeJSON[] {
  const changes: ChangeJSON[] = []
  for (const amendment of amendmentsOf(diff)) {
    const operations = planAmendment(amendment, diff)
    if (!operations.length) continue
    const entry = amendment.entries[0]
    const description = describeAmendment(amendment, diff, style)
    switch (amendment.kind) {
      case 'inserted': {
        const insert = operations.find(op => op.kind === 'insert')
        changes.push({ kind: 'inserted', to: entry.current!.label, text: insert && insert.kind === 'insert' ? insert.paragraphs.map(p => p.text).join('\n') : entry.current!.text.trim(), description })
        break
      }
      case 'deleted': changes.push({ kind: 'deleted', from: entry.base!.label, description }); break
      case 'moved':
      case 'modified':
        changes.push({ kind: amendment.kind, from: entry.base!.label, to: entry.current!.label, edits: editsOf(entry, operations), description })
    }
  }
  return changes
}

/// The amendments that turn `a` into `b`: any two versions of a document, or texts
/// imported from elsewhere (they share no paragraph ids and align by similarity).
export function compareDocuments(a: Node, b: Node, style: AmendmentStyle = 'negotiation'): ComparisonJSON {
  return { changes: changesOf(diffDocuments(a, b), style) }
}
