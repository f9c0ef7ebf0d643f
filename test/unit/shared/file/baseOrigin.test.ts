import { describe, expect, it } from 'vitest'
import { createDocumentFile, type PenholderFile } from '../../../../shared/file/file'
import { describeBase } from '../../../../shared/file/baseOrigin'
import { deleteVersion, saveVersion, setBase } from '../../../../shared/file/versions'
import { template2388 } from '../../../../shared/template'

function withRev1(): PenholderFile {
  const saved = saveVersion(createDocumentFile(template2388()), { name: 'Rev.1', author: 'Albania' })
  if (!saved.ok) throw new Error(saved.error)
  return saved.file
}

describe('describeBase', () => {
  const file = withRev1()
  const rev1 = file.versions[0].id
  it.each([
    [null, 0, 'the original text'],
    [null, 1, 'the original text with 1 accepted amendment'],
    [null, 3, 'the original text with 3 accepted amendments'],
    [rev1, 0, 'version “Rev.1”'],
    [rev1, 2, 'version “Rev.1” with 2 accepted amendments'],
    ['unknown', 2, 'the original text with 2 accepted amendments']
  ])('names a base from version %s with %i accepted as %s', (version, accepted, name) => {
    expect(describeBase(file, { version, accepted })).toBe(name)
  })

  it('names a deleted version the base came from, as the file remembers it', () => {
    const left = deleteVersion(file, rev1)
    if (!left.ok) throw new Error(left.error)
    expect(describeBase(left.file, { version: rev1, accepted: 0 })).toBe('the original text')
    const based = setBase(file, rev1)
    if (!based.ok) throw new Error(based.error)
    const gone = deleteVersion(based.file, rev1)
    if (!gone.ok) throw new Error(gone.error)
    expect(describeBase(gone.file)).toBe('deleted version “Rev.1”')
    expect(describeBase(gone.file, { version: rev1, accepted: 3 })).toBe('deleted version “Rev.1” with 3 accepted amendments')
  })

  it('reads the origin the file records when given none', () => {
    const based = setBase(file, 'current', { accepted: 2 })
    if (!based.ok) throw new Error(based.error)
    expect(describeBase(based.file)).toBe('the original text with 2 accepted amendments')
  })
})
