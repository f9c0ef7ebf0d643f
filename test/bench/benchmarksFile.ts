import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/// Put one benchmark's section into docs/benchmarks.md, between its
/// `<!-- bench:name -->` markers, keeping every other section as it is: each benchmark
/// owns its section and rewrites only that.
export function writeBenchSection(file: string, name: string, markdown: string): void {
  const open = `<!-- bench:${name} -->`, close = `<!-- /bench:${name} -->`
  const section = `${open}\n${markdown.trim()}\n${close}`
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nWritten by `npm run bench`; each section is rewritten by its own benchmark.\n'
  const start = before.indexOf(open), end = before.indexOf(close)
  const after = start >= 0 && end > start
    ? before.slice(0, start) + section + before.slice(end + close.length)
    : before.trimEnd() + '\n\n' + section + '\n'
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, after)
}
