import { fileURLToPath } from 'node:url'
import type { Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { acceptChange, amendmentsOf, compareDocuments, diffDocuments, readAmendments, rejectChange, type Amendment, type DocumentDiff } from '../../shared/amend'
import { exportPlainText } from '../../shared/export'
import { createDocumentFile, parseDocumentFile, serializeDocumentFile } from '../../shared/file'
import { importResolution } from '../../shared/import'
import { buildResolution, completeMeta, toRoman, type ParagraphDraft, type SectionDraft } from '../../shared/schema'
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

function omnibus(paragraphs: ParagraphDraft[], sections: SectionDraft[] = []): Node {
  return buildResolution({ meta: completeMeta({ symbol: 'A/RES/80/1', title: 'Omnibus' }), organ: 'The General Assembly', paragraphs, sections })
}

/// A section of a text set out in sections: its heading and its paragraphs, each PP or OP
/// with its subparagraphs.
interface Section { heading: Omit<SectionDraft, 'at'>, groups: ParagraphDraft[][] }

const themes = ['Prevention of trafficking in persons', 'Protection of victims', 'Prosecution and justice', 'Cooperation among Member States', 'Follow-up']

/// `largeDrafts` (a quarter preambular) with their operative paragraphs set out in
/// sections, a heading every `every` (ten, as a long General Assembly text has them: I,
/// II …), the fifth OP of each ten with three subparagraphs drawn from the 2388 clauses.
/// Every paragraph has an id, so that both versions built from these drafts share them:
/// subparagraphs drawn from one pool of clauses read alike, and without ids the alignment
/// would pair some with those of other paragraphs.
function sectionedDrafts(paragraphs: number, every = 10): { preamble: ParagraphDraft[], sections: Section[] } {
  const drafts = largeDrafts(paragraphs, false).map((d, i) => ({ ...d, pid: `p${i}` }))
  const pool = clausePool(), random = new SeededRandom(10)
  const sub = (op: ParagraphDraft, k: number): ParagraphDraft => ({ kind: 'sub', level: 1, lead: 0, text: random.pick(pool.clauses) + ';', pid: `${op.pid}.${k}` })
  const sections: Section[] = []
  drafts.filter(d => d.kind === 'op').forEach((op, k) => {
    if (k % every === 0) sections.push({ heading: { number: toRoman(sections.length + 1).toUpperCase(), text: themes[sections.length % themes.length] }, groups: [] })
    sections[sections.length - 1].groups.push(k % 10 === 4 ? [{ ...op, text: op.text + ':' }, sub(op, 1), sub(op, 2), sub(op, 3)] : [op])
  })
  return { preamble: drafts.filter(d => d.kind === 'pp'), sections }
}

/// The text of `opening` (the paragraphs before the first heading: the preamble, and any
/// OPs the operative part opens with) and `sections`.
function sectionedText(opening: ParagraphDraft[], sections: Section[]): Node {
  const paragraphs = [...opening], headings: SectionDraft[] = []
  for (const { heading, groups } of sections) {
    headings.push({ ...heading, at: paragraphs.length })
    paragraphs.push(...groups.flat())
  }
  return omnibus(paragraphs, headings)
}

/// Subparagraphs that read like none of the tabled ones, for an OP set out again.
const trainees = ['Border and customs officials;', 'Judges and prosecutors;', 'Labour inspectors;', 'Staff of reception centres for refugees;']

/// `sectionedDrafts` as tabled and as a negotiation amends it, compared: the first OP of
/// section I moved to open the last section but one (`far`); the first OP of the middle
/// section taken out; the heading three quarters down moved three paragraphs on; and the
/// OP with subparagraphs of the section at 60% rewritten with four others, one amendment
/// that sets it out again whole (`setOut`, setOut.ts).
function sectionedRevision(paragraphs: number): { diff: DocumentDiff, far: Amendment, setOut: Amendment } {
  const { preamble, sections } = sectionedDrafts(paragraphs)
  const amended = sections.map(s => ({ ...s, groups: [...s.groups] })), last = amended.length
  const [moved] = amended[0].groups.splice(0, 1)
  amended[last - 2].groups.unshift(moved)
  amended[last >> 1].groups.shift()
  const heading = Math.floor(3 * last / 4)
  amended[heading - 1].groups.push(...amended[heading].groups.splice(0, 3))
  const rewritten = amended[Math.floor(0.6 * last)].groups, k = rewritten.findIndex(g => g.length > 1)
  rewritten[k] = [{ ...rewritten[k][0], text: rewritten[k][0].text.replace(/:$/, ', in particular:') },
    ...trainees.map((text): ParagraphDraft => ({ kind: 'sub', level: 1, lead: 0, text }))]
  const diff = diffDocuments(sectionedText(preamble, sections), sectionedText(preamble, amended))
  const list = amendmentsOf(diff)
  return { diff, far: list.find(a => a.kind === 'moved' && a.entries[0]?.base?.pid === moved[0].pid)!, setOut: list.find(a => a.setOut)! }
}

/// `sectionedDrafts` and the same with a tenth as many new sections as it has paragraphs,
/// four new OPs each, pasted before its last section; and the amendment putting in the
/// first OP of the last new section. It is placed after that section's heading, or, the
/// heading being new too, after the nearest paragraph before it that stays: past every
/// new section, each asked for its heading once.
function pastedSections(paragraphs: number): { diff: DocumentDiff, opening: Amendment } {
  const { preamble, sections } = sectionedDrafts(paragraphs)
  const pool = clausePool(), random = new SeededRandom(12)
  const block = Array.from({ length: paragraphs / 10 }, (_, s): Section => ({
    heading: { number: '', text: `${themes[s % themes.length]}, continued` },
    groups: Array.from({ length: 4 }, (_, k) => [{ ...composeParagraph(pool, random, 'op', 60), pid: `new${s}.${k}` }])
  }))
  const diff = diffDocuments(sectionedText(preamble, sections), sectionedText(preamble, [...sections.slice(0, -1), ...block, ...sections.slice(-1)]))
  return { diff, opening: amendmentsOf(diff).find(a => a.entries[0]?.current?.pid === `new${block.length - 1}.0`)! }
}

/// `sectionedDrafts` in four sections and the same with section II taken out whole, III
/// and IV numbered II and III; and that amendment (“Delete section II”), which takes out
/// a quarter of the operative paragraphs.
function sectionTakenOut(paragraphs: number): { diff: DocumentDiff, whole: Amendment } {
  const { preamble, sections } = sectionedDrafts(paragraphs, Math.ceil(paragraphs * 3 / 16))
  const left = sections.filter((_s, k) => k !== 1).map((s, k) => ({ ...s, heading: { ...s.heading, number: toRoman(k + 1).toUpperCase() } }))
  const diff = diffDocuments(sectionedText(preamble, sections), sectionedText(preamble, left))
  return { diff, whole: amendmentsOf(diff).find(a => a.heading?.whole)! }
}

/// `sectionedDrafts` and the same with the heading of section I taken out, the sections
/// after it numbered anew (II becomes I …); and that amendment, which numbers every
/// later heading anew.
function renumberedSections(paragraphs: number): { diff: DocumentDiff, firstOut: Amendment } {
  const { preamble, sections } = sectionedDrafts(paragraphs)
  const [first, ...rest] = sections
  const amended = sectionedText([...preamble, ...first.groups.flat()], rest.map((s, k) => ({ ...s, heading: { ...s.heading, number: toRoman(k + 1).toUpperCase() } })))
  const diff = diffDocuments(sectionedText(preamble, sections), amended)
  return { diff, firstOut: amendmentsOf(diff).find(a => a.heading?.kind === 'deleted')! }
}

/// The two cases of one amendment of a comparison of sectioned texts of n paragraphs
/// (`amendmentOf`): accepting it into the base, and rejecting it in the current text.
function acceptedAndRejected(what: string, amendmentOf: (n: number) => { diff: DocumentDiff, amendment: Amendment }): ScalingCase[] {
  return [
    { name: `accept one amendment ${what}`, n: 500, unit: 'paragraphs', prepare: n => { const { diff, amendment } = amendmentOf(n); return () => acceptChange(diff, amendment) } },
    { name: `reject one amendment ${what}`, n: 500, unit: 'paragraphs', prepare: n => { const { diff, amendment } = amendmentOf(n); return () => rejectChange(diff, amendment, new Transform(diff.current)) } }
  ]
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
    name: 'list the amendments of a text set out in sections, paragraphs and a heading moved across them', n: 500, unit: 'paragraphs',
    prepare: n => { const { diff } = sectionedRevision(n); return () => amendmentsOf(diffDocuments(diff.base, diff.current)) }
  },
  ...acceptedAndRejected('moving a paragraph into a far section', n => { const { diff, far } = sectionedRevision(n); return { diff, amendment: far } }),
  ...acceptedAndRejected('setting out a paragraph again with its subparagraphs', n => { const { diff, setOut } = sectionedRevision(n); return { diff, amendment: setOut } }),
  {
    name: 'accept one paragraph opening the last of a pasted block of new sections', n: 500, unit: 'paragraphs',
    prepare: n => { const { diff, opening } = pastedSections(n); return () => acceptChange(diff, opening) }
  },
  ...acceptedAndRejected('taking out the first section heading, the later sections numbered anew', n => { const { diff, firstOut } = renumberedSections(n); return { diff, amendment: firstOut } }),
  ...acceptedAndRejected('taking out whole a section of a quarter of the text', n => { const { diff, whole } = sectionTakenOut(n); return { diff, amendment: whole } }),
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
