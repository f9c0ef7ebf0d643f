import { describe, expect, it } from 'vitest'
import { diffParagraphWords } from '../../../../shared/amend/wordDiff'
import { templateParagraphs, at } from './revisions'

const op4 = templateParagraphs()[at('OP4')].text
const op5 = templateParagraphs()[at('OP5')].text

/// The edits as [old words, new words] pairs, for reading the tables below.
function edits(oldText: string, newText: string): Array<[string, string]> {
  const diff = diffParagraphWords(oldText, newText)
  return diff.edits.map(e => [oldText.slice(e.from, e.to).trim(), newText.slice(e.newFrom, e.newTo).trim()])
}

describe('diffParagraphWords', () => {
  it.each<[string, string, string, Array<[string, string]>]>([
    ['an insertion', op4, op4.replace('related legislation', 'related legislation and policies'), [['', 'and policies']]],
    ['a deletion', op4, op4.replace('review, amend and implement', 'review and implement'), [[', amend', '']]],
    ['a replacement', op5, op5.replace('step up', 'strengthen'), [['step up', 'strengthen']]],
    ['two edits one word apart, told as one', op5, op5.replace('collect, preserve and store', 'gather, keep and hold'), [['collect, preserve and store', 'gather, keep and hold']]],
    ['a letter typed at the start of a word', op4, op4.replace('to review', 'to nreview'), [['review', 'nreview']]],
    ['a word half typed between two', op4, op4.replace('to review', 'to ful review'), [['', 'ful']]],
    ['a word deleted between two spaces', op4, op4.replace('related legislation', 'legislation'), [['related', '']]],
    ['a word corrected in place', op5, op5.replace('step up', 'step upp'), [['up', 'upp']]],
    ['a letter typed and taken back', op4, op4.replace('review', 'review'), []],
    ['two distant edits', op5, op5.replace('step up', 'redouble').replace('human trafficking', 'trafficking in persons'),
      [['step up', 'redouble'], ['human trafficking', 'trafficking in persons']]]
  ])('%s', (_name, oldText, newText, expected) => {
    const diff = diffParagraphWords(oldText, newText)
    expect(diff.rewritten).toBe(false)
    expect(edits(oldText, newText)).toEqual(expected)
  })

  it('gives offsets that rebuild the new text from the old', () => {
    const newText = op4.replace('Further calls', 'Calls').replace('armed conflict', 'armed conflicts').replace('UN Convention', 'United Nations Convention')
    const diff = diffParagraphWords(op4, newText)
    let rebuilt = '', last = 0
    for (const e of diff.edits) { rebuilt += op4.slice(last, e.from) + newText.slice(e.newFrom, e.newTo); last = e.to }
    expect(rebuilt + op4.slice(last)).toBe(newText)
  })

  it('ignores a change of spacing alone', () => {
    expect(diffParagraphWords(op4, op4.replace('to review', 'to  review').replace(/ and /g, '\u00a0and ')).edits).toEqual([])
  })

  it.each<[string, string, string, boolean]>([
    ['fewer than half the letters changed, kept as a word edit', 'Decides soon', 'Decides later', false],
    ['more than half, the paragraph replaced', 'Decides no', 'Decides nothing whatsoever', true],
    ['a change at the start, light against the common end', 'Urges all States to act', 'Asks all States to act', false],
    ['a change at the start, heavy against it', 'Urges States', 'Requests States', true]
  ])('weighs %s against the visible letters of both texts', (_name, oldText, newText, rewritten) => {
    expect(diffParagraphWords(oldText, newText).rewritten).toBe(rewritten)
  })

  it.each([
    ['a rewrite of most words', op5, 'Decides to remain actively seized of this matter.'],
    ['a paragraph emptied', op5, ''],
    ['a paragraph filled', '', op5]
  ])('replaces the whole paragraph for %s', (_name, oldText, newText) => {
    expect(diffParagraphWords(oldText, newText)).toEqual({
      rewritten: true,
      edits: [{ op: oldText ? newText ? 'replace' : 'delete' : 'insert', from: 0, to: oldText.length, newFrom: 0, newTo: newText.length }]
    })
  })

  it('replaces the whole paragraph rather than list more than eight edits', () => {
    const words = op4.split(' ')
    const newText = words.map((w, i) => i % 6 === 3 ? w.toUpperCase() : w).join(' ')
    expect(diffParagraphWords(op4, newText).rewritten).toBe(true)
  })

  it('falls back to replacing a huge rewritten paragraph instead of stalling', () => {
    const huge = Array.from({ length: 4000 }, (_, i) => `word${i}`).join(' ')
    const other = Array.from({ length: 4000 }, (_, i) => `term${i}`).join(' ')
    expect(diffParagraphWords(huge, other).rewritten).toBe(true)
  })
})
