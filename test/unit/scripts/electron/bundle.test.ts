import { readFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { bundleElectron } from '../../../../scripts/electron/bundle'
import { useTempFolder } from '../../../support/tempFolder'

const root = fileURLToPath(new URL('../../../..', import.meta.url))

/// The modules a CommonJS bundle loads at run time.
function required(file: string): string[] {
  return [...new Set([...readFileSync(file, 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map(m => m[1]))].sort()
}

describe('bundleElectron', () => {
  const temp = useTempFolder()

  /// Node's own modules stay outside, by either name: fflate's Node build (the .docx
  /// reader's unzip) asks for `module` without the `node:` prefix.
  it('bundles main and preload, leaving out Electron and Node\'s own modules only', async () => {
    const outdir = temp()
    const files = await bundleElectron(root, outdir)
    expect(files.map(f => f.slice(f.lastIndexOf('/') + 1)).sort()).toEqual(['main.cjs', 'preload.cjs'])
    expect(required(join(outdir, 'preload.cjs'))).toEqual(['electron'])
    for (const module of required(join(outdir, 'main.cjs'))) expect(module === 'electron' || isBuiltin(module), module).toBe(true)
    expect(readFileSync(join(outdir, 'preload.cjs'), 'utf8')).toContain('penholder:save-document')
  })
})
