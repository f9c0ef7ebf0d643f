import fc from 'fast-check'
import { buildResolution, completeMeta, type ParagraphDraft, type ResolutionMeta } from '../../shared/schema'
import { openingPhraseLength } from '../../shared/style'
import { summarizeResolution } from '../../shared/schema'
import { template2388 } from '../../shared/template'

const paragraphs2388 = summarizeResolution(template2388()).paragraphs
const pps = paragraphs2388.filter(p => p.label.startsWith('PP')).map(p => p.text)
const ops = paragraphs2388.filter(p => p.label.startsWith('OP')).map(p => p.text)
/// Subparagraph items, cut from the clauses of 2388's operative paragraphs.
const items = ops.flatMap(t => t.split(/, (?:and )?to /).slice(1)).map(t => 'To ' + t.replace(/[;.,]$/, '')).filter(t => t.length > 20)

const headings: Array<[string, Partial<ResolutionMeta>]> = [
  ['The Security Council', { symbol: 'S/RES/2388 (2017)', meeting: '8111th', date: '21 November 2017' }],
  ['The Security Council', { symbol: 'S/2017/983', distribution: 'Provisional', date: '21 November 2017', original: 'English', sponsors: 'United States of America' }],
  ['The General Assembly', { symbol: 'A/RES/64/174', date: '18 December 2009', title: 'Strengthening the United Nations Crime Prevention and Criminal Justice Programme' }],
  ['The General Assembly', { symbol: 'A/C.3/72/L.12', distribution: 'Limited', date: '12 October 2017', original: 'English', sponsors: 'Belarus', title: 'Improving the coordination of efforts against trafficking in persons' }],
  ['Le Conseil de sécurité', { symbol: 'S/RES/2388 (2017)', meeting: '8111e', date: '21 novembre 2017', lang: 'fr' }]
]

/// Subparagraph levels under one PP or OP, each at most one deeper than the one before.
const levelRun = fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 12 }).map(steps => {
  const levels: number[] = []
  for (const step of steps) levels.push(Math.min(step, (levels[levels.length - 1] ?? 0) + 1))
  return levels
})

/// A lead-in ends with a colon when items follow it at a deeper level, an item with a
/// semicolon otherwise, as drafters write them.
function withItems(kind: 'pp' | 'op', text: string, levels: number[], pick: (i: number) => string): ParagraphDraft[] {
  const out: ParagraphDraft[] = [{ kind, text: levels.length ? text.replace(/[,;.]$/, ':') : text, lead: 0 }]
  levels.forEach((level, i) => {
    const deeper = (levels[i + 1] ?? 0) > level
    out.push({ kind: 'sub', level, text: pick(i) + (deeper ? ':' : ';'), lead: 0 })
  })
  return out
}

/// Resolutions built from the 2388 paragraphs in random order and number, with random
/// subparagraphs up to four levels deep, under each kind of heading.
export const generatedResolution = fc.record({
  heading: fc.constantFrom(...headings),
  pp: fc.array(fc.tuple(fc.nat(pps.length - 1), fc.option(levelRun, { freq: 4 })), { maxLength: 12 }),
  op: fc.array(fc.tuple(fc.nat(ops.length - 1), fc.option(levelRun, { freq: 3 })), { minLength: 1, maxLength: 20 }),
  item: fc.nat(items.length - 1)
}).map(({ heading: [organ, meta], pp, op, item }) => {
  const paragraphs: ParagraphDraft[] = []
  const pick = (i: number) => items[(item + i * 7) % items.length]
  for (const [i, levels] of pp) paragraphs.push(...withItems('pp', pps[i], levels ?? [], pick))
  for (const [i, levels] of op) paragraphs.push(...withItems('op', ops[i], levels ?? [], pick))
  return buildResolution({
    meta: completeMeta(meta), organ,
    paragraphs: paragraphs.map(p => ({ ...p, lead: openingPhraseLength(p.text, p.kind) }))
  })
})
