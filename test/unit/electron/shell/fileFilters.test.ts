import { describe, expect, it } from 'vitest'
import { dialogFilter, documentFilter, fileNameFrom, importFilter, withExtension } from '../../../../electron/shell/fileFilters'

describe('withExtension', () => {
  it.each([
    ['/d/draft.penholder.json', '/d/draft.penholder.json'],
    ['/d/Draft.PENHOLDER.JSON', '/d/Draft.PENHOLDER.JSON'],
    ['/d/draft', '/d/draft.penholder.json'],
    ['/d/draft.json', '/d/draft.penholder.json'],
    ['/d/v2.final', '/d/v2.final.penholder.json'],
    ['/d/.penholder.json', '/d/.penholder.penholder.json']
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
    ['linux', ['penholder.json']],
    ['win32', ['penholder.json']],
    ['darwin', ['json']]
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
