import { createDocumentFile, saveVersion, type PenholderFile } from '../../shared/file'
import { template2388 } from '../../shared/template'

/// A document file of 2388 (“Trafficking”, made 30 November 2026) with `count` saved
/// versions of its text, Rev.1 to Rev.<count>: some 61,000 characters each once
/// serialized, for the large files the open is measured and tested on.
export function draftWithVersions(count: number): PenholderFile {
  let file = createDocumentFile(template2388(), { now: new Date('2026-11-30T10:00:00Z'), title: 'Trafficking' })
  for (let i = 1; i <= count; i++) {
    const saved = saveVersion(file, { name: `Rev.${i}`, author: 'United States of America' })
    if (!saved.ok) throw new Error(saved.error)
    file = saved.file
  }
  return file
}
