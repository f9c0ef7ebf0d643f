import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { template2388, resolution2388PressRelease } from '../../../../shared/template'
import { readResolution, summarizeResolution } from '../../../../shared/schema'

const fixture = readFileSync(new URL('../../../../fixtures/resolution-2388.press-release.txt', import.meta.url), 'utf8')
const seed = readFileSync(new URL('../../../corpus/sc-13081-press-release.txt', import.meta.url), 'utf8')

/// An oracle independent of the importer: the paragraphs of the fixture, split on blank
/// lines, with the press release's “N. prefixes and closing ” cut by hand.
const expected = fixture.split('\n\n').slice(2, -1).map(p => p.replace(/^“\d+\.[\s\u00a0]+/, '').replace(/”$/, ''))

describe('the 2388 template', () => {
  const draft = readResolution(template2388())
  const summary = summarizeResolution(template2388())

  it('is the resolution part of the seed press release, verbatim, in fixture and module', () => {
    expect(seed.endsWith(fixture)).toBe(true)
    expect(fixture.startsWith('The full text of resolution\u00a02388\u00a0(2017) reads as follows:')).toBe(true)
    expect(resolution2388PressRelease).toBe(fixture)
  })

  it('has 24 preambular and 35 operative paragraphs under the Security Council', () => {
    expect([summary.preambular, summary.operative, summary.organ]).toEqual([24, 35, 'The Security Council'])
  })

  it('carries the adoption metadata', () => {
    expect(draft.meta).toMatchObject({ symbol: 'S/RES/2388 (2017)', meeting: '8111th', date: '21 November 2017', lang: 'en' })
  })

  it('keeps every character of every paragraph and nothing of the press release', () => {
    const texts = draft.paragraphs.map(p => p.text)
    expect(texts).toEqual(expected)
    const all = texts.join('\n')
    expect(all.match(/\u00a0/g)!.length).toBe(37)
    expect(all.match(/\u2011/g)!.length).toBe(3)
    expect(all).toContain('resolutions\u00a02359\u00a0(2017)')
    expect(all).toContain('resolution\u00a02331 (2016)')
    expect(all).toContain('Secretary-General’s report')
    expect(all).not.toContain('For information media')
    expect(texts.some(t => t.startsWith('“') || /^\d/.test(t))).toBe(false)
    expect(texts[texts.length - 1]).toBe('Decides to remain actively seized of this matter.')
    expect(texts[24 + 9]).toContain('the “Islamic State of Iraq and the Levant” (ISIL/Da’esh)')
  })

  it.each([
    ['PP1', 'Recalling'], ['PP2', 'Taking note'], ['PP8', 'Reiterating deep concern'],
    ['PP9', 'Reiterating its solidarity'], ['PP15', 'Condemning in the strongest terms'],
    ['PP17', 'Expressing grave concern'], ['PP18', 'Reiterating its grave concern'],
    ['OP1', 'Reaffirms its condemnation'], ['OP4', 'Further calls upon'], ['OP5', 'Also calls upon'],
    ['OP18', 'Strongly condemns'], ['OP25', 'Expresses its intention'], ['OP28', 'Also requests'],
    ['OP35', 'Decides']
  ])('marks the opening phrase of %s as “%s”', (label, lead) => {
    expect(summary.paragraphs.find(p => p.label === label)!.lead).toBe(lead)
  })

  it('marks an opening phrase on every paragraph', () => {
    expect(summary.paragraphs.filter(p => !p.lead)).toEqual([])
  })

  it('has fixed, unique paragraph ids', () => {
    const pids = draft.paragraphs.map(p => p.pid)
    expect(pids.slice(0, 2)).toEqual(['t2388-pp01', 't2388-pp02'])
    expect(pids[58]).toBe('t2388-op35')
    expect(new Set(pids).size).toBe(59)
  })
})
