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

/// Run the measurements a command line names (all when it names none), print each one's
/// markdown and write it into its section of `file`. An unknown name is refused with the
/// list of known ones (exit 2), before anything runs.
export async function runSections(file: string, command: string, sections: Array<[string, () => Promise<string> | string]>,
  asked: string[] = process.argv.slice(2)): Promise<void> {
  const unknown = asked.filter(name => !sections.some(([n]) => n === name))
  if (unknown.length) {
    process.stderr.write(`${command}: no section named ${unknown.join(', ')} (there are ${sections.map(([n]) => n).join(', ')})\n`)
    process.exit(2)
  }
  for (const [name, run] of sections) {
    if (asked.length && !asked.includes(name)) continue
    const markdown = await run()
    process.stdout.write(markdown + '\n\n')
    writeBenchSection(file, name, markdown)
  }
}
