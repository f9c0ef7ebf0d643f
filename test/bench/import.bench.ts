import { importResolution } from '../../shared/import'

/// One shape of input that once made the importer's line joining quadratic, built at any
/// size: `n` is the number of repeated units (letters, lines, paragraphs).
interface ImportCase {
  name: string
  n: number
  build: (n: number) => string
}

const organ = 'The Security Council,\n\n'

const cases: ImportCase[] = [
  // 8n stays under the 100,000 characters a paragraph may hold (paragraphLimit.ts).
  { name: 'letters with no space (12k, 96k)', n: 12_000, build: n => organ + 'Recalling ' + 'a'.repeat(n) + ',\n1. Decides;' },
  { name: 'lines of `1.` (4k, 32k)', n: 4_000, build: n => organ + 'Recalling x,\n' + '1.\n'.repeat(n) },
  { name: 'spaces before a marker (8k, 64k)', n: 8_000, build: n => organ + 'Recalling x,\n' + ' '.repeat(n) + '1. Decides;' },
  {
    name: 'numbered paragraphs (1k, 8k)', n: 1_000,
    build: n => organ + 'Recalling its resolution 2388 (2017),\n\n' + Array.from({ length: n }, (_, i) =>
      `${i + 1}. Requests the Secretary-General to report on the implementation of the present resolution, including on trafficking-\nrelated matters;`).join('\n\n')
  },
  {
    name: 'paragraphs with page artefacts (500, 4k)', n: 500,
    build: n => organ + Array.from({ length: n }, (_, i) =>
      `Recalling its resolution ${i} on the protection of civilians in armed\nconflict and the need for accountability,\n17-20574 (E)    211117\n*1720574*\nS/RES/2388 (2017)\n${i % 99 + 1}/99 17-20574`).join('\n') + '\n1. Decides;'
  },
  {
    // Operative numbers run to 999 at most (markers.ts), so the preamble is ten times longer.
    name: 'a resolution run together on one line (100, 800 OPs, 10 PPs an OP)', n: 100,
    build: n => 'The General Assembly, ' + Array.from({ length: 10 * n }, (_, i) => `Recalling its resolution ${i}, of the Council, A and B,`).join(' ') + ' ' +
      Array.from({ length: n }, (_, i) => `${i + 1}. Requests the Secretary-General, in paragraph 2. Decides, to report;`).join(' ')
  }
]

export interface ImportBenchRow {
  name: string
  small: number
  large: number
  ratio: number
}

/// Linear work takes about 8 times as long on 8 times the input; quadratic work 64 times.
/// A ratio under this is linear with room for timer noise and garbage collection.
export const linearRatioLimit = 16

/// The best of at least three runs and of as many as fit in 300 ms, so that inputs
/// imported in under a millisecond are timed as steadily as the large ones.
function timeImport(text: string): number {
  let best = Infinity
  const until = performance.now() + 300
  for (let run = 0; run < 3 || performance.now() < until; run++) {
    const start = performance.now()
    const result = importResolution(text)
    const elapsed = performance.now() - start
    if (!result.ok) throw new Error(`bench input not imported: ${result.error}`)
    best = Math.min(best, elapsed)
  }
  return best
}

/// Time the importer on each case at n and 8n (best run, ms) in one run.
export function runImportBench(log: (line: string) => void = () => {}): ImportBenchRow[] {
  timeImport(cases[3].build(200))
  return cases.map(c => {
    const small = timeImport(c.build(c.n))
    const large = timeImport(c.build(8 * c.n))
    const row = { name: c.name, small, large, ratio: large / small }
    log(`import: ${c.name}: ${small.toFixed(1)} ms, ${large.toFixed(1)} ms, ${row.ratio.toFixed(1)}x`)
    return row
  })
}

export function importBenchMarkdown(rows: readonly ImportBenchRow[]): string {
  const table = rows.map(r => `| ${r.name} | ${r.small.toFixed(1)} | ${r.large.toFixed(1)} | ${r.ratio.toFixed(1)}x | ${r.ratio < linearRatioLimit ? 'yes' : '**no**'} |`)
  return [
    '## Import: time against input size',
    '',
    `Each input at n and 8n, best of the runs that fit in 300 ms (at least three); linear work gives about 8x, quadratic 64x (linear when under ${linearRatioLimit}x).`,
    '',
    '| input | n (ms) | 8n (ms) | ratio | linear |',
    '|---|---|---|---|---|',
    ...table
  ].join('\n')
}
