import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { writeBenchSection } from './benchmarksFile'
import { measuredOn, quantile, withBenchPage } from './benchPage'
import type { BenchDocument } from './editorPage/documents'
import type { BenchEditor, Timing } from './editorPage/main'

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
  penholder: KeystrokeStats
  bare: KeystrokeStats
  ratio: number
}

/// Milliseconds per keystroke over the batches: the median and 95th percentile of the
/// whole, the medians of its script (dispatch) and of the rest (style and layout), and
/// the medians of the batch's first keystroke (the paragraph changes from its base: the
/// redline draws its first marks), of the eight between, and of the last (the paragraph
/// is as in the base again: the marks go).
export interface KeystrokeStats { median: number, p95: number, script: number, layout: number, first: number, between: number, last: number }

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
  measure(d: string, w: number, c: number): Record<BenchEditor, Timing[]> & { amendments: number }
  open(repetitions: number): Promise<Record<BenchEditor, number[]>>
}
const bench = (page: Page) => page.evaluateHandle(() => (window as unknown as { editorBench: PageBench }).editorBench)

/// One repetition of the keystroke bench on `document`: an untimed round, then `rounds`
/// rounds of `perRound` keystrokes typed into each editor by turns.
async function keystrokes(page: Page, document: BenchDocument): Promise<EditorBenchRow> {
  const handle = await bench(page)
  const times: Record<BenchEditor, Timing[]> = { penholder: [], bare: [] }
  let changed = 0
  for (let round = -1; round < rounds; round++) {
    const result = await handle.evaluate((b, [document, warmup, count]) => b.measure(document, warmup, count), [document, warmup, perRound] as const)
    if (round < 0) continue
    times.penholder.push(...result.penholder)
    times.bare.push(...result.bare)
    changed = result.amendments
  }
  const stats = (values: Timing[]): KeystrokeStats => {
    const totals = values.map(v => v.total)
    const median = (f: (v: Timing) => number) => quantile(values.map(f), 0.5)
    return {
      median: quantile(totals, 0.5),
      p95: quantile(totals, 0.95),
      script: median(v => v.script),
      layout: median(v => v.total - v.script),
      first: median(v => v.each[0]),
      between: median(v => v.each.slice(1, -1).reduce((a, b) => a + b) / (v.each.length - 2)),
      last: median(v => v.each[v.each.length - 1])
    }
  }
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
    '| document | repetition | paragraphs changed against the base | Penholder median (ms) | Penholder p95 (ms) | Penholder script / layout (ms) | bare median (ms) | bare p95 (ms) | bare script / layout (ms) | ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
  ]
  for (const [document, name] of documents) {
    repetitions.forEach((rows, r) => {
      const row = rows.find(x => x.document === document)!
      const split = (s: KeystrokeStats) => `${ms(s.script)} / ${ms(s.layout)}`
      lines.push(`| ${name} | ${r + 1} | ${row.changed} | ${ms(row.penholder.median)} | ${ms(row.penholder.p95)} | ${split(row.penholder)} | ${ms(row.bare.median)} | ${ms(row.bare.p95)} | ${split(row.bare)} | ${times(row.ratio)} |`)
    })
  }
  lines.push('', `| document | ratios of the ${keystrokeRepetitions} repetitions | spread | median ratio | target ≤ ${keystrokeTarget}× |`, '| --- | --- | ---: | ---: | --- |')
  for (const [document, name] of documents) {
    const ratios = repetitions.map(rows => rows.find(x => x.document === document)!.ratio)
    const median = quantile(ratios, 0.5)
    lines.push(`| ${name} | ${ratios.map(times).join(', ')} | ${times(Math.min(...ratios))}–${times(Math.max(...ratios))} | ${times(median)} | ${verdict(median <= keystrokeTarget)} |`)
  }
  lines.push(
    '',
    `Where the time goes, keystroke by keystroke of a batch (medians of the ${keystrokeRepetitions} repetitions' medians, ms). The typing place is the start of a word of a paragraph that has no amendment, so the batch's first letter changes the word against the base (in 2388 \`abduction\` becomes \`nabduction\`, which the amendment list quotes whole): the redline marks the letter as inserted, painted as the custom highlight \`ph-ins\` over the text (\`renderer/editor/insertionHighlight.ts\`), so the paragraph gets no new box to style and lay out (drawn as a struck widget for \`abduction\` and a span for \`nabduction\`, the redline made these first and last keystrokes 2.0× and 1.6× bare, and those between 1.25×); the eight keystrokes between change the text inside the insertion; the last one brings the paragraph back to its base and takes the mark away. The script / layout columns above split each keystroke into dispatch (the state's plugins and the view's update of the DOM) and the rest (reading the caret's coordinates, which makes the browser style and lay out what changed).`,
    '',
    '| document | Penholder first / between / last | bare first / between / last | ratios |',
    '| --- | ---: | ---: | ---: |'
  )
  for (const [document, name] of documents) {
    const rows = repetitions.map(rows => rows.find(x => x.document === document)!)
    const at = (editor: BenchEditor, key: 'first' | 'between' | 'last') => quantile(rows.map(row => row[editor][key]), 0.5)
    const keys = ['first', 'between', 'last'] as const
    lines.push(`| ${name} | ${keys.map(k => ms(at('penholder', k))).join(' / ')} | ${keys.map(k => ms(at('bare', k))).join(' / ')} | ${keys.map(k => times(at('penholder', k) / at('bare', k))).join(' / ')} |`)
  }
  return lines.join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const markdown = editorBenchMarkdown(await runEditorBench(line => process.stderr.write(line + '\n')))
  process.stdout.write(markdown + '\n')
  writeBenchSection(fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url)), 'editor', markdown)
}
