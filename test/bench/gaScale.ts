import type { Node } from 'prosemirror-model'
import { buildResolution, completeMeta, readResolution, type ParagraphDraft } from '../../shared/schema'
import { template2388 } from '../../shared/template'
import { SeededRandom } from './seededRandom'

/// The clauses of the 2388 paragraphs: the opening clause of each PP and OP (it carries
/// the italic opening phrase) and the clauses that follow, cut at commas and semicolons.
export interface ClausePool {
  openers: { pp: ParagraphDraft[], op: ParagraphDraft[] }
  clauses: string[]
}

export function clausePool(): ClausePool {
  const openers: ClausePool['openers'] = { pp: [], op: [] }
  const clauses: string[] = []
  for (const p of readResolution(template2388()).paragraphs) {
    const parts = p.text.split(/(?<=[,;]) /)
    const first = parts[0].replace(/[,;.]$/, '')
    if (p.kind !== 'sub') openers[p.kind].push({ kind: p.kind, text: first, lead: Math.min(p.lead, first.length) })
    for (const part of parts.slice(1)) {
      const clause = part.replace(/[,;.]$/, '')
      if (clause.split(' ').length >= 4) clauses.push(clause)
    }
  }
  return { openers, clauses }
}

const wordCount = (text: string) => text.split(/\s+/).length

/// A paragraph of about `words` words: an opening clause of the right kind followed by
/// clauses drawn from the whole resolution.
export function composeParagraph(pool: ClausePool, random: SeededRandom, kind: 'pp' | 'op', words: number): ParagraphDraft {
  const opener = random.pick(pool.openers[kind])
  let text = opener.text
  while (wordCount(text) < words) text += ', ' + random.pick(pool.clauses)
  return { kind, text, lead: opener.lead }
}

function endParagraph(p: ParagraphDraft, mark: string): ParagraphDraft {
  return { ...p, text: p.text + mark }
}

function capitalize(text: string): string {
  return text[0].toUpperCase() + text.slice(1)
}

/// A General Assembly-scale resolution built deterministically from the paragraphs of
/// resolution 2388: 150 preambular paragraphs, then operative paragraphs, one in twelve
/// with three subparagraphs, 600 paragraphs in all and about 50,000 words. Every
/// paragraph is a new combination of 2388 clauses, so no two read alike, as in a real
/// resolution.
export function gaScaleResolution(): Node {
  const pool = clausePool()
  const random = new SeededRandom(600)
  const paragraphs: ParagraphDraft[] = []
  let pp = 0, op = 0, sub = 0
  for (let i = 0; i < 150; i++) {
    paragraphs.push({ ...endParagraph(composeParagraph(pool, random, 'pp', random.between(55, 125)), ','), pid: `ga-pp${String(++pp).padStart(3, '0')}` })
  }
  while (paragraphs.length < 600) {
    const hasSubs = op % 12 === 11 && paragraphs.length + 4 <= 600
    const opening = composeParagraph(pool, random, 'op', random.between(55, 125))
    paragraphs.push({ ...endParagraph(opening, hasSubs ? ':' : ';'), pid: `ga-op${String(++op).padStart(3, '0')}` })
    if (!hasSubs) continue
    for (let k = 0; k < 3; k++) {
      paragraphs.push({ kind: 'sub', level: 1, lead: 0, text: capitalize(random.pick(pool.clauses)) + ';', pid: `ga-sub${String(++sub).padStart(3, '0')}` })
    }
  }
  const last = paragraphs[paragraphs.length - 1]
  paragraphs[paragraphs.length - 1] = { ...last, text: last.text.replace(/;$/, '.') }
  return buildResolution({
    meta: completeMeta({ symbol: 'A/RES/72/999', title: 'Trafficking in persons in armed conflict', date: '20 December 2017' }),
    organ: 'The General Assembly',
    paragraphs
  })
}
