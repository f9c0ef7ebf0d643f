import { describe, expect, it } from 'vitest'
import { rowChunk, rowMargin, rowWindow } from '../../../../renderer/panels/rowWindow'

describe('the rows of a long list kept in the page', () => {
  it.each([
    // count, row height (px), scrolled past (px), viewport (px), start, end
    ['2388’s outline (59 rows) at its top: whole', 59, 25, 0, 700, 0, 59],
    ['2388’s outline scrolled to its end: whole', 59, 25, 775, 700, 0, 59],
    ['8,035 rows at the top: the visible 28 and the margin, to the chunk', 8035, 25, 0, 700, 0, 150],
    ['8,035 rows from row 4,000: the margin on both sides', 8035, 25, 100_000, 700, 3900, 4150],
    ['8,035 rows at the end', 8035, 25, 8035 * 25 - 700, 700, 7900, 8035],
    ['the list lower in the container than its top', 8035, 25, -400, 700, 0, 150],
    ['an empty list', 0, 25, 0, 700, 0, 0]
  ])('%s', (_what, count, height, scrolled, viewport, start, end) => {
    expect(rowWindow(count, height, scrolled, viewport)).toEqual({ start, end })
  })

  it('moves by chunks, so that scrolling 1,000 rows row by row renders again 40 times, not 1,000', () => {
    const windows = new Set<string>()
    for (let row = 2000; row < 3000; row++) windows.add(JSON.stringify(rowWindow(8035, 25, row * 25, 700)))
    expect(windows.size).toBeLessThanOrEqual(2 * 1000 / rowChunk + 1)
  })

  it('always has the margin beyond every visible row, for Tab and Shift+Tab', () => {
    for (let scrolled = 0; scrolled < 8035 * 25; scrolled += 997) {
      const { start, end } = rowWindow(8035, 25, scrolled, 700)
      expect(start).toBeLessThanOrEqual(Math.max(0, Math.floor(scrolled / 25) - rowMargin))
      expect(end).toBeGreaterThanOrEqual(Math.min(8035, Math.ceil((scrolled + 700) / 25) + rowMargin))
    }
  })
})
