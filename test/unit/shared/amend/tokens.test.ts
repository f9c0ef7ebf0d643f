import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isSpace, isWord, tokenizeWords } from '../../../../shared/amend/tokens'
import { templateParagraphs } from './revisions'

/// The tokens as the handbook's expression defines them, which the scanner must follow.
const definition = /[\p{L}\p{N}\p{M}]+(?:['’‑\-/.][\p{L}\p{N}\p{M}]+)*|\s+|[^\s]/gu

describe('tokenizeWords', () => {
  it.each([
    ['anti-trafficking and related', ['anti-trafficking', ' ', 'and', ' ', 'related']],
    ['Secretary‑General’s report (document S/2017/939),', ['Secretary‑General’s', ' ', 'report', ' ', '(', 'document', ' ', 'S/2017/939', ')', ',']],
    ['ISIL/Da’esh,  Al-Qaida', ['ISIL/Da’esh', ',', '  ', 'Al-Qaida']],
    ['Décide de demeurer saisi de la question.', ['Décide', ' ', 'de', ' ', 'demeurer', ' ', 'saisi', ' ', 'de', ' ', 'la', ' ', 'question', '.']],
    ['27 September 2017 –\u00a0a 50 per cent rise', ['27', ' ', 'September', ' ', '2017', ' ', '–', '\u00a0', 'a', ' ', '50', ' ', 'per', ' ', 'cent', ' ', 'rise']],
    ['members\' -- end. ', ['members', '\'', ' ', '-', '-', ' ', 'end', '.', ' ']]
  ])('%s', (text, tokens) => {
    expect(tokenizeWords(text)).toEqual(tokens)
  })

  it('follows the expression on every paragraph of 2388', () => {
    for (const { text } of templateParagraphs()) expect(tokenizeWords(text)).toEqual(text.match(definition) ?? [])
  })

  it('follows the expression on any text, letters of any script and emoji included', () => {
    const pieces = fc.constantFrom('a', 'Z', '9', 'é', 'ß', 'ª', '²', 'ж', '中', '\u0301', '𝐀', '😀', ' ', '\u00a0', '\u2003', '\n', "'", '’', '‑', '-', '/', '.', ',', '(', '×')
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), parts => {
      const text = parts.join('')
      expect(tokenizeWords(text)).toEqual(text.match(definition) ?? [])
    }), { numRuns: 2000, seed: 2388 })
  })
})

describe('isSpace and isWord', () => {
  it.each([[' ', true, false], ['\u00a0', true, false], ['Décide', false, true], ['²', false, true], [',', false, false], ['', false, false]])('%j', (token, space, word) => {
    expect([isSpace(token), isWord(token)]).toEqual([space, word])
  })
})
