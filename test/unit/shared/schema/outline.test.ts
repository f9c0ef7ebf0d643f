import { describe, expect, it } from 'vitest'
import { buildResolution, outlineResolution, sectionText } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'
import { annexFootnotesDraft, romanFirstListDraft } from '../../../support/structuredDrafts'

describe('outlineResolution', () => {
  it('lists the sections and footnotes of the annex-footnotes case with their labels', () => {
    const doc = buildResolution({
      ...annexFootnotesDraft,
      sections: [{ number: 'I', text: 'Endorsement', at: 2 }, { number: 'II', text: 'Follow-up', at: 3, footnotes: [{ at: 9, text: 'A note on a heading.' }] }]
    })
    const { sections, footnotes } = outlineResolution(doc)
    expect(sections.map(({ label, text, before, annex }) => ({ label, text, before, annex }))).toEqual([
      { label: 'S1', text: 'I. Endorsement', before: 'OP1', annex: 0 },
      { label: 'S2', text: 'II. Follow-up', before: 'OP2', annex: 0 },
      { label: 'A1.S1', text: 'I. Shared commitments', before: 'A1.1', annex: 1 },
      { label: 'A1.S2', text: 'II. Action', before: 'A1.3', annex: 1 }
    ])
    expect(footnotes.map(({ label, paragraph, text }) => ({ label, paragraph, text }))).toEqual([
      { label: 'FN1', paragraph: 'PP1', text: 'See also resolution 79/888.' },
      { label: 'FN2', paragraph: 'PP2', text: 'See A/81/123, sect. II.' },
      { label: 'FN3', paragraph: 'S2', text: 'A note on a heading.' }
    ])
    expect(doc.nodeAt(footnotes[0].pos)!.type.name).toBe('footnote')
  })

  it('says a heading at the end of its part stands before nothing', () => {
    const doc = buildResolution({ ...romanFirstListDraft, sections: [{ number: '', text: 'Closing', at: 9 }] })
    expect(outlineResolution(doc).sections).toMatchObject([{ label: 'S1', text: 'Closing', before: null }])
  })

  it('finds nothing in the template', () => {
    expect(outlineResolution(template2388())).toEqual({ sections: [], footnotes: [] })
  })

  it.each([['I', 'Action', 'I. Action'], ['', 'Action', 'Action'], ['A', '', 'A']])('prints %j and %j as %j', (number, title, text) => {
    expect(sectionText(number, title)).toBe(text)
  })
})
