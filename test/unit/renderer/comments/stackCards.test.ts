import { describe, expect, it } from 'vitest'
import { stackCards } from '../../../../renderer/comments/stackCards'

describe('cards of the margin stacked without overlap', () => {
  it.each([
    ['far apart: each level with its words', [{ wanted: 100, height: 60 }, { wanted: 400, height: 60 }], [100, 400]],
    ['two on one paragraph: the second below the first', [{ wanted: 100, height: 60 }, { wanted: 100, height: 80 }], [100, 168]],
    ['a crowd pushes the next one down, a gap after it frees the one after', [{ wanted: 0, height: 100 }, { wanted: 50, height: 100 }, { wanted: 120, height: 20 }, { wanted: 500, height: 10 }], [0, 108, 216, 500]],
    ['none', [], []]
  ])('%s', (_, cards, tops) => {
    expect(stackCards(cards, 8)).toEqual(tops)
  })
})
