import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../../../electron/ipc/sender'

describe('isTrustedSender', () => {
  const top = null
  const someFrame = { url: 'penholder://app/index.html', parent: null }
  it.each([
    ['the app page, top frame', { url: 'penholder://app/index.html', parent: top }, true],
    ['the app page after a hash change', { url: 'penholder://app/index.html#draft', parent: top }, true],
    ['a sub-frame of the app', { url: 'penholder://app/frame.html', parent: someFrame }, false],
    ['a web page', { url: 'https://example.org/', parent: top }, false],
    ['a local file', { url: 'file:///home/ana/evil.html', parent: top }, false],
    ['the dev server', { url: 'http://localhost:5173/', parent: top }, false],
    ['about:blank', { url: 'about:blank', parent: top }, false]
  ])('%s → %s', (_case, frame, trusted) => {
    expect(isTrustedSender({ senderFrame: frame })).toBe(trusted)
  })

  it('refuses a frame that is gone', () => {
    expect(isTrustedSender({ senderFrame: null })).toBe(false)
  })
})
