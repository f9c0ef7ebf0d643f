import { describe, expect, it } from 'vitest'
import { annexOfLabel, formatLabel, headingLabel, headingOfLabel, parseLabel } from '../../../../shared/amend/labels'

describe('parseLabel', () => {
  it.each([
    ['PP3', { annex: 0, part: 'pp', n: 3, trail: [] }],
    ['OP12(a)(ii)', { annex: 0, part: 'op', n: 12, trail: ['a', 'ii'] }],
    ['A1.13(b)', { annex: 1, part: 'op', n: 13, trail: ['b'] }],
    ['A2.P4', { annex: 2, part: 'pp', n: 4, trail: [] }]
  ])('takes %s apart and puts it together again', (label, parts) => {
    expect(parseLabel(label)).toEqual(parts)
    expect(formatLabel(parseLabel(label))).toBe(label)
  })

  it('refuses what is not a label', () => {
    expect(() => parseLabel('S1')).toThrow('Not a paragraph label: S1')
  })
})

describe('headingLabel', () => {
  it.each([
    [0, 'II', false, 'section II'],
    [1, 'III', false, 'A1.section III'],
    [0, 'IV', true, 'new section IV'],
    [2, 'B', true, 'A2.new section B']
  ] as const)('names the heading of annex %i numbered %s (inserted by the list: %s) %s, and takes it apart again', (annex, number, fresh, label) => {
    expect(headingLabel(annex, number, fresh)).toBe(label)
    expect(headingOfLabel(label)).toEqual({ annex, number, fresh })
    expect(annexOfLabel(label)).toBe(annex)
  })

  it('is no paragraph label', () => {
    expect(headingOfLabel('OP2')).toBeNull()
  })
})
