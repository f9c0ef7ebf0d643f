import { describe, expect, it } from 'vitest'
import { readMarker, letterIndex, romanValue, SubparagraphLevels, type Marker } from '../../../../shared/import/markers'

describe('readMarker', () => {
  it.each([
    ['1.\u00a0 \u00a0 Reaffirms its condemnation', { kind: 'op', number: 1, length: 6 }],
    ['35.\tDecides to remain', { kind: 'op', number: 35, length: 4 }],
    ['(a)\tTo prevent', { kind: 'sub', token: 'a', style: 'paren', length: 4 }],
    ['(iv) To report', { kind: 'sub', token: 'iv', style: 'paren', length: 5 }],
    ['b) De prévenir', { kind: 'sub', token: 'b', style: 'close', length: 3 }],
    ['ii.\tAnnually', { kind: 'sub', token: 'ii', style: 'dot', length: 4 }],
    ['2017 was a year', null],
    ['1.5 per cent', null],
    ['Recalling resolution 2331 (2016),', null]
  ])('%j', (text, marker) => {
    expect(readMarker(text)).toEqual(marker)
  })
})

describe('letterIndex and romanValue', () => {
  it.each([['a', 1, null], ['i', 9, 1], ['v', 22, 5], ['aa', 27, null], ['iv', null, 4], ['xiv', null, 14], ['ab', null, null], ['iiii', null, null]])(
    '%s', (token, letter, roman) => {
      expect([letterIndex(token), romanValue(token)]).toEqual([letter, roman])
    })
})

describe('SubparagraphLevels', () => {
  const run = (items: Array<[string, boolean]>) => {
    const levels = new SubparagraphLevels()
    return items.map(([text, afterColon]) => levels.levelOf(readMarker(text) as Extract<Marker, { kind: 'sub' }>, afterColon))
  }
  it('reads (h) then (i) as the ninth letter', () => {
    const letters = 'abcdefghi'.split('').map(l => [`(${l}) x`, false] as [string, boolean])
    expect(run(letters)).toEqual(Array(9).fill(1))
  })
  it('reads (i) after a lead-in with a colon as the first roman numeral', () => {
    expect(run([['(a) x', false], ['(b) x', false], ['(c) x', false], ['(d) x', false], ['(e) x', false], ['(f) x', false], ['(g) x', false], ['(h) x', true], ['(i) x', true], ['(ii) x', false], ['(i) x', false]]))
      .toEqual([1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 1])
  })
  it('nests a. and i. only inside a level-2 list', () => {
    expect(run([['a. x', false]])).toEqual([null])
    expect(run([['(a) x', true], ['(i) x', true], ['a. x', true], ['i. x', false], ['ii. x', false], ['b. x', false], ['(ii) x', false], ['(b) x', false]]))
      .toEqual([1, 2, 3, 4, 4, 3, 2, 1])
  })
})
