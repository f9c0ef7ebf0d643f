// The `penholder` command as one bundled JavaScript file, built on first run and cached
// under a key made of its sources' content, so that a fresh clone's `npx penholder` works
// with no build step (npm runs no install scripts here) and every later run starts like a
// compiled tool: no TypeScript is transpiled at start.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/// Where bundles are kept: node_modules/.cache (npm's convention for tools' caches, gone
/// with a fresh install), or PENHOLDER_CLI_CACHE (tests use a folder of their own).
export const cacheFolder = process.env.PENHOLDER_CLI_CACHE || join(root, 'node_modules', '.cache', 'penholder-cli')
const manifestPath = join(cacheFolder, 'inputs.json')

/// The locked dependency versions stand for the node_modules files the bundle inlines.
const lockFile = 'package-lock.json'

/// The cache key: a SHA-1 of the bytes of every source file the last build read
/// (esbuild's metafile lists them: a file the command does not import cannot change it,
/// and a file that starts importing another changes itself) and of the lock file. A few
/// milliseconds of reading and hashing, where transpiling at start costs hundreds.
/// Returns null when a listed file is gone (then the sources changed: rebuild).
export function sourceKey(inputs) {
  const hash = createHash('sha1')
  for (const file of [...inputs, lockFile]) {
    let bytes
    try {
      bytes = readFileSync(join(root, file))
    } catch {
      return null
    }
    hash.update(file + '\0')
    hash.update(bytes)
    hash.update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

/// Write a file so that no reader ever sees it half written: a temporary file of this
/// process, renamed into place (atomic). Parallel test workers on a fresh clone race on
/// the first run; each writes the same bytes and the last rename wins.
function writeAtomically(path, contents) {
  const temporary = `${path}.${process.pid}.${Math.random().toString(16).slice(2)}.tmp`
  writeFileSync(temporary, contents)
  renameSync(temporary, path)
}

function bundlePath(key) {
  return join(cacheFolder, `cli-${key}.mjs`)
}

/// Bundle cli/main.ts with esbuild, cache it under its sources' key and return its path.
/// Bundles of other sources are removed once they are ten minutes old (a process that
/// started just before the sources changed may still be loading one). Throws esbuild's
/// error when the sources do not build.
async function build() {
  const esbuild = await import('esbuild')
  const result = await esbuild.build({
    entryPoints: [join(root, 'cli/main.ts')],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    // ES module builds first: some packages' `main` is a UMD wrapper whose require()
    // calls a bundler cannot follow (jsonc-parser's).
    mainFields: ['module', 'main'],
    target: 'node20',
    write: false,
    metafile: true,
    // A third less for the engine to parse at every start; names stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'silent',
    // Dependencies written as CommonJS call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __penholderRequire } from 'node:module'; const require = __penholderRequire(import.meta.url);" }
  })
  const inputs = Object.keys(result.metafile.inputs).filter(file => !file.includes('node_modules/')).sort()
  const key = sourceKey(inputs)
  mkdirSync(cacheFolder, { recursive: true })
  const path = bundlePath(key)
  writeAtomically(path, result.outputFiles[0].contents)
  writeAtomically(manifestPath, JSON.stringify({ inputs }))
  const stale = Date.now() - 10 * 60_000
  for (const name of readdirSync(cacheFolder)) {
    const other = join(cacheFolder, name)
    if (other !== path && statSync(other).mtimeMs < stale) rmSync(other, { force: true })
  }
  return path
}

function cachedBundle() {
  let inputs
  try {
    inputs = JSON.parse(readFileSync(manifestPath, 'utf8')).inputs
  } catch {
    return null
  }
  const key = Array.isArray(inputs) ? sourceKey(inputs) : null
  return key && existsSync(bundlePath(key)) ? bundlePath(key) : null
}

/// The bundled command's module (its `main(args)`), built first when its sources changed.
export async function loadCli() {
  return import(pathToFileURL(cachedBundle() ?? await build()).href)
}
