import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli as run } from '../../../support/cli'
import { useTempFolder } from '../../../support/tempFolder'

const folder = useTempFolder()
const caseFile = new URL('../../../cases/import/roman-first-list.txt', import.meta.url).pathname

describe('penholder import names its document', () => {
  it.each(['draft.penholder', 'draft.penholder.json'])('writes %s, which info reads back', async name => {
    const target = join(folder(), name)
    expect(await run('import', caseFile, '-o', target)).toMatchObject({ code: 0 })
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ format: 'penholder', version: 3 })
    expect(JSON.parse((await run('info', target, '--json')).out).operative).toBe(3)
  })

  it('refuses any other name, writing nothing', async () => {
    const target = join(folder(), 'draft.json')
    expect(await run('import', caseFile, '-o', target)).toEqual({ code: 2, out: '', err: `penholder: ${target}: the output of import must be named *.penholder\n` })
    expect(existsSync(target)).toBe(false)
  })
})
