import { describe, expect, it } from 'vitest'
import { fileFromParts, fileInParts } from '../../../../renderer/document/fileInParts'
import { serializeDocumentFile, updateComments, updateCurrent, type PenholderFile } from '../../../../shared/file'
import { draftWithVersions } from '../../../support/manyVersions'
import { Fragment, Slice } from 'prosemirror-model'
import { schema } from '../../../../shared/schema'

/// 2388 with `versions` saved versions, a changed current text and a comment.
function draft(versions: number): PenholderFile {
  let file = draftWithVersions(versions)
  const current = file.current
  const op1 = current.child(3).child(0)
  let at = -1
  current.descendants((node, pos) => { if (at < 0 && node.text?.startsWith('Reaffirms its condemnation')) at = pos + 'Reaffirms'.length })
  file = updateCurrent(file, current.replace(at, at, new Slice(Fragment.from(schema.text(' strongly')), 0, 0)))
  return updateComments(file, [{ id: 'c1', author: 'France', date: null, text: 'Too strong', pid: op1.attrs.pid, from: 0, to: 5 }])
}

describe('a document file sent from the worker in parts', () => {
  it.each([0, 3])('rebuilds the same file, with %i versions, after a structured clone', async versions => {
    const file = draft(versions)
    expect(file.current.eq(file.base)).toBe(false)
    const back = await fileFromParts(structuredClone(fileInParts(file)))
    expect(serializeDocumentFile(back)).toBe(serializeDocumentFile(file))
    expect(Object.isFrozen(back) && Object.isFrozen(back.versions) && Object.isFrozen(back.comments)).toBe(true)
  })

  it('gives the page back while it rebuilds 300 versions', async () => {
    const parts = fileInParts(draft(300))
    let ticks = 0
    const ticking = setInterval(() => { ticks++ }, 0)
    const back = await fileFromParts(parts)
    clearInterval(ticking)
    expect(back.versions).toHaveLength(300)
    expect(ticks).toBeGreaterThan(0)
  })
})
