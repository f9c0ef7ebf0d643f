import { describe, expect, it } from 'vitest'
import { readFileData } from '../../../../shared/file/formats'
import { buildResolution, completeMeta, type ParagraphDraft } from '../../../../shared/schema'
import { annexFootnotesDraft, romanFirstListDraft } from '../../../support/structuredDrafts'

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

const comments = [
  { id: 'c1', author: 'France', date: '2025-03-13T10:00:00Z', text: 'Too weak: "act decisively"?', pid: 'op1', from: 21, to: 34 },
  { id: 'c2', author: 'Norway', date: null, text: 'Agreed ad ref.', pid: 'op1', from: 21, to: 34, replyTo: 'c1', resolved: true }
]

const v3 = (): FileJSON => ({ ...v2(), version: 3, comments })

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
    const result = readFileData(v3())
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
    expect(result.file.comments).toEqual(comments)
  })

  it.each([
    ['a count of accepted amendments', { baseAccepted: 2 }, 2],
    ['no count, as the first files of version 3 were written', {}, 0]
  ])('reads a version 3 base with %s', (_, extra, accepted) => {
    const result = readFileData({ ...v3(), ...extra })
    if (!result.ok) throw new Error(result.problem.message)
    expect([result.file.baseVersion, result.file.baseAccepted]).toEqual(['k2', accepted])
  })

  it('brings format version 2 up to 3: no comments, the documents as they were', () => {
    const result = readFileData(v2())
    if (!result.ok) throw new Error(result.problem.message)
    expect(result.migratedFrom).toBe(2)
    expect(result.file.comments).toEqual([])
    expect(result.file.baseAccepted).toBe(0)
    expect(result.file.current.toJSON()).toEqual(rev1)
  })

  it('reads annexes, sections, footnotes, list styles and a start in version 3', () => {
    const result = readFileData({ ...v3(), current: buildResolution({ ...annexFootnotesDraft, start: 4, sections: [{ number: 'I', text: 'Endorsement', at: 2 }] }).toJSON() })
    if (!result.ok) throw new Error(result.problem.message)
    expect(result.file.current.childCount).toBe(5)
  })

  it('brings format version 1 up to the current one: ids by position, base of unknown origin', () => {
    const result = readFileData(v1())
    if (!result.ok) throw new Error(result.problem.message)
    expect(result.migratedFrom).toBe(1)
    expect(result.file.baseVersion).toBeNull()
    expect(result.file.versions.map(v => [v.id, v.name])).toEqual([['r1', 'Zero draft'], ['r2', 'Rev.1']])
    expect(result.file.versions[1].doc.toJSON()).toEqual(rev1)
    expect(Object.keys(result.file).sort()).toEqual(['base', 'baseAccepted', 'baseDeleted', 'baseVersion', 'comments', 'current', 'meta', 'versions'])
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
    ['a newer version', changed(v2(), f => { f.version = 4 }), ['version'],
      'written by a newer Penholder: format version 4, this Penholder reads versions 1 to 3; update Penholder to open it'],
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
    ['a base version in a version 1 file', changed(v1(), f => { f.baseVersion = null }), ['baseVersion'], 'unknown field "baseVersion"'],
    ['footnotes and an annex in a version 2 file, the first in reading order', changed(v2(), f => { f.current = buildResolution(annexFootnotesDraft).toJSON() }),
      ['current', 'content', 2, 'content', 0, 'content', 2],
      'footnotes came with format version 3; a file of format version 2 cannot hold them'],
    ['a list style in a version 1 file', changed(v1(), f => { f.base = buildResolution(romanFirstListDraft).toJSON() }), ['base', 'content', 3, 'content', 1, 'attrs', 'listStyle'],
      'list styles came with format version 3; a file of format version 1 cannot hold them'],
    ['an operative part starting at 8 in a version 2 file', changed(v2(), f => { f.base.content[3].attrs = { start: 8 } }), ['base', 'content', 3, 'attrs', 'start'],
      'operative parts that start after 1 came with format version 3; a file of format version 2 cannot hold them'],
    ['a vote in a version 2 file', changed(v2(), f => { f.base.content[0].attrs.vote = '15-0-0' }), ['base', 'content', 0, 'attrs', 'vote'],
      'the vote field of the heading came with format version 3; a file of format version 2 cannot hold them'],
    ['a negative count of accepted amendments', changed(v3(), f => { f.baseAccepted = -1 }), ['baseAccepted'], 'expected a whole number from 0, found -1'],
    ['a fractional count of accepted amendments', changed(v3(), f => { f.baseAccepted = 1.5 }), ['baseAccepted'], 'expected a whole number, found 1.5'],
    ['a count of accepted amendments in a version 2 file', changed(v2(), f => { f.baseAccepted = 1 }), ['baseAccepted'], 'unknown field "baseAccepted"'],
    ['a deleted base version beside a base version', changed(v3(), f => { f.baseDeleted = { id: 'gone', name: 'Rev.0' }; f.baseVersion = f.versions[0].id }), ['baseDeleted'],
      'a base set from a saved version cannot also come from a deleted one ("baseVersion" is not null)'],
    ['a deleted base version that the file still has', changed(v3(), f => { f.baseVersion = null; f.baseDeleted = { id: f.versions[0].id, name: 'Rev.0' } }), ['baseDeleted', 'id'],
      `the version with the id "${v3().versions[0].id}" is not deleted`],
    ['a deleted base version without its name', changed(v3(), f => { f.baseVersion = null; f.baseDeleted = { id: 'gone' } }), ['baseDeleted', 'name'], 'missing, expected a string'],
    ['a version 3 file without comments', changed(v3(), f => { delete f.comments }), ['comments'], 'missing, expected an array'],
    ['a comment without its paragraph', changed(v3(), f => { delete f.comments[0].pid }), ['comments', 0, 'pid'], 'missing, expected a string'],
    ['a comment whose range ends before it starts', changed(v3(), f => { f.comments[0].to = 3 }), ['comments', 0, 'to'],
      'the comment\'s range ends before it starts ("to" is less than "from")'],
    ['a comment at a fractional offset', changed(v3(), f => { f.comments[0].from = 2.5 }), ['comments', 0, 'from'], 'expected a whole number, found 2.5'],
    ['a comment id used twice', changed(v3(), f => { f.comments[1].id = 'c1' }), ['comments', 1, 'id'], 'id "c1" is already the id of comments[0]'],
    ['a reply to no comment', changed(v3(), f => { f.comments[1].replyTo = 'c9' }), ['comments', 1, 'replyTo'], 'no comment has the id "c9"'],
    ['an unknown field in a comment', changed(v3(), f => { f.comments[0].color = 'red' }), ['comments', 0, 'color'], 'unknown field "color"']
  ])('refuses %s', (_, data, path, message) => {
    expect(readFileData(data)).toEqual({ ok: false, problem: { path, message } })
  })
})
