import { summarizeResolution, type ResolutionSummary, type SectionSummary } from '../../shared/schema'
import { describeBase } from '../../shared/file'
import { loadInput, amendmentCount } from '../input'
import type { Flags, Output } from '../main'

/// `penholder info <input> [--json]`: the structure of a resolution.
export async function info(spec: string, flags: Flags, output: Output): Promise<number> {
  const input = await loadInput(spec)
  const summary = summarizeResolution(input.doc)
  // What the base is (cli.md, `info --json`): the original text, or the version it was set
  // from, with the amendments accepted into it since; a text or template is its own base.
  const base = input.file ? describeBase(input.file) : 'the original text'
  const report = { ...summary, versions: input.versions, base, amendments: amendmentCount(input) }
  if (flags.json) {
    output.out(JSON.stringify(report, null, 2) + '\n')
    return 0
  }
  const subs = Object.values(summary.subparagraphs).reduce((a, b) => a + b, 0)
  const extras = [
    counted(summary.sections?.length ?? 0, 'section'),
    counted(summary.footnotes?.length ?? 0, 'footnote'),
    counted(summary.annexes?.length ?? 0, 'annex', 'annexes')
  ].filter(Boolean).map(part => ', ' + part).join('')
  const lines = [
    `${summary.symbol || '(no symbol)'} — ${summary.organ || '(no organ line)'}`,
    `${summary.preambular} preambular, ${summary.operative} operative paragraphs${subs ? `, ${subs} subparagraphs` : ''}${extras}`,
    `versions: ${report.versions.join(', ')} (base: ${base}); ${report.amendments} amendment${report.amendments === 1 ? '' : 's'} from base to current`,
    '',
    ...outlineLines(summary)
  ]
  output.out(lines.join('\n') + '\n')
  return 0
}

function counted(n: number, one: string, many = one + 's'): string {
  return n ? `${n} ${n === 1 ? one : many}` : ''
}

function line(label: string, text: string): string {
  return `${label.padEnd(12)}${text.length > 90 ? text.slice(0, 89) + '…' : text}`
}

/// The paragraphs, each part's section headings before the paragraph they stand before
/// (or after its last), the annexes with their titles, then the footnotes.
function outlineLines(summary: ResolutionSummary): string[] {
  const part = (paragraphs: ReadonlyArray<{ label: string, text: string }>, sections: readonly SectionSummary[] = []): string[] => {
    const before = new Map<string, SectionSummary[]>()
    for (const s of sections) if (s.before) before.set(s.before, [...before.get(s.before) ?? [], s])
    return [
      ...paragraphs.flatMap(p => [...(before.get(p.label) ?? []).map(s => line(s.label, s.text)), line(p.label, p.text)]),
      ...sections.filter(s => !s.before).map(s => line(s.label, s.text))
    ]
  }
  return [
    ...part(summary.paragraphs, summary.sections),
    ...(summary.annexes ?? []).flatMap(a => [line(a.label, a.title), ...part(a.paragraphs, a.sections)]),
    ...(summary.footnotes ?? []).map(f => line(f.label, `(${f.paragraph}) ${f.text}`))
  ]
}
