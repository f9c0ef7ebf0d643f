import fc from 'fast-check'
import { buildResolution, completeMeta, toRoman, type ParagraphDraft, type ResolutionMeta, type SectionDraft } from '../../shared/schema'
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

/// Notes as UN resolutions print them at the foot of the page.
const notes = [
  'See resolution 2331 (2016).',
  'S/2017/939.',
  'Official Records of the General Assembly, Seventy-second Session, Supplement No. 49 (A/72/49), vol. I.',
  'United Nations, Treaty Series, vol. 2237, No. 39574.',
  'See A/72/224, sect. II.'
]

/// Titles of sections and annexes of General Assembly texts, as printed.
const sectionTitles = [
  'Strengthening the United Nations Crime Prevention and Criminal Justice Programme',
  'Revitalization of the work of the General Assembly',
  'Follow-up and review',
  'Shared commitments',
  'Means of implementation'
]
const annexTitles = [
  'Political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons',
  'Terms of reference of the inter-agency coordination group',
  'Declaration on cooperation against trafficking in persons'
]

/// A footnote reference after the paragraph's last mark, or after a word inside it (never
/// after a digit, where a printed number would run into the reference).
function withNote(p: ParagraphDraft, choice: number): ParagraphDraft {
  let at = p.text.length
  if (choice % 2) {
    const space = p.text.indexOf(' ', Math.floor(p.text.length / 2))
    if (space > 0 && !/\d/.test(p.text[space - 1])) at = space
  }
  return { ...p, footnotes: [{ at, text: notes[choice % notes.length] }] }
}

/// Section headings numbered I, II… before the PP or OP heads at `heads` (indices into
/// `paragraphs`), one per head.
function sectionsAt(paragraphs: readonly ParagraphDraft[], picks: readonly number[], first: number): SectionDraft[] {
  const heads = paragraphs.map((p, i) => p.kind === 'op' && i >= first ? i : -1).filter(i => i >= 0)
  const at = [...new Set(picks.map(k => heads[k % heads.length]))].filter(i => i !== undefined).sort((a, b) => a - b)
  return at.map((index, n) => ({ number: toRoman(n + 1).toUpperCase(), text: sectionTitles[(index + n) % sectionTitles.length], at: index }))
}

/// Body paragraphs as `generatedResolution` makes them, some with footnotes, some OP
/// lists printed (i), (ii) at the first level as S/RES/242 (1967) prints them.
const structuredBody = fc.record({
  pp: fc.array(fc.tuple(fc.nat(pps.length - 1), fc.option(levelRun, { freq: 4 }), fc.option(fc.nat(9), { freq: 3 })), { maxLength: 8 }),
  op: fc.array(fc.tuple(fc.nat(ops.length - 1), fc.option(levelRun, { freq: 3 }), fc.option(fc.nat(9), { freq: 3 }), fc.boolean()), { minLength: 1, maxLength: 12 }),
  item: fc.nat(items.length - 1)
})

const annex = fc.record({
  title: fc.nat(annexTitles.length - 1),
  unnumbered: fc.array(fc.nat(pps.length - 1), { maxLength: 2 }),
  op: fc.array(fc.tuple(fc.nat(ops.length - 1), fc.option(levelRun, { freq: 3 }), fc.option(fc.nat(9), { freq: 4 })), { minLength: 1, maxLength: 8 }),
  sections: fc.array(fc.nat(), { maxLength: 3 })
})

/// Resolutions with everything real texts add to the body: a GA closing line, section
/// headings in the operative part, footnotes, (i)-first lists, an excerpt's first number,
/// and up to two annexes with titles, sections, numbered and unnumbered paragraphs and
/// subparagraphs. Texts the importer should read back whole from their plain-text export.
export const generatedStructuredResolution = fc.record({
  heading: fc.constantFrom<[string, Partial<ResolutionMeta>]>(
    ...headings,
    ['The General Assembly', { symbol: 'A/RES/72/195', date: '19 December 2017', meeting: '73rd plenary', title: 'Improving the coordination of efforts against trafficking in persons' }]
  ),
  body: structuredBody,
  start: fc.option(fc.integer({ min: 2, max: 40 }), { freq: 4 }),
  sections: fc.array(fc.nat(), { maxLength: 3 }),
  annexes: fc.array(annex, { maxLength: 2 })
}).map(({ heading: [organ, meta], body, start, sections, annexes }) => {
  const paragraphs: ParagraphDraft[] = []
  const pick = (i: number) => items[(body.item + i * 7) % items.length]
  const noted = (ps: ParagraphDraft[], note: number | null) => note === null ? ps : [withNote(ps[0], note), ...ps.slice(1)]
  for (const [i, levels, note] of body.pp) paragraphs.push(...noted(withItems('pp', pps[i], levels ?? [], pick), note))
  const firstOp = paragraphs.length
  for (const [i, levels, note, roman] of body.op) {
    const flat = (levels ?? []).every(l => l === 1)
    const group = noted(withItems('op', ops[i], levels ?? [], pick), note)
    paragraphs.push(...group.map(p => p.kind === 'sub' && roman && flat ? { ...p, listStyle: 'roman' as const } : p))
  }
  const leads = (ps: ParagraphDraft[]) => ps.map(p => ({ ...p, lead: openingPhraseLength(p.text, p.kind) }))
  return buildResolution({
    meta: completeMeta(meta), organ,
    paragraphs: leads(paragraphs),
    ...(start === null ? {} : { start }),
    sections: sectionsAt(paragraphs, sections, firstOp),
    annexes: annexes.map((a, n) => {
      const own: ParagraphDraft[] = a.unnumbered.map(i => ({ kind: 'pp', text: pps[i], lead: 0 }))
      for (const [i, levels, note] of a.op) own.push(...noted(withItems('op', ops[i], levels ?? [], j => pick(j + n)), note))
      return { title: { text: annexTitles[a.title] }, paragraphs: leads(own), sections: sectionsAt(own, a.sections, 0) }
    })
  })
})
