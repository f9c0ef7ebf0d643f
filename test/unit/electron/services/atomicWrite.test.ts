import { beforeEach, describe, expect, it } from 'vitest'
import * as fs from 'node:fs/promises'
import { basename, join } from 'node:path'
import { writeAtomically, backupPath, isTemporaryFile, FileProblem, type BackupPolicy } from '../../../../electron/services'
import { faultyDisk, type Fault } from './fixtures/disks'
import { useTempFolder } from '../../../support/tempFolder'

const resolution = await fs.readFile(new URL('../../../../fixtures/resolution-2388.press-release.txt', import.meta.url), 'utf8')
const amended = resolution.replace('Reaffirming', 'Strongly reaffirming')

let folder: string
let doc: string
const tempFolder = useTempFolder()
beforeEach(() => {
  folder = tempFolder()
  doc = join(folder, 'draft.penholder.json')
})

describe('writeAtomically', () => {
  it('creates a new file and leaves nothing else behind', async () => {
    await writeAtomically(doc, resolution)
    expect(await fs.readFile(doc, 'utf8')).toBe(resolution)
    expect(await fs.readdir(folder)).toEqual(['draft.penholder.json'])
  })

  it('flushes the new file before the rename and the folder after it, with the old file backed up meanwhile', async () => {
    await fs.writeFile(doc, resolution)
    const log: string[] = []
    await writeAtomically(doc, amended, { disk: faultyDisk(log) })
    const at = (entry: string) => {
      expect(log, entry).toContain(entry)
      return log.indexOf(entry)
    }
    const temp = log.find(e => e.startsWith('open .draft.penholder.json.'))!.slice('open '.length)
    expect(isTemporaryFile(temp, 'draft.penholder.json')).toBe(true)
    expect(at(`writeFile ${temp}`)).toBeLessThan(at(`sync ${temp}`))
    expect(at(`sync ${temp}`)).toBeLessThan(at('link draft.penholder.json.bak'))
    expect(at('link draft.penholder.json.bak')).toBeLessThan(at('rename draft.penholder.json'))
    expect(at('rename draft.penholder.json')).toBeLessThan(at(`sync ${basename(folder)}`))
    expect(log.lastIndexOf('unlink draft.penholder.json.bak')).toBeGreaterThan(at('rename draft.penholder.json'))
    expect(await fs.readFile(doc, 'utf8')).toBe(amended)
  })

  it.each<[BackupPolicy, string[], string | null]>([
    ['none', ['draft.penholder.json'], null],
    ['until-replaced', ['draft.penholder.json'], null],
    ['keep', ['draft.penholder.json', 'draft.penholder.json.bak'], resolution]
  ])('with backup %s leaves %j', async (backup, files, kept) => {
    await fs.writeFile(doc, resolution)
    await writeAtomically(doc, amended, { backup })
    expect((await fs.readdir(folder)).sort()).toEqual(files)
    if (kept !== null) expect(await fs.readFile(backupPath(doc), 'utf8')).toBe(kept)
    expect(await fs.readFile(doc, 'utf8')).toBe(amended)
  })

  it('replaces an older backup with the version just replaced', async () => {
    await fs.writeFile(doc, 'first')
    await writeAtomically(doc, 'second', { backup: 'keep' })
    await writeAtomically(doc, 'third', { backup: 'keep' })
    expect(await fs.readFile(backupPath(doc), 'utf8')).toBe('second')
  })

  it('copies the old file where the file system has no hard links', async () => {
    await fs.writeFile(doc, resolution)
    await writeAtomically(doc, amended, { backup: 'keep', disk: faultyDisk([], { step: 'link', code: 'EPERM' }) })
    expect(await fs.readFile(backupPath(doc), 'utf8')).toBe(resolution)
  })

  it('keeps the permissions of the file it replaces', async () => {
    await fs.writeFile(doc, resolution)
    await fs.chmod(doc, 0o640)
    await writeAtomically(doc, amended)
    expect((await fs.stat(doc)).mode & 0o777).toBe(0o640)
  })

  it.each([0o444, 0o400, 0o555])('refuses to replace a file marked read-only (mode %o) in a writable folder, even for root', async mode => {
    await fs.writeFile(doc, resolution)
    await fs.chmod(doc, mode)
    const refused = await writeAtomically(doc, amended).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(FileProblem)
    expect((refused as FileProblem).message).toBe(`Penholder could not save “draft.penholder.json” in ${folder}: the file is marked read-only. The file on disk has not been changed. Use Save As to save a copy, or clear the read-only mark first.`)
    expect(await fs.readFile(doc, 'utf8')).toBe(resolution)
    expect(await fs.readdir(folder)).toEqual(['draft.penholder.json'])
  })

  it('writes through a symbolic link to its target', async () => {
    const target = join(folder, 'real.penholder.json')
    await fs.writeFile(target, resolution)
    await fs.symlink(target, doc)
    await writeAtomically(doc, amended)
    expect((await fs.lstat(doc)).isSymbolicLink()).toBe(true)
    expect(await fs.readFile(target, 'utf8')).toBe(amended)
  })

  it('returns the stat of the file now in place', async () => {
    const stat = await writeAtomically(doc, resolution)
    const onDisk = await fs.stat(doc)
    expect([stat.size, stat.mtimeMs]).toEqual([onDisk.size, onDisk.mtimeMs])
  })

  it.each<[string, Fault[], string, string]>([
    ['creating the temporary file', [{ step: 'open', code: 'EACCES', path: p => p.endsWith('.tmp') }], 'permission-denied', 'EACCES'],
    ['writing', [{ step: 'writeFile', code: 'ENOSPC' }], 'disk-full', 'ENOSPC'],
    ['writing over quota', [{ step: 'writeFile', code: 'EDQUOT' }], 'disk-full', 'EDQUOT'],
    ['flushing', [{ step: 'sync', code: 'EIO' }], 'system', 'EIO'],
    ['closing (a network share reports late)', [{ step: 'close', code: 'ENOSPC' }], 'disk-full', 'ENOSPC'],
    ['copying the backup', [{ step: 'link', code: 'ENOTSUP' }, { step: 'copyFile', code: 'ENOSPC' }], 'disk-full', 'ENOSPC'],
    ['renaming over a file another program holds open', [{ step: 'rename', code: 'EPERM' }], 'permission-denied', 'EPERM'],
    ['renaming on a read-only disk', [{ step: 'rename', code: 'EROFS' }], 'read-only', 'EROFS']
  ])('a failure %s leaves the original intact and nothing else behind', async (_, faults, kind, code) => {
    await fs.writeFile(doc, resolution)
    const error = await writeAtomically(doc, amended, { disk: faultyDisk([], ...faults) }).catch(e => e)
    expect(error).toBeInstanceOf(FileProblem)
    expect(error).toMatchObject({ kind, code, path: doc, action: 'save' })
    expect(error.message).toContain(`“draft.penholder.json” in ${folder}`)
    expect(await fs.readFile(doc, 'utf8')).toBe(resolution)
    expect(await fs.readdir(folder)).toEqual(['draft.penholder.json'])
  })

  it.each<[string, (folder: string) => Promise<string>, string]>([
    ['a folder', async f => { await fs.mkdir(join(f, 'draft.penholder.json')); return join(f, 'draft.penholder.json') }, 'is-directory'],
    ['a file in a missing folder', async f => join(f, 'gone', 'draft.penholder.json'), 'not-found'],
    ['a path through a file', async f => { await fs.writeFile(join(f, 'notes.txt'), ''); return join(f, 'notes.txt', 'draft.penholder.json') }, 'not-found']
  ])('saving to %s reports %s', async (_, place, kind) => {
    const path = await place(folder)
    await expect(writeAtomically(path, resolution)).rejects.toMatchObject({ kind, path })
  })

  it.skipIf(process.getuid?.() === 0)('reports a read-only folder as permission denied, for real', async () => {
    await fs.writeFile(doc, resolution)
    await fs.chmod(folder, 0o555)
    try {
      await expect(writeAtomically(doc, amended)).rejects.toMatchObject({ kind: 'permission-denied' })
    } finally {
      await fs.chmod(folder, 0o755)
    }
    expect(await fs.readFile(doc, 'utf8')).toBe(resolution)
  })
})
