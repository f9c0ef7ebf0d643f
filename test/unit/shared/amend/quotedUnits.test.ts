import { describe, expect, it } from 'vitest'
import { quotedUnits, widenToUnits } from '../../../../shared/amend/quotedUnits'

const units = (text: string) => quotedUnits(text).map(([a, b]) => text.slice(a, b))

describe('quotedUnits', () => {
  it.each([
    ['to allocate 1,500,000 United States dollars', ['1,500,000']],
    ['Recalling its resolution 2331 (2016) and resolution 3363 (XXX),', ['2331 (2016)', '3363 (XXX)']],
    ['the report of the Secretary-General (S/2017/939) and S/RES/2388 (2017)', ['S/2017/939', 'S/RES/2388 (2017)']],
    ['an increase of 15.5 per cent over 2.5 years', ['15.5 per cent', '2.5']],
    ['within 12 months', []]
  ])('finds the units of %s', (text, expected) => {
    expect(units(text)).toEqual(expected)
  })
})

describe('widenToUnits', () => {
  const text = 'to allocate 1,500,000 dollars'
  const u = quotedUnits(text)
  it.each([
    ['a range inside a number', [14, 17], [12, 21]],
    ['an insertion point inside a number', [15, 15], [12, 21]],
    ['a range outside any unit', [0, 2], [0, 2]],
    ['an insertion point at a unit’s edge', [12, 12], [12, 12]]
  ] as const)('widens %s', (_name, [from, to], expected) => {
    expect(widenToUnits(u, from, to)).toEqual(expected)
  })
})
