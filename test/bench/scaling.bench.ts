import { fileURLToPath } from 'node:url'
import type { Node } from 'prosemirror-model'
import { compareDocuments, readAmendments } from '../../shared/amend'
import { exportPlainText } from '../../shared/export'
import { createDocumentFile, parseDocumentFile, serializeDocumentFile } from '../../shared/file'
import { importResolution } from '../../shared/import'
import { buildResolution, completeMeta, type ParagraphDraft } from '../../shared/schema'
import { writeBenchSection } from './benchmarksFile'
import { clausePool, composeParagraph } from './gaScale'
import { SeededRandom } from './seededRandom'

/// Linear work takes about 8 times as long on 8 times the input, quadratic 64 times: a
/// ratio over 8 × `slack` fails the bench (exit code 1).
const slack = 1.5

/// A paragraph that repeats itself, the worst case of a quoted anchor: 20 words over and
/// over, one word changed in the middle. The quoted context must stay bounded.
const cycle = 'the Council calls upon Member States to strengthen their cooperation and to share information on trafficking routes in conflict areas and'.split(' ')

function cyclingText(words: number, changed: boolean): Node {
  const w = Array.from({ length: words }, (_, i) => cycle[i % cycle.length])
  if (changed) w[Math.floor(words / 2)] = 'urgently'
  const imported = importResolution(`The Security Council,\n\n1. Decides ${w.join(' ')};\n\n2. Decides to remain actively seized of the matter.\n`)
  if (!imported.ok) throw new Error(imported.error)
  return imported.doc
}

/// A text of 40 paragraphs and the same with `paragraphs` new operative paragraphs
/// pasted after its first OP: each new paragraph is placed after the nearest paragraph
/// that stays, which must not mean scanning back over all the new ones before it.
function pastedBlock(paragraphs: number): { tabled: Node, amended: Node } {
  const drafts = largeDrafts(40, false)
  const pool = clausePool(), random = new SeededRandom(7)
  const block = Array.from({ length: paragraphs }, () => composeParagraph(pool, random, 'op', 30))
  const firstOp = drafts.findIndex(d => d.kind === 'op')
  return { tabled: omnibus(drafts), amended: omnibus([...drafts.slice(0, firstOp + 1), ...block, ...drafts.slice(firstOp + 1)]) }
}

/// One amendment naming `n` operative paragraphs together (“In operative paragraphs 1, 2
/// … and n, delete “sexual””), then `n` clauses naming their own paragraph (“and delete
/// operative paragraph …”): each such clause was read once in every paragraph named.
function namedTogether(n: number): string {
  const numbers = Array.from({ length: n }, (_, i) => i + 1)
  return `1. In operative paragraphs ${numbers.slice(0, -1).join(', ')} and ${n}, delete “sexual”; ${numbers.map(k => `and delete operative paragraph ${n + k}`).join('; ')}.`
}

/// A General Assembly-like text of `paragraphs` paragraphs of some 60 words, from the 2388
/// clauses, and the same with every tenth operative paragraph reworded.
function largeText(paragraphs: number, reworded: boolean): Node {
  return omnibus(largeDrafts(paragraphs, reworded))
}

function largeDrafts(paragraphs: number, reworded: boolean): ParagraphDraft[] {
  const pool = clausePool(), random = new SeededRandom(80)
  return Array.from({ length: paragraphs }, (_, i) => {
    const draft = composeParagraph(pool, random, i < paragraphs / 4 ? 'pp' : 'op', 60)
    return reworded && i % 10 === 9 ? { ...draft, text: draft.text.replace(/ and /, ' and further ') } : draft
  })
}

function omnibus(paragraphs: ParagraphDraft[]): Node {
  return buildResolution({ meta: completeMeta({ symbol: 'A/RES/80/1', title: 'Omnibus' }), organ: 'The General Assembly', paragraphs })
}

interface ScalingCase {
  name: string
  n: number
  unit: string
  /// Prepare the input of size n, and return what to time on it.
  prepare(n: number): () => unknown
}

const cases: ScalingCase[] = [
  {
    name: 'compare a paragraph repeating a 20-word cycle, one word changed', n: 1_500, unit: 'words',
    prepare: n => { const a = cyclingText(n, false), b = cyclingText(n, true); return () => compareDocuments(a, b) }
  },
  {
    name: 'compare two versions, every tenth paragraph reworded', n: 500, unit: 'paragraphs',
    prepare: n => { const a = largeText(n, false), b = largeText(n, true); return () => compareDocuments(a, b) }
  },
  {
    name: 'compare after pasting a block of new operative paragraphs', n: 1_000, unit: 'new paragraphs',
    prepare: n => { const { tabled, amended } = pastedBlock(n); return () => compareDocuments(tabled, amended) }
  },
  {
    name: 'save a document file (serialize)', n: 500, unit: 'paragraphs',
    prepare: n => { const file = createDocumentFile(largeText(n, false)); return () => serializeDocumentFile(file) }
  },
  {
    name: 'open a document file (parse and check)', n: 500, unit: 'paragraphs',
    prepare: n => { const text = serializeDocumentFile(createDocumentFile(largeText(n, false))); return () => parseDocumentFile(text, 'bench.penholder') }
  },
  {
    name: 'read an amendment naming paragraphs together, then as many clauses (A/C.3/80/L.64\'s form)', n: 200, unit: 'paragraphs and clauses',
    prepare: n => { const text = namedTogether(n); return () => readAmendments(text) }
  },
  {
    name: 'export the clean text', n: 500, unit: 'paragraphs',
    prepare: n => { const doc = largeText(n, false); return () => exportPlainText(doc) }
  }
]

/// The median of seven runs after one untimed run of the same input, in ms a time: the
/// untimed run lets the engine optimize for that size, so that the small input is not
/// timed cold and the large one warm, or the reverse. Each of the seven does the work
/// `times` times in a row (8 at n, once at 8n), so that both sizes allocate alike and pay
/// alike for collecting their garbage: timed once a run, opening a file at n collected
/// in only some of the runs, whose median missed it, and at 8n in every one (ratios of
/// 15 for work growing linearly, 7.5 without the collections).
function median(run: () => unknown, times: number): number {
  run()
  const samples: number[] = []
  for (let i = 0; i < 7; i++) {
    const start = performance.now()
    for (let k = 0; k < times; k++) run()
    samples.push((performance.now() - start) / times)
  }
  return samples.sort((a, b) => a - b)[3]
}

export interface ScalingRow { name: string, n: number, unit: string, small: number, large: number, ratio: number }

export function runScalingBench(log: (line: string) => void = () => {}): ScalingRow[] {
  return cases.map(c => {
    const small = median(c.prepare(c.n), 8), large = median(c.prepare(8 * c.n), 1)
    log(`scaling: ${c.name}: ${small.toFixed(1)} ms, ${large.toFixed(1)} ms`)
    return { name: c.name, n: c.n, unit: c.unit, small, large, ratio: large / small }
  })
}

export function scalingBenchMarkdown(rows: ScalingRow[]): string {
  const limit = 8 * slack
  const missed = rows.filter(r => r.ratio > limit)
  if (missed.length) process.exitCode = 1
  return [
    '## Growth with the size of the input',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version}: each case timed at n and 8n in one run (median of seven runs, each size after an untimed run of its own; at n each run does the work 8 times, so that both sizes allocate alike and pay alike for collecting their garbage). Linear work takes about 8 times as long on 8 times the input, quadratic work 64 times; a ratio over ${limit} (8 × ${slack} for timer noise and garbage collection) fails \`npm run bench\`. The importer's own cases are in its section above; the web edition's main thread in docs/reliability.md.`,
    '',
    '| case | n | time at n (ms) | time at 8n (ms) | ratio | linear? |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(r => `| ${r.name} | ${r.n.toLocaleString('en')} ${r.unit} | ${r.small.toFixed(1)} | ${r.large.toFixed(1)} | ${r.ratio.toFixed(1)}× | ${r.ratio <= limit ? 'yes' : '**no**'} |`)
  ].join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const markdown = scalingBenchMarkdown(runScalingBench(line => process.stderr.write(line + '\n')))
  process.stdout.write(markdown + '\n')
  writeBenchSection(fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url)), 'scaling', markdown)
}
