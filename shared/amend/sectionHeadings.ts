import type { Node } from 'prosemirror-model'
import { annexLabel, schema } from '../schema'
import { paragraphNotes, type ParagraphRecord } from './paragraphs'
import { annexOfLabel, headingLabel, newSubheadingLabel, parseLabel, subheadingLabel } from './labels'
import { sameHeadingWords, sameNotes, type TitleText } from './titles'
import type { DocumentDiff } from './diffDocuments'
import type { HeadingPlacement, Placement } from './operations'
import { rolesOf } from './roles'
import { sectionEnds, sectionSequence } from './sectionNumbers'
import { heaviestRisingRun } from './risingRun'

/// A section heading that the amended text has in other words, with another number, in
/// another place, or not at all — or that only it has. Headings of the operative part
/// (`annex` 0) or of annex `annex`, for parts both texts have.
///
/// - `modified`: the same heading reworded or renumbered (`renumber`: the number it must
///   be given by name, when the amended text's differs from the one its place gives it,
///   `sectionSequence`).
/// - `moved`: a heading that stands before another paragraph (`at`); reworded or
///   renumbered too, maybe. Why a move and not a deletion and an insertion: it is one
///   amendment instead of two, it quotes no words the heading keeps, and it tells the
///   secretary what happened (the section now starts elsewhere) rather than leaving them
///   to notice that the words deleted and the words inserted are the same.
/// - `inserted`: a heading the text as tabled lacks, put `at` a place with `newNumber`.
/// - `deleted`: a heading the amended text lacks; its paragraphs join the section before.
///
/// `from`/`to` are its labels in a comparison (`S2`, `A1.S2`; docs/cli.md, “Paragraph
/// labels”) in the text as tabled and as amended; `target` the label amendments name it
/// by, its number as tabled (`section II`), or for an unnumbered heading its words and the
/// paragraph it precedes as tabled (`heading “Prevention” before A1.5`, labels.ts); empty
/// for an inserted heading; `ordinal` its
/// 1-based place among its part's headings as amended (as tabled for a deleted one).
/// `base`/`current` hold its words as titles do (`node` the `section_heading`). `at`
/// names the paragraph that stays before which it stands (“Before operative paragraph 5,
/// insert the following heading: …”), or the end of its part when no paragraph that
/// stays follows it; or, where a heading that stays stands before that same paragraph
/// and this one goes in front of it, that heading by its label (`section III`: “Before
/// the heading of section III, insert …”, “… to precede the heading of section I”).
export interface HeadingChange {
  readonly kind: 'modified' | 'moved' | 'inserted' | 'deleted'
  readonly label: string
  readonly from: string | null
  readonly to: string | null
  readonly target: string
  readonly annex: number
  readonly ordinal: number
  readonly number: string
  readonly base: TitleText | null
  readonly current: TitleText | null
  readonly renumber: string | null
  readonly newNumber: string
  readonly at: HeadingPlacement | null
  /// Where `at` names a heading: that heading's 1-based place among its part's headings
  /// as tabled (accept.ts puts the heading in there); else null.
  readonly atHeading: number | null
  /// For a heading taken out or moved: the 1-based place, among the amended text's
  /// headings, of the first one that follows it as tabled and stands where it stood (one
  /// moved marks no tabled place), before which it goes back when the change is rejected
  /// (null: none follows).
  readonly restoreBefore: number | null
  /// For a numbered heading taken out: whether its section as tabled went with it whole —
  /// the unnumbered subheadings it holds up to the next numbered heading, and every
  /// paragraph under them and under it (none moved elsewhere; `sectionEnds`) — so that one
  /// amendment says it all: “Delete section II”.
  readonly whole: boolean
  /// For a section taken out whole: how many unnumbered subheadings after its heading it
  /// takes with it (listed in no change of their own); else 0.
  readonly subheadings: number
}

/// What the section headings of a diff come to: their changes, in reading order, and how
/// the plan names the sections paragraphs are placed in once those changes apply.
export interface SectionLayout {
  readonly changes: readonly HeadingChange[]
  /// The section a current paragraph stands in, named as amendments name it: by its
  /// heading's number as tabled, or, for a heading the list inserts, as `fresh` with its
  /// number as amended (“Under the new section III, insert …”); null where it has no
  /// heading or none that a number names alone.
  readonly sectionOf: (c: ParagraphRecord) => Placement | null
  /// Whether a current paragraph stands in the section that the first tabled paragraph of
  /// its part stands in once the headings are amended: where “as the first operative
  /// paragraph” puts a paragraph (applyAmendments.ts).
  readonly inFirstSection: (c: ParagraphRecord) => boolean
  /// Whether a current paragraph stands before the first heading of a part that has
  /// headings as amended: a place no section's number names.
  readonly beforeHeadings: (c: ParagraphRecord) => boolean
  /// The label of its part's first heading as amended, by its number as tabled (`section
  /// I`) or, where the list inserts it, as amended (`new section I`), for a paragraph
  /// placed before it; null where no number names it alone.
  readonly firstHeading: (c: ParagraphRecord) => string | null
  /// The heading paired with heading `ordinal` (1-based) of part `part` (0 the operative
  /// part, else the annex's number) on side `from`: its 1-based place among the other
  /// side's headings of that part, or null where that side lacks it. The alignment's one
  /// pairing (`ParagraphAlignment.headingPairs`), which the changes above are made of.
  readonly pairOf: (part: number, ordinal: number, from: 'base' | 'current') => number | null
}

/// The section headings of each part that can hold them: the operative part's first
/// (index 0), then each annex's, in order.
function headingsOf(doc: Node): Node[][] {
  const parts: Node[][] = []
  for (let i = 3; i < doc.childCount; i++) {
    const headings: Node[] = []
    doc.child(i).forEach(node => { if (node.type === schema.nodes.section_heading) headings.push(node) })
    parts.push(headings)
  }
  return parts
}

/// The part a paragraph stands in, as `headingsOf` counts parts: 0 for the operative
/// part, the annex's number in an annex, -1 in the preamble.
export function partOfRecord(r: ParagraphRecord): number {
  const annex = annexOfLabel(r.label)
  return annex || (parseLabel(r.label).part === 'op' ? 0 : -1)
}

/// How many section headings precede a paragraph in its part, from its record's `section`
/// (`2|II|Protection`; empty before the first heading).
export const sectionOrdinal = (section: string) => section ? Number(section.slice(0, section.indexOf('|'))) : 0

const wordsOf = (node: Node): TitleText => ({ text: node.textContent, notes: paragraphNotes(node), node })
const sameWords = (a: Node, b: Node) => sameHeadingWords(a.textContent, b.textContent) && sameNotes(paragraphNotes(a), paragraphNotes(b))

const cache = new WeakMap<DocumentDiff, SectionLayout>()

const tallies = new WeakMap<readonly string[], Map<string, number>>()

/// Whether `key` occurs once in `keys` (counted once per list, so each question is O(1)).
function once(keys: readonly string[], key: string): boolean {
  let tally = tallies.get(keys)
  if (!tally) {
    tally = new Map()
    for (const k of keys) tally.set(k, (tally.get(k) ?? 0) + 1)
    tallies.set(keys, tally)
  }
  return tally.get(key) === 1
}

/// The layout of texts with no section headings on either side.
const unsectioned: SectionLayout = { changes: [], sectionOf: () => null, inFirstSection: () => true, beforeHeadings: () => false, firstHeading: () => null, pairOf: () => null }

/// The section layout of a diff (see `SectionLayout`). Found from the two documents, the
/// alignment's pairing of their headings (headingPairs.ts) and the paragraphs that stay
/// (roles.ts), so a diff brought up to date by typing never carries a stale answer. Cost: one walk of each document's parts and of the paragraph
/// lists.
export function sectionLayoutOf(diff: DocumentDiff): SectionLayout {
  const known = cache.get(diff)
  if (known) return known
  const baseHeadings = headingsOf(diff.base), currentHeadings = headingsOf(diff.current)
  // A text without headings (most, and every keystroke in them) asks nothing more.
  if (!baseHeadings.some(h => h.length) && !currentHeadings.some(h => h.length)) {
    cache.set(diff, unsectioned)
    return unsectioned
  }
  const roles = rolesOf(diff)
  const { baseToCurrent, currentToBase, headingPairs } = diff.alignment
  // Each amended heading's tabled counterpart in its part, as the alignment paired them
  // (-1 for none; none at all in a part the text as tabled lacks).
  const pairsOf = (part: number, count: number): readonly number[] => headingPairs[part] ?? new Array<number>(count).fill(-1)
  // The other way: each tabled heading's amended counterpart, found once per part asked.
  const inverse: number[][] = []
  const tabledPairs = (part: number) => inverse[part] ??= (headingPairs[part] ?? []).reduce((list, b, j) => { if (b >= 0) list[b] = j; return list }, new Array<number>(baseHeadings[part]?.length ?? 0).fill(-1))
  const parts = Math.min(baseHeadings.length, currentHeadings.length)
  const top = (list: readonly ParagraphRecord[], part: number) => list.filter(r => r.kind !== 'sub' && partOfRecord(r) === part)
  const changes: HeadingChange[] = []
  const named: Array<Map<number, Placement>> = []
  const firstOrdinal: number[] = []
  const firstHeadings: Array<string | null> = []
  for (let part = 0; part < parts; part++) {
    const base = baseHeadings[part], current = currentHeadings[part]
    const baseTop = top(diff.baseParagraphs, part), currentTop = top(diff.currentParagraphs, part)
    // A paragraph that stays in this part (texts aligned by their words may pair a
    // paragraph with its copy in another part: it heads nothing here).
    const staysHere = (c: ParagraphRecord) => roles.stays(c) && partOfRecord(c) === part && partOfRecord(diff.baseParagraphs[currentToBase[c.index]]) === part
    const staysBase = (b: ParagraphRecord) => baseToCurrent[b.index] >= 0 && staysHere(diff.currentParagraphs[baseToCurrent[b.index]])
    // Where each tabled heading stands (the flat index of the paragraph after it), and
    // the first paragraph that stays at or after it; each amended heading's anchor, the
    // first paragraph that stays at or after it, as a tabled index. End of part: Infinity.
    const tabledAt: number[] = [], tabledAnchor: number[] = []
    for (let i = base.length - 1, k = baseTop.length - 1, at = Infinity, anchor = Infinity; i >= 0; i--) {
      for (; k >= 0 && sectionOrdinal(baseTop[k].section) >= i + 1; k--) { at = baseTop[k].index; if (staysBase(baseTop[k])) anchor = at }
      tabledAt[i] = at
      tabledAnchor[i] = anchor
    }
    const anchorOf: Array<ParagraphRecord | null> = []
    for (let j = current.length - 1, k = currentTop.length - 1, anchor: ParagraphRecord | null = null; j >= 0; j--) {
      for (; k >= 0 && sectionOrdinal(currentTop[k].section) >= j + 1; k--) if (staysHere(currentTop[k])) anchor = currentTop[k]
      anchorOf[j] = anchor
    }
    const anchorKey = (j: number) => anchorOf[j] ? currentToBase[anchorOf[j]!.index] : Infinity
    const pairs = pairsOf(part, current.length)
    const paired = new Set(pairs)
    // A paired heading stays where it stands when it heads the same paragraphs that stay.
    // Paragraphs the amended part opens with under no heading, where one stays before the
    // part's first tabled paragraph, are placed before it by name (plan.ts): “Move
    // operative paragraph 1 to precede the heading of section I”, not that heading moved
    // as well as the paragraph that crossed it.
    const first = baseTop[0]?.index ?? Infinity
    const numbers = base.map(h => h.attrs.number as string)
    const nameable = (number: string) => !!number && once(numbers, number)
    // The label amendments name a tabled heading by: its number, or, for one without or
    // whose number another heading bears too, its words and the paragraph it precedes;
    // null where two headings would read the same.
    const byWords = base.map((h, i) => subheadingLabel(part, h.textContent, tabledAt[i] < Infinity ? diff.baseParagraphs[tabledAt[i]].label : null))
    const targetOf = (i: number) => nameable(numbers[i]) ? headingLabel(part, numbers[i]) : once(byWords, byWords[i]) ? byWords[i] : null
    // Headings that stay keep their tabled order too: of the headings standing before one
    // paragraph in both texts, the heaviest run in their tabled order stays, a reworded
    // heading weighing less, as the amendment rewording it moves it too (“Move the heading
    // … to precede the heading of section I and, in it, …”), as the alignment counts it
    // (align.ts, `orderedHeadings`), so that it moves rather than a heading that only
    // stands there. A heading the list places in front of one standing before the same
    // paragraph goes before that one by name (“Before the heading of section III, insert
    // …”), so the one standing there is not moved too; one that no label names alone moves
    // after it (a heading placed before a paragraph goes after those standing there).
    const unmoved = new Array<boolean>(current.length).fill(false)
    for (let start = 0, last = -1; start < current.length;) {
      let end = start + 1
      while (end < current.length && anchorKey(end) === anchorKey(start)) end++
      const candidates: number[] = []
      for (let j = start; j < end; j++) if (pairs[j] > last && tabledAnchor[pairs[j]] === anchorKey(j)) candidates.push(j)
      const run = heaviestRisingRun(candidates.map(j => pairs[j]), candidates.map(j => sameWords(base[pairs[j]], current[j]) ? 2 : 1))
      const kept = new Set(candidates.filter((_j, k) => run[k]))
      let placed = false
      for (let j = start; j < end; j++) {
        unmoved[j] = kept.has(j) && !(placed && !targetOf(pairs[j]))
        if (unmoved[j]) last = pairs[j]
        else placed = true
      }
      start = end
    }
    // For each tabled heading, the first amended heading that stays where it stood and is
    // paired with a later tabled one (a moved one marks no place as tabled).
    const firstAfter = new Array<number | null>(base.length).fill(null)
    const at0 = new Array<number>(base.length + 1).fill(Infinity)
    pairs.forEach((b, j) => { if (b >= 0 && unmoved[j]) at0[b] = Math.min(at0[b], j) })
    for (let b = base.length - 1, best = Infinity; b >= 0; b--) { firstAfter[b] = best < Infinity ? best + 1 : null; best = Math.min(best, at0[b]) }
    // For each heading, the next one that stays at the same paragraph (-1: none).
    const standingAfter = new Array<number>(current.length).fill(-1)
    for (let j = current.length - 2; j >= 0; j--) if (anchorKey(j + 1) === anchorKey(j)) standingAfter[j] = unmoved[j + 1] ? j + 1 : standingAfter[j + 1]
    const restructured = base.length !== current.length || unmoved.some(u => !u) || base.some((_h, i) => !paired.has(i))
    // The number each amended heading's place gives it, where the part is restructured
    // (an inserted one with a number of its own keeps it, taking no place).
    const inSequence = restructured ? sectionSequence(numbers)?.(current.map(h => h.attrs.number as string), j => pairs[j] < 0) ?? null : null
    const label = (k: number) => part ? `${annexLabel(part)}.S${k + 1}` : `S${k + 1}`
    const at = (j: number): HeadingPlacement => standingAfter[j] >= 0 ? { where: 'before', label: targetOf(pairs[standingAfter[j]])! }
      : anchorOf[j] ? { where: 'before', label: diff.baseParagraphs[anchorKey(j)].label }
      : part ? { where: 'last', part: 'op', annex: part } : { where: 'last', part: 'op' }
    const atHeading = (j: number) => standingAfter[j] >= 0 ? pairs[standingAfter[j]] + 1 : null
    // Whether the tabled section under heading i, numbered and named by its number
    // (“Delete section II”), to the next numbered heading (sectionEnds), had paragraphs
    // and lost them all and its subheadings: paragraphs counted per heading once, each
    // range read once (the ranges of numbered headings do not overlap).
    const ends = sectionEnds(numbers)
    const held = new Array<number>(base.length + 1).fill(0), lost = new Array<number>(base.length + 1).fill(0)
    for (const b of baseTop) { held[sectionOrdinal(b.section)]++; if (baseToCurrent[b.index] < 0) lost[sectionOrdinal(b.section)]++ }
    const wholeSection = (i: number) => {
      if (!nameable(numbers[i])) return false
      let paragraphs = 0
      for (let k = i; k < ends[i]; k++) {
        if (paired.has(k) || held[k + 1] !== lost[k + 1]) return false
        paragraphs += held[k + 1]
      }
      return paragraphs > 0
    }
    // Headings that no label names alone because another reads the same before the same
    // paragraph: where they stand side by side (nothing between them but each other) and
    // all but one stay as they are, that one is named by their common label, which names
    // the first of them (applyAmendments.ts): taking out any of them gives the same text,
    // and one reworded or renumbered in place is the first where it comes first as
    // amended (the pairs of those that stay keep their order). One pass over the runs:
    // for the first of each, how many of it change; a run is then walked once, for its
    // one changed.
    const others = tabledPairs(part)
    const changed = (i: number) => { const j = others[i]; return j < 0 || !unmoved[j] || !sameWords(base[i], current[j]) || current[j].attrs.number !== numbers[i] }
    const runStart = byWords.map(() => 0), runChanges = byWords.map(() => 0), runKept = byWords.map(() => 0)
    byWords.forEach((w, i) => {
      const start = runStart[i] = i && byWords[i - 1] === w ? runStart[i - 1] : i
      if (changed(i)) runChanges[start]++
      if (changed(i) && others[i] >= 0) runKept[start]++
    })
    // Several taken out of one run, and nothing else changed in it, are each named by the
    // label, each taking out the first left (applyAmendments.ts).
    const twinTarget = (i: number): string | null => {
      const start = runStart[i]
      const several = runChanges[start] > 1 && runKept[start] === 0
      if ((runChanges[start] !== 1 && !several) || !changed(i) || (others[i] >= 0 && (i !== start || !unmoved[others[i]]))) return null
      let end = i
      while (end < base.length && runStart[end] === start) end++
      return tallies.get(byWords)!.get(byWords[i]) === end - start ? byWords[i] : null
    }
    for (let i = 0; i < base.length; i++) {
      const target = paired.has(i) ? null : targetOf(i) ?? twinTarget(i)
      if (!target) continue
      const whole = wholeSection(i)
      changes.push({ kind: 'deleted', label: `${label(i)}>`, from: label(i), to: null, target, annex: part, ordinal: i + 1, number: numbers[i], base: wordsOf(base[i]), current: null, renumber: null, newNumber: '', at: null, atHeading: null, restoreBefore: firstAfter[i], whole, subheadings: whole ? ends[i] - i - 1 : 0 })
      // The subheadings it takes with it are no changes of their own.
      if (whole) i = ends[i] - 1
    }
    const fresh = current.map((h, j) => pairs[j] < 0 ? h.attrs.number as string : '')
    // Headings the list inserts, by their words: named so where no two read alike and no
    // number names them alone (unnumbered, or two given the same number by hand).
    const freshWords = current.map((h, j) => pairs[j] < 0 ? newSubheadingLabel(part, h.textContent) : '')
    const sections = new Map<number, Placement>()
    current.forEach((h, j) => {
      const i = pairs[j], number = h.attrs.number as string
      const annex = part ? { annex: part } : {}
      if (i < 0) {
        if (number && once(fresh, number)) sections.set(j + 1, { where: 'section', section: number, fresh: true, ...annex })
        else if (once(freshWords, freshWords[j])) sections.set(j + 1, { where: 'section', section: '', heading: freshWords[j], fresh: true, ...annex })
        changes.push({ kind: 'inserted', label: `>${label(j)}`, from: null, to: label(j), target: '', annex: part, ordinal: j + 1, number: '', base: null, current: wordsOf(h), renumber: null, newNumber: number, at: at(j), atHeading: atHeading(j), restoreBefore: null, whole: false, subheadings: 0 })
        return
      }
      const target = targetOf(i) ?? twinTarget(i)
      if (!target) return
      sections.set(j + 1, nameable(numbers[i]) ? { where: 'section', section: numbers[i], ...annex } : { where: 'section', section: '', heading: target, ...annex })
      const expected = inSequence ? inSequence[j] : numbers[i]
      const renumber = number !== expected ? number : null
      const reworded = !sameWords(base[i], h)
      if (unmoved[j] && !renumber && !reworded) return
      const kind = unmoved[j] ? 'modified' : 'moved'
      changes.push({ kind, label: kind === 'modified' ? label(i) : `${label(i)}>${label(j)}`, from: label(i), to: label(j), target, annex: part, ordinal: j + 1, number: numbers[i], base: wordsOf(base[i]), current: wordsOf(h), renumber, newNumber: '', at: kind === 'moved' ? at(j) : null, atHeading: kind === 'moved' ? atHeading(j) : null, restoreBefore: firstAfter[i], whole: false, subheadings: 0 })
    })
    named.push(sections)
    const opening = sections.get(1)
    firstHeadings.push(opening?.where === 'section' ? opening.heading ?? headingLabel(part, opening.section, opening.fresh) : null)
    // The first tabled paragraph's section once the headings are amended: the last
    // heading that stands at or before it (a heading that stays, where it stands; one the
    // list places, before its anchor).
    let ordinal = 0
    current.forEach((_h, j) => { if ((unmoved[j] ? tabledAt[pairs[j]] : anchorKey(j)) <= first) ordinal = j + 1 })
    firstOrdinal.push(ordinal)
  }
  const layout: SectionLayout = {
    changes,
    sectionOf: c => { const part = partOfRecord(c); return part >= 0 && part < parts ? named[part].get(sectionOrdinal(c.section)) ?? null : null },
    inFirstSection: c => { const part = partOfRecord(c); return part < 0 || part >= parts || sectionOrdinal(c.section) === firstOrdinal[part] },
    firstHeading: c => { const part = partOfRecord(c); return part >= 0 && part < parts ? firstHeadings[part] : null },
    beforeHeadings: c => { const part = partOfRecord(c); return part >= 0 && !c.section && (currentHeadings[part]?.length ?? 0) > 0 },
    pairOf: (part, ordinal, from) => {
      const other = from === 'current' ? headingPairs[part]?.[ordinal - 1] : tabledPairs(part)[ordinal - 1]
      return other != null && other >= 0 ? other + 1 : null
    }
  }
  cache.set(diff, layout)
  return layout
}

/// The section headings a diff changes, in reading order within each part.
export const headingChangesOf = (diff: DocumentDiff): readonly HeadingChange[] => sectionLayoutOf(diff).changes
