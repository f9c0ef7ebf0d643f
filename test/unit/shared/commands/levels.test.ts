import { describe, expect, it } from 'vitest'
import { liftParagraphs, sinkParagraphs } from '../../../../shared/commands'
import { amendments, at, outline, run, templateState } from './fixtures/editor'
import { buildResolution } from '../../../../shared/schema'
import { annexFootnotesDraft } from '../../../support/structuredDrafts'

describe('sinkParagraphs and liftParagraphs', () => {
  const start = templateState()

  it('Tab makes an OP the (a) of the OP before it, and Shift-Tab lifts it back', () => {
    const sunk = run(at(start, 'OP5', 3), sinkParagraphs)!
    expect(outline(sunk.doc).slice(26, 29)).toEqual(['OP3 Calls upon Member St', 'OP4 Further calls upon M', 'OP4(a) Also calls upon Memb'])
    expect(sunk.selection.$head.parent.textContent.startsWith('Also calls upon')).toBe(true)
    expect(amendments(sunk)[0]).toBe('Move operative paragraph 5 to become the first subparagraph of operative paragraph 4')
    const lifted = run(sunk, liftParagraphs)!
    expect(lifted.doc.eq(start.doc)).toBe(true)
    expect(amendments(lifted)).toEqual([])
  })

  it.each([
    ['the first OP, which has nothing to belong to', 'OP1'],
    ['the first PP', 'PP1']
  ])('refuses to sink %s', (_what, label) => {
    expect(run(at(start, label), sinkParagraphs)).toBeNull()
  })

  it.each(['OP2', 'A1.1', 'A1.3'])('refuses to sink %s, the first paragraph under a section heading', label => {
    const doc = buildResolution({ ...annexFootnotesDraft, sections: [{ number: 'I', text: 'Endorsement', at: 2 }, { number: 'II', text: 'Follow-up', at: 3 }] })
    expect(run(at(templateState(doc), label), sinkParagraphs)).toBeNull()
  })

  it('sinks (b) to (i) under (a), but not (a) to a level it would skip', () => {
    let state = run(at(start, 'OP5'), sinkParagraphs)!
    state = run(at(state, 'OP5'), sinkParagraphs)!
    expect(outline(state.doc).slice(28, 31).map(l => l.split(' ')[0])).toEqual(['OP4(a)', 'OP4(b)', 'OP5'])
    expect(run(at(state, 'OP4(a)'), sinkParagraphs)).toBeNull()
    state = run(at(state, 'OP4(b)'), sinkParagraphs)!
    expect(outline(state.doc)[29].split(' ')[0]).toBe('OP4(a)(i)')
    expect(run(at(state, 'OP4(a)(i)'), sinkParagraphs)).toBeNull()
  })

  it('takes the subparagraphs of a sunk OP one level deeper with it', () => {
    let state = run(at(start, 'OP6'), sinkParagraphs)!
    state = run(at(state, 'OP5'), sinkParagraphs)!
    expect(outline(state.doc).slice(28, 31).map(l => l.split(' ')[0])).toEqual(['OP4(a)', 'OP4(a)(i)', 'OP5'])
  })

  it('sinks every paragraph of a selection', () => {
    const state = run(at(start, 'OP5', 0, 'OP7', 2), sinkParagraphs)!
    expect(outline(state.doc).slice(28, 32).map(l => l.split(' ')[0])).toEqual(['OP4(a)', 'OP4(b)', 'OP4(c)', 'OP5'])
  })

  it('refuses to lift a PP or OP, or a selection holding one', () => {
    expect(run(at(start, 'OP5'), liftParagraphs)).toBeNull()
    const sunk = run(at(start, 'OP5'), sinkParagraphs)!
    expect(run(at(sunk, 'OP4', 0, 'OP4(a)', 2), liftParagraphs)).toBeNull()
  })

  it('keeps the undo history: one undo takes a Tab back', async () => {
    const { undo } = await import('prosemirror-history')
    const sunk = run(at(start, 'OP5'), sinkParagraphs)!
    expect(run(sunk, undo)!.doc.eq(start.doc)).toBe(true)
  })
})
