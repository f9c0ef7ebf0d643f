import type { Node } from 'prosemirror-model'
import { diffDocuments, isChange, type DocumentDiff, type ParagraphDiff } from './diffDocuments'
import { amendmentsOf, type Amendment, type ChangeKind } from './amendments'
import { describeAmendment, describeOperations } from './describe'
import { planAmendment } from './plan'
import { placedEdit, type PlacedEdit } from './placeEdits'
import { paragraphNotes } from './paragraphs'
import type { Operation } from './operations'
import type { AmendmentStyle } from './wording'
import { placeTextEdit } from './textEdits'
import { sectionText, withoutFootnoteMarks } from '../schema'
import type { Blame } from './proposers'

/// One change in the shape `penholder compare --json` prints (docs/cli.md). `from` is the
/// label in the first document, `to` in the second.
export interface ChangeJSON {
  kind: ChangeKind
  from?: string
  to?: string
  edits?: PlacedEdit[]
  text?: string
  description: string
  /// Who proposed it (cli.md, "Proposers"): the authors of its edits, or of the
  /// paragraph's change; only where the versions compared have authors.
  proposers?: string[]
}

export interface ComparisonJSON {
  changes: ChangeJSON[]
}

/// The word edits of an amendment's operations on tabled words `old` (a paragraph's or a
/// title's, whose references carry `notes`), as JSON edits, each with its proposers where
/// `proposersOf` (given the offsets in `old` it covers) finds them.
function editsOf(old: string, notes: readonly string[], operations: readonly Operation[], proposersOf?: (from: number, to: number) => string[]): PlacedEdit[] {
  const edits: PlacedEdit[] = []
  const signed = (edit: PlacedEdit, from: number, to: number): PlacedEdit => {
    const proposers = proposersOf?.(from, to) ?? []
    return proposers.length ? { ...edit, proposers } : edit
  }
  for (const op of operations) {
    if (op.kind === 'edit') for (const e of op.edits) {
      const at = placeTextEdit(old, e)
      const json = placedEdit(old, e, notes)
      edits.push('looked' in at ? json : signed(json, at.from, at.to))
    }
    // A heading given a number by name is replaced as printed, its number first; a
    // paragraph set out with its subparagraphs, a line each.
    if (op.kind === 'replace') edits.push(signed({ op: 'replace', old: old.trim(), text: op.number != null ? sectionText(op.number, op.text) : [op.text, ...op.subparagraphs?.map(p => p.text) ?? []].join('\n') }, 0, old.length))
  }
  return edits
}

/// A paragraph set out again with its subparagraphs, as tabled: its words and each
/// subparagraph's, a line each.
const tabledLines = (amendment: Amendment): string =>
  amendment.entries.flatMap(e => e.base ? [e.base] : []).sort((a, b) => a.index - b.index).map(r => r.text.trim()).join('\n')

/// The proposers of a paragraph set out again with its subparagraphs: the authors of the
/// paragraph's word edits and of each subparagraph's change, each once, in the order the
/// text reads.
function setOutProposers(amendment: Amendment, blame: Blame): string[] {
  const [head, ...subparagraphs] = amendment.entries
  const authors = head.words ? blame.words(head, 0, head.base!.text.length) : []
  for (const entry of subparagraphs) {
    const author = isChange(entry) ? blame.paragraph(entry) : undefined
    if (author) authors.push(author)
  }
  return [...new Set(authors)]
}

const sameAuthors = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every(x => b.includes(x))

/// The proposers of a change: those of its edits, else the author of the first version
/// that holds the paragraph's change.
function proposersOf(entry: ParagraphDiff, edits: readonly PlacedEdit[], blame: Blame): string[] {
  const authors = [...new Set(edits.flatMap(e => e.proposers ?? []))]
  const own = blame.paragraph(entry)
  if (own && (!authors.length || entry.moved) && !authors.includes(own)) authors.unshift(own)
  return authors
}

/// The changes of a diff as plain data, in reading order, worded in `style`. A change that
/// goes in with a paragraph inserted whole is part of that insertion, not a change of its own.
/// With `blame`, each change and edit names its proposers where a version holds it.
export function changesOf(diff: DocumentDiff, style: AmendmentStyle = 'negotiation', blame?: Blame): ChangeJSON[] {
  const changes: ChangeJSON[] = []
  // With the versions' blame, edits two delegations proposed are never told as one.
  const apart = blame && ((entry: ParagraphDiff) => (a: { from: number, to: number }, b: { from: number, to: number }) => !sameAuthors(blame.words(entry, a.from, a.to), blame.words(entry, b.from, b.to)))
  for (const amendment of amendmentsOf(diff)) {
    const operations = planAmendment(amendment, diff, apart)
    if (!operations.length) continue
    const description = apart ? describeOperations(operations, diff, style) : describeAmendment(amendment, diff, style)
    const { title } = amendment
    if (title) {
      const proposer = blame?.title(title)
      changes.push({ kind: 'modified', from: title.label, to: title.label, edits: editsOf(title.base.text, title.base.notes, operations), description, ...proposer && { proposers: [proposer] } })
      continue
    }
    // A section heading is named by its place among its part's headings: `S2` / `A1.S2`
    // as tabled (`from`) and as amended (`to`); an inserted one has its text as printed.
    const { heading } = amendment
    if (heading) {
      const change: ChangeJSON = {
        kind: heading.kind,
        ...heading.from && { from: heading.from },
        ...heading.to && { to: heading.to },
        ...heading.kind === 'inserted' && { text: sectionText(heading.newNumber, withoutFootnoteMarks(heading.current!.text).trim()) },
        // Its own edits, not the numbers it leaves other headings (amendments.ts).
        ...heading.base && heading.current && { edits: editsOf(heading.base.text, heading.base.notes, operations.filter(op => !('label' in op) || op.label === heading.target)) },
        description
      }
      const proposer = blame?.heading(heading)
      changes.push(proposer ? { ...change, proposers: [proposer] } : change)
      continue
    }
    const entry = amendment.entries[0]
    switch (amendment.kind) {
      case 'inserted': {
        const insert = operations.find(op => op.kind === 'insert')
        changes.push({ kind: 'inserted', to: entry.current!.label, text: insert && insert.kind === 'insert' ? insert.paragraphs.map(p => p.text).join('\n') : entry.current!.text.trim(), description })
        break
      }
      case 'deleted': changes.push({ kind: 'deleted', from: entry.base!.label, description }); break
      case 'moved':
      case 'modified':
      {
        const setOut = amendment.setOut && blame && setOutProposers(amendment, blame)
        const signed = blame && (setOut ? () => setOut : (from: number, to: number) => blame.words(entry, from, to))
        changes.push({ kind: amendment.kind, from: entry.base!.label, to: entry.current!.label, edits: editsOf(amendment.setOut ? tabledLines(amendment) : entry.base!.text, paragraphNotes(entry.base!.node), operations, signed), description })
      }
    }
    const change = changes[changes.length - 1]
    const proposers = blame ? proposersOf(entry, change.edits ?? [], blame) : []
    if (proposers.length) change.proposers = proposers
  }
  return changes
}

/// The amendments that turn `a` into `b`: any two versions of a document, or texts
/// imported from elsewhere (they share no paragraph ids and align by similarity). With
/// `blame` (versions saved between `a` and `b`), their proposers.
export function compareDocuments(a: Node, b: Node, style: AmendmentStyle = 'negotiation', blame?: Blame): ComparisonJSON {
  return { changes: changesOf(diffDocuments(a, b), style, blame) }
}
