import { isChange, type DocumentDiff, type ParagraphDiff } from './diffDocuments'

export type ChangeKind = 'inserted' | 'deleted' | 'moved' | 'modified'

/// One amendment: one change a drafter accepts or rejects as a whole. A PP or OP inserted
/// or deleted takes its inserted or deleted subparagraphs with it, as the formal wording
/// does (“Delete operative paragraph 12” removes its subparagraphs too).
export interface Amendment {
  /// Stable across keystrokes: built from paragraph ids.
  readonly id: string
  readonly kind: ChangeKind
  /// The changed paragraph first, then the subparagraphs that go with it.
  readonly entries: readonly ParagraphDiff[]
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
  const amendments = groups.map((entries): Amendment => {
    const head = entries[0]
    const kind: ChangeKind = head.status === 'inserted' || head.status === 'deleted' ? head.status : head.moved ? 'moved' : 'modified'
    return { id: idOf(head), kind, entries }
  })
  cache.set(diff, amendments)
  return amendments
}
