import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { exportPlainText } from '../../../../shared/export'
import { importResolution } from '../../../../shared/import'
import { template2388 } from '../../../../shared/template'
import { buildResolution, completeMeta } from '../../../../shared/schema'
import { textOf } from '../../../support/resolutionText'
import { generatedResolution } from '../../../support/generatedResolutions'

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
