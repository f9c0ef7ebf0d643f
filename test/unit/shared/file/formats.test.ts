import { describe, expect, it } from 'vitest'
import { readFileData } from '../../../../shared/file/formats'
import { buildResolution, completeMeta, type ParagraphDraft } from '../../../../shared/schema'

const draft = (...ops: string[]) => buildResolution({
  meta: completeMeta({ symbol: 'S/2025/100', sponsors: 'Norway' }),
  organ: 'The Security Council',
  paragraphs: [
    { kind: 'pp', text: 'Recalling its resolution 2388 (2017),', lead: 9, pid: 'pp1' },
    ...ops.map((text, i): ParagraphDraft => ({ kind: 'op', text, lead: text.indexOf(' '), pid: `op${i + 1}` }))
  ]
}).toJSON()

const zero = draft('Urges Member States to act;', 'Decides to remain seized of the matter.')
const rev1 = draft('Urges Member States to act swiftly;', 'Decides to remain seized of the matter.')
const meta = { created: '2025-03-12T09:30:00.000Z', modified: '2025-03-13T17:05:00+01:00', app: 'penholder 0.1.0' }

type FileJSON = Record<string, any>

const v2 = (): FileJSON => ({
  format: 'penholder',
  version: 2,
  meta: { ...meta, title: 'Trafficking' },
  base: zero,
  baseVersion: 'k2',
  versions: [
    { id: 'k1', name: 'Zero draft', author: 'Norway', at: '2025-03-12T09:30:00.000Z', doc: zero },
    { id: 'k2', name: 'Rev.1', author: 'Norway', at: '2025-03-13T17:05:00.000Z', doc: rev1 }
  ],
  current: rev1
})

const v1 = (): FileJSON => {
  const { baseVersion: _, ...file } = v2()
  return { ...file, version: 1, versions: file.versions.map(({ id: _, ...version }: FileJSON) => version) }
}

const changed = (file: FileJSON, edit: (file: FileJSON) => void): FileJSON => {
  const copy = structuredClone(file)
  edit(copy)
  return copy
}

describe('readFileData', () => {
  it('reads a file of the current format as it is', () => {
    const result = readFileData(v2())
    if (!result.ok) throw new Error(result.problem.message)
    expect(result.migratedFrom).toBeNull()
    expect(result.file.meta).toEqual({ ...meta, title: 'Trafficking' })
    expect(result.file.baseVersion).toBe('k2')
    expect(result.file.versions.map(v => [v.id, v.name, v.author, v.at])).toEqual([
      ['k1', 'Zero draft', 'Norway', '2025-03-12T09:30:00.000Z'],
      ['k2', 'Rev.1', 'Norway', '2025-03-13T17:05:00.000Z']
    ])
    expect(result.file.current.toJSON()).toEqual(rev1)
    expect(result.file.base.toJSON()).toEqual(zero)
  })

  it('brings format version 1 up to 2: ids by position, base of unknown origin', () => {
    const result = readFileData(v1())
    if (!result.ok) throw new Error(result.problem.message)
    expect(result.migratedFrom).toBe(1)
    expect(result.file.baseVersion).toBeNull()
    expect(result.file.versions.map(v => [v.id, v.name])).toEqual([['r1', 'Zero draft'], ['r2', 'Rev.1']])
    expect(result.file.versions[1].doc.toJSON()).toEqual(rev1)
    expect(Object.keys(result.file).sort()).toEqual(['base', 'baseVersion', 'current', 'meta', 'versions'])
  })

  it.each<[string, unknown, Array<string | number>, string]>([
    ['an array', [1, 2], [], 'not a Penholder document: expected a JSON object with "format": "penholder", found an array'],
    ['a package.json', { name: 'penholder', version: '0.1.0', type: 'module' }, [],
      'not a Penholder document: expected a JSON object with "format": "penholder", found no "format" field'],
    ['another format', changed(v2(), f => { f.format = 'prosemirror' }), ['format'],
      'not a Penholder document: expected a JSON object with "format": "penholder", found "prosemirror"'],
    ['no version', changed(v2(), f => { delete f.version }), ['version'], 'missing, expected the format version (a whole number)'],
    ['a version in quotes', changed(v2(), f => { f.version = '2' }), ['version'], 'expected the format version (a whole number from 1), found "2"'],
    ['version 0', changed(v2(), f => { f.version = 0 }), ['version'], 'expected the format version (a whole number from 1), found 0'],
    ['a newer version', changed(v2(), f => { f.version = 3 }), ['version'],
      'written by a newer Penholder: format version 3, this Penholder reads versions 1 to 2; update Penholder to open it'],
    ['no meta', changed(v2(), f => { delete f.meta }), ['meta'], 'missing, expected an object'],
    ['a time that is not ISO 8601', changed(v2(), f => { f.meta.created = '12 March 2025' }), ['meta', 'created'],
      'expected a date and time such as "2017-11-21T15:04:05Z", found "12 March 2025"'],
    ['an app that is not text', changed(v2(), f => { f.meta.app = 1 }), ['meta', 'app'], 'expected a string, found 1'],
    ['an unknown field at the top', changed(v2(), f => { f.comments = [] }), ['comments'], 'unknown field "comments"'],
    ['an unknown field in meta', changed(v2(), f => { f.meta.symbol = 'S/2025/100' }), ['meta', 'symbol'], 'unknown field "symbol"'],
    ['versions that are not a list', changed(v2(), f => { f.versions = {} }), ['versions'], 'expected an array, found an object'],
    ['a version without its document', changed(v2(), f => { delete f.versions[0].doc }), ['versions', 0, 'doc'], 'missing, expected a document ({"type": "doc", …})'],
    ['a version without a time', changed(v2(), f => { delete f.versions[1].at }), ['versions', 1, 'at'], 'missing, expected a string'],
    ['an unknown node type in a version', changed(v2(), f => { f.versions[1].doc = draft('Urges;'); f.versions[1].doc.content[3].content[0].type = 'foo' }),
      ['versions', 1, 'doc', 'content', 3, 'content', 0], 'unknown node type "foo"'],
    ['a paragraph id used twice in the current text', changed(v2(), f => { f.current = draft('Urges;', 'Decides;'); f.current.content[3].content[1].attrs.pid = 'op1' }),
      ['current', 'content', 3, 'content', 1, 'attrs', 'pid'], 'OP2 has the same paragraph id "op1" as OP1'],
    ['an empty version id', changed(v2(), f => { f.versions[0].id = '' }), ['versions', 0, 'id'], 'must not be empty'],
    ['a version id used twice', changed(v2(), f => { f.versions[1].id = 'k1' }), ['versions', 1, 'id'], 'id "k1" is already the id of versions[0]'],
    ['two versions of one name', changed(v2(), f => { f.versions[1].name = 'zero draft' }), ['versions', 1, 'name'], 'a version named "Zero draft" already exists'],
    ['a version called base', changed(v2(), f => { f.versions[0].name = 'base' }), ['versions', 0, 'name'],
      '"base" is reserved (file#base always means the base document): choose another version name'],
    ['a version without an author', changed(v2(), f => { f.versions[0].author = ' ' }), ['versions', 0, 'author'], 'the author is empty'],
    ['a base set from a version that is not there', changed(v2(), f => { f.baseVersion = 'k9' }), ['baseVersion'], 'no version has the id "k9"'],
    ['a base version that is not an id', changed(v2(), f => { f.baseVersion = 2 }), ['baseVersion'], 'expected a string, found 2'],
    ['version ids in a version 1 file', changed(v1(), f => { f.versions[0].id = 'k1' }), ['versions', 0, 'id'], 'unknown field "id"'],
    ['a base version in a version 1 file', changed(v1(), f => { f.baseVersion = null }), ['baseVersion'], 'unknown field "baseVersion"']
  ])('refuses %s', (_, data, path, message) => {
    expect(readFileData(data)).toEqual({ ok: false, problem: { path, message } })
  })
})
