import { describe, expect, it } from 'vitest'
import { summarizeResolution, buildResolution, completeMeta } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'
import { annexFootnotesDraft, romanFirstListDraft } from '../../../support/structuredDrafts'

describe('summarizeResolution', () => {
  it('summarizes the template as info --json reports it', () => {
    const s = summarizeResolution(template2388())
    expect({ ...s, paragraphs: s.paragraphs.length }).toEqual({
      organ: 'The Security Council', symbol: 'S/RES/2388 (2017)', language: 'en',
      adoption: { meeting: '8111th meeting', date: '21 November 2017' },
      preambular: 24, operative: 35, subparagraphs: {}, paragraphs: 59
    })
    expect(s.paragraphs[0]).toEqual({ label: 'PP1', lead: 'Recalling', text: 'Recalling presidential statement\u00a02015/25, resolution\u00a02331 (2016),' })
    expect(s.paragraphs[58]).toEqual({ label: 'OP35', lead: 'Decides', text: 'Decides to remain actively seized of this matter.' })
  })

  it('counts subparagraphs per operative paragraph and lists them as their own entries', () => {
    const s = summarizeResolution(buildResolution({
      meta: completeMeta({}), organ: 'The General Assembly', paragraphs: [
        { kind: 'op', text: 'Decides;', lead: 7 }, { kind: 'op', text: 'Urges:', lead: 5 },
        { kind: 'sub', text: 'To act;', lead: 0 }, { kind: 'sub', text: 'Now;', lead: 0, level: 2 }, { kind: 'sub', text: 'To report.', lead: 0 }
      ]
    }))
    expect(s.subparagraphs).toEqual({ 2: 3 })
    expect(s.paragraphs.map(p => p.label)).toEqual(['OP1', 'OP2', 'OP2(a)', 'OP2(a)(i)', 'OP2(b)'])
  })
})

describe('summarizeResolution of the parts real texts add', () => {
  it('summarizes the annex-footnotes case in the cli.md shape and key order', () => {
    const s = summarizeResolution(buildResolution(annexFootnotesDraft))
    expect(Object.keys(s)).toEqual(['organ', 'symbol', 'language', 'adoption', 'preambular', 'operative', 'subparagraphs', 'paragraphs', 'footnotes', 'annexes'])
    expect(s.adoption).toEqual({ meeting: '50th plenary meeting', date: '14 December 2026' })
    expect([s.preambular, s.operative]).toEqual([2, 3])
    expect(s.paragraphs[0]).toEqual({ label: 'PP1', lead: 'Recalling', text: 'Recalling its resolution 80/999 of 1 December 2025,' })
    expect(s.footnotes).toEqual([
      { label: 'FN1', paragraph: 'PP1', text: 'See also resolution 79/888.' },
      { label: 'FN2', paragraph: 'PP2', text: 'See A/81/123, sect. II.' }
    ])
    expect(s.annexes).toEqual([{
      label: 'A1', title: 'Declaration on cooperation against trafficking in persons',
      paragraphs: [
        { label: 'A1.1', text: expect.stringMatching(/^We, the representatives/) }, { label: 'A1.2', text: expect.stringMatching(/^We recognize/) },
        { label: 'A1.3', text: 'We undertake to:' }, { label: 'A1.3(a)', text: expect.stringMatching(/^Strengthen/) },
        { label: 'A1.3(b)', text: expect.stringMatching(/^Exchange/) }, { label: 'A1.4', text: expect.stringMatching(/^We invite/) }
      ],
      sections: [{ label: 'A1.S1', text: 'I. Shared commitments', before: 'A1.1' }, { label: 'A1.S2', text: 'II. Action', before: 'A1.3' }]
    }])
  })

  it('lists body sections and a draft without adoption facts', () => {
    const s = summarizeResolution(buildResolution({ ...romanFirstListDraft, sections: [{ number: 'I', text: 'Principles', at: 1 }] }))
    expect(Object.keys(s)).toEqual(['organ', 'symbol', 'language', 'preambular', 'operative', 'subparagraphs', 'paragraphs', 'sections'])
    expect(s.sections).toEqual([{ label: 'S1', text: 'I. Principles', before: 'OP1' }])
    expect(s.subparagraphs).toEqual({ 1: 2, 2: 3 })
  })

  it.each([
    ['an adopted SC resolution in French', { symbol: 'S/RES/2388 (2017)', meeting: '8111e', date: '21 novembre 2017', lang: 'fr' as const }, { meeting: '8111e séance', date: '21 novembre 2017' }],
    ['a GA text with its vote, agenda item and session', { symbol: 'A/RES/72/1', vote: 'adopted without a vote', agendaItem: '68 (b)', session: 'Seventy-second session' }, { vote: 'adopted without a vote', agendaItem: '68 (b)', session: 'Seventy-second session' }],
    ['a draft, whose date is not an adoption date', { symbol: 'S/2017/983', date: '21 November 2017' }, undefined]
  ])('adoption facts of %s', (_, meta, adoption) => {
    expect(summarizeResolution(buildResolution({ meta: completeMeta(meta), organ: '', paragraphs: [] })).adoption).toEqual(adoption)
  })
})
