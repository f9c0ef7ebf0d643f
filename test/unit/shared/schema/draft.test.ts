import { describe, expect, it } from 'vitest'
import { buildResolution, readResolution, completeMeta, schema, footnoteMark, type ResolutionDraft, type ParagraphDraft } from '../../../../shared/schema'
import { annexFootnotesDraft, romanFirstListDraft } from '../../../support/structuredDrafts'

const draft: ResolutionDraft = {
  meta: completeMeta({ symbol: 'S/2017/983', sponsors: 'United States of America' }),
  organ: 'The Security Council',
  paragraphs: [
    { kind: 'pp', text: 'Recalling the 2016 Global Report on Trafficking in Persons,', lead: 9, pid: 'a', em: [[14, 58]] },
    { kind: 'op', text: 'Urges Member States to act;', lead: 5, pid: 'b' },
    { kind: 'sub', text: 'To prevent trafficking;', lead: 0, level: 2, pid: 'c' },
    { kind: 'op', text: 'Decides to remain seized of the matter.', lead: 7, pid: 'd' }
  ]
}

describe('buildResolution / readResolution', () => {
  it('round-trips text, opening phrase, italics, levels and ids', () => {
    const doc = buildResolution(draft)
    doc.check()
    expect(readResolution(doc)).toEqual({ ...draft, meta: expect.objectContaining(draft.meta) })
  })

  it('marks the opening phrase with the lead mark only', () => {
    const pp = buildResolution(draft).child(2).firstChild!
    expect(pp.firstChild!.text).toBe('Recalling')
    expect(pp.firstChild!.marks.map(m => m.type.name)).toEqual(['lead'])
    expect(pp.child(2).marks.map(m => m.type)).toEqual([schema.marks.em])
  })

  it.each([
    ['a subparagraph before any paragraph becomes a PP', [{ kind: 'sub' as const, text: 'Orphan,', lead: 0 }], ['preambular_paragraph']],
    ['a PP after the first OP becomes an OP', [{ kind: 'op' as const, text: 'Decides;', lead: 0 }, { kind: 'pp' as const, text: 'Noting,', lead: 0 }], ['operative_paragraph', 'operative_paragraph']]
  ])('%s', (_, paragraphs, types) => {
    const doc = buildResolution({ meta: completeMeta({}), organ: '', paragraphs })
    doc.check()
    const seen: string[] = []
    doc.descendants(n => { if (n.isTextblock && n.type.name !== 'organ') seen.push(n.type.name) })
    expect(seen).toEqual(types)
  })

  it('gives every paragraph without an id a fresh, unique one', () => {
    const doc = buildResolution({ ...draft, paragraphs: draft.paragraphs.map(({ pid: _, ...p }) => p) })
    const pids = readResolution(doc).paragraphs.map(p => p.pid)
    expect(new Set(pids).size).toBe(4)
    expect(pids.every(pid => /^[0-9a-z]{10}$/.test(pid!))).toBe(true)
  })
})

describe('the parts real texts add', () => {
  it('builds the annex-footnotes case: footnotes in place, an annex with sections, valid', () => {
    const doc = buildResolution(annexFootnotesDraft)
    doc.check()
    expect(doc.childCount).toBe(5)
    const annex = doc.child(4)
    expect(annex.child(0).type.name).toBe('annex_title')
    expect(annex.child(1)).toMatchObject({ type: { name: 'section_heading' }, attrs: { number: 'I' } })
    expect(annex.child(1).textContent).toBe('Shared commitments')
    expect(annex.child(4).attrs.number).toBe('II')
    const pp1 = doc.child(2).child(0)
    expect(pp1.lastChild!.type.name).toBe('footnote')
    expect(pp1.lastChild!.attrs.text).toBe('See also resolution 79/888.')
    expect(pp1.textContent).toBe('Recalling its resolution 80/999 of 1 December 2025,' + footnoteMark)
  })

  it.each([
    ['the annex-footnotes case', annexFootnotesDraft],
    ['the roman-first list', romanFirstListDraft],
    ['an excerpt starting at OP8 with sections', { ...romanFirstListDraft, start: 8, sections: [{ number: 'A', text: 'Principles', at: 1 }, { number: 'B', text: 'Follow-up', at: 8 }] }]
  ])('round-trips %s', (_, source: ResolutionDraft) => {
    const doc = buildResolution(source)
    doc.check()
    const back = readResolution(doc)
    const withoutPids = (ps: ParagraphDraft[]) => ps.map(({ pid: _, ...p }) => p)
    expect({
      ...back, paragraphs: withoutPids(back.paragraphs),
      ...(back.annexes && { annexes: back.annexes.map(a => ({ ...a, paragraphs: withoutPids(a.paragraphs) })) })
    }).toEqual({ ...source, meta: expect.objectContaining(source.meta) })
    expect(buildResolution(back).eq(doc)).toBe(true)
  })

  it.each([
    ['a note inside the opening phrase carries the lead mark, so the phrase stays one run', { text: 'Recalling also its resolutions,', lead: 14, footnotes: [{ at: 9, text: 'N.' }] }, 14],
    ['a note right after the phrase does not', { text: 'Recalling its resolutions,', lead: 9, footnotes: [{ at: 9, text: 'N.' }] }, 9],
    ['two notes at one place keep their order', { text: 'Noting,', lead: 6, footnotes: [{ at: 7, text: 'One.' }, { at: 7, text: 'Two.' }] }, 6]
  ])('%s', (_, p, lead) => {
    const doc = buildResolution({ meta: completeMeta({}), organ: 'The Security Council', paragraphs: [{ kind: 'pp', ...p }] })
    const back = readResolution(doc).paragraphs[0]
    expect([back.lead, back.footnotes]).toEqual([lead, p.footnotes])
  })

  it('places a subparagraph that opens an annex as a numbered annex paragraph', () => {
    const doc = buildResolution({ meta: completeMeta({}), organ: '', paragraphs: [], annexes: [{ title: { text: 'T' }, paragraphs: [{ kind: 'sub', text: 'Orphan;', lead: 0 }] }] })
    doc.check()
    expect(doc.child(4).child(1).type.name).toBe('operative_paragraph')
  })
})
