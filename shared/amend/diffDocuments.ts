import type { Node } from 'prosemirror-model'
import { footnoteMark } from '../schema'
import { paragraphNotes, readParagraphs, type ParagraphRecord } from './paragraphs'
import { alignParagraphs, readSectionHeadings, type ParagraphAlignment } from './align'
import { diffParagraphWords, type WordDiff } from './wordDiff'

export type ParagraphStatus = 'unchanged' | 'modified' | 'inserted' | 'deleted'

/// What happened to one paragraph or subparagraph. A paragraph can be moved and
/// modified at once; renumbering alone leaves it unchanged.
export interface ParagraphDiff {
  readonly status: ParagraphStatus
  readonly moved: boolean
  readonly base: ParagraphRecord | null
  readonly current: ParagraphRecord | null
  /// The word edits of a modified paragraph; null otherwise.
  readonly words: WordDiff | null
}

/// The difference between a base and a current document, paragraph by paragraph.
export interface DocumentDiff {
  readonly base: Node
  readonly current: Node
  readonly baseParagraphs: readonly ParagraphRecord[]
  readonly currentParagraphs: readonly ParagraphRecord[]
  readonly alignment: ParagraphAlignment
  /// Every paragraph of both documents in reading order: the current document's order,
  /// with each deleted paragraph where it stood in the base.
  readonly entries: readonly ParagraphDiff[]
  /// For each current paragraph, the index of its entry.
  readonly entryOfCurrent: readonly number[]
}

/// The entry for a base paragraph and its counterpart in the current document (either
/// may be missing). `known` is an earlier entry for the same pair of nodes, whose word
/// diff still holds.
export function pairEntry(base: ParagraphRecord | null, current: ParagraphRecord | null, moved: boolean, known?: ParagraphDiff): ParagraphDiff {
  if (!base) return { status: 'inserted', moved: false, base: null, current, words: null }
  if (!current) return { status: 'deleted', moved: false, base, current: null, words: null }
  if (base.text === current.text) {
    // The same words and references: changed only if a note reads otherwise, a change
    // with no word edits (the plan words it as a footnote replaced).
    const notesChanged = base.node !== current.node && base.text.includes(footnoteMark) && !sameNotes(base.node, current.node)
    return { status: notesChanged ? 'modified' : 'unchanged', moved, base, current, words: notesChanged ? noWordEdits : null }
  }
  const words = known?.words && known.base?.node === base.node && known.current?.node === current.node ? known.words
    : diffParagraphWords(base.text, current.text)
  const modified = words.edits.length > 0
  return { status: modified ? 'modified' : 'unchanged', moved, base, current, words: modified ? words : null }
}

const noWordEdits: WordDiff = { rewritten: false, edits: [] }

const sameNotes = (a: Node, b: Node) => {
  const x = paragraphNotes(a), y = paragraphNotes(b)
  return x.length === y.length && x.every((n, k) => n === y[k])
}

/// Compare two documents. Pass the previous diff of the same editing session to reuse
/// the word diffs of paragraph pairs whose nodes are unchanged (ProseMirror keeps the
/// node objects of untouched paragraphs), so a structural edit costs an alignment but
/// not a word diff of every modified paragraph.
export function diffDocuments(base: Node, current: Node, previous?: DocumentDiff): DocumentDiff {
  const baseParagraphs = previous && previous.base === base ? previous.baseParagraphs : readParagraphs(base)
  const currentParagraphs = readParagraphs(current)
  const alignment = alignParagraphs(baseParagraphs, currentParagraphs, { base: readSectionHeadings(base), current: readSectionHeadings(current) })
  const known = new Map<Node, ParagraphDiff>()
  if (previous) for (const e of previous.entries) if (e.current && e.words) known.set(e.current.node, e)
  const { baseToCurrent, currentToBase, moved } = alignment
  // A deleted paragraph stands after the last paragraph before it that kept its place; a
  // deleted PP or OP after that paragraph's subparagraphs too, so that it does not split
  // a paragraph from its subparagraphs in the reading order.
  const groupEnd: number[] = new Array(currentParagraphs.length)
  for (let i = currentParagraphs.length - 1; i >= 0; i--) {
    const next = currentParagraphs[i + 1]
    groupEnd[i] = next && next.kind === 'sub' ? groupEnd[i + 1] : i
  }
  const deletedAfter = new Map<number, number[]>()
  let anchor = -1, headAfter = -1
  for (const b of baseParagraphs) {
    const c = baseToCurrent[b.index]
    if (c >= 0 && !moved[c]) anchor = c
    else if (c < 0) {
      const after = b.kind !== 'sub' ? (headAfter = anchor < 0 ? anchor : groupEnd[anchor])
        : baseToCurrent[b.head] < 0 ? headAfter : anchor
      const list = deletedAfter.get(after)
      if (list) list.push(b.index)
      else deletedAfter.set(after, [b.index])
    }
  }
  const entries: ParagraphDiff[] = []
  const entryOfCurrent: number[] = new Array(currentParagraphs.length)
  const emitDeleted = (after: number) => {
    for (const b of deletedAfter.get(after) ?? []) entries.push(pairEntry(baseParagraphs[b], null, false))
  }
  emitDeleted(-1)
  for (const c of currentParagraphs) {
    const b = currentToBase[c.index]
    entryOfCurrent[c.index] = entries.length
    entries.push(pairEntry(b >= 0 ? baseParagraphs[b] : null, c, moved[c.index], known.get(c.node)))
    emitDeleted(c.index)
  }
  return { base, current, baseParagraphs, currentParagraphs, alignment, entries, entryOfCurrent }
}

/// Whether an entry is a change at all.
export function isChange(entry: ParagraphDiff): boolean {
  return entry.status !== 'unchanged' || entry.moved
}
