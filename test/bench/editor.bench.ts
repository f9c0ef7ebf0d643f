import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { writeBenchSection } from './benchmarksFile'
import { measuredOn, quantile, withBenchPage } from './benchPage'
import type { BenchDocument } from './editorPage/documents'
import type { BenchEditor } from './editorPage/main'

export interface EditorBenchRun {
  /// When and where: the date, the processor and the browser.
  measured: string
  open: OpenRow
  /// One list of rows (one per document) for each repetition of the keystroke bench.
  repetitions: EditorBenchRow[][]
}

/// Opening the GA-scale version with 100 amendments, in milliseconds, each repetition.
export interface OpenRow {
  penholder: number[]
  bare: number[]
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
/// Repetitions of the whole keystroke measurement in one run, to show its spread.
const keystrokeRepetitions = 3
const openRepetitions = 11
const keystrokeTarget = 1.3
const openTarget = 1.5

type PageBench = {
  measure(d: string, w: number, c: number): Record<BenchEditor, number[]> & { amendments: number }
  open(repetitions: number): Promise<Record<BenchEditor, number[]>>
}
const bench = (page: Page) => page.evaluateHandle(() => (window as unknown as { editorBench: PageBench }).editorBench)

/// One repetition of the keystroke bench on `document`: an untimed round, then `rounds`
/// rounds of `perRound` keystrokes typed into each editor by turns.
async function keystrokes(page: Page, document: BenchDocument): Promise<EditorBenchRow> {
  const handle = await bench(page)
  const times: Record<BenchEditor, number[]> = { penholder: [], bare: [] }
  let changed = 0
  for (let round = -1; round < rounds; round++) {
    const result = await handle.evaluate((b, [document, warmup, count]) => b.measure(document, warmup, count), [document, warmup, perRound] as const)
    if (round < 0) continue
    times.penholder.push(...result.penholder)
    times.bare.push(...result.bare)
    changed = result.amendments
  }
  const stats = (values: number[]) => ({ median: quantile(values, 0.5), p95: quantile(values, 0.95) })
  const penholder = stats(times.penholder), bare = stats(times.bare)
  return { document, changed, penholder, bare, ratio: penholder.median / bare.median }
}

/// The editor bench, in Debian's Chromium. Opening: the time to open the GA-scale version
/// with 100 amendments to a fully decorated redline, laid out, against bare ProseMirror
/// opening the same document. Keystroke: the time from a keystroke to the updated
/// decorations on screen (dispatch, view update, layout), in Penholder's editor (paragraph
/// ids, opening phrases, amendment tracking, numbering, redline, find) and in a bare
/// ProseMirror editor on the same document (ProseMirror's own history and base keymap,
/// none of our plugins), open side by side and typed into by turns, batch after batch, so
/// drift of the machine falls on both; the whole measurement repeated three times.
export async function runEditorBench(log: (line: string) => void = () => {}): Promise<EditorBenchRun> {
  return withBenchPage(async (page, browser) => {
    const handle = await bench(page)
    const open = await handle.evaluate((b, n) => b.open(n), openRepetitions)
    log(`editor open ga-100: penholder ${ms(quantile(open.penholder, 0.5))} ms, bare ${ms(quantile(open.bare, 0.5))} ms`)
    const repetitions: EditorBenchRow[][] = []
    for (let r = 0; r < keystrokeRepetitions; r++) {
      const rows: EditorBenchRow[] = []
      for (const [document] of documents) {
        const row = await keystrokes(page, document)
        log(`editor ${r + 1} ${document}: penholder ${ms(row.penholder.median)} ms, bare ${ms(row.bare.median)} ms, ratio ${row.ratio.toFixed(2)}`)
        rows.push(row)
      }
      repetitions.push(rows)
    }
    return { measured: measuredOn(browser), open, repetitions }
  }, ['--js-flags=--expose-gc'])
}

const ms = (n: number) => n.toFixed(3)
const times = (n: number) => `${n.toFixed(2)}×`
const verdict = (met: boolean) => met ? 'met' : 'missed'

/// The editor's section of docs/benchmarks.md.
export function editorBenchMarkdown({ measured, open, repetitions }: EditorBenchRun): string {
  const openRatios = open.penholder.map((p, i) => p / open.bare[i])
  const openRatio = quantile(open.penholder, 0.5) / quantile(open.bare, 0.5)
  const lines = [
    '## Editor, in Chromium',
    '',
    `Measured ${measured}, in Debian's Chromium (headless, software rendering) seeing only a bare Debian's fonts, so the page's bundled face lays the text out as in the app.`,
    '',
    '### Opening a fully decorated redline',
    '',
    `Time to open the GA-scale resolution (600 paragraphs, 50,000 words) with 100 amendments scattered over it, from nothing to the whole text laid out: for Penholder the editor state (its diff against the original), the redline's decorations, the view and the layout; for *bare* ProseMirror its state and view of the same current document and their layout (reading the position of the document's end forces the layout of the whole text). ${openRepetitions} repetitions of each, by turns, each after a frame and a full garbage collection, after one untimed opening of each; ratio of the medians, and in brackets the range of the ratios of each repetition's pair. Target: ≤ ${openTarget}× bare.`,
    '',
    '| Penholder median (ms) | Penholder range (ms) | bare median (ms) | bare range (ms) | ratio | target ≤ 1.5× |',
    '| ---: | ---: | ---: | ---: | ---: | --- |',
    `| ${quantile(open.penholder, 0.5).toFixed(1)} | ${Math.min(...open.penholder).toFixed(1)}–${Math.max(...open.penholder).toFixed(1)} | ${quantile(open.bare, 0.5).toFixed(1)} | ${Math.min(...open.bare).toFixed(1)}–${Math.max(...open.bare).toFixed(1)} | ${times(openRatio)} (${Math.min(...openRatios).toFixed(2)}–${Math.max(...openRatios).toFixed(2)}) | ${verdict(openRatio <= openTarget)} |`,
    '',
    '### Keystroke',
    '',
    `Time from a keystroke to the updated decorations on screen (dispatch, view update, layout), median and 95th percentile over batches of ten keystrokes (${rounds * perRound} keystrokes in all, after an untimed round of ${perRound + warmup} that lets the JavaScript engine optimize both editors) typed into the middle operative paragraph, the two editors open side by side and typed into by turns, the same keystrokes at the same place. *Bare* is ProseMirror on the same schema and document with its own undo history and base keymap and none of Penholder's plugins, node views or decorations; Penholder's editor adds paragraph ids, opening phrases, amendment tracking, numbering, the redline and find. The whole measurement runs ${keystrokeRepetitions} times in the one run; the verdict is on the median of the ${keystrokeRepetitions} ratios. Target: Penholder ≤ ${keystrokeTarget}× bare.`,
    '',
    '| document | repetition | paragraphs changed against the base | Penholder median (ms) | Penholder p95 (ms) | bare median (ms) | bare p95 (ms) | ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
  ]
  for (const [document, name] of documents) {
    repetitions.forEach((rows, r) => {
      const row = rows.find(x => x.document === document)!
      lines.push(`| ${name} | ${r + 1} | ${row.changed} | ${ms(row.penholder.median)} | ${ms(row.penholder.p95)} | ${ms(row.bare.median)} | ${ms(row.bare.p95)} | ${times(row.ratio)} |`)
    })
  }
  lines.push('', `| document | ratios of the ${keystrokeRepetitions} repetitions | spread | median ratio | target ≤ ${keystrokeTarget}× |`, '| --- | --- | ---: | ---: | --- |')
  for (const [document, name] of documents) {
    const ratios = repetitions.map(rows => rows.find(x => x.document === document)!.ratio)
    const median = quantile(ratios, 0.5)
    lines.push(`| ${name} | ${ratios.map(times).join(', ')} | ${times(Math.min(...ratios))}–${times(Math.max(...ratios))} | ${times(median)} | ${verdict(median <= keystrokeTarget)} |`)
  }
  return lines.join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const markdown = editorBenchMarkdown(await runEditorBench(line => process.stderr.write(line + '\n')))
  process.stdout.write(markdown + '\n')
  writeBenchSection(fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url)), 'editor', markdown)
}
