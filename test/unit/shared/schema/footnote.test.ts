import { describe, expect, it } from 'vitest'
import { buildResolution, footnoteMark, withoutFootnoteMarks } from '../../../../shared/schema'
import { isWord, tokenizeWords } from '../../../../shared/amend/tokens'
import { annexFootnotesDraft } from '../../../support/structuredDrafts'

const pp1 = buildResolution(annexFootnotesDraft).child(2).child(0)

describe('footnote references in the text', () => {
  it('count as one character, so text offsets stay document offsets', () => {
    expect(pp1.textContent.length).toBe(pp1.content.size)
    expect(pp1.textContent.endsWith('2025,' + footnoteMark)).toBe(true)
  })

  it('are left out of the words a reader sees', () => {
    expect(withoutFootnoteMarks(pp1.textContent)).toBe('Recalling its resolution 80/999 of 1 December 2025,')
  })

  it.each([
    ['after a comma', `2025,${footnoteMark} and`, ['2025', ',', footnoteMark, ' ', 'and']],
    ['glued to a word', `persons${footnoteMark} in`, ['persons', footnoteMark, ' ', 'in']],
    ['inside a word joined by a hyphen', `anti${footnoteMark}-trafficking`, ['anti', footnoteMark, '-', 'trafficking']]
  ])('never become part of a word for the amendment engine: %s', (_, text, tokens) => {
    expect(tokenizeWords(text)).toEqual(tokens)
    expect(isWord(footnoteMark)).toBe(false)
  })
})
