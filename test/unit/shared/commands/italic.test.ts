import { describe, expect, it } from 'vitest'
import { leadLength, toggleItalic } from '../../../../shared/commands'
import { readParagraph } from '../../../../shared/schema'
import { at, run, templateState } from './fixtures/editor'

const paragraph = (state: ReturnType<typeof templateState>) => readParagraph(state.selection.$from.parent)

describe('toggleItalic', () => {
  const start = templateState()

  it.each([
    ['widens the phrase of OP4 to a selection from its start', 'OP4', 0, 26, 26, []],
    ['narrows it by selecting its tail', 'OP4', 7, 18, 7, []],
    ['removes it when the selection is all phrase', 'OP4', 0, 18, 0, []],
    ['sets ordinary italics elsewhere', 'OP4', 40, 50, 18, [[40, 50]]]
  ])('%s', (_what, label, from, to, lead, em) => {
    const state = run(at(start, label, from, label, to), toggleItalic)!
    expect(paragraph(state).lead).toBe(lead)
    expect(paragraph(state).em ?? []).toEqual(em)
  })

  it('toggles ordinary italics in a subparagraph, and off again', () => {
    const on = run(at(start, 'OP2', 30, 'OP2', 40), toggleItalic)!
    expect(paragraph(on).em).toEqual([[30, 40]])
    expect(paragraph(run(on, toggleItalic)!).em).toBeUndefined()
  })

  it('reads the lead length of a paragraph node', () => {
    expect(leadLength(start.doc.child(2).child(14))).toBe('Condemning in the strongest terms'.length)
  })
})
