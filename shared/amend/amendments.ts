import { isChange, type DocumentDiff, type ParagraphDiff } from './diffDocuments'
import { titleChangesOf, type TitleChange } from './titles'
import { annexOfLabel } from './labels'

export type ChangeKind = 'inserted' | 'deleted' | 'moved' | 'modified'

/// One amendment: one change a drafter accepts or rejects as a whole. A PP or OP inserted
/// or deleted takes its inserted or deleted subparagraphs with it, as the formal wording
/// does (“Delete operative paragraph 12” removes its subparagraphs too).
export interface Amendment {
  /// Stable across keystrokes: built from paragraph ids.
  readonly id: string
  readonly kind: ChangeKind
  /// The changed paragraph first, then the subparagraphs that go with it; empty for a
  /// change of title.
  readonly entries: readonly ParagraphDiff[]
  /// The title it changes (kind `modified`), for an amendment to a title.
  readonly title?: TitleChange
}

function idOf(entry: ParagraphDiff): string {
  const side = (r: ParagraphDiff['base'], prefix: string) => r ? r.pid ?? prefix + r.index : ''
  return side(entry.base, '#b') + '>' + side(entry.current, '#c')
}

const cache = new WeakMap<DocumentDiff, readonly Amendment[]>()

/// The amendments of a diff, in reading order.
export function amendmentsOf(diff: DocumentDiff): readonly Amendment[] {
  const known = cache.get(diff)
  if (known) return known
  const groups: ParagraphDiff[][] = []
  const insertedHeads = new Map<number, ParagraphDiff[]>()
  const deletedHeads = new Map<number, ParagraphDiff[]>()
  for (const entry of diff.entries) {
    if (!isChange(entry)) continue
    const { base, current } = entry
    if (entry.status === 'inserted' && current!.kind === 'sub' && insertedHeads.has(current!.head)) {
      insertedHeads.get(current!.head)!.push(entry)
      continue
    }
    if (entry.status === 'deleted' && base!.kind === 'sub' && deletedHeads.has(base!.head)) {
      deletedHeads.get(base!.head)!.push(entry)
      continue
    }
    const group = [entry]
    groups.push(group)
    if (entry.status === 'inserted' && current!.kind !== 'sub') insertedHeads.set(current!.index, group)
    if (entry.status === 'deleted' && base!.kind !== 'sub') deletedHeads.set(base!.index, group)
  }
  // Each title before the paragraphs it heads: the document's first, an annex's before
  // the first change in that annex.
  const titles = titleChangesOf(diff)
  const amendments: Amendment[] = []
  let t = 0
  const titlesUpTo = (annex: number) => {
    for (; t < titles.length && titles[t].annex <= annex; t++) amendments.push({ id: titles[t].label, kind: 'modified', entries: [], title: titles[t] })
  }
  for (const entries of groups) {
    const head = entries[0]
    titlesUpTo(annexOfLabel((head.current ?? head.base)!.label))
    const kind: ChangeKind = head.status === 'inserted' || head.status === 'deleted' ? head.status : head.moved ? 'moved' : 'modified'
    amendments.push({ id: idOf(head), kind, entries })
  }
  titlesUpTo(Infinity)
  cache.set(diff, amendments)
  return amendments
}
