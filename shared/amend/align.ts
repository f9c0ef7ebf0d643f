import type { Node } from 'prosemirror-model'
import { forEachPartChild, paragraphKind, schema } from '../schema'
import { paragraphNotes, type ParagraphRecord } from './paragraphs'
import { openingPhraseLength } from '../style'
import { profileSimilarity, textProfile, type TextProfile } from './similarity'
import { annexOfLabel, collapseSpaces } from './labels'
import { heaviestRisingRun } from './risingRun'
import { pairHeadings, sameHeading, sameKey } from './headingPairs'
import { sectionSequence } from './sectionNumbers'

/// Which paragraph of the base became which paragraph of the current document.
export interface ParagraphAlignment {
  /// For each base paragraph (by flat index), its counterpart in the current document,
  /// or -1 when it was deleted.
  readonly baseToCurrent: readonly number[]
  /// For each current paragraph, its counterpart in the base, or -1 when it is new.
  readonly currentToBase: readonly number[]
  /// For each current paragraph, whether its counterpart was found by id rather than by
  /// similarity.
  readonly byId: readonly boolean[]
  /// For each current paragraph, whether it left the order its counterpart had: moved to
  /// another place, another paragraph (a subparagraph), or another part or level.
  readonly moved: readonly boolean[]
  /// How many base paragraphs no current paragraph claimed by id: while there are any,
  /// an edit to a paragraph without an id match can change what matches by similarity.
  readonly baseWithoutId: number
  /// Which tabled section heading each amended one is (headingPairs.ts): by part (0 the
  /// operative part, else the annex's number), for each of the part's headings as
  /// amended in order, the index of its counterpart among the part's tabled headings, or
  /// -1 for one the text as tabled lacks. The one pairing of headings: the order of
  /// paragraphs and headings here, the heading amendments (sectionHeadings.ts) and
  /// accepting them (accept.ts) read it.
  readonly headingPairs: readonly (readonly number[])[]
}

/// Paragraphs alike at least this much are one paragraph reworded rather than one
/// deleted and another inserted.
export const similarityThreshold = 0.5
/// A paragraph that changed kind (PP to OP, paragraph to subparagraph) is a weaker match.
const otherKindFactor = 0.9
/// Below this many candidate pairs, compare every pair; above, only pairs that share a
/// distinctive word or word pair, so two long unrelated texts still align in
/// near-linear time.
const allPairsLimit = 4096
const candidatesPerParagraph = 12
const rarestFeatures = 6

/// The section headings of the two texts aligned (`readSectionHeadings`), which the
/// paragraphs keep their order with (both empty for texts without headings).
export interface TextHeadings { readonly base: readonly SectionHeading[], readonly current: readonly SectionHeading[] }

/// Align the paragraphs of two documents: by `pid` where they share ids, then by text for
/// the rest (identical text first, then similarity, then shared opening words), then tell
/// moved paragraphs from those that stayed by a heaviest increasing subsequence over the
/// matched pairs and the section headings both texts have (`detectMoves`) — the largest
/// set of paragraphs and headings that kept their order stays, the others moved, which is
/// the fewest moves that explain the new order. Paragraphs that read alike pair as keeps
/// the most in order (`alikeGroups`); a pair found by id that this undid counts among the
/// base paragraphs no id claims, so that an edit to one of them is aligned anew
/// (incremental.ts) and they part again.
export function alignParagraphs(base: readonly ParagraphRecord[], current: readonly ParagraphRecord[], headings: TextHeadings): ParagraphAlignment {
  const baseToCurrent: number[] = new Array(base.length).fill(-1)
  const currentToBase: number[] = new Array(current.length).fill(-1)
  const byId: boolean[] = new Array(current.length).fill(false)
  const basePids = new Map<string, number>()
  for (const b of base) if (b.pid != null && !basePids.has(b.pid)) basePids.set(b.pid, b.index)
  for (const c of current) {
    const b = c.pid == null ? undefined : basePids.get(c.pid)
    if (b === undefined || baseToCurrent[b] >= 0) continue
    baseToCurrent[b] = c.index; currentToBase[c.index] = b; byId[c.index] = true
  }
  const restBase = base.filter(b => baseToCurrent[b.index] < 0)
  const restCurrent = current.filter(c => currentToBase[c.index] < 0)
  for (const [b, c] of matchByText(restBase, restCurrent, base.length, current.length)) {
    baseToCurrent[b] = c; currentToBase[c] = b
  }
  const order = startOrder(base, current, currentToBase, headings)
  const headingPairs = pairTextHeadings(base, current, currentToBase, headings, order)
  const { moved, repaired } = detectMoves(base, current, currentToBase, headings, headingPairs, order)
  let unpaired = 0
  for (const [c, b] of repaired) {
    currentToBase[c] = b
    baseToCurrent[b] = c
    if (byId[c]) { byId[c] = false; unpaired++ }
  }
  return { baseToCurrent, currentToBase, byId, moved, baseWithoutId: restBase.length + unpaired, headingPairs }
}

/// Paragraphs that read the same (PPs or OPs of the same words, with no subparagraphs on
/// either side) are interchangeable: whichever was moved, the text reads alike (a text
/// with OP6 reading as OP5 reads the same with either first). So a matched paragraph may
/// pair with any tabled paragraph of its group (`detectMoves` picks, so that the fewest
/// move). Returns each such group of two to `alikeLimit` pairs, by the current
/// paragraphs in it: its current and tabled paragraphs, each in order. Larger groups (a
/// text repeating one paragraph many times) keep their pairs as matched, so that the
/// choice costs time linear in the text.
function alikeGroups(base: readonly ParagraphRecord[], current: readonly ParagraphRecord[], currentToBase: readonly number[]): Map<number, AlikeGroup> {
  const alone = (list: readonly ParagraphRecord[], r: ParagraphRecord) => r.kind !== 'sub' && list[r.index + 1]?.kind !== 'sub'
  // The current paragraphs grouped by their words, found by length first: hashing or
  // comparing every paragraph's words would cost more than the choice, and words of one
  // length are few (past `alikeLimit` of them, the rest of that length are left alone).
  const byLength = new Map<number, number[][]>()
  const found: number[][] = []
  for (const c of current) {
    if (currentToBase[c.index] < 0 || c.kind === 'sub') continue
    const sameLength = byLength.get(c.text.length)
    const group = sameLength?.find(g => current[g[0]].text === c.text)
    if (group) { group.push(c.index); continue }
    if (sameLength && sameLength.length >= alikeLimit) continue
    const fresh = [c.index]
    found.push(fresh)
    if (sameLength) sameLength.push(fresh)
    else byLength.set(c.text.length, [fresh])
  }
  const groups = new Map<number, AlikeGroup>()
  for (const candidates of found) {
    if (candidates.length < 2) continue
    const kind = current[candidates[0]].kind
    const members = candidates.filter(c => {
      const b = base[currentToBase[c]]
      return current[c].kind === kind && b.kind === kind && b.text === current[c].text && alone(current, current[c]) && alone(base, b)
    })
    if (members.length < 2 || members.length > alikeLimit) continue
    const group = { current: members, base: members.map(c => currentToBase[c]).sort((x, y) => x - y) }
    for (const c of members) groups.set(c, group)
  }
  return groups
}

/// Paragraphs that read alike, matched: the current ones and their tabled counterparts,
/// each in order.
interface AlikeGroup { readonly current: number[], readonly base: number[] }

/// The most paragraphs reading alike whose pairs `detectMoves` chooses among.
const alikeLimit = 16

/// Pairs `[base index, current index]` for paragraphs that share no id: first those with
/// the very same text (a string lookup; texts that differ only in spacing still score 1
/// below), the nearest first, then by similarity.
function matchByText(
  base: readonly ParagraphRecord[], current: readonly ParagraphRecord[], baseLength: number, currentLength: number
): Array<[number, number]> {
  if (!base.length || !current.length) return []
  const pairs: Array<[number, number]> = []
  const byText = new Map<string, ParagraphRecord[]>()
  for (const b of base) {
    const list = byText.get(b.text)
    if (list) list.push(b)
    else byText.set(b.text, [b])
  }
  const leftCurrent: ParagraphRecord[] = []
  const takenBase = new Set<number>()
  const distance = (b: ParagraphRecord, c: ParagraphRecord) => Math.abs(b.index / baseLength - c.index / currentLength)
  for (const c of current) {
    let same: ParagraphRecord | undefined
    for (const b of byText.get(c.text) ?? []) {
      if (!takenBase.has(b.index) && b.kind === c.kind && (!same || distance(b, c) < distance(same, c))) same = b
    }
    if (same) { takenBase.add(same.index); pairs.push([same.index, c.index]) }
    else leftCurrent.push(c)
  }
  const leftBase = base.filter(b => !takenBase.has(b.index))
  if (!leftBase.length || !leftCurrent.length) return pairs
  const baseProfiles = leftBase.map(b => textProfile(b.text))
  const currentProfiles = leftCurrent.map(c => textProfile(c.text))
  const scored: Array<{ b: number, c: number, score: number, distance: number }> = []
  const consider = (i: number, j: number) => {
    const b = leftBase[i], c = leftCurrent[j]
    const score = profileSimilarity(baseProfiles[i], currentProfiles[j]) * (b.kind === c.kind ? 1 : otherKindFactor)
    if (score >= similarityThreshold) {
      scored.push({ b: i, c: j, score, distance: distance(b, c) })
    }
  }
  if (leftBase.length * leftCurrent.length <= allPairsLimit) {
    for (let i = 0; i < leftBase.length; i++) for (let j = 0; j < leftCurrent.length; j++) consider(i, j)
  } else {
    const candidates = candidatePairs(baseProfiles, currentProfiles)
    for (let i = 0; i < leftBase.length; i++) for (const j of candidates[i]) consider(i, j)
  }
  scored.sort((x, y) => y.score - x.score || x.distance - y.distance)
  const usedBase = new Set<number>(), usedCurrent = new Set<number>()
  for (const { b, c } of scored) {
    if (usedBase.has(b) || usedCurrent.has(c)) continue
    usedBase.add(b); usedCurrent.add(c)
    pairs.push([leftBase[b].index, leftCurrent[c].index])
  }
  pairs.push(...matchByOpening(leftBase.filter((_b, i) => !usedBase.has(i)), leftCurrent.filter((_c, j) => !usedCurrent.has(j))))
  return pairs
}

/// Words past the opening phrase that a pair must share too.
const openingExtraWords = 3

/// The opening words of a paragraph: its opening phrase (`Further calls upon`) and the
/// next few words, in lower case; null when it has fewer than four words.
function openingKey(record: ParagraphRecord): string | null {
  const lead = openingPhraseLength(record.text, record.kind)
  const words = record.text.slice(lead).match(/[\p{L}\p{N}]+/gu) ?? []
  const head = record.text.slice(0, lead).toLowerCase().trim()
  if (words.length < openingExtraWords || (!head && words.length < 4)) return null
  return record.kind + ' ' + head + ' ' + words.slice(0, head ? openingExtraWords : 4).join(' ').toLowerCase()
}

/// Pairs among paragraphs left unmatched that share their opening words, however much of
/// the rest was rewritten: a tabled paragraph and its amended form, amended in place rather
/// than deleted and inserted again (issue 12). Only openings found once on each side pair.
function matchByOpening(base: readonly ParagraphRecord[], current: readonly ParagraphRecord[]): Array<[number, number]> {
  const once = (records: readonly ParagraphRecord[]) => {
    const byKey = new Map<string, ParagraphRecord | null>()
    for (const r of records) {
      const key = openingKey(r)
      if (key) byKey.set(key, byKey.has(key) ? null : r)
    }
    return byKey
  }
  const baseKeys = once(base), currentKeys = once(current)
  const pairs: Array<[number, number]> = []
  for (const [key, c] of currentKeys) {
    const b = baseKeys.get(key)
    if (b && c) pairs.push([b.index, c.index])
  }
  return pairs
}

/// Each feature of a profile once: a profile is sorted, so repeats stand together.
function forEachDistinct(profile: TextProfile, f: (feature: number) => void): void {
  let prev: number | undefined
  for (const feature of profile) {
    if (feature !== prev) f(feature)
    prev = feature
  }
}

/// For each base profile, the current profiles sharing the most distinctive features
/// with it. Features found in many paragraphs (“in persons”) say little about which
/// paragraph is which and would make this quadratic, so only rare ones count — and, for
/// a short paragraph made only of common words, its rarest few.
function candidatePairs(baseProfiles: readonly TextProfile[], currentProfiles: readonly TextProfile[]): number[][] {
  const postings = new Map<number, number[]>()
  currentProfiles.forEach((profile, j) => {
    forEachDistinct(profile, feature => {
      const list = postings.get(feature)
      if (list) list.push(j)
      else postings.set(feature, [j])
    })
  })
  const common = Math.max(8, Math.ceil(currentProfiles.length * 0.05))
  const counts = new Int32Array(currentProfiles.length)
  return baseProfiles.map(profile => {
    const lists: number[][] = []
    forEachDistinct(profile, feature => {
      const list = postings.get(feature)
      if (list) lists.push(list)
    })
    lists.sort((x, y) => x.length - y.length)
    const touched: number[] = []
    for (let k = 0; k < lists.length && (k < rarestFeatures || lists[k].length <= common); k++) {
      for (const j of lists[k]) { if (counts[j]++ === 0) touched.push(j) }
    }
    touched.sort((x, y) => counts[y] - counts[x])
    const best = touched.slice(0, candidatesPerParagraph)
    for (const j of touched) counts[j] = 0
    return best
  })
}

/// What the order of paragraphs and headings is read from (`startOrder`): which matched
/// current paragraphs moved whatever the order (another kind or level, another part),
/// the groups of paragraphs that read alike (`alikeGroups`), and each text's PPs, OPs,
/// annex paragraphs and headings in reading order (`readingOrder`).
type ReadingOrder = ReturnType<typeof readingOrder>

interface OrderInput { readonly moved: boolean[], readonly alike: Map<number, AlikeGroup>, readonly tabled: ReadingOrder, readonly amended: ReadingOrder }

function startOrder(base: readonly ParagraphRecord[], current: readonly ParagraphRecord[], currentToBase: readonly number[], headings: TextHeadings): OrderInput {
  const moved: boolean[] = new Array(current.length).fill(false)
  const alike = alikeGroups(base, current, currentToBase)
  for (const c of current) {
    const b = currentToBase[c.index]
    if (b < 0) continue
    if (base[b].kind !== c.kind || base[b].level !== c.level) moved[c.index] = true
    // So did a paragraph paired with one of another part (texts aligned by their words,
    // where an annex repeats words of the body), unless it reads as others do and may
    // pair with one of its own part instead.
    else if (c.kind !== 'sub' && !alike.has(c.index) && annexOfLabel(base[b].label) !== annexOfLabel(c.label)) moved[c.index] = true
  }
  return { moved, alike, tabled: readingOrder(base, headings.base), amended: readingOrder(current, headings.current) }
}

/// The heaviest run of PPs, OPs, annex paragraphs and headings that keeps its tabled
/// order (`detectMoves` says how it is weighed), with the headings paired as `pairs` says
/// (for each amended heading, by index in the text's headings, its tabled counterpart or
/// -1 for one left out of the run) and `renumbered` weighs them. Returns, for each
/// current paragraph in the run, its tabled counterpart there (-1: none). Time
/// O(n log n).
function heaviestInOrder(base: readonly ParagraphRecord[], current: readonly ParagraphRecord[], currentToBase: readonly number[], order: OrderInput, pairs: readonly number[], renumbered: readonly boolean[]): Int32Array {
  const { moved, alike, tabled, amended } = order
  // A paragraph weighs more than the tie-breaks of all headings together.
  const paragraphWeight = pairs.filter(b => b >= 0).length + 2
  // The run's members: their places as tabled, weights, and current and tabled paragraphs
  // (-1 for a heading).
  const values: number[] = [], weights: number[] = [], paragraphs: number[] = [], counterparts: number[] = []
  const member = (value: number, weight: number, c: number, b: number) => { values.push(value); weights.push(weight); paragraphs.push(c); counterparts.push(b) }
  for (const item of amended.sequence) {
    if ('heading' in item) {
      const b = pairs[item.heading]
      if (b >= 0) member(tabled.placeOfHeading[b], renumbered[item.heading] ? paragraphWeight - 1 : paragraphWeight + 1, -1, -1)
      continue
    }
    const c = item.paragraph
    if (currentToBase[c] < 0 || moved[c]) continue
    const group = alike.get(c)
    if (!group) { member(tabled.placeOfParagraph[currentToBase[c]], paragraphWeight, c, currentToBase[c]); continue }
    // Latest first, so that a rising run takes one of them at most.
    const part = annexOfLabel(current[c].label)
    for (let k = group.base.length - 1; k >= 0; k--) {
      const b = group.base[k]
      if (annexOfLabel(base[b].label) === part) member(tabled.placeOfParagraph[b], paragraphWeight, c, b)
    }
  }
  const kept = heaviestRisingRun(values, weights)
  const chosen = new Int32Array(current.length).fill(-1)
  paragraphs.forEach((c, k) => { if (c >= 0 && kept[k]) chosen[c] = counterparts[k] })
  return chosen
}

/// Which matched current paragraphs moved. A paragraph that changed kind or level, or went
/// from the body to an annex, left its place in the structure: it moved. Of the other PPs,
/// OPs and annex paragraphs, those outside the heaviest run that kept its tabled order,
/// read together with the section headings both texts have (`readingOrder`), moved: a
/// heading the run leaves out is one the list moves (sectionHeadings.ts anchors every
/// heading to the next paragraph that stays, so a heading in the run stands where it
/// stood), so the run keeps the most paragraphs and headings together, the fewest moves
/// of either. Headings are paired once, before (`pairTextHeadings`). A heading that takes
/// the number its place gives it weighs a little more than a paragraph, so that one
/// paragraph crossing it moves rather than the heading; one an amendment renumbers a
/// little less, as that amendment can move it too (“Move the heading of section III to
/// stand before … and replace it with …”; `orderedHeadings`); and a heading that carries two
/// or more paragraphs across another section's paragraphs moves alone, with no move of
/// the paragraphs it carries. A paragraph reading as others do (`alikeGroups`) enters
/// the run with each tabled paragraph of its group and of its part it could pair with,
/// so the run takes the pairs that keep the most in order (the longest common
/// subsequence of the two texts, alike paragraphs one word); `repaired` gives the pairs
/// so chosen that differ from those matched, `[current index, base index]`. A
/// subparagraph moved if it now belongs to another paragraph or left the order of its
/// siblings.
function detectMoves(base: readonly ParagraphRecord[], current: readonly ParagraphRecord[], currentToBase: readonly number[], headings: TextHeadings, headingPairs: readonly (readonly number[])[], order: OrderInput): { moved: boolean[], repaired: Array<[number, number]> } {
  const { moved, alike } = order
  const { pairs, renumbered } = orderedHeadings(headings, headingPairs)
  const chosen = heaviestInOrder(base, current, currentToBase, order, pairs, renumbered)
  current.forEach(c => { if (!moved[c.index] && currentToBase[c.index] >= 0 && c.kind !== 'sub' && chosen[c.index] < 0) moved[c.index] = true })
  const repaired: Array<[number, number]> = []
  for (const group of new Set(alike.values())) {
    // The tabled paragraphs the run left go, in order, to the current ones it left.
    const taken = new Set(group.current.map(c => chosen[c]))
    const left = group.base.filter(b => !taken.has(b))
    let k = 0
    for (const c of group.current) {
      const b = chosen[c] >= 0 ? chosen[c] : left[k++]
      if (b !== currentToBase[c]) repaired.push([c, b])
      if (chosen[c] < 0) moved[c] = true
    }
  }
  let siblings: number[] = []
  const flush = () => {
    if (!siblings.length) return
    const run = heaviestRisingRun(siblings.map(c => currentToBase[c]), siblings.map(() => 1))
    siblings.forEach((c, k) => { if (!run[k]) moved[c] = true })
    siblings = []
  }
  for (const c of current) {
    const b = currentToBase[c.index]
    if (c.kind !== 'sub') { flush(); continue }
    if (b < 0 || moved[c.index]) continue
    if (base[b].head === b || currentToBase[c.head] !== base[b].head) moved[c.index] = true
    else siblings.push(c.index)
  }
  flush()
  return { moved, repaired }
}

/// A section heading of a text, as alignment weighs it: the part it stands in (0 the
/// operative part, else the annex's number), its number as printed (empty for none), its
/// words (spacing collapsed, as titles.ts compares them), the texts of its notes, and the
/// flat index of the paragraph it stands before (the number of paragraphs where none
/// follows it in the text).
export interface SectionHeading { readonly part: number, readonly number: string, readonly words: string, readonly notes: readonly string[], readonly before: number }

/// The headings read of each document, by node: a diff redone as the drafter types reads
/// the base, which does not change, again at each keystroke.
const headingsRead = new WeakMap<Node, readonly SectionHeading[]>()

/// The section headings of a document in reading order, in one walk of its parts, once
/// per document node.
export function readSectionHeadings(doc: Node): readonly SectionHeading[] {
  const known = headingsRead.get(doc)
  if (known) return known
  const headings: SectionHeading[] = []
  let paragraphs = 0
  forEachPartChild(doc, (node, _pos, part) => {
    if (node.type === schema.nodes.section_heading) {
      headings.push({ part: part.annex, number: node.attrs.number ?? '', words: collapseSpaces(node.textContent), notes: paragraphNotes(node), before: paragraphs })
    } else if (paragraphKind(node)) paragraphs++
  })
  headingsRead.set(doc, headings)
  return headings
}

/// A text's PPs, OPs and annex paragraphs (by flat index) and its section headings (by
/// index in `headings`) in reading order, and the place of each paragraph (-1 for a
/// subparagraph) and each heading in that order.
function readingOrder(records: readonly ParagraphRecord[], headings: readonly SectionHeading[]) {
  const sequence: Array<{ readonly paragraph: number } | { readonly heading: number }> = []
  const placeOfParagraph = new Array<number>(records.length).fill(-1), placeOfHeading: number[] = []
  let h = 0
  const headingsBefore = (index: number) => {
    for (; h < headings.length && headings[h].before <= index; h++) { placeOfHeading.push(sequence.length); sequence.push({ heading: h }) }
  }
  for (const r of records) {
    if (r.kind === 'sub') continue
    headingsBefore(r.index)
    placeOfParagraph[r.index] = sequence.length
    sequence.push({ paragraph: r.index })
  }
  headingsBefore(Infinity)
  return { sequence, placeOfParagraph, placeOfHeading }
}

/// The headings of the two texts paired, part by part (`pairHeadings`), each anchored at
/// the paragraph it heads: as amended, the first after it that keeps its order, by its
/// tabled index; as tabled, the first after it that keeps its order or is taken out
/// (`first`), and the first that keeps its order (`kept`); and how many paragraphs went
/// with it, where all did (`gone`). Which paragraphs keep their order is estimated here,
/// by the run `detectMoves` reads, with only the headings whose words each text has once
/// in the part (`estimateKept`): `detectMoves` reads it with every pair of headings,
/// which needs this pairing first. So a heading put in before a paragraph moved
/// there is not taken for the heading that paragraph left. Returns
/// `ParagraphAlignment.headingPairs`. Cost: O(n log n) in the paragraphs and headings,
/// and the pairing's.
function pairTextHeadings(base: readonly ParagraphRecord[], current: readonly ParagraphRecord[], currentToBase: readonly number[], headings: TextHeadings, order: OrderInput): number[][] {
  if (!headings.base.length && !headings.current.length) return []
  const partOf = (r: ParagraphRecord) => annexOfLabel(r.label)
  const kept = estimateKept(headings, (pairs, renumbered) => heaviestInOrder(base, current, currentToBase, order, pairs, renumbered))
  const tabledKept = new Uint8Array(base.length), taken = new Uint8Array(base.length)
  for (const c of current) {
    if (currentToBase[c.index] >= 0) taken[currentToBase[c.index]] = 1
    if (kept[c.index] >= 0) tabledKept[kept[c.index]] = 1
  }
  // For each paragraph, the first from it on in its part that anchors a heading (its
  // tabled index), or Infinity.
  const anchorsFrom = (records: readonly ParagraphRecord[], anchor: (r: ParagraphRecord) => number) => {
    const next = new Array<number>(records.length).fill(Infinity)
    for (let i = records.length - 1; i >= 0; i--) {
      const r = records[i], here = r.kind === 'sub' ? -1 : anchor(r)
      next[i] = here >= 0 ? here : i + 1 < records.length && partOf(records[i + 1]) === partOf(r) ? next[i + 1] : Infinity
    }
    return next
  }
  const tabledFirst = anchorsFrom(base, b => !taken[b.index] || tabledKept[b.index] ? b.index : -1)
  const tabledNext = anchorsFrom(base, b => tabledKept[b.index] ? b.index : -1)
  const amendedNext = anchorsFrom(current, c => kept[c.index])
  const heads = (records: readonly ParagraphRecord[], h: SectionHeading) => h.before < records.length && partOf(records[h.before]) === h.part
  const anchorOf = (records: readonly ParagraphRecord[], next: readonly number[], h: SectionHeading) => heads(records, h) ? next[h.before] : Infinity
  // How many paragraphs a numbered tabled heading had, to the next heading, where all were
  // taken out (else 0), for one whose section holds no subheading: each paragraph read
  // once, as headings follow one another. (A section holding subheadings goes whole only
  // with them, sectionHeadings.ts.)
  const gone = (h: SectionHeading, k: number) => {
    const next = headings.base[k + 1]
    if (!h.number || !heads(base, h) || (next?.part === h.part && !next.number)) return 0
    const end = next?.before ?? base.length
    let count = 0
    for (let i = h.before; i < end && partOf(base[i]) === h.part; i++) {
      if (base[i].kind === 'sub') continue
      if (taken[i]) return 0
      count++
    }
    return count
  }
  const parts: Array<{ tabled: SectionHeading[], amended: SectionHeading[], first: number[], kept: number[], gone: number[], amendedAnchors: number[] }> = []
  const partAt = (part: number) => (parts[part] ??= { tabled: [], amended: [], first: [], kept: [], gone: [], amendedAnchors: [] })
  headings.base.forEach((h, k) => { const p = partAt(h.part); p.tabled.push(h); p.first.push(anchorOf(base, tabledFirst, h)); p.kept.push(anchorOf(base, tabledNext, h)); p.gone.push(gone(h, k)) })
  for (const h of headings.current) { const p = partAt(h.part); p.amended.push(h); p.amendedAnchors.push(anchorOf(current, amendedNext, h)) }
  return Array.from(parts, p => p ? pairHeadings(p.tabled, p.amended, { tabled: { first: p.first, kept: p.kept, gone: p.gone }, amended: p.amendedAnchors }) : [])
}

/// Which current paragraphs keep their tabled order, as first estimated for pairing the
/// headings, by their tabled counterparts there (-1: none): the run `detectMoves` reads
/// (`heaviestInOrder`), with only the headings whose words (and numberedness) each text
/// has once in the part, which are surely one heading. Time O(n log n).
function estimateKept(headings: TextHeadings, run: (pairs: readonly number[], renumbered: readonly boolean[]) => Int32Array): Int32Array {
  const key = (h: SectionHeading) => `${h.part}\u0000${sameKey(h)}`
  const once = (list: readonly SectionHeading[]) => {
    const places = new Map<string, number>()
    list.forEach((h, i) => places.set(key(h), places.has(key(h)) ? -1 : i))
    return places
  }
  const tabledOnce = once(headings.base), amendedOnce = once(headings.current)
  const pairs = headings.current.map((h, j) => amendedOnce.get(key(h)) === j ? tabledOnce.get(key(h)) ?? -1 : -1)
  return run(pairs, pairs.map((b, j) => b >= 0 && headings.base[b].number !== headings.current[j].number))
}

/// The pairs of headings the order of paragraphs and headings holds (`detectMoves`): for
/// each amended heading (by index in `headings.current`), its tabled counterpart (by index
/// in `headings.base`) where the two read the same, else -1 — a heading reworded is left
/// out of the order, as its amendment can move it too (“Move the heading of section III
/// … and replace it with …”), so it holds no paragraph back; and whether an amendment
/// gives it its number, as sectionHeadings.ts writes one: where its number is not the one
/// its place gives it once headings are put in, taken out or moved (`sectionSequence`),
/// or, for a part not numbered in sequence, not its tabled one. Such a heading can move
/// with that amendment too. Cost: O(headings).
function orderedHeadings(headings: TextHeadings, headingPairs: readonly (readonly number[])[]): { pairs: number[], renumbered: boolean[] } {
  const byPart = (list: readonly SectionHeading[]) => {
    const parts: number[][] = []
    list.forEach((h, i) => (parts[h.part] ??= []).push(i))
    return parts
  }
  const tabledOf = byPart(headings.base), amendedOf = byPart(headings.current)
  const pairs = new Array<number>(headings.current.length).fill(-1), renumbered = new Array<boolean>(headings.current.length).fill(false)
  amendedOf.forEach((amended, part) => {
    const tabled = tabledOf[part] ?? [], pair = headingPairs[part]
    const tabledNumbers = tabled.map(i => headings.base[i].number), amendedNumbers = amended.map(j => headings.current[j].number)
    const restructured = tabled.length !== amended.length || pair.some((b, k) => b < 0 || (k > 0 && b <= pair[k - 1]))
    const inSequence = restructured ? sectionSequence(tabledNumbers)?.(amendedNumbers, k => pair[k] < 0) : undefined
    amended.forEach((j, k) => {
      const b = pair[k]
      if (b < 0) return
      renumbered[j] = amendedNumbers[k] !== tabledNumbers[b] || amendedNumbers[k] !== (inSequence ? inSequence[k] : tabledNumbers[b])
      if (sameHeading(headings.base[tabled[b]], headings.current[j])) pairs[j] = tabled[b]
    })
  })
  return { pairs, renumbered }
}
