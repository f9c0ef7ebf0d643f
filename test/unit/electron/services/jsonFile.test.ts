import { beforeEach, describe, expect, it } from 'vitest'
import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { readJsonFile, writeJsonFile, corruptPath } from '../../../../electron/services'
import { faultyDisk } from './fixtures/disks'
import { useTempFolder } from '../../../support/tempFolder'

const schema = z.object({ symbol: z.string(), operative: z.number().int() })

let folder: string
let file: string
const tempFolder = useTempFolder()
beforeEach(() => {
  folder = tempFolder()
  file = join(folder, 'Penholder', 'last-export.json')
})

describe('readJsonFile and writeJsonFile', () => {
  it('write indented JSON, creating the folder, and read it back', async () => {
    await writeJsonFile(file, { symbol: 'S/RES/2388 (2017)', operative: 35 })
    expect(await fs.readFile(file, 'utf8')).toBe('{\n  "symbol": "S/RES/2388 (2017)",\n  "operative": 35\n}\n')
    expect(await readJsonFile(file, schema)).toEqual({ kind: 'value', value: { symbol: 'S/RES/2388 (2017)', operative: 35 } })
  })

  it('read nothing before anything was written', async () => {
    expect(await readJsonFile(file, schema)).toEqual({ kind: 'missing' })
  })

  it.each([
    ['missing a comma', '{\n  "symbol": "S/RES/2388 (2017)",\n  "operative": 35\n  "preambular": 24\n}', 4, 'it is not valid JSON'],
    ['cut short', '{\n  "symbol": "S/RES/2388 (2017)",\n  "operative": ', undefined, 'it is not valid JSON'],
    ['with the wrong type', '{ "symbol": "S/RES/2388 (2017)", "operative": "35" }', undefined, 'unexpected content at “operative”']
  ])('set a file %s aside and report it', async (_, text, line, words) => {
    await fs.mkdir(join(folder, 'Penholder'))
    await fs.writeFile(file, text)
    const reading = await readJsonFile(file, schema)
    expect(reading).toMatchObject({ kind: 'problem', problem: { kind: 'damaged', path: file, line } })
    if (reading.kind === 'problem') {
      expect(reading.problem.message).toContain(words)
      expect(reading.problem.message).toMatch(/; it was kept aside as last-export\.json\.corrupt\.$/)
    }
    expect(await fs.readdir(join(folder, 'Penholder'))).toEqual(['last-export.json.corrupt'])
    expect(await fs.readFile(corruptPath(file), 'utf8')).toBe(text)
  })

  it('leave a file it cannot read where it is', async () => {
    await writeJsonFile(file, { symbol: 'S/RES/2388 (2017)', operative: 35 })
    const reading = await readJsonFile(file, schema, faultyDisk([], { step: 'readFile', code: 'EACCES' }))
    expect(reading).toMatchObject({ kind: 'problem', problem: { kind: 'permission-denied', action: 'read' } })
    expect(await fs.readdir(join(folder, 'Penholder'))).toEqual(['last-export.json'])
  })

  it('say so when a damaged file cannot be set aside either', async () => {
    await fs.mkdir(join(folder, 'Penholder'))
    await fs.writeFile(file, '{')
    const reading = await readJsonFile(file, schema, faultyDisk([], { step: 'rename', code: 'EROFS' }))
    expect(reading).toMatchObject({ kind: 'problem', problem: { kind: 'damaged' } })
    if (reading.kind === 'problem') expect(reading.problem.message).toContain('it could not be set aside (Penholder could not write “last-export.json.corrupt”')
  })

  it('report a folder that cannot be created', async () => {
    await expect(writeJsonFile(file, {}, faultyDisk([], { step: 'mkdir', code: 'EACCES' })))
      .rejects.toMatchObject({ kind: 'permission-denied', action: 'write', path: file })
  })
})
