import { summarizeResolution } from '../../shared/schema'
import { loadInput, amendmentCount } from '../input'
import type { Flags, Output } from '../main'

/// `penholder info <input> [--json]`: the structure of a resolution.
export async function info(spec: string, flags: Flags, output: Output): Promise<number> {
  const input = await loadInput(spec)
  const summary = summarizeResolution(input.doc)
  const report = { ...summary, versions: input.versions, amendments: amendmentCount(input) }
  if (flags.json) {
    output.out(JSON.stringify(report, null, 2) + '\n')
    return 0
  }
  const subs = Object.values(summary.subparagraphs).reduce((a, b) => a + b, 0)
  const lines = [
    `${summary.symbol || '(no symbol)'} — ${summary.organ || '(no organ line)'}`,
    `${summary.preambular} preambular, ${summary.operative} operative paragraphs${subs ? `, ${subs} subparagraphs` : ''}`,
    `versions: ${report.versions.join(', ')}; ${report.amendments} amendment${report.amendments === 1 ? '' : 's'} from base to current`,
    '',
    ...summary.paragraphs.map(p => `${p.label.padEnd(12)}${p.text.length > 90 ? p.text.slice(0, 89) + '…' : p.text}`)
  ]
  output.out(lines.join('\n') + '\n')
  return 0
}
