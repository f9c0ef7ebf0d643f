import { describe, expect, it } from 'vitest'
import { occurrences, placeEdits } from '../../../../shared/amend/placeEdits'
import { diffParagraphWords } from '../../../../shared/amend/wordDiff'
import { at, templateParagraphs } from './revisions'

const ps = templateParagraphs()
const op4 = ps[at('OP4')].text, op18 = ps[at('OP18')].text, op35 = ps[at('OP35')].text

const place = (oldText: string, newText: string) => placeEdits(oldText, newText, diffParagraphWords(oldText, newText))

describe('occurrences', () => {
  it.each([
    [op4, 'in', 3],
    [op4, 'in line', 1],
    [op4, 'armed', 2],
    [op4, 'armed and', 1],
    [op4, 'Member States,', 1],
    [op4, 'rafficking', 0]
  ])('counts whole words only: %#', (text, needle, count) => {
    expect(occurrences(text, needle)).toBe(count)
  })
})

describe('placeEdits', () => {
  it.each([
    ['after a word found once',
      op4, op4.replace('related legislation', 'related legislation and policies'),
      [{ op: 'insert', before: 'legislation', text: 'and policies' }]],
    ['after as many words as make the place unique',
      op4, op4.replace('armed and terrorist', 'armed and other terrorist'),
      [{ op: 'insert', before: 'armed and', text: 'other' }]],
    ['removed words that place themselves',
      op4, op4.replace(', where appropriate,', ''),
      [{ op: 'delete', old: ', where appropriate,' }]],
    ['removed words found more than once, with the words before them',
      op18, op18.replace('children in armed conflict', 'children in conflict'),
      [{ op: 'delete', before: 'in', old: 'armed' }]],
    ['replaced words',
      op4, op4.replace('impunity of offenders', 'impunity of perpetrators'),
      [{ op: 'replace', old: 'offenders', text: 'perpetrators' }]],
    ['an insertion at the start, with the words after it',
      op35, 'Further ' + op35,
      [{ op: 'insert', after: 'Decides', text: 'Further' }]]
  ])('places %s', (_name, oldText, newText, expected) => {
    expect(place(oldText, newText)).toEqual(expected)
  })

  it('quotes a rewritten paragraph whole', () => {
    expect(place(op35, 'Requests the Secretary-General to report on the implementation of this resolution.'))
      .toEqual([{ op: 'replace', old: op35, text: 'Requests the Secretary-General to report on the implementation of this resolution.' }])
  })
})
