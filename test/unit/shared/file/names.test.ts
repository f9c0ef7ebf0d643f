import { describe, expect, it } from 'vitest'
import { authorProblem, documentFileName, exportFileName, isDocumentFileName, versionNameProblem } from '../../../../shared/file/names'

describe('versionNameProblem', () => {
  const others = ['Zero draft', 'Rev.1']
  it.each<[string, string | null]>([
    ['Rev.2', null],
    ['Rev.1 (after informal consultations of 12 March)', null],
    ['Révision 2 — #2', null],
    ['', 'the version name is empty'],
    ['   ', 'the version name is empty'],
    ['x'.repeat(201), 'the version name is longer than 200 characters'],
    ['Rev.2\nsecond line', 'the version name "Rev.2\\nsecond line" is not a single line of text'],
    ['Rev.2\t', 'the version name "Rev.2\\t" is not a single line of text'],
    [' Rev.2', 'the version name " Rev.2" begins or ends with spaces'],
    ['base', '"base" is reserved (file#base always means the base document): choose another version name'],
    ['Current', '"Current" is reserved (file#current always means the current document): choose another version name'],
    ['Rev.1', 'a version named "Rev.1" already exists'],
    ['rev.1', 'a version named "Rev.1" already exists'],
    ['ZERO DRAFT', 'a version named "Zero draft" already exists']
  ])('%j → %s', (name, problem) => {
    expect(versionNameProblem(name, others)).toBe(problem)
  })
})

describe('authorProblem', () => {
  it.each<[string, string | null]>([
    ['Mission of Norway', null],
    ['', 'the author is empty'],
    ['Ana\u2028Lima', 'the author "Ana\\u2028Lima" is not a single line of text'],
    ['Ana ', 'the author "Ana " begins or ends with spaces']
  ])('%j → %s', (author, problem) => {
    expect(authorProblem(author)).toBe(problem)
  })
})

describe('document file names', () => {
  it.each([
    ['Follow-up to resolution 2388 (2017)', 'Follow-up to resolution 2388 (2017).penholder'],
    ['Trafficking: zero draft / Rev.1', 'Trafficking zero draft Rev.1.penholder'],
    ['  ', 'Draft resolution.penholder'],
    [undefined, 'Draft resolution.penholder']
  ])('suggests a name for the title %j: %s', (title, name) => {
    expect(documentFileName(title)).toBe(name)
  })

  it.each([
    ['draft.penholder', true], ['/home/ana/Drafts/2388.penholder.json', true], ['draft.json', false], ['resolution.txt', false], ['draft.penholder.txt', false]
  ])('tells %s is a document by its suffix: %s', (name, is) => {
    expect(isDocumentFileName(name)).toBe(is)
  })

  it.each([
    ['2388.penholder', '.txt', '2388.txt'], ['2388.penholder.json', '.docx', '2388.docx'], ['2388 notes', '.txt', '2388 notes.txt']
  ])('names the export of %s as %s: %s', (name, extension, exported) => {
    expect(exportFileName(name, extension)).toBe(exported)
  })
})
