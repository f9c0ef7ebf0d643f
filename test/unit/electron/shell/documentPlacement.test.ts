import { describe, expect, it } from 'vitest'
import { placeDocument } from '../../../../electron/shell/documentPlacement'

describe('placeDocument', () => {
  const blank = (id: number) => id === 7
  it.each([
    ['already open in 3', 3, 7, { kind: 'focus', windowId: 3 }],
    ['dropped on a blank window', null, 7, { kind: 'reuse', windowId: 7 }],
    ['dropped on a window with work', null, 4, { kind: 'new' }],
    ['no window in front', null, null, { kind: 'new' }]
  ] as const)('%s', (_case, showing, preferred, placement) => {
    expect(placeDocument(showing, preferred, blank)).toEqual(placement)
  })
})
