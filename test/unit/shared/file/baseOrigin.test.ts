import { describe, expect, it } from 'vitest'
import { createDocumentFile, type PenholderFile } from '../../../../shared/file/file'
import { describeBase } from '../../../../shared/file/baseOrigin'
import { saveVersion, setBase } from '../../../../shared/file/versions'
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
    ['deleted', 2, 'the original text with 2 accepted amendments']
  ])('names a base from version %s with %i accepted as %s', (version, accepted, name) => {
    expect(describeBase(file, { version, accepted })).toBe(name)
  })

  it('reads the origin the file records when given none', () => {
    const based = setBase(file, 'current', { accepted: 2 })
    if (!based.ok) throw new Error(based.error)
    expect(describeBase(based.file)).toBe('the original text with 2 accepted amendments')
  })
})
