import { describe, expect, it } from 'vitest'
import { splitParagraph } from '../../../../shared/commands'
import { readParagraph } from '../../../../shared/schema'
import { at, run, templateState } from './fixtures/editor'

/// Type text one character at a time, as keystrokes arrive.
function type(state: ReturnType<typeof templateState>, text: string) {
  for (const ch of text) state = state.apply(state.tr.insertText(ch))
  return state
}

const current = (state: ReturnType<typeof templateState>) => readParagraph(state.selection.$head.parent)

describe('openingPhrases', () => {
  const newOP = run(at(templateState(), 'OP34', -1), splitParagraph)!
  const newPP = run(at(templateState(), 'PP24', -1), splitParagraph)!

  it.each([
    ['an operative verb', newOP, 'Decides to remain seized;', 'Decides'.length],
    ['a longer phrase, widening as it is typed', newOP, 'Further requests the Secretary-General', 'Further requests'.length],
    ['a preambular phrase with its complement left roman', newPP, 'Taking note of the report,', 'Taking note'.length],
    ['a capitalized first word outside the lexicon', newPP, 'Gratified by the progress,', 'Gratified'.length],
    ['nothing for an article', newPP, 'The Council,', 0]
  ])('italicizes %s', (_what, state, text, lead) => {
    expect(current(type(state, text)).lead).toBe(lead)
  })

  it('does not overrule a drafter who typed the phrase elsewhere in the paragraph', () => {
    const state = type(at(templateState(), 'OP4', 40), 'Decides ')
    expect(current(state).lead).toBe('Further calls upon'.length)
  })
})
