import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sourceKey } from '../../../bin/cliBundle.js'
import { useTempFolder } from '../../support/tempFolder'

const folder = useTempFolder()
const bin = new URL('../../../bin/penholder.js', import.meta.url).pathname

/// Run the installed command with its own bundle cache, as a fresh clone would.
function penholder(cache: string, ...args: string[]): Promise<{ code: number | null, out: string, err: string }> {
  return new Promise(resolve => {
    const child = spawn('node', [bin, ...args], { env: { ...process.env, PENHOLDER_CLI_CACHE: cache } })
    let out = '', err = ''
    child.stdout.on('data', chunk => { out += chunk })
    child.stderr.on('data', chunk => { err += chunk })
    child.on('close', code => resolve({ code, out, err }))
  })
}

describe('the bundled penholder command', () => {
  it('builds once on a fresh clone, even with four runs racing for the first build', async () => {
    const cache = join(folder(), 'cache')
    const runs = await Promise.all(Array.from({ length: 4 }, () => penholder(cache, 'info', 'template:2388', '--json')))
    expect(runs.map(r => [r.code, r.err])).toEqual(Array(4).fill([0, '']))
    expect(new Set(runs.map(r => r.out)).size).toBe(1)
    expect(JSON.parse(runs[0].out)).toMatchObject({ organ: 'The Security Council', preambular: 24, operative: 35 })
    const files = readdirSync(cache).sort()
    expect(files).toEqual([expect.stringMatching(/^cli-[0-9a-f]{16}\.mjs$/), 'inputs.json'])
    const built = statSync(join(cache, files[0])).mtimeMs
    expect((await penholder(cache, '--help')).code).toBe(0)
    expect(statSync(join(cache, files[0])).mtimeMs).toBe(built)
  })

  it('keys the bundle on the bytes of exactly the sources it was built from', async () => {
    const cache = join(folder(), 'cache')
    await penholder(cache, '--help')
    const { inputs } = JSON.parse(readFileSync(join(cache, 'inputs.json'), 'utf8')) as { inputs: string[] }
    expect(inputs).toEqual(expect.arrayContaining(['cli/main.ts', 'shared/import/importResolution.ts', 'shared/template/template2388.ts']))
    expect(inputs.filter(file => file.includes('node_modules/') || file.startsWith('renderer/'))).toEqual([])
    expect(readdirSync(cache)).toContain(`cli-${sourceKey(inputs)}.mjs`)
    expect(sourceKey([...inputs, 'cli/no-such-file.ts'])).toBeNull()
    expect(sourceKey(inputs.slice(1))).not.toBe(sourceKey(inputs))
  })
})
