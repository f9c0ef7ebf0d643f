import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { launchChromium } from '../e2e/support/browser'
import { serveFolder } from '../e2e/support/staticServer'
import { writeBenchSection } from './benchmarksFile'
import type { BenchDocument, BenchEditor } from './editorPage/main'

export interface EditorBenchRun {
  /// When and where: the date, the processor and the browser.
  measured: string
  rows: EditorBenchRow[]
}

export interface EditorBenchRow {
  document: BenchDocument
  /// Paragraphs changed against the base while typing (amendment entries).
  changed: number
  penholder: { median: number, p95: number }
  bare: { median: number, p95: number }
  ratio: number
}

const documents: Array<[BenchDocument, string]> = [
  ['2388', 'resolution 2388 (59 paragraphs), fresh draft'],
  ['ga-100', 'GA-scale (600 paragraphs, 50,000 words), 100 amendments']
]
/// Rounds timed per document, after one untimed round: the first keystrokes run before the
/// JavaScript engine has optimized either editor's code, and would time the compiler.
const rounds = 8
const warmup = 50
const perRound = 400

function quantile(values: number[], q: number): number {
  const sorted = values.slice().sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

/// The keystroke bench of the editor, in Debian's Chromium: the time from a keystroke to
/// the updated decorations on screen (dispatch, view update, layout), in Penholder's
/// editor (paragraph ids, opening phrases, amendment tracking, numbering, redline, find)
/// and in a bare ProseMirror editor on the same document (ProseMirror's own history and
/// base keymap, none of our plugins), open side
/// by side and typed into by turns, batch after batch, so drift of the machine falls on
/// both.
export async function runEditorBench(log: (line: string) => void = () => {}): Promise<EditorBenchRun> {
  const out = mkdtempSync(join(tmpdir(), 'penholder-editor-bench-'))
  const root = fileURLToPath(new URL('./editorPage/', import.meta.url))
  await build({ root, base: './', logLevel: 'warn', build: { outDir: out, emptyOutDir: true, modulePreload: { polyfill: false }, chunkSizeWarningLimit: 4000 } })
  const server = await serveFolder(out, { isolated: true })
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
    await page.goto(server.url)
    await page.waitForFunction(() => 'editorBench' in window)
    const rows: EditorBenchRow[] = []
    for (const [document] of documents) {
      const times: Record<BenchEditor, number[]> = { penholder: [], bare: [] }
      let changed = 0
      for (let round = -1; round < rounds; round++) {
        const result = await page.evaluate(([document, warmup, count]) =>
          (window as unknown as { editorBench: { measure(d: string, w: number, c: number): Record<BenchEditor, number[]> & { amendments: number } } })
            .editorBench.measure(document, warmup, count), [document, warmup, perRound] as const)
        if (round < 0) continue
        times.penholder.push(...result.penholder)
        times.bare.push(...result.bare)
        changed = result.amendments
      }
      const stats = (values: number[]) => ({ median: quantile(values, 0.5), p95: quantile(values, 0.95) })
      const penholder = stats(times.penholder), bare = stats(times.bare)
      const row = { document, changed, penholder, bare, ratio: penholder.median / bare.median }
      log(`editor ${document}: penholder ${penholder.median.toFixed(3)} ms, bare ${bare.median.toFixed(3)} ms, ratio ${row.ratio.toFixed(2)}`)
      rows.push(row)
    }
    return { measured: `${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model.trim() ?? 'an unknown processor'}, Chromium ${browser.version()}`, rows }
  } finally {
    await browser.close()
    await server.close()
    rmSync(out, { recursive: true, force: true })
  }
}

const ms = (n: number) => n.toFixed(3)

/// The editor's section of docs/benchmarks.md.
export function editorBenchMarkdown({ measured, rows }: EditorBenchRun): string {
  const lines = [
    '## Editor keystroke, in Chromium',
    '',
    `Measured ${measured}.`,
    '',
    `Time from a keystroke to the updated decorations on screen (dispatch, view update, layout), median and 95th percentile over batches of ten keystrokes (${rounds * perRound} keystrokes in all, after an untimed round of ${perRound + warmup} that lets the JavaScript engine optimize both editors) typed into the middle operative paragraph, the two editors open side by side and typed into by turns, in Debian's Chromium (headless). *Bare* is ProseMirror on the same schema and document with its own undo history and base keymap and none of Penholder's plugins, node views or decorations; Penholder's editor adds paragraph ids, opening phrases, amendment tracking, numbering, the redline and find. Target: Penholder ≤ 1.3× bare.`,
    '',
    '| document | paragraphs changed against the base | Penholder median (ms) | Penholder p95 (ms) | bare median (ms) | bare p95 (ms) | ratio | target ≤ 1.3× |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |'
  ]
  for (const row of rows) {
    const name = documents.find(([d]) => d === row.document)![1]
    lines.push(`| ${name} | ${row.changed} | ${ms(row.penholder.median)} | ${ms(row.penholder.p95)} | ${ms(row.bare.median)} | ${ms(row.bare.p95)} | ${row.ratio.toFixed(2)}× | ${row.ratio <= 1.3 ? 'met' : 'missed'} |`)
  }
  return lines.join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const markdown = editorBenchMarkdown(await runEditorBench(line => process.stderr.write(line + '\n')))
  process.stdout.write(markdown + '\n')
  writeBenchSection(fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url)), 'editor', markdown)
}
