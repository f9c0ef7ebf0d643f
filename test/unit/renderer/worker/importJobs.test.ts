import { describe, expect, it } from 'vitest'
import { runImportJob } from '../../../../renderer/worker/importJobs'
import { exportPlainText } from '../../../../shared/export'
import { exportDocx } from '../../../../shared/export/docx'
import { createDocumentFile, serializeDocumentFile } from '../../../../shared/file'
import { template2388 } from '../../../../shared/template'
import { twoAuthorDraft } from '../../../support/trackedDocx'
import { fileFromParts, fileInParts } from '../../../../renderer/document/fileInParts'
import { draftWithVersions } from '../../../support/manyVersions'
import { buildResolution, readResolution, schema } from '../../../../shared/schema'
import { childNamed, descendantsNamed } from '../../../../shared/import/docx/xml'
import { docxParts } from '../../shared/export/docx/docxParts'

const text2388 = exportPlainText(template2388())
const operative = text2388.slice(text2388.search(/^1\.\s/m))
const bytes = (text: string) => new TextEncoder().encode(text)

describe('runImportJob', () => {
  it.each([
    ['2388’s operative part', operative, 'op', 35, null],
    ['the whole of 2388, which asks first (its organ line a paragraph of words)', text2388, null, 60, { preambular: 24, operative: 35 }]
  ] as const)('reads a paste of %s', (_name, text, first, count, resolution) => {
    const answer = runImportJob({ kind: 'paste', text })
    if (answer.kind !== 'pasted') throw new Error(JSON.stringify(answer))
    expect(answer.paragraphs.filter(p => p.kind !== 'sub')).toHaveLength(count)
    expect(answer.paragraphs[0].kind).toBe(first)
    expect(answer.resolution && { preambular: answer.resolution.preambular, operative: answer.resolution.operative }).toEqual(resolution)
    // Plain data, as a worker's answer must be.
    expect(structuredClone(answer)).toEqual(answer)
  })

  it('refuses a paste with a paragraph longer than any real one', () => {
    expect(runImportJob({ kind: 'paste', text: `1. ${'a'.repeat(100_001)}` })).toEqual({ kind: 'refused', error: expect.stringMatching(/^Nothing was pasted: in the pasted text, line 1: a paragraph of more than the 100,000 characters/) })
  })

  it.each([
    ['a Penholder document', 'draft.penholder', () => bytes(serializeDocumentFile(createDocumentFile(template2388()))), { kind: 'opened', imported: false, notice: null }],
    ['2388 exported to Word', 'S-RES-2388.docx', () => exportDocx(template2388()), { kind: 'opened', imported: true, notice: null }],
    ['a Word file with tracked changes', 'returned.docx', async () => twoAuthorDraft(), { kind: 'opened', imported: true, notice: expect.stringMatching(/^returned\.docx: tracked changes by France, Russian Federation/) }],
    ['a document that is not UTF-8', 'latin.penholder', async () => new Uint8Array([0x7b, 0xe9, 0x7d]), { kind: 'refused', error: 'latin.penholder: not valid UTF-8 at byte 1 (0xE9); a Penholder document is always UTF-8' }],
    ['an encrypted Word file', 'locked.docx', async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), { kind: 'refused', error: expect.stringMatching(/^locked\.docx: is encrypted or an old \.doc/) }]
  ] as const)('opens %s as every edition does', async (_name, name, make, expected) => {
    const answer = runImportJob({ kind: 'open', name, bytes: await make() })
    expect(answer).toMatchObject(expected)
  })

  it.each([false, true])('writes the Word file of a document with versions (tracked changes: %s), as the editor exports it', async tracked => {
    const read = runImportJob({ kind: 'open', name: 'returned.docx', bytes: twoAuthorDraft() })
    if (read.kind !== 'opened') throw new Error(JSON.stringify(read))
    const answer = await runImportJob({ kind: 'export-docx', file: read.text, tracked, author: 'Ghana' })
    if (answer.kind !== 'exported') throw new Error(JSON.stringify(answer))
    const back = runImportJob({ kind: 'open', name: 'again.docx', bytes: answer.bytes })
    expect(back).toMatchObject(tracked
      ? { kind: 'opened', notice: expect.stringMatching(/^again\.docx: tracked changes by France, Russian Federation/) }
      : { kind: 'opened', notice: null })
  })

  it.each([
    [false, undefined, undefined, { 'w:w': '11906', 'w:h': '16838' }, '24'],
    [false, 'official', 'letter', { 'w:w': '12240', 'w:h': '15840' }, '20'],
    [true, 'official', 'a4', { 'w:w': '11906', 'w:h': '16838' }, '20'],
    [true, 'draft', 'letter', { 'w:w': '12240', 'w:h': '15840' }, '24']
  ] as const)('writes the Word file (tracked changes: %s) in the layout %s on the paper %s the drafter set', async (tracked, layout, paper, page, size) => {
    const read = runImportJob({ kind: 'open', name: 'returned.docx', bytes: twoAuthorDraft() })
    if (read.kind !== 'opened') throw new Error(JSON.stringify(read))
    const answer = await runImportJob({ kind: 'export-docx', file: read.text, tracked, author: 'Ghana', layout, paper })
    if (answer.kind !== 'exported') throw new Error(JSON.stringify(answer))
    const parts = docxParts(answer.bytes)
    expect(descendantsNamed(parts.get('word/document.xml')!, 'w:pgSz')[0].attrs).toMatchObject(page)
    expect(descendantsNamed(childNamed(parts.get('word/styles.xml')!, 'w:docDefaults')!, 'w:sz')[0].attrs['w:val']).toBe(size)
    expect([...parts.keys()].some(k => k.startsWith('word/header'))).toBe(layout === 'official')
  })

  it.each([
    ['a Penholder document', 'draft.penholder', serializeDocumentFile(createDocumentFile(template2388())), false],
    ['the text of 2388, a new document', 'S-RES-2388.txt', text2388, true]
  ] as const)('reads an opened text for the editor: %s, its file in parts the page rebuilds', async (_name, name, text, imported) => {
    const answer = runImportJob({ kind: 'session', text, name })
    if (answer.kind !== 'session') throw new Error(JSON.stringify(answer))
    expect(answer.imported).toBe(imported)
    const file = await fileFromParts(structuredClone(answer.parts))
    expect(exportPlainText(file.current)).toBe(text2388)
  })

  it('refuses an opened text that is broken JSON, naming the file', () => {
    expect(runImportJob({ kind: 'session', text: '{"format": "penholder",', name: 'draft.penholder' })).toEqual({ kind: 'refused', error: expect.stringMatching(/^draft\.penholder: line 1, column 24: /) })
  })

  // The journal of unsaved work of a big text is written by the worker: the same bytes
  // the page would write, or the reason it would not open again.
  it.each([
    ['2388 with three saved versions', () => draftWithVersions(3)],
    ['2388 with its operative part pasted 40 times', () => {
      const draft = readResolution(template2388())
      const ops = draft.paragraphs.filter(p => p.kind === 'op').map(p => ({ ...p, pid: undefined }))
      return { ...createDocumentFile(template2388()), current: buildResolution({ ...draft, paragraphs: [...draft.paragraphs, ...Array.from({ length: 40 }, () => ops).flat()] }) }
    }]
  ])('serializes the journal of %s as the page would', async (_name, make) => {
    const file = make()
    expect(await runImportJob({ kind: 'journal', parts: structuredClone(fileInParts(file)) })).toEqual({ kind: 'serialized', text: serializeDocumentFile(file) })
  })

  it('refuses to journal a file that would not open again, saying why', async () => {
    const file = createDocumentFile(template2388())
    const noIds = file.current.copy(file.current.content.replaceChild(2, file.current.child(2).copy(file.current.child(2).content.replaceChild(0, schema.nodes.preambular_paragraph.create({ pid: null }, file.current.child(2).child(0).content)))))
    expect(await runImportJob({ kind: 'journal', parts: fileInParts({ ...file, current: noIds }) })).toEqual({ kind: 'refused', error: expect.stringMatching(/^Refusing to write an invalid document file: /) })
  })
})
