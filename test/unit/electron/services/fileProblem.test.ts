import { describe, expect, it } from 'vitest'
import { FileProblem, type FileAction, type FileProblemKind } from '../../../../electron/services'
import { systemError } from './fixtures/disks'

const path = '/home/ana/Drafts/S-RES-2388.penholder.json'

describe('FileProblem.from', () => {
  it.each<[string, FileAction, FileProblemKind, string]>([
    ['EACCES', 'open', 'permission-denied', 'permission denied: your account may not read this file.'],
    ['EACCES', 'save', 'permission-denied', 'permission denied: your account may not change this file or its folder. The file on disk has not been changed. Use Save As to choose another folder.'],
    ['EPERM', 'save', 'permission-denied', 'permission denied'],
    ['ENOSPC', 'save', 'disk-full', 'the disk is full. The file on disk has not been changed.'],
    ['EDQUOT', 'write', 'disk-full', 'the disk is full.'],
    ['ENOENT', 'open', 'not-found', 'the file does not exist'],
    ['ENOENT', 'save', 'not-found', 'its folder does not exist'],
    ['ENOTDIR', 'open', 'not-found', 'the file does not exist'],
    ['EISDIR', 'open', 'is-directory', 'this is a folder, not a file.'],
    ['EROFS', 'save', 'read-only', 'the disk is read-only. The file on disk has not been changed.'],
    ['EFBIG', 'save', 'too-large', 'the file is too large'],
    ['EIO', 'save', 'system', `the system reported: EIO: save '${path}'.`],
    ['constructor', 'open', 'system', 'the system reported']
  ])('%s while trying to %s is %s', (code, action, kind, words) => {
    const problem = FileProblem.from(systemError(code, action, path), action, path)
    expect(problem).toMatchObject({ kind, action, path, code, name: 'FileProblem' })
    expect(problem.message).toMatch(new RegExp(`^Penholder could not ${action} “S-RES-2388\\.penholder\\.json” in /home/ana/Drafts: `))
    expect(problem.message).toContain(words)
  })

  it('passes a problem through unchanged', () => {
    const problem = FileProblem.create('changed-on-disk', 'save', path)
    expect(FileProblem.from(problem, 'write', '/elsewhere')).toBe(problem)
  })

  it('describes what is not an error object', () => {
    expect(FileProblem.from('disk unplugged', 'save', path)).toMatchObject({ kind: 'system', code: undefined })
  })
})

describe('FileProblem.create', () => {
  it('names the line where there is one', () => {
    const problem = FileProblem.create('not-a-document', 'open', path, { detail: 'the operative part is missing', line: 12 })
    expect(problem.message).toBe('Penholder could not open “S-RES-2388.penholder.json” in /home/ana/Drafts, line 12: this is not a Penholder document: the operative part is missing.')
    expect(problem.line).toBe(12)
  })

  it('states word for word a problem shared/file stated, as every edition does', () => {
    expect(FileProblem.create('not-a-document', 'open', path, { stated: 'not valid UTF-8 at byte 53 (0xE9); a Penholder document is always UTF-8' }).message)
      .toBe('Penholder could not open “S-RES-2388.penholder.json” in /home/ana/Drafts: not valid UTF-8 at byte 53 (0xE9); a Penholder document is always UTF-8.')
  })

  it('tells that another program changed the file', () => {
    expect(FileProblem.create('changed-on-disk', 'save', path).message)
      .toBe('Penholder could not save “S-RES-2388.penholder.json” in /home/ana/Drafts: another program changed the file since Penholder opened it.')
  })
})
