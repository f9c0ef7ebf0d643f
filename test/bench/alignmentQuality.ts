import type { Node } from 'prosemirror-model'
import { buildResolution, readResolution, type ParagraphDraft } from '../../shared/schema'
import { template2388 } from '../../shared/template'
import { diffDocuments, profileSimilarity, textProfile, type DocumentDiff, type TextProfile } from '../../shared/amend'
import { clausePool, composeParagraph, type ClausePool } from './gaScale'
import { SeededRandom } from './seededRandom'

/// A paragraph of a scenario's current version and what it is in truth: the base
/// paragraph it came from (or none: new), whether its words changed, whether it moved.
interface Item { draft: ParagraphDraft, origin: number | null, reworded: boolean, moved: boolean }

/// A generated revision of the 2388 template with its known truth: the classified
/// changes a perfect engine reports, as `kind:b<base index>:c<current index>` keys.
export interface Scenario {
  base: Node
  current: Node
  truth: Set<string>
}

const drafting = ['effectively', 'and related', 'as a matter of priority,', 'in particular', 'all relevant', 'fully', 'and to report thereon']
const substitutes = ['enhance', 'promote', 'strengthen', 'relevant', 'appropriate', 'effective', 'national', 'regional', 'support']

function capitalize(text: string): string {
  return text[0].toUpperCase() + text.slice(1)
}

/// Up to three light word edits — a fifth of the words at most — after the opening
/// phrase: what a delegation's comment does to a paragraph.
function reword(p: ParagraphDraft, random: SeededRandom): ParagraphDraft {
  const words = p.text.split(' ')
  const budget = Math.max(1, Math.floor(words.length / 5))
  let used = 0
  const edits = Math.min(3, random.between(1, budget))
  for (let e = 0; e < edits && used < budget; e++) {
    const at = random.between(Math.min(words.length - 1, 2), words.length - 1)
    switch (random.int(3)) {
      case 0: { const phrase = random.pick(drafting); words.splice(at, 0, phrase); used += phrase.split(' ').length; break }
      case 1: if (words.length > 6) { const n = Math.min(random.between(1, 3), budget - used); words.splice(at, n); used += n } break
      default: words[at] = random.pick(substitutes) + (/[,;.:]$/.exec(words[at])?.[0] ?? ''); used++
    }
  }
  return { ...p, text: words.join(' ') }
}

/// Whether a text reads like none of the base paragraphs: a new paragraph that repeats
/// most of an old one is not, in truth, an insertion.
function isNew(text: string, base: readonly TextProfile[]): boolean {
  const profile = textProfile(text)
  return base.every(b => profileSimilarity(b, profile) < 0.3)
}

/// A new paragraph: clauses from several paragraphs of the base.
function newParagraph(pool: ClausePool, random: SeededRandom, kind: 'pp' | 'op', base: readonly TextProfile[]): ParagraphDraft {
  for (;;) {
    const p = composeParagraph(pool, random, kind, random.between(25, 70))
    if (isNew(p.text, base)) return { ...p, text: p.text + (kind === 'pp' ? ',' : ';') }
  }
}

/// A new subparagraph: one clause of the base, capitalized.
function newSubparagraph(pool: ClausePool, random: SeededRandom, base: readonly TextProfile[]): ParagraphDraft {
  for (;;) {
    const clause = random.pick(pool.clauses)
    const text = capitalize(clause) + ';'
    if (clause.split(' ').length >= 6 && isNew(text, base)) return { kind: 'sub', level: 1, lead: 0, text }
  }
}

/// One scenario: the 2388 template revised by a seeded mix of paragraphs inserted,
/// deleted, moved and reworded and subparagraphs added. Moves jump over at least three
/// paragraphs and never cross one another, and nothing they jump over is deleted, so
/// that the fewest moves explaining the new order are exactly the moves made: the truth
/// is then unambiguous. With `sharedIds` false the current version gets fresh ids, as
/// a text imported from elsewhere, and everything aligns by similarity.
export function scenario(seed: number, sharedIds: boolean): Scenario {
  const random = new SeededRandom(seed)
  const pool = clausePool()
  const base = template2388()
  const baseDrafts = readResolution(base).paragraphs
  const baseProfiles = baseDrafts.map(p => textProfile(p.text))
  let items: Item[] = baseDrafts.map((draft, i) => ({ draft, origin: i, reworded: false, moved: false }))
  const protectedItems = new Set<Item>()
  const moves = random.between(0, 3)
  const spans: Array<[number, number]> = []
  for (let m = 0, tries = 0; m < moves && tries < 50; tries++) {
    const from = random.int(items.length)
    const kind = items[from].draft.kind
    const distance = random.between(4, 12) * (random.int(2) ? 1 : -1)
    const to = from + distance
    if (to < 0 || to >= items.length || items[to].draft.kind !== kind) continue
    const lo = Math.min(from, to), hi = Math.max(from, to)
    if (spans.some(([a, b]) => lo <= b + 1 && hi >= a - 1)) continue
    spans.push([lo, hi])
    const [item] = items.splice(from, 1)
    items.splice(to, 0, { ...item, moved: true })
    for (let k = lo; k <= hi; k++) protectedItems.add(items[k])
    m++
  }
  const operations = random.between(1, 8)
  for (let n = 0; n < operations; n++) {
    const roll = random.int(4)
    if (roll === 0) {
      const at = random.int(items.length + 1)
      const kind = at < items.length ? items[at].draft.kind : 'op'
      if (kind === 'sub') continue
      items.splice(at, 0, { draft: newParagraph(pool, random, kind, baseProfiles), origin: null, reworded: false, moved: false })
    } else if (roll === 1) {
      const at = random.int(items.length)
      if (protectedItems.has(items[at]) || items[at].draft.kind === 'sub' || items[at + 1]?.draft.kind === 'sub') continue
      items.splice(at, 1)
    } else if (roll === 2) {
      const at = random.int(items.length)
      const reworded = reword(items[at].draft, random)
      if (reworded.text !== items[at].draft.text) items[at] = { ...items[at], draft: reworded, reworded: items[at].origin != null }
    } else {
      const ops = items.flatMap((item, i) => item.draft.kind === 'op' && items[i + 1]?.draft.kind !== 'sub' ? [i] : [])
      const at = random.pick(ops)
      items[at] = { ...items[at], draft: { ...items[at].draft, text: items[at].draft.text.replace(/[;.]$/, ':') }, reworded: items[at].origin != null }
      const subs: Item[] = []
      for (let k = random.between(2, 4); k > 0; k--) {
        subs.push({ draft: newSubparagraph(pool, random, baseProfiles), origin: null, reworded: false, moved: false })
      }
      items = [...items.slice(0, at + 1), ...subs, ...items.slice(at + 1)]
    }
  }
  const paragraphs = items.map(item => ({ ...item.draft, pid: sharedIds && item.origin != null ? baseDrafts[item.origin].pid : undefined }))
  const current = buildResolution({ ...readResolution(base), paragraphs })
  const truth = new Set<string>()
  const kept = new Set(items.map(i => i.origin))
  baseDrafts.forEach((_p, b) => { if (!kept.has(b)) truth.add(`deleted:b${b}`) })
  items.forEach((item, c) => {
    if (item.origin == null) truth.add(`inserted:c${c}`)
    else {
      if (item.reworded && item.draft.text !== baseDrafts[item.origin].text) truth.add(`modified:b${item.origin}:c${c}`)
      if (item.moved) truth.add(`moved:b${item.origin}:c${c}`)
    }
  })
  return { base, current, truth }
}

/// The changes a diff reports, as keys comparable with a scenario's truth.
export function reportedChanges(diff: DocumentDiff): Set<string> {
  const reported = new Set<string>()
  for (const e of diff.entries) {
    if (e.status === 'deleted') reported.add(`deleted:b${e.base!.index}`)
    else if (e.status === 'inserted') reported.add(`inserted:c${e.current!.index}`)
    else {
      if (e.status === 'modified') reported.add(`modified:b${e.base!.index}:c${e.current!.index}`)
      if (e.moved) reported.add(`moved:b${e.base!.index}:c${e.current!.index}`)
    }
  }
  return reported
}

export interface Quality {
  scenarios: number
  precision: number
  recall: number
  /// Per kind of change: [correct, reported, true].
  byKind: Record<string, [number, number, number]>
}

/// Precision and recall of the classified changes over `count` seeded scenarios, pooled
/// (a change is correct when the same kind links the same paragraphs as in truth).
export function alignmentQuality(count: number, sharedIds: boolean): Quality {
  let correct = 0, reported = 0, truthful = 0
  const byKind: Quality['byKind'] = {}
  const tally = (key: string, slot: 0 | 1 | 2) => {
    const kind = key.slice(0, key.indexOf(':'))
    const row = byKind[kind] ??= [0, 0, 0]
    row[slot]++
  }
  for (let seed = 1; seed <= count; seed++) {
    const { base, current, truth } = scenario(seed, sharedIds)
    const found = reportedChanges(diffDocuments(base, current))
    for (const key of found) { tally(key, 1); if (truth.has(key)) { correct++; tally(key, 0) } }
    for (const key of truth) tally(key, 2)
    reported += found.size; truthful += truth.size
  }
  return { scenarios: count, precision: reported ? correct / reported : 1, recall: truthful ? correct / truthful : 1, byKind }
}
