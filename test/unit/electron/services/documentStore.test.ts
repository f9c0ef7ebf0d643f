import { beforeEach, describe, expect, it } from 'vitest'
import * as fs from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { openDocument, saveDocument, changedOnDisk, backupPath, FileProblem } from '../../../../electron/services'
import { faultyDisk } from './fixtures/disks'
import { useTempFolder } from '../../../support/tempFolder'
import { twoAuthorDraft } from '../../../support/trackedDocx'
import { handMadeDocx, p, r } from '../../shared/import/docx/handMadeDocx'
import { parseDocumentFile } from '../../../../shared/file'

const resolution = await fs.readFile(new URL('../../../../fixtures/resolution-2388.press-release.txt', import.meta.url), 'utf8')
const amended = resolution.replace('Reaffirming', 'Strongly reaffirming')
const french = 'Le Conseil de sécurité, « réaffirmant » sa résolution 2331 (2016) — décide de demeurer saisi de la question.'

let folder: string
let doc: string
const tempFolder = useTempFolder()
beforeEach(() => {
  folder = tempFolder()
  doc = join(folder, 'draft.penholder.json')
})

describe('openDocument', () => {
  it.each([['the 2388 press release', resolution], ['French with guillemets', french], ['an empty file', '']])('reads %s with its fingerprint', async (_, text) => {
    await fs.writeFile(doc, text)
    const opened = await openDocument(doc)
    const stat = await fs.stat(doc)
    expect(opened).toEqual({
      path: doc,
      text,
      fingerprint: { size: Buffer.byteLength(text), mtimeMs: stat.mtimeMs, sha256: createHash('sha256').update(text).digest('hex') },
      notice: null,
      imported: false
    })
  })

  it.each([
    ['an import in Windows-1252 (Word’s “Plain text”)', 'plain.txt', Buffer.from('Le Conseil de s\xe9curit\xe9, \xab r\xe9affirmant \xbb\n', 'latin1'), 'import',
      'Le Conseil de sécurité, « réaffirmant »\n', 'plain.txt: not UTF-8, read as Windows-1252 (Word’s “Plain text” encoding); check accented letters and quotes'],
    ['a UTF-16 document', 'notepad.penholder', Buffer.from('\ufeff{}', 'utf16le'), 'document', '\ufeff{}'.slice(1), 'notepad.penholder: read as UTF-16 (it starts with a UTF-16 byte-order mark)']
  ] as const)('reads %s with the notice every edition gives', async (_, name, bytes, purpose, text, notice) => {
    const path = join(folder, name)
    await fs.writeFile(path, bytes)
    expect(await openDocument(path, { purpose })).toMatchObject({ text, notice, imported: false })
  })

  it('reads a Word file as the document every edition makes of it, tracked changes as versions', async () => {
    const path = join(folder, 'returned.docx')
    await fs.writeFile(path, twoAuthorDraft())
    const opened = await openDocument(path)
    expect(opened).toMatchObject({ path, imported: true, notice: expect.stringMatching(/^returned\.docx: tracked changes by France, Russian Federation/) })
    const parsed = parseDocumentFile(opened.text, 'returned.docx')
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.file.versions.map(v => v.author)).toEqual(['France', 'Russian Federation'])
    expect(parsed.file.comments.map(c => c.text)).toEqual(['Which one?'])
  })

  it.each<[string, () => Promise<string>, string, string]>([
    ['a missing file', async () => join(folder, 'gone.penholder.json'), 'not-found', 'does not exist'],
    ['a folder', async () => { await fs.mkdir(doc); return doc }, 'is-directory', 'a folder, not a file'],
    ['a Word file renamed', async () => { await fs.writeFile(doc, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xa4, 0xd1, 0x9c, 0xff])); return doc }, 'not-a-document', 'not text'],
    ['a damaged Word file', async () => { const path = join(folder, 'cut.docx'); await fs.writeFile(path, twoAuthorDraft().slice(0, 100)); return path }, 'not-a-document', 'is a damaged .docx'],
    ['an encrypted Word file', async () => { const path = join(folder, 'locked.docx'); await fs.writeFile(path, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])); return path }, 'not-a-document', 'is encrypted or an old .doc (an OLE compound file'],
    ['a Word file that is not a resolution', async () => { const path = join(folder, 'letter.docx'); await fs.writeFile(path, handMadeDocx(p(r('Dear colleagues,')) + p(r('Please find the draft attached.')))); return path }, 'not-a-document', 'not a resolution: '],
    ['a file over the size limit', async () => { await fs.writeFile(doc, resolution.repeat(Math.ceil(32 * 1024 * 1024 / resolution.length) + 1)); return doc }, 'too-large', 'larger than the 32.0 MB a Penholder document may be']
  ])('reports %s', async (_, place, kind, words) => {
    const path = await place()
    const error = await openDocument(path).catch(e => e)
    expect(error).toBeInstanceOf(FileProblem)
    expect(error).toMatchObject({ kind, action: 'open', path })
    expect(error.message).toContain(words)
  })

  it('removes the temporary files killed saves of this document left, once they are a minute old', async () => {
    await fs.writeFile(doc, resolution)
    const left = ['.draft.penholder.json.0a1b2c3d4e5f.tmp', '.draft.penholder.json.ffeeddccbbaa.tmp']
    const other = ['.other.penholder.0a1b2c3d4e5f.tmp', 'notes.tmp', '.draft.penholder.json.bak']
    const young = '.draft.penholder.json.123456abcdef.tmp'
    for (const name of [...left, ...other, young]) await fs.writeFile(join(folder, name), 'half a save')
    const old = new Date(Date.now() - 5 * 60_000)
    for (const name of [...left, ...other]) await fs.utimes(join(folder, name), old, old)
    await openDocument(doc)
    expect((await fs.readdir(folder)).sort()).toEqual(['draft.penholder.json', young, ...other].sort())
  })

  it('reports a file it may not read as permission denied', async () => {
    await fs.writeFile(doc, resolution)
    const error = await openDocument(doc, { disk: faultyDisk([], { step: 'readFile', code: 'EACCES' }) }).catch(e => e)
    expect(error).toMatchObject({ kind: 'permission-denied', path: doc })
    expect(error.message).toBe(`Penholder could not open “draft.penholder.json” in ${folder}: permission denied: your account may not read this file.`)
  })

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read as permission denied, for real', async () => {
    await fs.writeFile(doc, resolution)
    await fs.chmod(doc, 0o200)
    await expect(openDocument(doc)).rejects.toMatchObject({ kind: 'permission-denied', code: 'EACCES', path: doc })
  })
})

describe('changedOnDisk', () => {
  const later = new Date('2030-01-01T00:00:00Z')
  it.each<[string, () => Promise<unknown>, false | 'modified' | 'deleted']>([
    ['untouched', async () => {}, false],
    ['touched with the same bytes', () => fs.utimes(doc, later, later), false],
    ['rewritten with the same bytes by a sync tool', async () => { await fs.writeFile(doc, resolution); await fs.utimes(doc, later, later) }, false],
    ['edited to the same length', async () => { await fs.writeFile(doc, resolution.replace('Reaffirming', 'reaffirming')); await fs.utimes(doc, later, later) }, 'modified'],
    ['edited longer', () => fs.appendFile(doc, '\nDecides to remain seized of the matter.'), 'modified'],
    ['deleted', () => fs.rm(doc), 'deleted'],
    ['moved away', () => fs.rename(doc, join(folder, 'elsewhere.penholder.json')), 'deleted'],
    ['replaced by a folder', async () => { await fs.rm(doc); await fs.mkdir(doc) }, 'modified']
  ])('a file %s is %s', async (_, change, expected) => {
    await fs.writeFile(doc, resolution)
    const { fingerprint } = await openDocument(doc)
    await change()
    expect(await changedOnDisk(doc, fingerprint)).toBe(expected)
  })
})

describe('saveDocument', () => {
  it('returns the fingerprint that opening the saved file gives', async () => {
    const fingerprint = await saveDocument(doc, french)
    expect((await openDocument(doc)).fingerprint).toEqual(fingerprint)
    expect(await changedOnDisk(doc, fingerprint)).toBe(false)
  })

  it('saves over a file unchanged since it was opened', async () => {
    await fs.writeFile(doc, resolution)
    const { fingerprint } = await openDocument(doc)
    await saveDocument(doc, amended, { expected: fingerprint })
    expect(await fs.readFile(doc, 'utf8')).toBe(amended)
  })

  it('will not overwrite a file another program changed, until asked again without the fingerprint', async () => {
    await fs.writeFile(doc, resolution)
    const { fingerprint } = await openDocument(doc)
    await fs.appendFile(doc, '\nAdded by a colleague.')
    const error = await saveDocument(doc, amended, { expected: fingerprint }).catch(e => e)
    expect(error).toMatchObject({ kind: 'changed-on-disk', action: 'save', path: doc })
    expect(await fs.readFile(doc, 'utf8')).toBe(`${resolution}\nAdded by a colleague.`)
    await saveDocument(doc, amended)
    expect(await fs.readFile(doc, 'utf8')).toBe(amended)
  })

  it('writes a file deleted since it was opened again', async () => {
    await fs.writeFile(doc, resolution)
    const { fingerprint } = await openDocument(doc)
    await fs.rm(doc)
    await saveDocument(doc, amended, { expected: fingerprint })
    expect(await fs.readFile(doc, 'utf8')).toBe(amended)
  })

  it('keeps the previous version as a backup when asked', async () => {
    await fs.writeFile(doc, resolution)
    await saveDocument(doc, amended, { backup: 'keep' })
    expect(await fs.readFile(backupPath(doc), 'utf8')).toBe(resolution)
  })

  it('on a full disk leaves the file as it was opened', async () => {
    await fs.writeFile(doc, resolution)
    const { fingerprint } = await openDocument(doc)
    const error = await saveDocument(doc, amended, { expected: fingerprint, disk: faultyDisk([], { step: 'writeFile', code: 'ENOSPC' }) }).catch(e => e)
    expect(error.message).toBe(`Penholder could not save “draft.penholder.json” in ${folder}: the disk is full. The file on disk has not been changed. Free some space, or save to another disk.`)
    expect(await changedOnDisk(doc, fingerprint)).toBe(false)
    expect(await fs.readdir(folder)).toEqual(['draft.penholder.json'])
  })
})
