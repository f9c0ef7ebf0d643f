import { describe, expect, it } from 'vitest'
import { fileFromParts, fileInParts } from '../../../../renderer/document/fileInParts'
import { createDocumentFile, saveVersion, serializeDocumentFile, updateComments, updateCurrent, type PenholderFile } from '../../../../shared/file'
import { template2388 } from '../../../../shared/template'

/// 2388 with `versions` saved versions, a changed current text and a comment.
function draftWithVersions(versions: number): PenholderFile {
  let file = createDocumentFile(template2388(), { now: new Date('2026-11-30T10:00:00Z'), title: 'Trafficking' })
  for (let i = 1; i <= versions; i++) {
    const saved = saveVersion(file, { name: `Rev.${i}`, author: 'United States of America' })
    if (!saved.ok) throw new Error(saved.error)
    file = saved.file
  }
  const current = file.current
  const op1 = current.child(3).child(0)
  file = updateCurrent(file, current.replace(current.content.size - 4, current.content.size - 4, current.slice(0, 0)))
  return updateComments(file, [{ id: 'c1', author: 'France', date: null, text: 'Too strong', pid: op1.attrs.pid, from: 0, to: 5 }])
}

describe('a document file sent from the worker in parts', () => {
  it.each([0, 3])('rebuilds the same file, with %i versions, after a structured clone', async versions => {
    const file = draftWithVersions(versions)
    const back = await fileFromParts(structuredClone(fileInParts(file)))
    expect(serializeDocumentFile(back)).toBe(serializeDocumentFile(file))
    expect(Object.isFrozen(back) && Object.isFrozen(back.versions) && Object.isFrozen(back.comments)).toBe(true)
  })

  it('gives the page back while it rebuilds 300 versions', async () => {
    const parts = fileInParts(draftWithVersions(300))
    let ticks = 0
    const ticking = setInterval(() => { ticks++ }, 0)
    const back = await fileFromParts(parts)
    clearInterval(ticking)
    expect(back.versions).toHaveLength(300)
    expect(ticks).toBeGreaterThan(0)
  })
})
