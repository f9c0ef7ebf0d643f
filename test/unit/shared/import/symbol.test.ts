import { describe, expect, it } from 'vitest'
import { findSymbol } from '../../../../shared/import/symbol'

describe('findSymbol', () => {
  it.each([
    ['United Nations S/RES/2331 (2016)', 'S/RES/2331 (2016)'],
    ['A/HRC/S-4/L.1*', 'A/HRC/S-4/L.1'],
    ['A/C.3/78/L.12/Rev.1', 'A/C.3/78/L.12/Rev.1'],
    ['S/2017/1012', 'S/2017/1012'],
    ['E/CN.15/2017/L.4', 'E/CN.15/2017/L.4'],
    ['See S/2017/939.', null],
    ['and/or Desertification', null],
    ['A/RES', null]
  ])('%s', (line, symbol) => {
    expect(findSymbol(line)?.symbol ?? null).toBe(symbol)
  })
})
