import { describe, expect, it } from 'vitest'
import { sourceLines } from '../../../../shared/import/sourceLines'

describe('sourceLines', () => {
  it.each([
    ['a\r\nb', ['a', 'b']],
    ['a\rb\fc', ['a', 'b', 'c']],
    ['\uFEFFThe Security Council,  \t', ['The Security Council,']],
    ['1.\u00a0 \u00a0 Reaffirms\u00a0', ['1.\u00a0 \u00a0 Reaffirms']],
    ['x\u0000y\u0007z', ['xyz']]
  ])('%j', (text, lines) => {
    expect(sourceLines(text).map(l => l.text)).toEqual(lines)
  })
  it('numbers lines from 1 as the original does', () => {
    expect(sourceLines('a\n\nb').map(l => l.line)).toEqual([1, 2, 3])
  })
})
