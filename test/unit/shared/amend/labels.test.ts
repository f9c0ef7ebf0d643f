import { describe, expect, it } from 'vitest'
import { formatLabel, parseLabel } from '../../../../shared/amend/labels'

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
