import { describe, expect, it } from 'vitest'
import { bigPasteCharacters, bigPasteLines, isBigPaste, nextSliceSize, sliceMs, sliceParagraphs } from '../../../../renderer/paste/bigPaste'
import { exportPlainText } from '../../../../shared/export'
import { template2388 } from '../../../../shared/template'

const text2388 = exportPlainText(template2388())

describe('isBigPaste', () => {
  it.each([
    ['the whole of 2388 (small: pasted at once)', text2388, false],
    ['2,000 lines', 'x\n'.repeat(bigPasteLines - 1) + 'x', false],
    ['2,002 lines', 'x\n'.repeat(bigPasteLines + 1) + 'x', true],
    ['200,000 characters on one line', 'a'.repeat(bigPasteCharacters), false],
    ['200,001 characters on one line', 'a'.repeat(bigPasteCharacters + 1), true],
    ['2388 eight times over', text2388.repeat(8), true]
  ])('%s', (_name, text, big) => {
    expect(isBigPaste(text)).toBe(big)
  })
})

describe('nextSliceSize', () => {
  it.each([
    ['a slice on time keeps its size', sliceParagraphs, sliceMs, sliceParagraphs],
    ['a slice taking twice the time halves the next', sliceParagraphs, 2 * sliceMs, sliceParagraphs / 2],
    ['a 300 ms slice makes the next a third', sliceParagraphs, 300, 67],
    ['a very slow one stops at the fewest, a quarter', sliceParagraphs, 60_000, sliceParagraphs / 4],
    ['a quick one grows, to twice the first size', sliceParagraphs, 10, 2 * sliceParagraphs],
    ['a slice measured at 0 ms', 50, 0, 2 * sliceParagraphs]
  ])('%s', (_name, count, elapsed, next) => {
    expect(nextSliceSize(count, elapsed)).toBe(next)
  })
})
