import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { cpus } from 'node:os'
import { writeBenchSection } from './benchmarksFile'

const bin = fileURLToPath(new URL('../../bin/penholder.js', import.meta.url))
const runs = 7
const target = 4

/// What one command costs from start to exit, in ms of wall time.
function timed(args: string[]): number {
  const start = performance.now()
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' })
  const elapsed = performance.now() - start
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr.split('\n')[0]}`)
  return elapsed
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

export interface CliBenchRun {
  measured: string
  command: number
  bareNode: number
  ratio: number
}

/// The command's start: `node bin/penholder.js info template:2388 --json` against
/// `node -e 0`, medians of seven runs each after one untimed run (which also builds the
/// bundle if the sources changed), taken by turns so that the machine's load falls on both.
export function runCliBench(log: (line: string) => void = () => {}): CliBenchRun {
  const command = [bin, 'info', 'template:2388', '--json'], bare = ['-e', '0']
  timed(command)
  timed(bare)
  const commandTimes: number[] = [], bareTimes: number[] = []
  for (let i = 0; i < runs; i++) {
    commandTimes.push(timed(command))
    bareTimes.push(timed(bare))
  }
  const run = { command: median(commandTimes), bareNode: median(bareTimes) }
  log(`cli: penholder info ${run.command.toFixed(0)} ms, node -e 0 ${run.bareNode.toFixed(0)} ms`)
  return { measured: `${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model.trim() ?? 'an unknown CPU'}, Node ${process.version}`, ...run, ratio: run.command / run.bareNode }
}

/// The command's section of docs/benchmarks.md.
export function cliBenchMarkdown({ measured, command, bareNode, ratio }: CliBenchRun): string {
  return [
    '## The `penholder` command\'s start',
    '',
    `Measured ${measured}. Medians of ${runs} runs each, after one untimed run, the two commands taken by turns. The command runs the bundle that \`bin/penholder.js\` builds on first run and caches by its sources' content (\`bin/cliBundle.js\`).`,
    '',
    '| measure | penholder (ms) | node -e 0 (ms) | ratio | target |',
    '| --- | ---: | ---: | ---: | --- |',
    `| \`node bin/penholder.js info template:2388 --json\` ÷ \`node -e 0\` | ${command.toFixed(0)} | ${bareNode.toFixed(0)} | ${ratio.toFixed(2)}× | ≤ ${target}×: ${ratio <= target ? 'met' : 'missed'} |`
  ].join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const markdown = cliBenchMarkdown(runCliBench(line => process.stderr.write(line + '\n')))
  process.stdout.write(markdown + '\n')
  writeBenchSection(fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url)), 'cli', markdown)
}
