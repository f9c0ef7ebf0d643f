import { describe, expect, it } from 'vitest'
import { unDate, unDateTime } from '../../../../shared/template'

describe('UN dates', () => {
  it.each([
    [new Date(2026, 10, 30, 14, 45), 'en', '30 November 2026', '30 November 2026, 14:45'],
    [new Date(2026, 10, 30, 14, 45), 'fr', '30 novembre 2026', '30 novembre 2026, 14 h 45'],
    [new Date(2026, 11, 1, 9, 5), 'fr', '1er décembre 2026', '1er décembre 2026, 9 h 05'],
    [new Date(2026, 11, 1, 9, 5), 'en', '1 December 2026', '1 December 2026, 09:05'],
    [new Date(2017, 10, 21, 18, 0), 'es', '21 de noviembre de 2017', '21 de noviembre de 2017, 18.00 horas']
  ] as const)('%s in %s', (at, lang, day, time) => {
    expect(unDate(at, lang)).toBe(day)
    expect(unDateTime(at, lang)).toBe(time)
  })
})
