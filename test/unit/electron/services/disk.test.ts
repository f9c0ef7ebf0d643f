import { beforeEach, describe, expect, it } from 'vitest'
import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { nodeDisk, isMissing, errorCode } from '../../../../electron/services'
import { useTempFolder } from '../../../support/tempFolder'

let folder: string
const tempFolder = useTempFolder()
beforeEach(async () => {
  folder = tempFolder()
  await fs.writeFile(join(folder, 'notes.txt'), 'Recalling')
})

describe('nodeDisk', () => {
  it.each<[string, (f: string) => Promise<unknown>, string, boolean]>([
    ['a missing file', f => nodeDisk.readFile(join(f, 'gone.txt')), 'ENOENT', true],
    ['a path through a file', f => nodeDisk.stat(join(f, 'notes.txt', 'draft.json')), 'ENOTDIR', true],
    ['a folder read as a file', f => nodeDisk.readFile(f), 'EISDIR', false],
    ['an exclusive create of an existing file', f => nodeDisk.open(join(f, 'notes.txt'), 'wx'), 'EEXIST', false]
  ])('fails on %s with %s', async (_, operation, code, missing) => {
    const error = await operation(folder).catch(e => e)
    expect(errorCode(error)).toBe(code)
    expect(isMissing(error)).toBe(missing)
  })

  it('creates a nested folder, and again without complaint', async () => {
    const nested = join(folder, 'Penholder', 'recovery')
    await nodeDisk.mkdir(nested)
    await nodeDisk.mkdir(nested)
    expect((await nodeDisk.stat(nested)).isDirectory()).toBe(true)
  })

  it.each([[null], [undefined], ['ENOENT'], [{ code: 42 }]])('finds no error code in %j', value => {
    expect(errorCode(value)).toBeUndefined()
  })
})
