import { describe, expect, it } from 'vitest'
import { applyTextEdits, closestText, spliceText, wholeWordMatches, type TextEdit } from '../../../../shared/amend/textEdits'
import { footnoteMark } from '../../../../shared/schema'
import { at, templateParagraphs } from './revisions'

const op4 = templateParagraphs()[at('OP4')].text

describe('spliceText', () => {
  it.each([
    ['a word between words', ['related ', 'and policies', ' legislation'], 'related and policies legislation'],
    ['words before a comma', ['Member States', 'and others', ', where'], 'Member States and others, where'],
    ['words opening with a comma', ['instruments', ', in accordance with law', ';'], 'instruments, in accordance with law;'],
    ['a deletion between two spaces', ['Shabaab, ', '', ' and other'], 'Shabaab, and other'],
    ['a deletion before a comma', ['the word ', '', ', and'], 'the word, and']
  ])('joins %s', (_name, [left, middle, right], expected) => {
    expect(spliceText(left, middle, right)).toBe(expected)
  })
})

describe('wholeWordMatches', () => {
  it.each([['in', 3], ['armed', 2], ['rafficking', 0], ['Member States,', 1]])('finds “%s” %i times in OP4 as whole words', (needle, n) => {
    expect(wholeWordMatches(op4, needle as string)).toHaveLength(n as number)
  })
})

describe('closestText', () => {
  const op8 = templateParagraphs()[at('OP8')].text
  it.each([
    ['the same words with another case, dash and spacing', op4, 'anti‑Trafficking and  related Legislation', 'anti-trafficking and related legislation'],
    ['a slip in the last word: the run the quote starts with, not one word before it', op8, 'a multi-dimensional strategy', 'a multi-dimensional approach'],
    ['a slip in the first word: the run the quote ends with', op8, 'one multi-dimensional approach', 'a multi-dimensional approach'],
    ['nothing sharing half the words', op4, 'a multidimensional approach', '']
  ])('finds %s', (_name, text, looked, closest) => {
    expect(closestText(text, looked)).toBe(closest)
  })
})

describe('applyTextEdits', () => {
  it.each<[string, TextEdit[], string]>([
    ['an insertion after words', [{ op: 'insert', after: { words: 'related legislation' }, text: 'and policies' }], 'related legislation and policies to ensure'],
    ['a deletion by occurrence', [{ op: 'delete', old: { words: 'armed', occurrence: 2 } }], 'or by and terrorist groups'],
    ['the end of the paragraph deleted, its final mark kept', [{ op: 'deleteEnd', after: { words: 'are addressed' } }], 'groups are addressed;'],
    ['two edits placed in the text as tabled, made together', [
      { op: 'replace', old: { words: 'offenders' }, text: 'perpetrators' },
      { op: 'insert', text: 'and its Protocols' }], 'perpetrators in line with Article'],
    ['words added at the end, before the final mark', [{ op: 'insert', text: 'and its Protocols' }], 'Organized Crime and its Protocols;']
  ])('makes %s', (_name, edits, expected) => {
    const result = applyTextEdits(op4, edits)
    expect(result.ok && result.text).toContain(expected)
  })

  it('reports words not found exactly with the closest text, and changes nothing', () => {
    expect(applyTextEdits(op4, [{ op: 'insert', after: { words: 'anti‑Trafficking and  related Legislation' }, text: 'x' }, { op: 'delete', old: { words: 'offenders' } }]))
      .toEqual({ ok: false, nearMisses: [{ looked: 'anti‑Trafficking and  related Legislation', closest: closestText(op4, 'anti‑Trafficking and  related Legislation') }] })
    expect(closestText(op4, 'anti‑Trafficking and  related Legislation')).toBe('anti-trafficking and related legislation')
    expect(closestText(op4, 'implement anti‑Trafficking')).toBe('implement anti-trafficking')
  })

  it('refuses two edits that claim the same words', () => {
    expect(applyTextEdits(op4, [{ op: 'delete', old: { words: 'impunity of offenders' } }, { op: 'replace', old: { words: 'offenders' }, text: 'perpetrators' }]))
      .toEqual({ ok: false, overlap: true })
  })

  it('finds words around a footnote reference, which quotes leave out', () => {
    const text = `Recalling its resolution 2331 (2016)${footnoteMark} and its presidential statement,`
    const result = applyTextEdits(text, [{ op: 'replace', old: { words: '2331 (2016) and its' }, text: '2331 (2016), 2388 (2017) and its' }])
    expect(result.ok && result.text).toBe(`Recalling its resolution 2331 (2016), 2388 (2017) and its presidential statement,`)
  })
})
