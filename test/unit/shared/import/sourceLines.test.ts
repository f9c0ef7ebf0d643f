import { describe, expect, it } from 'vitest'
import { sourceLines } from '../../../../shared/import/sourceLines'

describe('sourceLines', () => {
  it.each([
    ['a\r\nb', ['a', 'b']],
    ['a\rb\fc', ['a', 'b', 'c']],
    ['\uFEFFThe Security Council,  \t', ['The Security Council,']],
    ['1.\u00a0 \u00a0 Reaffirms\u00a0', ['1.\u00a0 \u00a0 Reaffirms']],
    ['x\u0000y\u0007z', ['xyz']],
    ['con\uFB02ict \uFB01nancial \uFB00 \uFB03 \uFB04 \uFB05 \uFB06', ['conflict financial ff ffi ffl st st']],
    ['traf\u00ADfick\u00ADing inter\u00AD  \ncooperation', ['trafficking inter\u00AD', 'cooperation']],
    ['a ref\uFFFC mark', ['a ref mark']],
    [' '.repeat(64_000) + '1. Decides', [' '.repeat(64_000) + '1. Decides']]
  ])('%j', (text, lines) => {
    expect(sourceLines(text).map(l => l.text)).toEqual(lines)
  })
  it('numbers lines from 1 as the original does', () => {
    expect(sourceLines('a\n\nb').map(l => l.line)).toEqual([1, 2, 3])
  })
})
