import type { ParagraphRecord } from './paragraphs'
import { openingPhraseLength } from '../style'
import { profileSimilarity, textProfile, type TextProfile } from './similarity'
import { annexOfLabel } from './labels'

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

/// Align the paragraphs of two documents: by `pid` where they share ids, then by text for
/// the rest (identical text first, then similarity, then shared opening words), then tell moved paragraphs from
/// those that stayed by a longest increasing subsequence over the matched pairs — the
/// largest set of paragraphs that kept their order stays, the others moved, which is the
/// fewest moves that explain the new order.
export function alignParagraphs(base: readonly ParagraphRecord[], current: readonly ParagraphRecord[]): ParagraphAlignment {
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
  return { baseToCurrent, currentToBase, byId, moved: detectMoves(base, current, currentToBase), baseWithoutId: restBase.length }
}

/// Pairs `[base index, current index]` for paragraphs that share no id: first those with
/// the very same text (a string lookup; texts that differ only in spacing still score 1
/// below), then by similarity.
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

/// Which matched current paragraphs moved. PPs and OPs move if they are not in the
/// longest run of matched paragraphs that kept their base order; a subparagraph moves if
/// it now belongs to another paragraph or left the order of its siblings. A change of
/// kind or level is a move too: the paragraph left its place in the structure. So is
/// crossing alone a section heading both texts have, or going from the body to an annex.
function detectMoves(base: readonly ParagraphRecord[], current: readonly ParagraphRecord[], currentToBase: readonly number[]): boolean[] {
  const moved: boolean[] = new Array(current.length).fill(false)
  const baseSections = new Set(base.map(b => b.section)), currentSections = new Set(current.map(c => c.section))
  const crossed = (c: ParagraphRecord, was: string) => was !== c.section && currentSections.has(was) && baseSections.has(c.section)
  const heads = current.filter(c => c.kind !== 'sub' && currentToBase[c.index] >= 0)
  // A paragraph alone in crossing from one section into another moved; several crossing
  // the same way are a heading that moved (sectionHeadings.ts): one amendment, not several.
  const crossings = new Map<string, number>()
  const way = (c: ParagraphRecord) => `${base[currentToBase[c.index]].section}\u0000${c.section}`
  for (const c of heads) if (crossed(c, base[currentToBase[c.index]].section)) crossings.set(way(c), (crossings.get(way(c)) ?? 0) + 1)
  for (const c of heads) if (crossings.get(way(c)) === 1 && crossed(c, base[currentToBase[c.index]].section)) moved[c.index] = true
  // A paragraph paired with one of another part (texts aligned by their words, where an
  // annex repeats words of the body) moved there.
  for (const c of heads) if (annexOfLabel(base[currentToBase[c.index]].label) !== annexOfLabel(c.label)) moved[c.index] = true
  keepLongestOrder(heads.filter(c => !moved[c.index]).map(c => c.index), currentToBase, moved)
  let group: number[] = []
  const flush = () => { keepLongestOrder(group, currentToBase, moved); group = [] }
  for (const c of current) {
    const b = currentToBase[c.index]
    if (c.kind !== 'sub') { flush(); continue }
    if (b < 0) continue
    if (base[b].head === b || currentToBase[c.head] !== base[b].head) moved[c.index] = true
    else group.push(c.index)
  }
  flush()
  for (const c of current) {
    const b = currentToBase[c.index]
    if (b >= 0 && (base[b].kind !== c.kind || base[b].level !== c.level)) moved[c.index] = true
  }
  return moved
}

/// Mark as moved the members of `indices` (current indices, in order) outside a longest
/// subsequence whose base counterparts increase.
function keepLongestOrder(indices: readonly number[], currentToBase: readonly number[], moved: boolean[]): void {
  if (indices.length < 2) return
  const tails: number[] = []
  const previous = new Int32Array(indices.length)
  for (let k = 0; k < indices.length; k++) {
    const value = currentToBase[indices[k]]
    let lo = 0, hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (currentToBase[indices[tails[mid]]] < value) lo = mid + 1
      else hi = mid
    }
    previous[k] = lo > 0 ? tails[lo - 1] : -1
    tails[lo] = k
  }
  const kept = new Uint8Array(indices.length)
  for (let k = tails[tails.length - 1]; k >= 0; k = previous[k]) kept[k] = 1
  for (let k = 0; k < indices.length; k++) if (!kept[k]) moved[indices[k]] = true
}
