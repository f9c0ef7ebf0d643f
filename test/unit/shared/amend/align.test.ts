import { describe, expect, it } from 'vitest'
import type { Node } from 'prosemirror-model'
import { alignParagraphs, readSectionHeadings } from '../../../../shared/amend/align'
import { readParagraphs } from '../../../../shared/amend/paragraphs'
import { template2388 } from '../../../../shared/template'
import { buildResolution, readResolution } from '../../../../shared/schema'
import { gaScaleResolution } from '../../../bench/gaScale'
import { all, at, insertAfter, moveAfter, remove, revise, rewordIn } from './revisions'
import { movedSectionsCases } from './movedSections'

const template = template2388()

function align(current: Node, base: Node = template) {
  const b = readParagraphs(base), c = readParagraphs(current)
  const alignment = alignParagraphs(b, c, { base: readSectionHeadings(base), current: readSectionHeadings(current) })
  const labelOf = (index: number) => c[index].label
  return {
    alignment,
    /// `[base label, current label]` for every matched pair whose label changed.
    relabelled: alignment.currentToBase.flatMap((bi, ci) => bi >= 0 && b[bi].label !== c[ci].label ? [[b[bi].label, c[ci].label]] : []),
    moved: alignment.moved.flatMap((m, ci) => m ? [labelOf(ci)] : []),
    deleted: alignment.baseToCurrent.flatMap((ci, bi) => ci < 0 ? [b[bi].label] : []),
    inserted: alignment.currentToBase.flatMap((bi, ci) => bi < 0 ? [c[ci].label] : [])
  }
}

const newOp = { kind: 'op' as const, lead: 7, text: 'Decides to convene a high-level meeting on the protection of victims of trafficking in persons in armed conflict;' }

describe('alignParagraphs', () => {
  it('pairs a paragraph with its amended form by their opening words, however much of the rest was rewritten', () => {
    const rewritten = 'Calls upon Member States to reinforce cooperation with the International Criminal Police Organization;'
    const { deleted, inserted, relabelled } = align(revise(ps => { ps[at('OP3')] = { ...ps[at('OP3')], text: rewritten }; return ps }, { freshIds: true }))
    expect([deleted, inserted, relabelled]).toEqual([[], [], []])
  })

  it('leaves unpaired two rewritten paragraphs that open alike', () => {
    const { deleted, inserted } = align(revise(ps => {
      for (const label of ['OP6', 'OP7']) ps[at(label)] = { ...ps[at(label)], text: 'Calls upon Member States to do something else entirely;' + label }
      return ps
    }, { freshIds: true }))
    expect([deleted, inserted]).toEqual([['OP6', 'OP7'], ['OP6', 'OP7']])
  })

  it.each([false, true])('matches an unchanged text paragraph by paragraph (fresh ids: %s)', freshIds => {
    const { alignment, moved, deleted, inserted } = align(revise(ps => ps, { freshIds }))
    expect(alignment.currentToBase).toEqual(alignment.currentToBase.map((_b, i) => i))
    expect([moved, deleted, inserted]).toEqual([[], [], []])
    expect(alignment.byId.every(byId => byId === !freshIds)).toBe(true)
  })

  it.each([false, true])('tells a moved paragraph from those renumbered around it (fresh ids: %s)', freshIds => {
    const { moved, relabelled } = align(revise(moveAfter('OP7', 'OP9'), { freshIds }))
    expect(moved).toEqual(['OP9'])
    expect(relabelled).toEqual([['OP8', 'OP7'], ['OP9', 'OP8'], ['OP7', 'OP9']])
  })

  it.each([false, true])('finds deleted and inserted paragraphs (fresh ids: %s)', freshIds => {
    const { moved, deleted, inserted } = align(revise(all(insertAfter('OP20', newOp), remove('PP3')), { freshIds }))
    expect({ moved, deleted, inserted }).toEqual({ moved: [], deleted: ['PP3'], inserted: ['OP21'] })
  })

  it('matches a lightly edited paragraph of an imported text by similarity, not as deleted and inserted', () => {
    const { alignment, deleted, inserted } = align(revise(all(
      rewordIn('OP4', 'review, amend and implement', 'review and implement'),
      rewordIn('PP2', 'Taking note of', 'Welcoming')
    ), { freshIds: true }))
    expect([deleted, inserted]).toEqual([[], []])
    expect(alignment.currentToBase[at('OP4')]).toBe(at('OP4'))
    expect(alignment.currentToBase[at('PP2')]).toBe(at('PP2'))
  })

  it('moves subparagraphs with their paragraph, and moves one that changed paragraph', () => {
    const a = { kind: 'sub' as const, level: 1, lead: 0, text: 'Law enforcement officials;' }
    const b = { kind: 'sub' as const, level: 1, lead: 0, text: 'Border control officials;' }
    const base = revise(insertAfter('OP13', a, b))
    const current = revise(ps => {
      const op13 = ps[at('OP13')], op14 = ps[at('OP14') + 2], op19 = ps[at('OP19') + 2]
      const [subA, subB] = ps.slice(at('OP13') + 1, at('OP13') + 3)
      const rest = ps.filter(p => p !== op13 && p !== subA && p !== subB)
      rest.splice(rest.indexOf(op14) + 1, 0, subB)
      rest.splice(rest.indexOf(op19) + 1, 0, op13, subA)
      return rest
    }, { base })
    expect(align(current, base).moved).toEqual(['OP13(a)', 'OP19'])
  })

  it('takes a paragraph that changed part for a move', () => {
    const demoted = revise(ps => { ps[at('OP1')] = { ...ps[at('OP1')], kind: 'pp' }; return ps })
    expect(align(demoted).moved).toEqual(['PP25'])
  })

  it('matches a repeated id once and aligns the copy by its text', () => {
    const copied = revise(ps => { ps.splice(at('OP3'), 0, { ...ps[at('OP2')] }); return ps })
    const { alignment, moved, inserted } = align(copied)
    expect(alignment.currentToBase[at('OP2')]).toBe(at('OP2'))
    expect([moved, inserted]).toEqual([[], ['OP3']])
  })

  it('aligns a hundred reworded paragraphs among six hundred, with no ids in common', () => {
    const ga = gaScaleResolution()
    const reworded = revise(ps => ps.map((p, i) => i % 6 === 1 ? { ...p, text: p.text.replace(/ (\S+) (\S+) /, ' $2 ') } : p), { base: ga, freshIds: true })
    const { alignment, moved, deleted, inserted } = align(reworded, ga)
    expect([moved, deleted, inserted]).toEqual([[], [], []])
    expect(alignment.currentToBase).toEqual(alignment.currentToBase.map((_b, i) => i))
  })

  it('pairs paragraphs that read alike in order, undoing pairs found by id, which then count as claimed by none', () => {
    const draft = readResolution(template)
    const copy = { ...draft.paragraphs[at('OP5')], pid: 'op6-copy' }
    const base = buildResolution({ ...draft, paragraphs: draft.paragraphs.map((p, i) => i === at('OP6') ? copy : p) })
    const current = buildResolution({ ...draft, paragraphs: draft.paragraphs.map((p, i) => i === at('OP5') ? copy : i === at('OP6') ? draft.paragraphs[at('OP5')] : p) })
    const { alignment, moved } = align(current, base)
    expect(moved).toEqual([])
    expect([alignment.currentToBase[at('OP5')], alignment.currentToBase[at('OP6')]]).toEqual([at('OP5'), at('OP6')])
    expect([alignment.byId[at('OP5')], alignment.byId[at('OP6')], alignment.baseWithoutId]).toEqual([false, false, 2])
  })

  it.each(movedSectionsCases)('$name: moves $moved', ({ base, current, moved }) => {
    expect(align(current, base).moved).toEqual(moved)
  })
})
