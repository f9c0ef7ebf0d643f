import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { heaviestRisingRun } from '../../../../shared/amend/risingRun'

/// Every subsequence of `values` whose values rise strictly, weighed, keeping the heaviest
/// and, among those, the one whose values read from the end are lowest first: the choice
/// `heaviestRisingRun` documents. Exponential: for short inputs only.
function heaviestByTrial(values: readonly number[], weights: readonly number[]): number[] {
  let best: number[] = [], bestWeight = 0
  for (let mask = 1; mask < 1 << values.length; mask++) {
    const members = values.flatMap((_, k) => mask & (1 << k) ? [k] : [])
    if (members.some((k, i) => i > 0 && values[members[i - 1]] >= values[k])) continue
    const weight = members.reduce((sum, k) => sum + weights[k], 0)
    const fromEnd = (run: number[]) => run.map(k => values[k]).reverse()
    const lower = () => { const a = fromEnd(members), b = fromEnd(best); const i = a.findIndex((v, i) => v !== b[i]); return i >= 0 && (i >= b.length || a[i] < b[i]) }
    if (weight > bestWeight || (weight === bestWeight && lower())) { best = members; bestWeight = weight }
  }
  return best
}

const keptIndices = (kept: Uint8Array) => [...kept].flatMap((v, k) => v ? [k] : [])

describe('heaviestRisingRun', () => {
  it.each([
    // OP1–OP4 reversed (cases/compare/reversed-ops-compare): one stays, the last, and the
    // three others are the fewest moves.
    ['four paragraphs reversed', [3, 2, 1, 0], [1, 1, 1, 1], [3]],
    // A tabled heading moved up past two (headings 0 1 2 3 → 0 3 1 2): it alone moves.
    ['one heading moved up', [0, 3, 1, 2], [1, 1, 1, 1], [0, 2, 3]],
    // OP2 and OP3 swapped: tabled OP2 stays and OP3 moves before it, one move.
    ['two neighbours swapped', [0, 2, 1, 3], [1, 1, 1, 1], [0, 2, 3]],
    // A long paragraph weighs more than two short ones that would stay in its place.
    ['weight before length', [2, 0, 1], [5, 1, 1], [0]],
    ['nothing', [], [], []],
  ])('%s', (_, values, weights, expected) => {
    expect(keptIndices(heaviestRisingRun(values, weights))).toEqual(expected)
  })

  it('keeps the heaviest rising run, and the one its doc comment names among ties', () => {
    const input = fc.integer({ min: 0, max: 10 }).chain(n => fc.tuple(
      fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 1, max: 3 }), { minLength: n, maxLength: n })))
    fc.assert(fc.property(input, ([values, weights]) => {
      expect(keptIndices(heaviestRisingRun(values, weights))).toEqual(heaviestByTrial(values, weights))
    }), { numRuns: 500 })
  })
})
