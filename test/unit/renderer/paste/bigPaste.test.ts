import { describe, expect, it } from 'vitest'
import { bigPasteCharacters, bigPasteLines, isBigPaste } from '../../../../renderer/paste/bigPaste'
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
