import { exportPlainText } from '../../shared/export'
import { exportDocx, exportRedlineDocx } from '../../shared/export/docx'
import { readDocx } from '../../shared/import/docx'
import { gaScaleResolution } from './gaScale'
import { scatterAmendments } from './scatterAmendments'

export interface DocxBenchRow {
  name: string
  ms: number
  /// Time as a multiple of the plain-text export of the same document.
  ratio: number
  bytes: number
}

/// The best of three runs, in ms.
async function best(run: () => unknown): Promise<number> {
  let fastest = Infinity
  for (let i = 0; i < 3; i++) {
    const start = performance.now()
    await run()
    fastest = Math.min(fastest, performance.now() - start)
  }
  return fastest
}

/// Word export of the GA-scale document with 100 seeded amendments, against the text
/// export of its current text: the clean .docx, the redline, and reading the redline back.
export async function runDocxBench(log: (line: string) => void = () => {}): Promise<DocxBenchRow[]> {
  const base = gaScaleResolution()
  const current = scatterAmendments(base, 100, 2388)
  const text = exportPlainText(current)
  const textMs = await best(() => exportPlainText(current))
  const clean = await exportDocx(current)
  const redline = await exportRedlineDocx(base, current)
  const rows: DocxBenchRow[] = [
    { name: 'text export (reference)', ms: textMs, ratio: 1, bytes: new TextEncoder().encode(text).length },
    { name: 'clean .docx', ms: await best(() => exportDocx(current)), ratio: 0, bytes: clean.length },
    { name: 'redline .docx (base → current)', ms: await best(() => exportRedlineDocx(base, current)), ratio: 0, bytes: redline.length },
    { name: 'reading the redline .docx back (base, versions, current)', ms: await best(() => readDocx(redline)), ratio: 0, bytes: redline.length }
  ].map(r => ({ ...r, ratio: r.ms / textMs }))
  for (const r of rows) log(`docx: ${r.name}: ${r.ms.toFixed(1)} ms, ${r.ratio.toFixed(0)}x text`)
  return rows
}

export function docxBenchMarkdown(rows: readonly DocxBenchRow[]): string {
  return [
    '## Word export: GA-scale document with 100 amendments',
    '',
    'Best of three runs; the ratio is to the plain-text export of the same current text.',
    '',
    '| what | ms | × text export | bytes |',
    '|---|---:|---:|---:|',
    ...rows.map(r => `| ${r.name} | ${r.ms.toFixed(1)} | ${r.ratio.toFixed(0)}× | ${r.bytes} |`)
  ].join('\n')
}
