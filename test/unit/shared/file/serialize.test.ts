import { describe, expect, it } from 'vitest'
import type { Node } from 'prosemirror-model'
import { serializeDocumentFile } from '../../../../shared/file/serialize'
import { parseDocumentFile } from '../../../../shared/file/parse'
import { createDocumentFile, type PenholderFile } from '../../../../shared/file/file'
import { saveVersion, setBase, updateComments, updateCurrent } from '../../../../shared/file/versions'
import { buildResolution, readResolution } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'
import { annexFootnotesDraft } from '../../../support/structuredDrafts'
import { generatedStructuredResolution } from '../../../support/generatedResolutions'
import fc from 'fast-check'

const at = (minute: number) => new Date(Date.UTC(2025, 2, 12, 9, minute))

/// The template with OP4 reworded and a new OP after it, as a drafter would leave it.
function amended(doc: Node): Node {
  const draft = readResolution(doc)
  const paragraphs = draft.paragraphs.flatMap(p => p.pid === 't2388-op04'
    ? [{ ...p, text: p.text.replace('legislation', 'legislation and policies') }, { kind: 'op' as const, text: 'Requests the Secretary-General to report;', lead: 8, pid: 'new-op' }]
    : [p])
  return buildResolution({ ...draft, paragraphs })
}

function ok<T>(result: { ok: true, file: T } | { ok: false, error: string }): T {
  if (!result.ok) throw new Error(result.error)
  return result.file
}

/// A file with all its parts in use: a title, two versions, a base set from one of them,
/// comments on the current text.
function workedFile(): PenholderFile {
  let file = createDocumentFile(template2388(), { now: at(0), title: 'Trafficking in persons: follow-up' })
  file = ok(saveVersion(file, { name: 'Zero draft', author: 'Norway', now: at(1) }))
  file = updateCurrent(file, amended(template2388()), { now: at(2) })
  file = ok(saveVersion(file, { name: 'Rev.1', author: 'Norway', now: at(3) }))
  file = ok(setBase(file, file.versions[1].id, { now: at(4) }))
  return updateComments(file, [
    { id: 'c1', author: 'France', date: '2025-03-12T09:05:00.000Z', text: 'And practices?', pid: 't2388-op04', from: 40, to: 64 },
    { id: 'c2', author: 'Norway', date: null, text: 'Agreed.', pid: 't2388-op04', from: 40, to: 64, replyTo: 'c1', resolved: true }
  ], { now: at(4) })
}

/// A new file from a text with annexes, sections, footnotes, a list style and a start.
const structuredFile = () => createDocumentFile(buildResolution({ ...annexFootnotesDraft, start: 3, sections: [{ number: 'A', text: 'Endorsement', at: 2 }] }), { now: at(0) })

describe('serializeDocumentFile', () => {
  it.each([
    ['a new file from the 2388 template', () => createDocumentFile(template2388(), { now: at(0) })],
    ['a worked file', workedFile],
    ['a file whose text has an annex, sections and footnotes', structuredFile]
  ])('writes %s so that it reads back equal', (_, make) => {
    const file = make()
    const text = serializeDocumentFile(file)
    const result = parseDocumentFile(text, 'draft.penholder.json')
    if (!result.ok) throw new Error(result.error)
    expect(result.migratedFrom).toBeNull()
    const back = result.file
    expect(back.meta).toEqual(file.meta)
    expect([back.baseVersion, back.baseAccepted]).toEqual([file.baseVersion, file.baseAccepted])
    expect(back.base.eq(file.base) && back.current.eq(file.current)).toBe(true)
    expect(back.versions.map(({ doc, ...v }) => v)).toEqual(file.versions.map(({ doc, ...v }) => v))
    expect(back.versions.every((v, i) => v.doc.eq(file.versions[i].doc))).toBe(true)
    expect(back.comments).toEqual(file.comments)
    expect(serializeDocumentFile(back)).toBe(text)
  })

  it('writes pretty JSON, fields in a fixed order, with a final newline', () => {
    const text = serializeDocumentFile(workedFile())
    expect(text.startsWith('{\n  "format": "penholder",\n  "version": 3,\n  "meta": {\n    "created": "2025-03-12T09:00:00.000Z",\n')).toBe(true)
    expect(text.endsWith('\n}\n')).toBe(true)
    const json = JSON.parse(text)
    expect(Object.keys(json)).toEqual(['format', 'version', 'meta', 'base', 'baseVersion', 'baseAccepted', 'versions', 'current', 'comments'])
    expect(Object.keys(json.comments[1])).toEqual(['id', 'author', 'date', 'text', 'pid', 'from', 'to', 'replyTo', 'resolved'])
    expect(json.meta).toEqual({ created: '2025-03-12T09:00:00.000Z', modified: '2025-03-12T09:04:00.000Z', app: 'penholder 0.1.0', title: 'Trafficking in persons: follow-up' })
    expect(Object.keys(json.versions[0])).toEqual(['id', 'name', 'author', 'at', 'doc'])
    expect(text).toBe(JSON.stringify(json, null, 2) + '\n')
  })

  it('writes the same bytes for the same content, however it was reached', () => {
    const one = createDocumentFile(template2388(), { now: at(0) })
    const other = createDocumentFile(buildResolution(readResolution(template2388())), { now: at(0) })
    expect(serializeDocumentFile(other)).toBe(serializeDocumentFile(one))
  })

  it('leaves out a title that was never given', () => {
    expect(JSON.parse(serializeDocumentFile(createDocumentFile(template2388(), { now: at(0) }))).meta).not.toHaveProperty('title')
  })

  it.each<[string, () => PenholderFile, string]>([
    ['a document whose paragraph ids collide', () => {
      const file = createDocumentFile(template2388(), { now: at(0) })
      const operative = file.current.child(3)
      const pasted = file.current.copy(file.current.content.replaceChild(3, operative.copy(operative.content.addToEnd(operative.child(0)))))
      return { ...file, current: pasted }
    }, 'Refusing to write an invalid document file: current.content[3].content[35].attrs.pid: OP36 has the same paragraph id "t2388-op01" as OP1'],
    ['two versions of one name', () => {
      const file = workedFile()
      return { ...file, versions: [file.versions[0], { ...file.versions[1], name: 'Zero draft' }] }
    }, 'Refusing to write an invalid document file: versions[1].name: a version named "Zero draft" already exists'],
    ['a base from a version that is not there', () => ({ ...workedFile(), baseVersion: 'gone' }),
      'Refusing to write an invalid document file: baseVersion: no version has the id "gone"'],
    ['a reply to a comment that is not there', () => updateComments(workedFile(), workedFile().comments.slice(1)),
      'Refusing to write an invalid document file: comments[0].replyTo: no comment has the id "c1"']
  ])('refuses to write %s, a file that could not be opened again', (_, make, message) => {
    const file = make()
    expect(() => serializeDocumentFile(file)).toThrow(new RangeError(message))
  })
})

describe('a file of any structured text', () => {
  it('reads back equal: annexes, sections, footnotes, list styles and starts survive a save', () => {
    fc.assert(fc.property(generatedStructuredResolution, doc => {
      doc.check()
      const file = createDocumentFile(doc, { now: at(0) })
      const text = serializeDocumentFile(file)
      const back = parseDocumentFile(text, 'draft.penholder')
      if (!back.ok) throw new Error(back.error)
      expect(back.file.current.eq(doc)).toBe(true)
      expect(serializeDocumentFile(back.file)).toBe(text)
    }), { numRuns: 200 })
  })
})
