import { describe, expect, it } from 'vitest'
import { placeDocument } from '../../../../electron/shell/documentPlacement'

describe('placeDocument', () => {
  // Windows 7 and 9 are blank (no file, no unsaved changes); 4 holds work.
  const blank = (id: number) => id === 7 || id === 9
  it.each([
    ['already open in 3', 3, 7, [7, 4], { kind: 'focus', windowId: 3 }],
    ['dropped on a blank window', null, 7, [4, 7], { kind: 'reuse', windowId: 7 }],
    ['dropped on a window with work, though another is blank', null, 4, [4, 7], { kind: 'new' }],
    ['the app in the background (Explorer, Finder): the blank start window', null, null, [7], { kind: 'reuse', windowId: 7 }],
    ['the app in the background: the most recently focused blank window', null, null, [4, 9, 7], { kind: 'reuse', windowId: 9 }],
    ['the app in the background, no blank window', null, null, [4], { kind: 'new' }],
    ['no window at all (macOS)', null, null, [], { kind: 'new' }]
  ] as const)('%s', (_case, showing, target, recent, placement) => {
    expect(placeDocument(showing, target, recent, blank)).toEqual(placement)
  })
})
