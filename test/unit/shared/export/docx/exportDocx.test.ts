import { userInfo } from 'node:os'
import { describe, expect, it } from 'vitest'
import { exportDocx } from '../../../../../shared/export/docx'
import { template2388 } from '../../../../../shared/template'
import { buildResolution, readResolution, type ResolutionDraft } from '../../../../../shared/schema'
import { childNamed, descendantsNamed } from '../../../../../shared/import/docx/xml'
import { bodyParagraphs, docxParts, italicText, styleOf, textOf } from './docxParts'
import { documentLines, excerptDraft as richDraft, settledLines } from './settledLines'

const template = template2388()
const draft = readResolution(template)

/// A draft with subparagraphs in a PP and in two OPs, in English or French.
function withSubparagraphs(lang: 'en' | 'fr'): ResolutionDraft {
  return {
    meta: { ...draft.meta, lang, symbol: 'S/2017/983', title: '' },
    organ: 'The Security Council',
    paragraphs: [
      { kind: 'pp', text: 'Recalling its resolutions, in particular:', lead: 9 },
      { kind: 'sub', level: 1, text: 'Resolution 2331 (2016);', lead: 0 },
      { kind: 'sub', level: 1, text: 'Resolution 2195 (2014),', lead: 0 },
      { kind: 'pp', text: 'Noting:', lead: 6 },
      { kind: 'sub', level: 1, text: 'The report,', lead: 0 },
      { kind: 'op', text: 'Decides:', lead: 7 },
      { kind: 'sub', level: 1, text: 'To act;', lead: 0 },
      { kind: 'sub', level: 2, text: 'At once;', lead: 0 },
      { kind: 'op', text: 'Requests the Secretary-General to report;', lead: 8 },
      { kind: 'sub', level: 1, text: 'In writing.', lead: 0 }
    ]
  }
}

describe('exportDocx', async () => {
  const draftParts = docxParts(await exportDocx(template, { author: 'United States of America' }))
  const body = bodyParagraphs(draftParts)

  it('writes the heading block and the organ line with its comma', () => {
    expect(body.slice(0, 4).map(p => [styleOf(p), textOf(p)])).toEqual([
      ['PhHeading', 'S/RES/2388 (2017)'],
      ['PhHeading', 'Resolution 2388 (2017)'],
      ['PhHeading', 'Adopted by the Security Council at its 8111th meeting, on 21 November 2017'],
      ['PhOrgan', 'The Security Council,']
    ])
  })

  it('writes every paragraph with its text, and italics exactly on the opening phrase', () => {
    const paragraphs = body.slice(4)
    expect(paragraphs.map(p => textOf(p))).toEqual(draft.paragraphs.map(p => p.text))
    expect(paragraphs.map(italicText)).toEqual(draft.paragraphs.map(p => p.lead ? [p.text.slice(0, p.lead)] : []))
    expect(italicText(paragraphs[27])).toEqual(['Further calls upon'])
  })

  it('puts operative paragraphs on one real Word list, with no typed numbers', () => {
    const ops = body.filter(p => styleOf(p) === 'PhOperative')
    expect(ops).toHaveLength(35)
    const numIds = new Set(ops.map(p => descendantsNamed(p, 'w:numId')[0]?.attrs['w:val']))
    expect(numIds.size).toBe(1)
    expect(ops.every(p => descendantsNamed(p, 'w:ilvl')[0].attrs['w:val'] === '0')).toBe(true)
    expect(ops.some(p => /^\d+\.\s/.test(textOf(p)))).toBe(false)
  })

  it('defines the levels 1., (a), (i), a., i. with hanging indents', () => {
    const abstract = descendantsNamed(draftParts.get('word/numbering.xml')!, 'w:abstractNum')
    const ours = abstract.filter(a => descendantsNamed(a, 'w:lvlText')[0].attrs['w:val'] === '%1.')
    expect(ours.length).toBeGreaterThan(0)
    const levels = descendantsNamed(ours[0], 'w:lvl').slice(0, 5)
    expect(levels.map(l => [childNamed(l, 'w:numFmt')!.attrs['w:val'], childNamed(l, 'w:lvlText')!.attrs['w:val']])).toEqual([
      ['decimal', '%1.'], ['lowerLetter', '(%2)'], ['lowerRoman', '(%3)'], ['lowerLetter', '%4.'], ['lowerRoman', '%5.']
    ])
    expect(levels.map(l => descendantsNamed(l, 'w:ind')[0].attrs)).toEqual(levels.map((_, i) => ({ 'w:left': String(567 * (i + 2)), 'w:hanging': '567' })))
  })

  it('writes Times New Roman at 12 pt in the draft layout, with no running head', () => {
    const styles = draftParts.get('word/styles.xml')!
    expect(descendantsNamed(styles, 'w:rFonts')[0].attrs['w:ascii']).toBe('Times New Roman')
    expect(descendantsNamed(childNamed(styles, 'w:docDefaults')!, 'w:sz')[0].attrs['w:val']).toBe('24')
    expect([...draftParts.keys()].some(k => k.startsWith('word/header'))).toBe(false)
    expect(descendantsNamed(draftParts.get('word/document.xml')!, 'w:pgSz')[0].attrs).toMatchObject({ 'w:w': '11906', 'w:h': '16838' })
  })

  it('writes the author chosen, never the machine user name, with title and symbol', () => {
    const core = draftParts.get('docProps/core.xml')!
    expect(childNamed(core, 'dc:creator')!.children.join('')).toBe('United States of America')
    expect(childNamed(core, 'dc:title')!.children.join('')).toBe('S/RES/2388 (2017)')
    expect(descendantsNamed(draftParts.get('docProps/custom.xml')!, 'property')[0].attrs.name).toBe('Symbol')
  })

  it('leaves the author empty when none is chosen', async () => {
    const parts = docxParts(await exportDocx(template))
    const core = parts.get('docProps/core.xml')!
    const people = ['dc:creator', 'cp:lastModifiedBy'].map(name => childNamed(core, name)?.children.join('') ?? '')
    expect(people).toEqual(['', ''])
    expect(JSON.stringify([...parts.values()])).not.toContain(`>${userInfo().username}<`)
  })

  it('sets 10 pt on 12 pt, a running head with the symbol and an n/N footer in the official layout, on Letter paper', async () => {
    const parts = docxParts(await exportDocx(template, { layout: 'official', paper: 'letter' }))
    const styles = parts.get('word/styles.xml')!
    expect(descendantsNamed(childNamed(styles, 'w:docDefaults')!, 'w:sz')[0].attrs['w:val']).toBe('20')
    expect(descendantsNamed(childNamed(styles, 'w:docDefaults')!, 'w:spacing')[0].attrs).toMatchObject({ 'w:line': '240', 'w:lineRule': 'exact', 'w:after': '120' })
    const headers = [...parts.entries()].filter(([k]) => k.startsWith('word/header')).map(([, v]) => textOf(v))
    expect(headers).toContain('S/RES/2388 (2017)')
    const footer = [...parts.entries()].find(([k]) => k.startsWith('word/footer'))![1]
    const fields = descendantsNamed(footer, 'w:instrText').map(t => t.children.join('').trim())
    expect(fields).toEqual(['PAGE', 'NUMPAGES'])
    expect(textOf(footer)).toBe('/')
    expect(descendantsNamed(parts.get('word/document.xml')!, 'w:pgSz')[0].attrs).toMatchObject({ 'w:w': '12240', 'w:h': '15840' })
  })

  it.each(['en', 'fr'] as const)('numbers subparagraphs on a list of their paragraph, as Word displays them (%s)', async lang => {
    const doc = buildResolution(withSubparagraphs(lang))
    const bytes = await exportDocx(doc)
    expect(settledLines(bytes, true)).toEqual(documentLines(doc))
    const numbered = bodyParagraphs(docxParts(bytes)).filter(p => descendantsNamed(p, 'w:numPr').length)
    expect(numbered.map(p => descendantsNamed(p, 'w:ilvl')[0].attrs['w:val'])).toEqual(['1', '1', '1', '0', '1', '2', '0', '1'])
  })

  it('writes annexes, section headings, footnotes (9 pt on 10 pt, a space after the number), a roman-first list and an excerpt’s first number as Word shows them', async () => {
    const doc = buildResolution(richDraft())
    const bytes = await exportDocx(doc, { layout: 'official' })
    const lines = settledLines(bytes, true)
    expect(lines).toEqual(documentLines(doc))
    expect(lines).toEqual(expect.arrayContaining(['8.\tDecides:', '(i)\tTo act\ufffc;', 'I. Follow-up', 'Annex', 'Terms of reference', '1.\tThe panel meets yearly.']))
    const parts = docxParts(bytes)
    const notes = descendantsNamed(parts.get('word/footnotes.xml')!, 'w:footnote').filter(n => !n.attrs['w:type'])
    expect(notes.map(n => textOf(n))).toEqual([' See S/2017/939.'])
    expect(notes.map(n => styleOf(descendantsNamed(n, 'w:p')[0]))).toEqual(['FootnoteText'])
    const noteStyle = descendantsNamed(parts.get('word/styles.xml')!, 'w:style').find(s => s.attrs['w:styleId'] === 'FootnoteText')!
    expect(descendantsNamed(noteStyle, 'w:sz')[0].attrs['w:val']).toBe('18')
    expect(descendantsNamed(noteStyle, 'w:spacing')[0].attrs).toMatchObject({ 'w:line': '200', 'w:lineRule': 'exact', 'w:after': '0' })
    const caption = bodyParagraphs(parts).find(p => textOf(p) === 'Annex')!
    expect(styleOf(caption)).toBe('PhAnnexCaption')
    const captionStyle = descendantsNamed(parts.get('word/styles.xml')!, 'w:style').find(s => s.attrs['w:styleId'] === 'PhAnnexCaption')!
    expect(descendantsNamed(captionStyle, 'w:pageBreakBefore')).toHaveLength(1)
  })
})
