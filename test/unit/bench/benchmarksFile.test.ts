import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeBenchSection } from '../../bench/benchmarksFile'

describe('writeBenchSection', () => {
  let dir = ''
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'penholder-bench-')) })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('creates docs/benchmarks.md with the section', () => {
    const file = join(dir, 'docs', 'benchmarks.md')
    writeBenchSection(file, 'amend', '| a | b |')
    expect(readFileSync(file, 'utf8')).toMatch(/^# Benchmarks\n[\s\S]*\n<!-- bench:amend -->\n\| a \| b \|\n<!-- \/bench:amend -->\n$/)
  })

  it('rewrites its own section and keeps the others', () => {
    const file = join(dir, 'benchmarks.md')
    writeFileSync(file, '# Benchmarks\n\nIntro.\n\n<!-- bench:amend -->\nold\n<!-- /bench:amend -->\n\n<!-- bench:export -->\nexport rows\n<!-- /bench:export -->\n')
    writeBenchSection(file, 'amend', 'new')
    expect(readFileSync(file, 'utf8')).toBe('# Benchmarks\n\nIntro.\n\n<!-- bench:amend -->\nnew\n<!-- /bench:amend -->\n\n<!-- bench:export -->\nexport rows\n<!-- /bench:export -->\n')
  })

  it('appends a section the file does not have yet', () => {
    const file = join(dir, 'benchmarks.md')
    writeFileSync(file, '# Benchmarks\n\n<!-- bench:export -->\nexport rows\n<!-- /bench:export -->\n')
    writeBenchSection(file, 'amend', 'rows')
    expect(readFileSync(file, 'utf8')).toBe('# Benchmarks\n\n<!-- bench:export -->\nexport rows\n<!-- /bench:export -->\n\n<!-- bench:amend -->\nrows\n<!-- /bench:amend -->\n')
  })
})
