import { describe, expect, it } from 'vitest'
import { documentExtensions, isDocumentName } from '../../../../electron/services/documentNames'

describe('documentExtensions', () => {
  it('saves as .penholder, which Windows and macOS can associate, and still knows .penholder.json', () => {
    expect(documentExtensions).toEqual(['.penholder', '.penholder.json'])
  })
})

describe('isDocumentName', () => {
  it.each([
    ['2388.penholder', true],
    ['2388.penholder.json', true],
    ['S-RES-2388.PENHOLDER', true],
    ['/home/ana/Drafts/draft 2.penholder', true],
    ['file:///home/ana/draft.penholder.json', true],
    ['C:\\Drafts\\draft.Penholder.Json', true],
    ['2388.json', false],
    ['2388.penholder.txt', false],
    ['notes.txt', false],
    ['.penholder', false],
    ['/srv/.penholder', false],
    ['C:\\Drafts\\.penholder.json', false]
  ])('%s → %s', (name, expected) => {
    expect(isDocumentName(name)).toBe(expected)
  })
})
