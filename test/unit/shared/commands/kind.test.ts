import { describe, expect, it } from 'vitest'
import { TextSelection } from 'prosemirror-state'
import { toggleParagraphKind } from '../../../../shared/commands'
import { buildResolution, summarizeResolution } from '../../../../shared/schema'
import { annexFootnotesDraft } from '../../../support/structuredDrafts'
import { amendments, at, cursorLabel, run, templateState } from './fixtures/editor'

describe('toggleParagraphKind', () => {
  const start = templateState()

  it('turns the last PP into the first OP, and back', () => {
    const op = run(at(start, 'PP24', 4), toggleParagraphKind)!
    const summary = summarizeResolution(op.doc)
    expect([summary.preambular, summary.operative]).toEqual([23, 36])
    expect(cursorLabel(op)).toBe('OP1')
    expect(op.selection.$head.parentOffset).toBe(4)
    expect(op.doc.child(3).child(0).attrs.pid).toBe('t2388-pp24')
    expect(amendments(op)).toEqual(['Move preambular paragraph 24 to become the first operative paragraph'])
    const back = run(op, toggleParagraphKind)!
    expect(back.doc.eq(start.doc)).toBe(true)
  })

  it('turns an OP in the middle into the last PP', () => {
    const pp = run(at(start, 'OP10'), toggleParagraphKind)!
    expect(cursorLabel(pp)).toBe('PP25')
    expect(pp.selection.$head.parent.textContent).toMatch(/^Reiterates its condemnation/)
  })

  it('makes a numbered annex paragraph unnumbered where it stands, with its subparagraphs, and back', () => {
    const annexed = templateState(buildResolution(annexFootnotesDraft))
    const unnumbered = run(at(annexed, 'A1.3', 5), toggleParagraphKind)!
    expect(summarizeResolution(unnumbered.doc).annexes![0].paragraphs.map(p => p.label)).toEqual(['A1.1', 'A1.2', 'A1.P1', 'A1.P1(a)', 'A1.P1(b)', 'A1.3'])
    expect(cursorLabel(unnumbered)).toBe('A1.P1')
    expect(unnumbered.selection.$head.parentOffset).toBe(5)
    expect(run(unnumbered, toggleParagraphKind)!.doc.eq(annexed.doc)).toBe(true)
  })

  it('refuses outside a PP or OP', () => {
    const organ = start.apply(start.tr.setSelection(TextSelection.create(start.doc, start.doc.child(0).nodeSize + 3)))
    expect(run(organ, toggleParagraphKind)).toBeNull()
  })
})
