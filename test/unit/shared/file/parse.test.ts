import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseDocumentFile } from '../../../../shared/file/parse'
import { maxDocumentBytes } from '../../../../shared/file/decodeText'
import { serializeDocumentFile } from '../../../../shared/file/serialize'
import { createDocumentFile } from '../../../../shared/file/file'
import { saveVersion } from '../../../../shared/file/versions'
import { readResolution } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'

const doc = (urges: string) => `{ "type": "doc", "content": [
    { "type": "heading", "attrs": { "symbol": "S/2025/100", "sponsors": "Norway" } },
    { "type": "organ", "content": [{ "type": "text", "text": "The Security Council" }] },
    { "type": "preamble", "content": [
      { "type": "preambular_paragraph", "attrs": { "pid": "pp1" }, "content": [
        { "type": "text", "marks": [{ "type": "lead" }], "text": "Recalling" },
        { "type": "text", "text": " its resolution 2388 (2017)," }] }] },
    { "type": "operative_part", "content": [
      { "type": "operative_paragraph", "attrs": { "pid": "op1" }, "content": [
        { "type": "text", "marks": [{ "type": "lead" }], "text": "Urges" },
        { "type": "text", "text": " ${urges}" }] },
      { "type": "subparagraph", "attrs": { "pid": "op1a", "level": 1 }, "content": [
        { "type": "text", "text": "to prevent trafficking;" }] }] }] }`

/// A version 1 file as a person would write it by hand from the architecture notes.
const handWritten = `{
  "format": "penholder",
  "version": 1,
  "meta": { "created": "2025-03-12T09:30:00Z", "modified": "2025-03-13T17:05:00Z", "app": "penholder 0.1.0" },
  "base": ${doc('Member States to act;')},
  "versions": [
    { "name": "Zero draft", "author": "Norway", "at": "2025-03-12T09:30:00Z",
      "doc": ${doc('Member States to act;')} },
    { "name": "Rev.1", "author": "Norway", "at": "2025-03-13T17:05:00Z",
      "doc": ${doc('Member States to act swiftly;')} }
  ],
  "current": ${doc('all Member States to act swiftly;')}
}
`

describe('parseDocumentFile', () => {
  it('reads a hand-written version 1 file and says it was migrated', () => {
    const result = parseDocumentFile(handWritten, 'draft.penholder.json')
    if (!result.ok) throw new Error(result.error)
    expect(result.migratedFrom).toBe(1)
    const { file } = result
    expect(file.versions.map(v => [v.id, v.name, v.author, v.at])).toEqual([
      ['r1', 'Zero draft', 'Norway', '2025-03-12T09:30:00Z'],
      ['r2', 'Rev.1', 'Norway', '2025-03-13T17:05:00Z']
    ])
    expect(file.baseVersion).toBeNull()
    const current = readResolution(file.current)
    expect(current.meta).toMatchObject({ symbol: 'S/2025/100', sponsors: 'Norway', lang: 'en', date: '' })
    expect(current.paragraphs).toEqual([
      { kind: 'pp', text: 'Recalling its resolution 2388 (2017),', lead: 9, pid: 'pp1' },
      { kind: 'op', text: 'Urges all Member States to act swiftly;', lead: 5, pid: 'op1' },
      { kind: 'sub', text: 'to prevent trafficking;', lead: 0, level: 1, pid: 'op1a' }
    ])
    expect(file.base.eq(file.versions[0].doc)).toBe(true)
  })

  it('reads a migrated file back in the current format, unchanged', () => {
    const first = parseDocumentFile(handWritten, 'draft.penholder.json')
    if (!first.ok) throw new Error(first.error)
    const text = serializeDocumentFile(first.file)
    expect(text).toContain('"version": 3,')
    const second = parseDocumentFile(text, 'draft.penholder.json')
    expect(second.ok && second.migratedFrom === null && serializeDocumentFile(second.file)).toBe(text)
  })

  it('ignores a byte order mark, as Windows editors write one', () => {
    expect(parseDocumentFile('\ufeff' + handWritten, 'draft.penholder.json').ok).toBe(true)
  })

  const edit = (from: string, to: string, occurrence = 1) => {
    let at = -1
    for (let i = 0; i < occurrence; i++) at = handWritten.indexOf(from, at + 1)
    if (at < 0) throw new Error(`no ${from} to edit`)
    return handWritten.slice(0, at) + to + handWritten.slice(at + from.length)
  }

  it.each<[string, string, string, string, number?, number?]>([
    ['a resolution as plain text', 'resolution.txt', '\n\nThe Security Council,\n\nRecalling its resolution 2331 (2016),\n',
      'resolution.txt: line 3, column 1: not a Penholder document: expected JSON beginning with "{", found "The Security Council,"', 3, 1],
    ['an empty file', 'draft.penholder.json', ' \n', 'draft.penholder.json: empty, expected a Penholder document (JSON beginning with "{")'],
    ['broken JSON', 'draft.penholder.json', edit('"version": 1,', '"version": 1'),
      'draft.penholder.json: line 4, column 3: invalid JSON: expected "," or "}" after a property value, found the string "meta"', 4, 3],
    ['a file cut short', 'draft.penholder.json', handWritten.slice(0, 60),
      'draft.penholder.json: line 4, column 18: invalid JSON: unterminated string: found the end of the text', 4, 18],
    ['a package.json', 'package.json', '{\n  "name": "penholder",\n  "version": "0.1.0"\n}\n',
      'package.json: not a Penholder document: expected a JSON object with "format": "penholder", found no "format" field'],
    ['a JSON list', 'list.json', '[{ "format": "penholder" }]',
      'list.json: not a Penholder document: expected a JSON object with "format": "penholder", found an array'],
    ['another format name', 'draft.penholder.json', edit('"penholder",', '"penholder-draft",'),
      'draft.penholder.json: line 2, column 13: format: not a Penholder document: expected a JSON object with "format": "penholder", found "penholder-draft"', 2, 13],
    ['a newer format version', 'draft.penholder', edit('"version": 1', '"version": 4'),
      'draft.penholder: line 3, column 14: version: written by a newer Penholder: format version 4, this Penholder reads versions 1 to 3; update Penholder to open it', 3, 14],
    ['a missing field', 'draft.penholder.json', edit(', "app": "penholder 0.1.0"', ''),
      'draft.penholder.json: line 4, column 11: meta.app: missing, expected a string', 4, 11],
    ['an unknown node type', 'draft.penholder.json', edit('"subparagraph"', '"foo"', 3),
      'draft.penholder.json: line 45, column 7: versions[1].doc.content[3].content[1]: unknown node type "foo"', 45, 7],
    ['content a document cannot hold', 'draft.penholder.json', edit('"preambular_paragraph"', '"operative_paragraph"', 4),
      'draft.penholder.json: line 52, column 7: current.content[2].content[0]: operative_paragraph cannot stand here in preamble, expected preambular_paragraph', 52, 7],
    ['a paragraph id used twice', 'draft.penholder.json', edit('"pid": "op1a"', '"pid": "pp1"', 1),
      'draft.penholder.json: line 16, column 51: base.content[3].content[1].attrs.pid: OP1(a) has the same paragraph id "pp1" as PP1', 16, 51],
    ['a paragraph without its id', 'draft.penholder.json', edit('"attrs": { "pid": "op1" }, ', '', 2),
      'draft.penholder.json: line 28, column 7: versions[0].doc.content[3].content[0].attrs.pid: OP1 has no paragraph id, found null', 28, 7],
    ['a version named like the current text', 'draft.penholder.json', edit('"Rev.1"', '"current"'),
      'draft.penholder.json: line 33, column 15: versions[1].name: "current" is reserved (file#current always means the current document): choose another version name', 33, 15]
  ])('refuses %s', (_, fileName, text, error, line, column) => {
    const result = parseDocumentFile(text, fileName)
    expect(result).toEqual(line === undefined ? { ok: false, error } : { ok: false, error, line, column })
  })

  it('refuses a text too large to be a document without reading it', () => {
    expect(parseDocumentFile('{' + ' '.repeat(maxDocumentBytes), 'huge.penholder.json')).toEqual({
      ok: false, error: 'huge.penholder.json: 32.0 MB, larger than the 32.0 MB a Penholder document may be'
    })
  })

  const problem = (result: ReturnType<typeof parseDocumentFile>) => {
    if (result.ok) return null
    expect(result.error.startsWith('draft.penholder.json: ')).toBe(true)
    expect(result.error).not.toMatch(/[\n\r\u2028\u2029]/)
    return result.error
  }

  it('never throws on any text, and answers in one line', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), text => {
      problem(parseDocumentFile(text, 'draft.penholder.json'))
    }), { numRuns: 2000 })
  })

  /// A damaged file: a few characters cut, replaced or inserted anywhere in a real one.
  /// Whatever survives the damage and is accepted must also save and load again.
  it('never throws on a damaged file, and what it accepts it can write back', () => {
    let file = createDocumentFile(template2388(), { now: new Date('2025-03-12T09:30:00Z') })
    const saved = saveVersion(file, { name: 'Zero draft', author: 'Norway', now: new Date('2025-03-12T09:31:00Z') })
    if (!saved.ok) throw new Error(saved.error)
    file = saved.file
    const text = serializeDocumentFile(file)
    const piece = fc.constantFrom('"', '\\', ',', ':', '{', '}', '[', ']', '0', '-', 'x', ' ', '\n', 'null', '"type"', '"doc"', '"text"', '"pid"', '"level"', '\u2028')
    const damage = fc.array(fc.tuple(fc.nat(text.length), fc.nat(8), fc.array(piece, { maxLength: 2 })), { minLength: 1, maxLength: 4 })
    let accepted = 0
    fc.assert(fc.property(damage, edits => {
      const damaged = edits.reduce((s, [at, cut, insert]) => s.slice(0, at) + insert.join('') + s.slice(at + cut), text)
      const result = parseDocumentFile(damaged, 'draft.penholder.json')
      if (problem(result) !== null || !result.ok) return
      accepted++
      const again = parseDocumentFile(serializeDocumentFile(result.file), 'draft.penholder.json')
      expect(again.ok && serializeDocumentFile(again.file)).toBe(serializeDocumentFile(result.file))
    }), { numRuns: 300 })
    expect(accepted).toBeGreaterThan(0)
  })
})
