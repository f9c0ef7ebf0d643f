import { describe, expect, it } from 'vitest'
import { buildResolution, readResolution, completeMeta, schema, type ResolutionDraft } from '../../../../shared/schema'

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
