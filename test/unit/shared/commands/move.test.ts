import { describe, expect, it } from 'vitest'
import { moveParagraph, sinkParagraphs } from '../../../../shared/commands'
import { amendments, at, cursorLabel, outline, run, templateState } from './fixtures/editor'

describe('moveParagraph', () => {
  const start = templateState()

  it.each([
    ['OP7', -1, 'OP6', 'Move operative paragraph 7 to follow operative paragraph 5'],
    ['OP7', 1, 'OP8', 'Move operative paragraph 8 to follow operative paragraph 6'],
    ['PP2', -1, 'PP1', 'Move preambular paragraph 2 to become the first preambular paragraph']
  ])('moves %s by %i and the cursor with it, reported as a move', (label, direction, landed, wording) => {
    const state = run(at(start, label, 5), moveParagraph(direction as -1 | 1))!
    expect(cursorLabel(state)).toBe(landed)
    expect(state.selection.$head.parentOffset).toBe(5)
    expect(amendments(state)).toEqual([wording])
  })

  it.each([
    ['the first PP up', 'PP1', -1],
    ['the last PP down, into the operative part', 'PP24', 1],
    ['the first OP up, into the preamble', 'OP1', -1],
    ['the last OP down', 'OP35', 1]
  ])('refuses to move %s', (_what, label, direction) => {
    expect(run(at(start, label), moveParagraph(direction as -1 | 1))).toBeNull()
  })

  it('moves an OP with its subparagraphs, and a subparagraph only among its siblings', () => {
    let state = run(at(start, 'OP6'), sinkParagraphs)!
    state = run(at(state, 'OP6'), sinkParagraphs)!
    expect(outline(state.doc).slice(28, 31).map(l => l.split(' ')[0])).toEqual(['OP5', 'OP5(a)', 'OP5(b)'])
    const down = run(at(state, 'OP5(a)'), moveParagraph(1))!
    expect(outline(down.doc).slice(29, 31)).toEqual(['OP5(a) Calls upon Member St', 'OP5(b) Calls upon Member St'])
    expect(down.doc.child(3).child(5).attrs.pid).toBe('t2388-op07')
    expect(run(at(down, 'OP5(b)'), moveParagraph(1))).toBeNull()
    const group = run(at(state, 'OP5'), moveParagraph(-1))!
    expect(outline(group.doc).slice(27, 32).map(l => l.split(' ')[0])).toEqual(['OP4', 'OP4(a)', 'OP4(b)', 'OP5', 'OP6'])
    expect(group.doc.child(3).child(3).attrs.pid).toBe('t2388-op05')
  })
})
