import { describe, expect, it } from 'vitest'
import { dialogFilter, documentFilter, fileNameFrom, importFilter, withExtension } from '../../../../electron/shell/fileFilters'

describe('withExtension', () => {
  it.each([
    ['/d/draft.penholder', '/d/draft.penholder'],
    ['/d/Draft.PENHOLDER', '/d/Draft.PENHOLDER'],
    ['/d/draft.penholder.json', '/d/draft.penholder.json'],
    ['/d/Draft.PENHOLDER.JSON', '/d/Draft.PENHOLDER.JSON'],
    ['/d/draft', '/d/draft.penholder'],
    ['/d/draft.json', '/d/draft.penholder'],
    ['/d/v2.final', '/d/v2.final.penholder'],
    ['/d/.penholder', '/d/.penholder.penholder']
  ])('document %s → %s', (path, expected) => {
    expect(withExtension(path, documentFilter)).toBe(expected)
  })

  it.each([
    ['/d/2388.txt', '/d/2388.txt'],
    ['/d/2388.TXT', '/d/2388.TXT'],
    ['/d/2388', '/d/2388.txt']
  ])('import %s → %s', (path, expected) => {
    expect(withExtension(path, importFilter)).toBe(expected)
  })
})

describe('dialogFilter', () => {
  it.each([
    ['linux', ['penholder', 'penholder.json']],
    ['win32', ['penholder', 'penholder.json']],
    ['darwin', ['penholder', 'json']]
  ] as const)('on %s offers %j', (platform, extensions) => {
    expect(dialogFilter(documentFilter, platform).extensions).toEqual(extensions)
  })
})

describe('fileNameFrom', () => {
  it.each([
    ['Draft resolution 2025', 'Draft resolution 2025'],
    ['S/RES/2388 (2017)', 'S RES 2388 (2017)'],
    ['What? "Now": <a|b>', 'What Now a b'],
    ['..hidden', 'hidden'],
    ['   ', 'Untitled'],
    ['', 'Untitled']
  ])('%j → %j', (title, name) => {
    expect(fileNameFrom(title)).toBe(name)
  })
})
