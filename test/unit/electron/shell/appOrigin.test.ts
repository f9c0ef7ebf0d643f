import { describe, expect, it } from 'vitest'
import { appEntryUrl, isAppUrl } from '../../../../electron/shell/appOrigin'

describe('isAppUrl', () => {
  it.each([
    [appEntryUrl, true],
    ['penholder://app/assets/index-3f2a.js', true],
    ['penholder://app/', true],
    ['penholder://other/index.html', false],
    ['penholder://user:secret@app/index.html', false],
    ['file:///tmp/index.html', false],
    ['https://app/index.html', false],
    ['http://localhost:5173/', false],
    ['about:blank', false],
    ['not a url', false],
    ['', false]
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected)
  })
})
