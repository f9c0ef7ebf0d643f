import { describe, expect, it } from 'vitest'
import { strToU8 } from 'fflate'
import type { Node } from 'prosemirror-model'
import { docxFile } from '../../../../../shared/import/docx'
import { exportDocx } from '../../../../../shared/export/docx'
import { maxDocumentBytes } from '../../../../../shared/file'
import { readResolution } from '../../../../../shared/schema'
import { template2388 } from '../../../../../shared/template'
import { twoAuthorBase, twoAuthorCurrent, twoAuthorDraft } from '../../../../support/trackedDocx'

const ops = (doc: Node) => readResolution(doc).paragraphs.filter(q => q.kind === 'op').map(q => q.text)

describe('docxFile', () => {
  it('opens a .docx without tracked changes as a document with no versions', async () => {
    const read = docxFile(await exportDocx(template2388()), 'S-RES-2388.docx')
    if (!read.ok) throw new Error(read.error)
    expect(read.tracked).toBe(false)
    expect(read.file.versions).toEqual([])
    expect(read.file.meta.title).toBe('S-RES-2388')
    expect(ops(read.file.current)).toEqual(ops(template2388()))
  })

  it('opens tracked changes by two authors as a comparison: base all rejected, one version per author, current all accepted, comments kept', () => {
    const read = docxFile(twoAuthorDraft(), 'returned.docx')
    if (!read.ok) throw new Error(read.error)
    expect(read.tracked).toBe(true)
    expect(ops(read.file.base)).toEqual(twoAuthorBase)
    expect(ops(read.file.current)).toEqual(twoAuthorCurrent)
    expect(read.file.versions.map(v => [v.name, v.author])).toEqual([['France', 'France'], ['Russian Federation', 'Russian Federation']])
    expect(ops(read.file.versions[0].doc)).toEqual(['Calls upon Member States to act without delay;', ...twoAuthorBase.slice(1)])
    expect(read.file.comments.map(c => [c.author, c.text, c.from, c.to])).toEqual([['Ghana', 'Which one?', 9, 17]])
  })

  it.each([
    ['encrypted.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /^encrypted\.docx: is encrypted or an old \.doc \(an OLE compound file/],
    ['truncated.docx', twoAuthorDraft().slice(0, 80), /^truncated\.docx: is a damaged \.docx/],
    ['notes.docx', strToU8('The Security Council,\n'), /^notes\.docx: is not a \.docx \(not a zip file\)$/],
    ['huge.docx', new Uint8Array(maxDocumentBytes + 1), /^huge\.docx: 32\.0 MB, larger than the 32\.0 MB a Penholder document may be$/]
  ])('refuses %s in one line naming it', (name, bytes, message) => {
    const read = docxFile(bytes, name)
    expect(read.ok).toBe(false)
    if (!read.ok) { expect(read.error).toMatch(message); expect(read.error).not.toContain('\n') }
  })
})
