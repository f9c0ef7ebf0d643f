import { isChange, type DocumentDiff, type ParagraphDiff } from './diffDocuments'
import { sameHeadingWords, sameNotes, titleChangesOf, type TitleChange } from './titles'
import { headingChangesOf, partOfRecord, sectionOrdinal, type HeadingChange } from './sectionHeadings'
import { annexOfLabel, headingOrdinal } from './labels'
import { setOutParagraphs } from './setOut'
import { parentIndices } from './paragraphs'

export type ChangeKind = 'inserted' | 'deleted' | 'moved' | 'modified'

/// One amendment: one change a drafter accepts or rejects as a whole. A PP or OP inserted
/// or deleted takes its inserted or deleted subparagraphs with it, and a subparagraph
/// deleted those deleted under it, as the formal wording does (“Delete operative paragraph
/// 12” removes its subparagraphs too, “Delete paragraph 13 (a)” its (i) and (ii)).
export interface Amendment {
  /// Stable across keystrokes: built from paragraph ids.
  readonly id: string
  readonly kind: ChangeKind
  /// The changed paragraph first, then the subparagraphs that go with it; empty for a
  /// change of title or of a section heading, but for a section taken out whole: the
  /// deletions of its paragraphs.
  readonly entries: readonly ParagraphDiff[]
  /// The title it changes (kind `modified`), for an amendment to a title.
  readonly title?: TitleChange
  /// The section heading it rewords, renumbers, moves, inserts or deletes (`kind` says
  /// which), for an amendment to a heading.
  readonly heading?: HeadingChange
  /// For a heading added, removed or moved: the headings of its part that keep their
  /// tabled number by name where the sections are numbered anew after it
  /// (`numbersKeptWith`), so that accepting or rejecting it alone gives each its number.
  readonly numbersKept?: readonly HeadingChange[]
  /// For a section taken out whole, the heading changes that accepted alone would leave a
  /// heading at its end, so that it could no longer go whole, each with the numbers its
  /// change keeps, in reading order: the heading that closes it as tabled (the next
  /// numbered one, `sectionEnds`) where that heading is taken out alone or moved (it
  /// would give its paragraphs to the section: “Delete section I; and delete the heading
  /// of section II”), and the unnumbered headings put in where it ends (before that
  /// heading, or at the end of the part where none follows: “Delete section I of the
  /// annex; and at the end of the annex, insert the following heading …”).
  readonly closing?: readonly Amendment[]
  /// For a paragraph rewritten together with its subparagraphs (setOut.ts): the amendment
  /// sets it out again whole, its `entries` the paragraph's and every subparagraph's.
  readonly setOut?: true
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
  const setOut = setOutParagraphs(diff)
  const parents = parentIndices(diff.baseParagraphs)
  for (const entry of diff.entries) {
    const whole = setOut.get(entry)
    if (whole) {
      if (whole[0] === entry) groups.push(whole.slice())
      continue
    }
    if (!isChange(entry)) continue
    const { base, current } = entry
    if (entry.status === 'inserted' && current!.kind === 'sub' && insertedHeads.has(current!.head)) {
      insertedHeads.get(current!.head)!.push(entry)
      continue
    }
    // A subparagraph deleted with the PP, OP or subparagraph it stands under goes in that
    // one's amendment (“Delete paragraph 13 (a)” takes (a) (ii) out too).
    const deletedWith = entry.status === 'deleted' && base!.kind === 'sub' ? deletedHeads.get(base!.head) ?? deletedHeads.get(parents[base!.index]) : undefined
    if (deletedWith) {
      deletedWith.push(entry)
      deletedHeads.set(base!.index, deletedWith)
      continue
    }
    const group = [entry]
    groups.push(group)
    if (entry.status === 'inserted' && current!.kind !== 'sub') insertedHeads.set(current!.index, group)
    if (entry.status === 'deleted') deletedHeads.set(base!.index, group)
  }
  // Each title and reworded section heading before the paragraphs it heads, in reading
  // order: the document's title first; a heading (the n-th of its part) before the first
  // change in its section or a later one; an annex's title before the first change in
  // that annex. Where the list puts them changes nothing it gives: they are found by
  // their labels. Headings added, removed or moved come next after the document's title,
  // before any paragraph is placed: the sections they make are those the paragraphs are
  // then placed in, by the paragraphs of their sections (plan.ts).
  const headings = headingChangesOf(diff)
  const numbersKept = numbersKeptWith(headings)
  const kept = new Set([...numbersKept.values()].flat())
  const headed: Array<{ annex: number, ordinal: number, amendment: Amendment }> = [
    ...titleChangesOf(diff).map(title => ({ annex: title.annex, ordinal: 0, amendment: { id: title.label, kind: 'modified' as const, entries: [], title } })),
    ...headings.filter(h => h.kind === 'modified' && !kept.has(h)).map(heading => ({ annex: heading.annex, ordinal: heading.ordinal, amendment: { id: heading.label, kind: 'modified' as const, entries: [], heading } }))
  ].sort((a, b) => a.annex - b.annex || a.ordinal - b.ordinal)
  const amendments: Amendment[] = []
  let t = 0
  const headedUpTo = (annex: number, ordinal: number) => {
    for (; t < headed.length && (headed[t].annex < annex || (headed[t].annex === annex && headed[t].ordinal <= ordinal)); t++) amendments.push(headed[t].amendment)
  }
  headedUpTo(0, 0)
  // A section taken out whole, heading and paragraphs, is one amendment (“Delete section
  // II”): the deletions of its paragraphs go with it, those under its subheadings too.
  const sections = new Map<string, ParagraphDiff[]>()
  const ofHeading = (heading: HeadingChange, entries: ParagraphDiff[]): Amendment => {
    const keeping = numbersKept.get(heading)
    return keeping ? { id: heading.label, kind: heading.kind, entries, heading, numbersKept: keeping } : { id: heading.label, kind: heading.kind, entries, heading }
  }
  const closing = closingHeadings(headings)
  const closes = new Set([...closing.values()].flat())
  for (const heading of headings) {
    const entries: ParagraphDiff[] = []
    if (heading.whole) for (let k = 0; k <= heading.subheadings; k++) sections.set(`${heading.annex}|${heading.ordinal + k}`, entries)
    if (heading.kind === 'modified' || closes.has(heading)) continue
    const closed = closing.get(heading)
    amendments.push(closed ? { ...ofHeading(heading, entries), closing: closed.map(h => ofHeading(h, [])) } : ofHeading(heading, entries))
  }
  const sectionOf = (entry: ParagraphDiff) => entry.status === 'deleted' && entry.base!.kind !== 'sub' ? sections.get(`${partOfRecord(entry.base!)}|${sectionOrdinal(entry.base!.section)}`) : undefined
  for (const entries of groups) {
    const whole = sectionOf(entries[0])
    if (whole) { whole.push(...entries); continue }
    const head = entries[0], record = (head.current ?? head.base)!
    headedUpTo(annexOfLabel(record.label), sectionOrdinal(record.section))
    const kind: ChangeKind = head.status === 'inserted' || head.status === 'deleted' ? head.status : head.moved ? 'moved' : 'modified'
    amendments.push(setOut.has(head) ? { id: idOf(head), kind, entries, setOut: true } : { id: idOf(head), kind, entries })
  }
  headedUpTo(Infinity, 0)
  cache.set(diff, amendments)
  return amendments
}

/// The headings whose only change is to keep their tabled number by name (“II” stays “II”
/// though a heading before it went), each with the heading change that numbers the
/// sections anew before it: its part's first heading removed, if it stood before it as
/// tabled; else its part's first heading added, if it stands before it as amended; else
/// its part's first heading moved, or the first of those changes. Such a renumbering
/// alone names the number the heading has already: accepted by itself it changes nothing,
/// and the change it depends on, accepted by itself, renumbers the heading it should
/// have left alone. So the two are one amendment. Cost: linear in the heading changes.
/// Returns, for each such change, the headings whose numbers it keeps, in reading order.
function numbersKeptWith(headings: readonly HeadingChange[]): Map<HeadingChange, HeadingChange[]> {
  const kept = new Map<HeadingChange, HeadingChange[]>()
  const first = new Map<string, HeadingChange>()
  for (const h of headings) if (h.kind !== 'modified' && !first.has(`${h.annex}|${h.kind}`)) first.set(`${h.annex}|${h.kind}`, h)
  for (const h of headings) {
    const keepsNumber = h.kind === 'modified' && h.renumber != null && h.renumber === h.number &&
      sameHeadingWords(h.base!.text, h.current!.text) && sameNotes(h.base!.notes, h.current!.notes)
    if (!keepsNumber) continue
    const deleted = first.get(`${h.annex}|deleted`), inserted = first.get(`${h.annex}|inserted`), moved = first.get(`${h.annex}|moved`)
    const host = deleted && headingOrdinal(deleted.from!) < headingOrdinal(h.from!) ? deleted
      : inserted && headingOrdinal(inserted.to!) < headingOrdinal(h.to!) ? inserted
      : moved ?? deleted ?? inserted
    if (!host) continue
    const list = kept.get(host)
    if (list) list.push(h)
    else kept.set(host, [h])
  }
  return kept
}

/// For each section taken out whole, the changes to headings at its end that go with it
/// (`Amendment.closing`): the heading that closes it as tabled (the heading right after it
/// and the subheadings it holds), where that heading is taken out alone or moved; and the
/// unnumbered headings put in that accepted alone would stand where it ends: before that
/// heading by name, or at the end of the part where the section runs to it. A heading
/// moved to stand before a paragraph that another heading put in or moved stands before
/// too is left in its own amendment: the list places those two by its order (“Before
/// operative paragraph 19, insert …”, then “Move the heading of section II to stand before
/// operative paragraph 19”), which the section's place in the list would change. Cost:
/// linear in the heading changes.
function closingHeadings(headings: readonly HeadingChange[]): Map<HeadingChange, HeadingChange[]> {
  const byTabledPlace = new Map<string, HeadingChange>(), atEnd = new Map<string, HeadingChange[]>()
  const add = (key: string, h: HeadingChange) => { const list = atEnd.get(key); if (list) list.push(h); else atEnd.set(key, [h]) }
  const placedBefore = new Map<string, number>()
  const beforeKey = (h: HeadingChange) => h.at?.where === 'before' && (h.kind === 'moved' || h.kind === 'inserted') ? `${h.annex}|${h.at.label}` : null
  for (const h of headings) { const key = beforeKey(h); if (key) placedBefore.set(key, (placedBefore.get(key) ?? 0) + 1) }
  const sharesPlace = (h: HeadingChange) => { const key = beforeKey(h); return key != null && placedBefore.get(key)! > 1 }
  for (const h of headings) {
    if (h.from && ((h.kind === 'moved' && !sharesPlace(h)) || (h.kind === 'deleted' && !h.whole))) byTabledPlace.set(`${h.annex}|${headingOrdinal(h.from)}`, h)
    if (h.kind === 'inserted' && !h.newNumber) {
      if (h.atHeading) add(`${h.annex}|${h.atHeading}`, h)
      else if (h.at?.where === 'last') add(`${h.annex}|end`, h)
    }
  }
  const closing = new Map<HeadingChange, HeadingChange[]>()
  // The last tabled place of a heading changed, in each part.
  const last = new Map<number, number>()
  for (const h of headings) if (h.from) last.set(h.annex, Math.max(last.get(h.annex) ?? 0, headingOrdinal(h.from)))
  for (const h of headings) {
    if (!h.whole) continue
    const after = h.ordinal + h.subheadings + 1, next = byTabledPlace.get(`${h.annex}|${after}`)
    // It runs to the end of its part where no heading that stays, nor any heading changed,
    // follows it as tabled.
    const toEnd = h.restoreBefore == null && last.get(h.annex)! < after
    const list = [...next ? [next] : [], ...atEnd.get(`${h.annex}|${after}`) ?? [], ...toEnd ? atEnd.get(`${h.annex}|end`) ?? [] : []]
    if (list.length) closing.set(h, list)
  }
  return closing
}
