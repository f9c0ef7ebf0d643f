import { describe, expect, it } from 'vitest'
import { ordinal, ordinalValue } from '../../../../shared/amend/ordinals'

describe('ordinal', () => {
  it.each([
    [1, 'first', 'premier'], [2, 'second', 'deuxième'], [3, 'third', 'troisième'], [5, 'fifth', 'cinquième'],
    [9, 'ninth', 'neuvième'], [11, 'eleventh', 'onzième'], [20, 'twentieth', 'vingtième'], [21, 'twenty-first', 'vingt et unième'],
    [24, 'twenty-fourth', 'vingt-quatrième'], [71, 'seventy-first', 'soixante et onzième'], [80, 'eightieth', 'quatre-vingtième'],
    [99, 'ninety-ninth', 'quatre-vingt-dix-neuvième'], [101, 'hundred and first', 'cent unième']
  ])('names %i in English and French, and reads both back', (n, en, fr) => {
    expect([ordinal(n, 'en'), ordinal(n, 'fr')]).toEqual([en, fr])
    expect([ordinalValue(en), ordinalValue(fr)]).toEqual([n, n])
  })

  it.each([['3rd', 3], ['24th', 24], ['3e', 3], ['Première', 1], ['paragraph', null]])('reads %s as %s', (word, n) => {
    expect(ordinalValue(word)).toBe(n)
  })
})
