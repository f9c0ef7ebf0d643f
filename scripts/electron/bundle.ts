import { build } from 'esbuild'
import { join } from 'node:path'

/// The two bundles of the desktop shell, as Electron loads them: the main process and
/// the preload, each one CommonJS file (a sandboxed preload cannot load modules of its
/// own, only `electron`), with everything but Electron itself bundled in, so that the
/// packaged app needs no `node_modules`.
export async function bundleElectron(root: string, outdir = join(root, 'dist', 'electron')): Promise<string[]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'electron/main/index.ts', preload: 'electron/preload/index.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    sourcemap: true,
    metafile: true,
    logLevel: 'silent'
  })
  return Object.keys(result.metafile.outputs).filter(file => file.endsWith('.cjs'))
}
