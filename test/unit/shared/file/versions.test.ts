import { describe, expect, it } from 'vitest'
import type { Node } from 'prosemirror-model'
import { createDocumentFile, type PenholderFile } from '../../../../shared/file/file'
import { describeBase } from '../../../../shared/file/baseOrigin'
import { deleteVersion, renameVersion, resolveVersion, saveVersion, setBase, updateBase, updateCurrent, type FileChange } from '../../../../shared/file/versions'
import { parseDocumentFile } from '../../../../shared/file/parse'
import { serializeDocumentFile } from '../../../../shared/file/serialize'
import { buildResolution, readResolution } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'

const at = (minute: number) => new Date(Date.UTC(2025, 2, 12, 9, minute))

/// The template with the operative paragraph `pid` reworded by `edit`.
function reworded(doc: Node, pid: string, edit: (text: string) => string): Node {
  const draft = readResolution(doc)
  return buildResolution({ ...draft, paragraphs: draft.paragraphs.map(p => p.pid === pid ? { ...p, text: edit(p.text) } : p) })
}

function ok(change: FileChange): PenholderFile {
  if (!change.ok) throw new Error(change.error)
  return change.file
}

const rev1Text = reworded(template2388(), 't2388-op04', t => t.replace('legislation', 'legislation and policies'))

/// A file with the template saved as "Zero draft", then an amended text saved as "Rev.1".
function twoVersions(): PenholderFile {
  let file = createDocumentFile(template2388(), { now: at(0) })
  file = ok(saveVersion(file, { name: 'Zero draft', author: 'Norway', now: at(1) }))
  file = updateCurrent(file, rev1Text, { now: at(2) })
  return ok(saveVersion(file, { name: 'Rev.1', author: 'Norway', now: at(3) }))
}

describe('saveVersion', () => {
  it('saves the current text under a trimmed name and author, at the time given', () => {
    const before = createDocumentFile(template2388(), { now: at(0) })
    const file = ok(saveVersion(before, { name: '  Zero draft ', author: ' Mission of Norway', now: at(5) }))
    expect(file.versions).toHaveLength(1)
    const [version] = file.versions
    expect(version).toMatchObject({ name: 'Zero draft', author: 'Mission of Norway', at: '2025-03-12T09:05:00.000Z' })
    expect(version.id).toMatch(/^[0-9a-z]{10}$/)
    expect(version.doc).toBe(before.current)
    expect(file.meta.modified).toBe('2025-03-12T09:05:00.000Z')
    expect(file.meta.created).toBe(before.meta.created)
    expect(before.versions).toHaveLength(0)
    expect(before.meta.modified).toBe('2025-03-12T09:00:00.000Z')
  })

  it('gives every version its own id', () => {
    const ids = twoVersions().versions.map(v => v.id)
    expect(new Set(ids).size).toBe(2)
  })

  it.each([
    ['no name', '  ', 'Norway', 'the version name is empty'],
    ['a name taken, in another case', 'REV.1', 'Norway', 'a version named "Rev.1" already exists'],
    ['the name of the base', 'Base', 'Norway', '"Base" is reserved (file#base always means the base document): choose another version name'],
    ['a name over two lines', 'Rev.2\nfinal', 'Norway', 'the version name "Rev.2\\nfinal" is not a single line of text'],
    ['no author', 'Rev.2', '', 'the author is empty']
  ])('refuses %s', (_, name, author, error) => {
    const file = twoVersions()
    expect(saveVersion(file, { name, author, now: at(9) })).toEqual({ ok: false, error })
  })
})

describe('renameVersion', () => {
  it('renames a version and keeps its id, so references to it hold', () => {
    const file = twoVersions()
    const [zero, rev1] = file.versions
    const renamed = ok(renameVersion(file, rev1.id, ' Rev.1 (circulated) ', { now: at(7) }))
    expect(renamed.versions.map(v => [v.id, v.name])).toEqual([[zero.id, 'Zero draft'], [rev1.id, 'Rev.1 (circulated)']])
    expect(renamed.versions[1].doc).toBe(rev1.doc)
    expect(renamed.meta.modified).toBe('2025-03-12T09:07:00.000Z')
    expect(file.versions[1].name).toBe('Rev.1')
  })

  it('lets a version keep its own name in another case', () => {
    const file = twoVersions()
    expect(ok(renameVersion(file, file.versions[1].id, 'REV.1')).versions[1].name).toBe('REV.1')
  })

  it.each([
    ['to the name of another version', (f: PenholderFile) => f.versions[1].id, 'zero draft', 'a version named "Zero draft" already exists'],
    ['to the name of the current text', (f: PenholderFile) => f.versions[1].id, 'current',
      '"current" is reserved (file#current always means the current document): choose another version name'],
    ['a version that is not there', () => 'nope', 'Rev.2', 'no version has the id "nope"']
  ])('refuses to rename %s', (_, id, name, error) => {
    const file = twoVersions()
    expect(renameVersion(file, id(file), name)).toEqual({ ok: false, error })
  })
})

describe('deleteVersion', () => {
  it('deletes a version and leaves the others as they were', () => {
    const file = twoVersions()
    const left = ok(deleteVersion(file, file.versions[0].id, { now: at(8) }))
    expect(left.versions).toEqual([file.versions[1]])
    expect(left.meta.modified).toBe('2025-03-12T09:08:00.000Z')
    expect(file.versions).toHaveLength(2)
  })

  it('keeps the base text, its accepted count and the name of the version it was set from when deleting that version', () => {
    const file = twoVersions()
    const based = updateBase(ok(setBase(file, file.versions[1].id)), reworded(rev1Text, 't2388-op05', t => t.replace(';', ', as appropriate;')), { version: file.versions[1].id, accepted: 1 })
    const left = ok(deleteVersion(based, based.versions[1].id))
    expect([left.baseVersion, left.baseDeleted, left.baseAccepted]).toEqual([null, { id: file.versions[1].id, name: 'Rev.1' }, 1])
    expect(left.base).toBe(based.base)
    expect(describeBase(left)).toBe('deleted version “Rev.1” with 1 accepted amendment')
  })

  it('forgets the deleted version once the base is set from another', () => {
    const file = twoVersions()
    const left = ok(deleteVersion(ok(setBase(file, file.versions[1].id)), file.versions[1].id))
    const rebased = ok(setBase(left, left.versions[0].id))
    expect([rebased.baseVersion, rebased.baseDeleted]).toEqual([file.versions[0].id, null])
  })

  it('refuses a version that is not there', () => {
    expect(deleteVersion(twoVersions(), 'r7')).toEqual({ ok: false, error: 'no version has the id "r7"' })
  })
})

describe('setBase', () => {
  it('makes a saved version the base and records which', () => {
    const file = twoVersions()
    const based = ok(setBase(file, file.versions[1].id, { now: at(9) }))
    expect(based.base).toBe(file.versions[1].doc)
    expect(based.baseVersion).toBe(file.versions[1].id)
    expect(based.baseAccepted).toBe(0)
    expect(based.current).toBe(file.current)
    expect(based.meta.modified).toBe('2025-03-12T09:09:00.000Z')
  })

  it('makes the current text the base, as accepting every change does, counting them on the origin', () => {
    const versions = twoVersions()
    const file = ok(setBase(versions, versions.versions[0].id))
    const based = ok(setBase(file, 'current', { accepted: 1 }))
    expect(based.base).toBe(file.current)
    expect([based.baseVersion, based.baseAccepted]).toEqual([file.versions[0].id, 1])
  })

  it('refuses a version that is not there', () => {
    expect(setBase(twoVersions(), 'k')).toEqual({ ok: false, error: 'no version has the id "k"' })
  })
})

describe('updateCurrent', () => {
  it.each([
    ['the same document', () => template2388()],
    ['an equal document built anew', () => buildResolution(readResolution(template2388()))]
  ])('leaves the file untouched for %s', (_, doc) => {
    const file = createDocumentFile(template2388(), { now: at(0) })
    expect(updateCurrent(file, doc(), { now: at(5) })).toBe(file)
  })

  it('replaces the current text and keeps the base', () => {
    const file = updateCurrent(createDocumentFile(template2388(), { now: at(0) }), rev1Text, { now: at(5) })
    expect(file.current).toBe(rev1Text)
    expect(file.base).toBe(template2388())
    expect(file.meta.modified).toBe('2025-03-12T09:05:00.000Z')
  })
})

describe('updateBase', () => {
  const accepted = reworded(template2388(), 't2388-op04', t => t.replace('legislation', 'legislation and practice'))
  const none = { version: null, accepted: 0 }
  it('leaves the file untouched for its own base and origin', () => {
    const versions = twoVersions()
    const file = ok(setBase(versions, versions.versions[0].id))
    expect(updateBase(file, file.base, { version: file.versions[0].id, accepted: 0 }, { now: at(9) })).toBe(file)
  })

  it.each<[string, (f: PenholderFile) => Node, (f: PenholderFile) => { version: string | null, accepted: number }, (f: PenholderFile) => [string | null, number]]>([
    ['a version’s document names that version, whatever the origin says', f => f.versions[1].doc, () => ({ version: null, accepted: 3 }), f => [f.versions[1].id, 0]],
    ['the original text with an amendment accepted', () => accepted, () => ({ version: null, accepted: 1 }), () => [null, 1]],
    ['a version with two amendments accepted keeps naming it', () => accepted, f => ({ version: f.versions[0].id, accepted: 2 }), f => [f.versions[0].id, 2]],
    ['an origin in a version the file no longer has names none', () => accepted, () => ({ version: 'gone', accepted: 1 }), () => [null, 1]]
  ])('%s', (_, pick, origin, expected) => {
    const file = twoVersions()
    const updated = updateBase(file, pick(file), origin(file), { now: at(9) })
    expect(updated.base).toBe(pick(file))
    expect([updated.baseVersion, updated.baseAccepted]).toEqual(expected(file))
    expect(updated.meta.modified).toBe('2025-03-12T09:09:00.000Z')
    expect(updated.current).toBe(file.current)
  })

  it('keeps naming the deleted version an origin comes from, and only that one', () => {
    const file = twoVersions()
    const left = ok(deleteVersion(ok(setBase(file, file.versions[1].id)), file.versions[1].id))
    const kept = updateBase(left, accepted, { version: file.versions[1].id, accepted: 2 })
    expect([kept.baseVersion, kept.baseDeleted?.name, kept.baseAccepted]).toEqual([null, 'Rev.1', 2])
    const other = updateBase(left, accepted, { version: 'gone', accepted: 2 })
    expect([other.baseVersion, other.baseDeleted]).toEqual([null, null])
  })

  it('records a new count on the same base text', () => {
    const file = updateBase(twoVersions(), accepted, none)
    expect(updateBase(file, accepted, { version: null, accepted: 2 }).baseAccepted).toBe(2)
  })
})

describe('resolveVersion', () => {
  const file = twoVersions()
  it.each([
    ['base', 'base', file.base],
    ['current', 'current', file.current],
    ['Zero draft', 'Zero draft', file.versions[0].doc],
    ['rev.1', 'Rev.1', file.versions[1].doc]
  ])('resolves %j to %s', (ref, name, doc) => {
    expect(resolveVersion(file, ref)).toEqual({ ok: true, name, doc })
  })

  it.each([
    ['Rev.2', 'no version named "Rev.2" (available: base, current, "Zero draft", "Rev.1")'],
    ['', 'no version named "" (available: base, current, "Zero draft", "Rev.1")']
  ])('refuses %j, listing the versions there are', (ref, error) => {
    expect(resolveVersion(file, ref)).toEqual({ ok: false, error })
  })
})

describe('version operations and the file format', () => {
  it('leave a file that saves and loads with its versions, names and base', () => {
    let file = twoVersions()
    file = ok(renameVersion(file, file.versions[0].id, 'Zero draft (12 March)'))
    file = ok(setBase(file, file.versions[1].id))
    file = ok(saveVersion(updateCurrent(file, reworded(rev1Text, 't2388-op05', t => t.replace(';', ', as appropriate;'))), { name: 'Rev.2', author: 'Ghana' }))
    file = ok(deleteVersion(file, file.versions[0].id))
    const result = parseDocumentFile(serializeDocumentFile(file), 'draft.penholder.json')
    if (!result.ok) throw new Error(result.error)
    expect(result.file.versions.map(v => [v.id, v.name, v.author])).toEqual(file.versions.map(v => [v.id, v.name, v.author]))
    expect(result.file.baseVersion).toBe(file.versions[0].id)
    expect(result.file.base.eq(rev1Text)).toBe(true)
  })

  it('save and load the deleted version a base came from', () => {
    const file = twoVersions()
    const left = ok(deleteVersion(ok(setBase(file, file.versions[1].id)), file.versions[1].id))
    const text = serializeDocumentFile(left)
    const result = parseDocumentFile(text, 'draft.penholder')
    if (!result.ok) throw new Error(result.error)
    expect(result.file.baseDeleted).toEqual({ id: file.versions[1].id, name: 'Rev.1' })
    expect(describeBase(result.file)).toBe('deleted version “Rev.1”')
    expect(serializeDocumentFile(twoVersions())).not.toContain('baseDeleted')
  })
})
