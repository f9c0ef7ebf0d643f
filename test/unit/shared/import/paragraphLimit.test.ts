import { describe, expect, it } from 'vitest'
import { importResolution, OverlongParagraph, readPastedParagraphs, readPastedText } from '../../../../shared/import'
import { readDocx } from '../../../../shared/import/docx'
import { maxParagraphLength } from '../../../../shared/schema'
import { handMadeDocx, p, r } from './docx/handMadeDocx'

/// A paragraph longer than `maxParagraphLength` is refused wherever text comes in (text
/// and Word import through `importResolution`, paste through `readPastedText` and
/// `readPastedParagraphs`), naming it by line, or by ordinal where there are no lines.
const words = (length: number) => 'further '.repeat(Math.ceil(length / 8)).slice(0, length).trimEnd()
const resolution = (op2: string, annex = '') =>
  `The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to act;\n\n2. Requests ${op2};\n${annex}`

function thrown(read: () => unknown): string | null {
  try {
    read()
    return null
  } catch (e) {
    if (e instanceof OverlongParagraph) return e.message
    throw e
  }
}

describe('the paragraph length limit', () => {
  const over = words(maxParagraphLength + 10)
  const bound = 'a paragraph of more than the 100,000 characters a paragraph may hold'

  it.each([
    ['an operative paragraph', resolution(over), `line 7: ${bound}`],
    ['a paragraph of an annex', resolution('a report', `\nAnnex\n\nPrinciples\n\n1. ${over}.\n`), `line 13: ${bound}`],
    ['a paragraph exactly at the bound is read', resolution(words(maxParagraphLength - 'Requests ;'.length)), null]
  ])('import: %s', (_, text, error) => {
    const result = importResolution(text)
    expect(result.ok ? null : result.error).toBe(error)
  })

  it('Word import names the paragraph by its ordinal among the paragraphs with text', () => {
    const docx = (op: string) => readDocx(handMadeDocx([p(r('The Security Council,')), p(r('Recalling its resolutions,')), p(r(op))].join('')))
    const result = docx(`1. Requests ${over};`)
    expect(result.ok ? null : result.error).toBe(`paragraph 3: ${bound}`)
    expect(docx('1. Requests a report;').ok).toBe(true)
  })

  it('paste of plain text names the line, paste of HTML the ordinal', () => {
    expect(thrown(() => readPastedText(`35. Welcomes the report;\n\n36. Encourages ${over};`))).toBe(`line 3: ${bound}`)
    expect(thrown(() => readPastedParagraphs([{ text: 'Welcomes the report;' }, { text: `Encourages ${over};` }]))).toBe(`paragraph 2: ${bound}`)
    expect(thrown(() => readPastedText('35. Welcomes the report;'))).toBeNull()
  })
})
