import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { exportPlainText } from '../../../../shared/export'
import { footnoteRule } from '../../../../shared/export/plainText'
import { importResolution } from '../../../../shared/import'
import { template2388 } from '../../../../shared/template'
import { buildResolution, completeMeta, labelParagraphs, outlineResolution, type ResolutionMeta } from '../../../../shared/schema'
import { textOf } from '../../../support/resolutionText'
import { generatedResolution, generatedStructuredResolution } from '../../../support/generatedResolutions'
import { annexFootnotesDraft, romanFirstListDraft } from '../../../support/structuredDrafts'
import { readFileSync } from 'node:fs'

const text = exportPlainText(template2388())

describe('exportPlainText', () => {
  it('prints the heading, the organ line with its comma, and blank lines between paragraphs', () => {
    expect(text.split('\n').slice(0, 8)).toEqual([
      'S/RES/2388 (2017)', 'Resolution 2388 (2017)',
      'Adopted by the Security Council at its 8111th meeting, on 21 November 2017', '',
      'The Security Council,', '',
      'Recalling presidential statement\u00a02015/25, resolution\u00a02331 (2016),', ''
    ])
  })

  it.each([
    ['1.\tReaffirms its condemnation in the strongest terms'],
    ['10.\tReiterates its condemnation of all acts of trafficking, particularly the sale or trade in persons undertaken by the “Islamic State'],
    ['35.\tDecides to remain actively seized of this matter.\n']
  ])('numbers operative paragraphs with a tab: %s', line => {
    expect(text).toContain('\n\n' + line)
  })

  it('ends with one newline and keeps non-breaking hyphens unless asked', () => {
    expect(text.endsWith('matter.\n')).toBe(true)
    expect(text.match(/\u2011/g)!.length).toBe(3)
    expect(exportPlainText(template2388(), { plainHyphens: true })).not.toMatch(/\u2011/)
    expect(exportPlainText(template2388(), { plainHyphens: true })).toContain('Al-Qaida')
  })

  it('writes CRLF when asked, and nothing else changes', () => {
    const crlf = exportPlainText(template2388(), { crlf: true })
    expect(crlf.split('\r\n').join('\n')).toBe(text)
    expect(crlf.replace(/\r\n/g, '')).not.toMatch(/\n/)
  })

  it.each([
    ['en', '(a)\tTo prevent;\n\n(i)\tNow;\n\na.\tHere;\n\ni.\tThere.'],
    ['fr', 'a)\tTo prevent;\n\ni)\tNow;\n\na.\tHere;\n\ni.\tThere.']
  ] as const)('prints subparagraphs in %s style', (lang, printed) => {
    const doc = buildResolution({
      meta: completeMeta({ lang }), organ: 'The General Assembly',
      paragraphs: [
        { kind: 'op', text: 'Decides:', lead: 7 }, { kind: 'sub', text: 'To prevent;', lead: 0, level: 1 },
        { kind: 'sub', text: 'Now;', lead: 0, level: 2 }, { kind: 'sub', text: 'Here;', lead: 0, level: 3 },
        { kind: 'sub', text: 'There.', lead: 0, level: 4 }
      ]
    })
    expect(exportPlainText(doc)).toBe('The General Assembly\n\nDecides:\n\n' + printed + '\n')
  })
})

const caseText = (name: string) => readFileSync(new URL(`../../../cases/import/${name}`, import.meta.url), 'utf8')

describe('exportPlainText of the parts real texts add', () => {
  it.each([
    ['annex-footnotes.txt', annexFootnotesDraft],
    ['roman-first-list.txt', romanFirstListDraft]
  ])('prints the structure of %s as the case prints it, tabs after the numbers', (name, draft) => {
    expect(exportPlainText(buildResolution(draft)).replace(/\t/g, ' ')).toBe(caseText(name))
  })

  it('prints body sections on one line, an excerpt from its first number, notes of an annex after it, several annexes numbered', () => {
    const doc = buildResolution({
      ...romanFirstListDraft, start: 8, sections: [{ number: 'II', text: 'Follow-up', at: 8 }],
      meta: completeMeta({ lang: 'fr' }), organ: 'L’Assemblée générale',
      annexes: [
        { title: { text: 'Principes', footnotes: [{ at: 9, text: 'Voir A/80/1.' }] }, paragraphs: [{ kind: 'pp', text: 'Les États,', lead: 0 }] },
        { title: { text: 'Plan' }, paragraphs: [{ kind: 'op', text: 'Agir.', lead: 0 }] }
      ]
    })
    const text = exportPlainText(doc)
    expect(text).toContain('\n\n8.\tAffirms that a lasting settlement')
    expect(text).toContain('\n\ni)\tWithdrawal')
    expect(text).toContain('c)\tFor guaranteeing the territorial inviolability of every State in the area;\n\nII. Follow-up\n\n10.\tRequests')
    expect(text.endsWith('Annexe I\n\nPrincipes1\n\nLes États,\n\n______________\n1 Voir A/80/1.\n\nAnnexe II\n\nPlan\n\n1.\tAgir.\n')).toBe(true)
  })

  it.each([
    ['an adopted GA resolution, dated above and below', { symbol: 'A/RES/80/1', meeting: '45th plenary', date: '14 October 2025' }, 'The General Assembly', '45th plenary meeting\n14 October 2025\n', 2],
    ['a French GA text, dated below only', { meeting: '50e plénière', date: '14 décembre 2026', lang: 'fr' as const }, 'L’Assemblée générale', '50e séance plénière\n14 décembre 2026\n', 1],
    ['an SC resolution, whose meeting is in its adoption line', { symbol: 'S/RES/2388 (2017)', meeting: '8111th', date: '21 November 2017' }, 'The Security Council', 'Decides.\n', 1]
  ])('closes %s with its meeting', (_, meta, organ, end, dates) => {
    const text = exportPlainText(buildResolution({ meta: completeMeta(meta), organ, paragraphs: [{ kind: 'op', text: 'Decides.', lead: 7 }] }))
    expect(text.endsWith('\n\n' + end)).toBe(true)
    expect(text.split(meta.date).length - 1).toBe(dates)
  })
})

/// General Assembly headings with their session and agenda item, as the first pages of
/// A/RES/72/195 and A/C.3/72/L.12 print them, in the three languages of the heading.
const gaHeadings: Array<[string, string, Partial<ResolutionMeta>, string[]]> = [
  ['an adopted resolution', 'The General Assembly',
    { symbol: 'A/RES/72/195', session: 'Seventy-second session', agendaItem: '68 (b)', date: '19 December 2017', title: 'Protection of migrants' },
    ['A/RES/72/195', 'Seventy-second session', 'Agenda item 68 (b)', 'Resolution adopted by the General Assembly on 19 December 2017', '72/195. Protection of migrants']],
  ['a Third Committee draft', 'The General Assembly',
    { symbol: 'A/C.3/72/L.12', distribution: 'Limited', date: '12 October 2017', original: 'English', session: 'Seventy-second session', agendaItem: '107', sponsors: 'Belarus', title: 'Improving the coordination of efforts against trafficking in persons' },
    ['A/C.3/72/L.12', 'Limited', '12 October 2017', 'Original: English', 'Seventy-second session', 'Agenda item 107', 'Belarus: draft resolution', 'Improving the coordination of efforts against trafficking in persons']],
  ['a French draft', 'L’Assemblée générale',
    { symbol: 'A/C.3/72/L.12', distribution: 'Limitée', date: '12 octobre 2017', original: 'anglais', session: 'Soixante-douzième session', agendaItem: '107', sponsors: 'Bélarus', title: 'Amélioration de la coordination', lang: 'fr' },
    ['A/C.3/72/L.12', 'Limitée', '12 octobre 2017', 'Original : anglais', 'Soixante-douzième session', 'Point 107 de l’ordre du jour', 'Bélarus : projet de résolution', 'Amélioration de la coordination']],
  ['a Spanish draft', 'La Asamblea General',
    { symbol: 'A/C.3/80/L.5', distribution: 'Limited', date: '10 October 2025', original: 'English', session: 'Octogésimo período de sesiones', agendaItem: '68 (b)', sponsors: 'Chile', title: 'Protección de los migrantes', lang: 'es' },
    ['A/C.3/80/L.5', 'Limited', '10 October 2025', 'Original: English', 'Octogésimo período de sesiones', 'Tema 68 (b) del programa', 'Chile: proyecto de resolución', 'Protección de los migrantes']]
]

describe('the heading of a General Assembly text', () => {
  it.each(gaHeadings)('prints the session and the agenda item of %s, and the importer reads them back', (_name, organ, meta, lines) => {
    const doc = buildResolution({ meta: completeMeta(meta), organ, paragraphs: [{ kind: 'op', text: 'Decides to remain seized of the matter.', lead: 7 }] })
    expect(exportPlainText(doc).split('\n').slice(0, lines.length)).toEqual(lines)
    const back = importResolution(exportPlainText(doc))
    if (!back.ok) throw new Error(back.error)
    expect(back.doc.firstChild!.attrs).toEqual(doc.firstChild!.attrs)
  })
})

describe('import(export(doc)) is doc', () => {
  it('for the template', () => {
    const back = importResolution(text)
    expect(back.ok && textOf(back.doc)).toEqual(textOf(template2388()))
  })

  it('for generated resolutions with subparagraphs four levels deep, in English and French', () => {
    fc.assert(fc.property(generatedResolution, doc => {
      const back = importResolution(exportPlainText(doc))
      if (!back.ok) throw new Error(back.error)
      expect(textOf(back.doc)).toEqual(textOf(doc))
    }), { numRuns: 300 })
  })
})

describe('exportPlainText of generated structured resolutions', () => {
  it('never throws, prints every paragraph number, every section heading and every note once', () => {
    fc.assert(fc.property(generatedStructuredResolution, doc => {
      const text = exportPlainText(doc)
      for (const l of labelParagraphs(doc)) if (l.number) expect(text).toContain(`\n${l.number}\t`)
      const { sections, footnotes } = outlineResolution(doc)
      for (const s of sections) expect(text).toContain(`\n\n${s.text}\n\n`)
      const noteLines = text.trimEnd().split('\n\n').filter(block => block.startsWith(footnoteRule + '\n')).flatMap(block => block.split('\n').slice(1))
      expect(noteLines).toEqual(footnotes.map((f, i) => `${i + 1} ${f.text}`))
    }), { numRuns: 300 })
  })
})
