import type { SectionHeading } from './align'
import { heaviestRisingRun } from './risingRun'
import { profileSimilarity, textProfile, type TextProfile } from './similarity'

/// Which tabled section heading each amended heading of one part is: the one pairing that
/// the alignment's order of paragraphs and headings (align.ts), the amendments that
/// headings come to (sectionHeadings.ts) and accepting or rejecting them (accept.ts) all
/// read, so that none of them can take a heading for another.
///
/// Pairs are found in rounds, each within the gaps the rounds before left: headings that
/// have the same words and head the same paragraph, the very one that followed the
/// tabled heading (renumbered or not); that read the same, number and words, and head the
/// same paragraph; that have the same words and head the same paragraph (renumbered in
/// place, as the headings after one put in or taken out are); that read the same (the
/// same heading, its first paragraph gone or moved); that head the same paragraph
/// (reworded); that have the same words (renumbered and moved). Then, across the order,
/// headings left that have the same words (moved past another heading), the same first
/// word or the same last word (reworded too), or that read alike (`pairAlike`: reworded
/// at both ends); then the rest one to one in order between pairs in order (reworded and
/// moved). A heading's place counts before its number: of two headings with the same
/// words, the one taken out is the one whose paragraphs joined the section before
/// (“Delete the heading of section II”) or went with it (“Delete section II”), not the one
/// whose number the other now bears, which would list a paragraph move or deletion too.
///
/// Place and words can tell two stories: a heading now heading another section's
/// paragraphs with another's words is that heading reworded, or the other moved; a
/// section whose paragraphs all went lost its heading, or its heading now stands
/// elsewhere. So the rounds run four ways (`pairInRounds`: as above; words before places;
/// a section gone whole paired by words only; both), and the pairing that comes to the
/// fewest amendments (`amendmentsFor`) is kept, the first of them on a tie.
///
/// `anchors`: for each heading, the paragraph it heads, as a tabled flat index (Infinity
/// where none): for an amended one, the first after it that keeps its order; for a tabled
/// one, the first after it that keeps its order (`kept`) and the first that keeps its
/// order or is taken out (`first`). align.ts (`pairTextHeadings`) finds them once
/// paragraphs are matched, before moves are told, as a move depends on the headings'
/// order and so on this pairing. Returns, for each amended heading, the index of its
/// tabled counterpart or -1. A numbered heading
/// is never paired with an unnumbered one: a section heading that became a subheading, or
/// the reverse, is another heading (the list could not say that a number was taken away
/// where the others are numbered in sequence). Each round keeps a longest run in order
/// (`heaviestRisingRun`, unit weights); time O(n log n) in the headings, plus their words
/// (four times).
export function pairHeadings(tabled: readonly SectionHeading[], amended: readonly SectionHeading[], anchors: HeadingAnchors): number[] {
  const byPlace = pairInRounds(tabled, amended, anchors, {})
  if (!tabled.length || !amended.length) return byPlace
  let best = byPlace, fewest = amendmentsFor(byPlace, tabled, amended, anchors)
  for (const prefer of [{ sections: true }, { words: true }, { sections: true, words: true }]) {
    const pairs = pairInRounds(tabled, amended, anchors, prefer), count = amendmentsFor(pairs, tabled, amended, anchors)
    if (count < fewest) { best = pairs; fewest = count }
  }
  return best
}

/// How many amendments to headings a pairing comes to, about: one for each heading put
/// in or taken out — a heading whose paragraphs all went, taken out, goes with them in
/// one (“Delete section II”), which saves their deletions — and one for each pair
/// reworded, or moved (heading another paragraph, or out of the longest run in order of
/// those that head the same one). Renumbering, which the sequence mostly gives, is not
/// counted.
function amendmentsFor(currentToBase: readonly number[], tabled: readonly SectionHeading[], amended: readonly SectionHeading[], anchors: HeadingAnchors): number {
  // Pairs that head the same paragraph stand still where they keep their order; the
  // others move (and are reworded in the same amendment).
  const still = currentToBase.flatMap((b, c) => b >= 0 && anchors.amended[c] === anchors.tabled.kept[b] ? [c] : [])
  const inOrder = heaviestRisingRun(still.map(c => currentToBase[c]), still.map(() => 1))
  let count = amended.length - still.length
  still.forEach((c, k) => { if (!inOrder[k] || wordsKey(tabled[currentToBase[c]]) !== wordsKey(amended[c])) count++ })
  const paired = new Set(currentToBase)
  tabled.forEach((_h, b) => { if (!paired.has(b)) count += 1 - anchors.tabled.gone[b] })
  return count
}

/// `pairHeadings` in rounds. `prefer.words`: a heading that has the words of one left on
/// the other side is not paired by the paragraph it heads alone; `prefer.sections`: a
/// tabled heading whose paragraphs all went (`HeadingAnchors.gone`) pairs by its words
/// only, else goes with them.
function pairInRounds(tabled: readonly SectionHeading[], amended: readonly SectionHeading[], anchors: HeadingAnchors, prefer: { readonly words?: boolean, readonly sections?: boolean }): number[] {
  const currentToBase = new Array<number>(amended.length).fill(-1)
  // Headings of each side not yet paired, by their words: one whose words a heading left
  // on the other side has is that heading (paired by a round of words), not the one whose
  // paragraph it heads.
  const free = { tabled: countWords(tabled), amended: countWords(amended) }
  const lists = { tabled, amended }
  type Side = keyof typeof lists
  const other = (side: Side): Side => side === 'tabled' ? 'amended' : 'tabled'
  const anchor = (side: Side, i: number) => side === 'tabled' ? anchors.tabled.kept[i] : anchors.amended[i]
  const first = (side: Side, i: number) => side === 'tabled' ? anchors.tabled.first[i] : anchors.amended[i]
  // Each round's key of a heading, or null where the round does not pair it.
  type Key = (side: Side, i: number, h: SectionHeading) => string | null
  const keys: Key[] = [
    (side, i, h) => `${numbered(h)}${first(side, i)}\u0001${wordsKey(h)}`,
    (side, i, h) => `${h.number}\u0001${anchor(side, i)}\u0001${wordsKey(h)}`,
    (side, i, h) => `${numbered(h)}${anchor(side, i)}\u0001${wordsKey(h)}`,
    (_side, _i, h) => `${h.number}\u0001${wordsKey(h)}`,
    (side, i, h) => (prefer.words && free[other(side)].get(sameKey(h))) || (prefer.sections && side === 'tabled' && anchors.tabled.gone[i] > 0) ? null : numbered(h) + anchor(side, i),
    (_side, _i, h) => sameKey(h)
  ]
  const pairRange = (bFrom: number, bTo: number, cFrom: number, cTo: number, level: number) => {
    if (level === keys.length) return
    const key = keys[level], queues = new Map<string, number[]>()
    for (let b = bFrom; b < bTo; b++) { const k = key('tabled', b, tabled[b]); if (k == null) continue; const q = queues.get(k); if (q) q.push(b); else queues.set(k, [b]) }
    const cs: number[] = [], candidate: number[] = []
    for (let c = cFrom; c < cTo; c++) { const k = key('amended', c, amended[c]), b = k == null ? undefined : queues.get(k)?.shift(); if (b != null) { cs.push(c); candidate.push(b) } }
    const kept = heaviestRisingRun(candidate, candidate.map(() => 1))
    let b = bFrom, c = cFrom
    for (let k = 0; k < candidate.length; k++) {
      if (!kept[k]) continue
      pairRange(b, candidate[k], c, cs[k], level + 1)
      currentToBase[cs[k]] = candidate[k]
      for (const side of ['tabled', 'amended'] as const) { const w = sameKey(lists[side][side === 'tabled' ? candidate[k] : cs[k]]); free[side].set(w, free[side].get(w)! - 1) }
      b = candidate[k] + 1
      c = cs[k] + 1
    }
    pairRange(b, bTo, c, cTo, level + 1)
  }
  pairRange(0, tabled.length, 0, amended.length, 0)
  // Across the order: by words, then (a heading whose section went whole aside: it goes
  // with it, “Delete section II”, one amendment) by first or last word, by likeness.
  // The tabled headings taken, or left out of the rounds that follow.
  const taken = new Set(currentToBase)
  for (const key of [wordsKey, firstWordKey, lastWordKey]) {
    const queues = new Map<string, number[]>()
    tabled.forEach((h, b) => { if (taken.has(b)) return; const k = numbered(h) + key(h), q = queues.get(k); if (q) q.push(b); else queues.set(k, [b]) })
    amended.forEach((h, c) => { if (currentToBase[c] < 0) { const b = queues.get(numbered(h) + key(h))?.shift(); if (b != null) { currentToBase[c] = b; taken.add(b) } } })
    if (key === wordsKey && prefer.sections) anchors.tabled.gone.forEach((gone, b) => { if (gone > 0) taken.add(b) })
  }
  pairAlike(tabled, amended, currentToBase, taken, (a, b) => numbered(a) === numbered(b))
  uncrossSameWords(tabled, amended, currentToBase, sameKey, anchors)
  // The rest one to one, in order, between pairs that keep their order.
  const cs = currentToBase.flatMap((b, c) => b >= 0 ? [c] : [])
  const inOrder = heaviestRisingRun(cs.map(c => currentToBase[c]), cs.map(() => 1))
  const order = cs.filter((_, k) => inOrder[k])
  let b = 0, c = 0
  for (const end of [...order, amended.length]) {
    const bEnd = end < amended.length ? currentToBase[end] : tabled.length
    for (; c < end; c++) {
      if (currentToBase[c] >= 0) continue
      while (b < bEnd && taken.has(b)) b++
      if (b < bEnd && numbered(tabled[b]) === numbered(amended[c])) { currentToBase[c] = b; taken.add(b) }
    }
    b = bEnd + 1
    c = end + 1
  }
  return currentToBase
}

/// Where each heading stands, for `pairHeadings`: tabled flat indices of the paragraphs
/// headings head (Infinity where none). `amended`: for each amended heading, the first
/// paragraph after it that keeps its order. `tabled`: for each tabled heading, the first
/// after it that keeps its order (`kept`), the first that keeps its order or is taken out
/// (`first`), and, for a numbered one where every paragraph under it to the next heading
/// is taken out, how many (`gone`; else 0): taken out too, it goes with them in one
/// amendment (“Delete section II”).
export interface HeadingAnchors {
  readonly tabled: { readonly first: readonly number[], readonly kept: readonly number[], readonly gone: readonly number[] }
  readonly amended: readonly number[]
}

/// Whether two headings read the same: words (spacing collapsed) and notes.
export const sameHeading = (a: SectionHeading, b: SectionHeading) => wordsKey(a) === wordsKey(b)

const numbered = (h: SectionHeading) => h.number ? '#\u0002' : '\u0002'
const wordsKey = (h: SectionHeading) => h.words + '\u0000' + h.notes.join('\u0000')
/// Headings that may pair by their words have the same key: the same words, both
/// numbered or both not.
export const sameKey = (h: SectionHeading) => numbered(h) + wordsKey(h)

/// How many of `headings` have each `sameKey`.
function countWords(headings: readonly SectionHeading[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const h of headings) counts.set(sameKey(h), (counts.get(sameKey(h)) ?? 0) + 1)
  return counts
}

/// A heading's first and last word, lower-cased: a heading reworded keeps one of them
/// most often (“Protection of victims” → “Protection of survivors”), so one reworded and
/// moved past another heading is still the same heading, moved: one amendment, not a
/// deletion and an insertion.
const firstWordKey = (h: SectionHeading) => h.words.split(' ')[0].toLowerCase()
const lastWordKey = (h: SectionHeading) => h.words.split(' ').pop()!.toLowerCase()

/// Pairs of tabled headings with the same words (`key`) put in order: the k-th tabled
/// heading among those of a part with some words paired with the k-th amended one paired
/// with any of them, whether it reads the same or was reworded (two alike subheadings,
/// the first reworded: the first is, not the second with the first moved behind it, which
/// no label could name alone and the list left out).
/// Rounds that pair across the order can pair two such headings crosswise (after a heading
/// put in, tabled II “Protection of victims” with amended IV, tabled III with amended
/// III), which lists a heading move the text does not need; in order, each keeps its place.
/// Same pairs, same words: nothing else in the list changes. Headings of some words are
/// put in order only where fewer of them then head another paragraph than they pair with
/// (`anchors`), or as many and no more keep their number: two numbered by hand (“B.” and
/// “D.” “Peacebuilding Commission”), one moved past the other, stay paired by their
/// numbers, one move, not a move and two renumberings that accepting one alone leaves
/// wrong. Cost: linear in the headings' words.
function uncrossSameWords(tabled: readonly SectionHeading[], amended: readonly SectionHeading[], currentToBase: number[], key: (h: SectionHeading) => string, anchors: HeadingAnchors): void {
  const baseKeys = tabled.map(key)
  const paired = new Uint8Array(tabled.length)
  currentToBase.forEach(b => { if (b >= 0) paired[b] = 1 })
  const inOrder = new Map<string, number[]>()
  tabled.forEach((_h, b) => { if (!paired[b]) return; const list = inOrder.get(baseKeys[b]); if (list) list.push(b); else inOrder.set(baseKeys[b], [b]) })
  // For each group, the pairs as they are and put in order, weighed: headings that head
  // another paragraph than their pair count first, then those that keep their number.
  const ordered = new Map<number, number>(), taken = new Map<string, number>(), weight = new Map<string, number>()
  const weigh = (b: number, c: number) => (anchors.amended[c] === anchors.tabled.kept[b] ? 0 : 2 * amended.length + 2) - (tabled[b].number === amended[c].number ? 1 : 0)
  currentToBase.forEach((b, c) => {
    if (b < 0) return
    const group = baseKeys[b], k = taken.get(group) ?? 0, to = inOrder.get(group)![k]
    ordered.set(c, to)
    taken.set(group, k + 1)
    weight.set(group, (weight.get(group) ?? 0) + weigh(to, c) - weigh(b, c))
  })
  for (const [c, b] of ordered) if (weight.get(baseKeys[b])! <= 0) currentToBase[c] = b
}

/// How alike two headings must read (similarity.ts: words and pairs of adjacent words,
/// Dice coefficient) to be one heading reworded: “Partnerships and support mechanisms” and
/// “Enhanced partnerships and support” (0.71) are; “Protection of victims” and “Support
/// to victims and survivors” (0.14) are not.
const alike = 0.5

/// How many tabled headings may hold a word or pair of words for it to suggest a pairing:
/// one many hold (“of”, “and”) says nothing, and comparing along it would cost time in
/// the square of the headings.
const fewHolders = 8

/// Headings left unpaired that read alike (`alike`), paired across the order: one
/// reworded at both ends (its first and last words both changed) and moved past another
/// heading is still that heading, one amendment. Each amended heading is compared only
/// with the tabled ones left that share with it a word or pair of words few headings
/// hold (`fewHolders`), the most alike first; so the cost is linear in the headings'
/// words. `matches`: whether two headings may pair at all (numbered with numbered).
function pairAlike(tabled: readonly SectionHeading[], amended: readonly SectionHeading[], currentToBase: number[], paired: Set<number>, matches: (a: SectionHeading, b: SectionHeading) => boolean): void {
  const profiles = new Map<number, TextProfile>(), holders = new Map<number, number[]>()
  tabled.forEach((h, b) => {
    if (paired.has(b)) return
    const profile = textProfile(h.words)
    profiles.set(b, profile)
    for (const k of new Set(profile)) { const list = holders.get(k); if (list) list.push(b); else holders.set(k, [b]) }
  })
  if (!profiles.size) return
  amended.forEach((h, c) => {
    if (currentToBase[c] >= 0) return
    const profile = textProfile(h.words)
    let best = -1, score = alike
    for (const k of new Set(profile)) {
      const list = holders.get(k)
      if (!list || list.length > fewHolders) continue
      for (const b of list) {
        if (paired.has(b) || !matches(tabled[b], h)) continue
        const s = profileSimilarity(profile, profiles.get(b)!)
        if (s > score || (s === score && best < 0)) { best = b; score = s }
      }
    }
    if (best >= 0) { currentToBase[c] = best; paired.add(best) }
  })
}
