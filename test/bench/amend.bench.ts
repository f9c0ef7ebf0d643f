import { cpus } from 'node:os'
import type { Node } from 'prosemirror-model'
import { EditorState } from 'prosemirror-state'
import { history } from 'prosemirror-history'
import { diffWords } from 'diff'
import DiffMatchPatch from 'diff-match-patch'
import { buildResolution, forEachParagraph, paragraphIds, readResolution } from '../../shared/schema'
import { template2388 } from '../../shared/template'
import { amendmentTracking, applyAmendments, compareDocuments, diffDocuments, formatNumberedList, planAmendmentList, readAmendments, trackedDiff, wordAmendment } from '../../shared/amend'
import { exportPlainText } from '../../shared/export'
import { gaScaleResolution } from './gaScale'
import { scatterAmendments } from './scatterAmendments'
import { alignmentQuality } from './alignmentQuality'

const median = (values: number[]) => {
  const sorted = values.slice().sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/// The same text with fresh paragraph ids, as if it had been imported from elsewhere.
function withFreshIds(doc: Node): Node {
  const draft = readResolution(doc)
  return buildResolution({ ...draft, paragraphs: draft.paragraphs.map(p => ({ ...p, pid: undefined })) })
}

/// The whole text, one paragraph a line, for the whole-document baselines.
function plainText(doc: Node): string {
  const lines: string[] = []
  forEachParagraph(doc, node => { lines.push(node.textContent) })
  return lines.join('\n')
}

/// diff-match-patch in word mode: each distinct word (with the spaces after it) becomes
/// one character, the character diff runs on those, the result maps back to words — the
/// line-mode technique of its documentation, applied to words.
function dmpWordDiff(a: string, b: string): number {
  const dmp = new DiffMatchPatch()
  dmp.Diff_Timeout = 0
  const words = new Map<string, string>()
  const encode = (text: string) => text.replace(/\S+\s*|\s+/g, w => {
    let c = words.get(w)
    if (!c) { c = String.fromCharCode(words.size + 1); words.set(w, c) }
    return c
  })
  const diffs = dmp.diff_main(encode(a), encode(b), false)
  const decoded = [...words.keys()]
  return diffs.reduce((n, [, chars]) => n + [...chars].map(c => decoded[c.charCodeAt(0) - 1]).join('').length, 0)
}

interface Keystroke { state: EditorState, pos: number, words: number }

/// An editor on a version of `base` with 100 scattered amendments, and the place of a
/// keystroke in the middle of the operative paragraph closest to 450 characters among
/// those modified by one word edit, so that both documents are timed on a paragraph of
/// the same size and the same amount of change: the cost to compare is that of the
/// document around it.
function keystrokeSetup(base: Node, seed: number): Keystroke {
  const current = scatterAmendments(base, 100, seed)
  const state = EditorState.create({ doc: current, plugins: [history(), paragraphIds(), amendmentTracking(base)] })
  const diff = trackedDiff(state)
  const candidates = diff.entries.filter(e => e.status === 'modified' && e.current!.kind === 'op' && e.words!.edits.length === 1)
  const entry = candidates.reduce((best, e) => Math.abs(e.current!.text.length - 450) < Math.abs(best.current!.text.length - 450) ? e : best)
  let start = 0
  forEachParagraph(current, (node, pos) => { if (node === entry.current!.node) start = pos })
  const text = entry.current!.text
  const middle = text.indexOf(' ', text.length >> 1) + 1
  return { state, pos: start + 1 + middle, words: readResolution(current).paragraphs.reduce((n, p) => n + p.text.split(/\s+/).length, 0) }
}

/// Mean time of one keystroke (a transaction typing one letter, applied to the state
/// with history, paragraph ids and amendment tracking) over `repeat` keystrokes typed one
/// after the other, each on the state the last one made, as an editor types. Checks that
/// the tracking took the incremental path.
function timeKeystroke({ state, pos }: Keystroke, repeat: number): number {
  const before = trackedDiff(state)
  const start = performance.now()
  let after = state
  for (let i = 0; i < repeat; i++) after = after.apply(after.tr.insertText('x', pos + i))
  const elapsed = (performance.now() - start) / repeat
  if (trackedDiff(after).entries[0] !== before.entries[0]) throw new Error('A keystroke re-diffed the whole document')
  return elapsed
}

function time(run: () => unknown): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

/// One line of the results table. `shortfall` says by how much a missed target was
/// missed, in the table's own terms.
export interface Row { measure: string, value: string, target: string, met: boolean, shortfall?: string }

const ms = (t: number) => t >= 100 ? `${t.toFixed(0)} ms` : t >= 1 ? `${t.toFixed(1)} ms` : `${(t * 1000).toFixed(1)} µs`

export function runAmendBench(log: (line: string) => void = () => {}): Row[] {
  const rows: Row[] = []
  const small = template2388(), large = gaScaleResolution()

  log('keystrokes…')
  const a = keystrokeSetup(small, 2388), b = keystrokeSetup(large, 600)
  for (let i = 0; i < 20; i++) { timeKeystroke(a, 50); timeKeystroke(b, 50) }
  const smallTimes: number[] = [], largeTimes: number[] = []
  for (let i = 0; i < 101; i++) { smallTimes.push(timeKeystroke(a, 50)); largeTimes.push(timeKeystroke(b, 50)) }
  const keystrokeRatio = median(largeTimes) / median(smallTimes)
  rows.push({
    measure: `Keystroke with amendment tracking, GA-scale (${b.words.toLocaleString('en')} words) ÷ 2388 (${a.words.toLocaleString('en')} words); medians of 101 × 50 keystrokes: ${ms(median(largeTimes))} ÷ ${ms(median(smallTimes))}`,
    value: keystrokeRatio.toFixed(2), target: '≤ 1.5', met: keystrokeRatio <= 1.5,
    shortfall: `${((keystrokeRatio / 1.5 - 1) * 100).toFixed(0)} % above the bound`
  })

  log('full comparisons…')
  const largeCurrent = scatterAmendments(large, 100, 600)
  const imported = withFreshIds(largeCurrent)
  const textA = plainText(large), textB = plainText(largeCurrent)
  for (let i = 0; i < 5; i++) { compareDocuments(large, largeCurrent); compareDocuments(large, imported) }
  const ours: number[] = [], oursImported: number[] = [], words: number[] = [], dmp: number[] = []
  for (let i = 0; i < 21; i++) {
    ours.push(time(() => compareDocuments(large, largeCurrent)))
    oursImported.push(time(() => compareDocuments(large, imported)))
  }
  for (let i = 0; i < 5; i++) {
    words.push(time(() => diffWords(textA, textB)))
    dmp.push(time(() => dmpWordDiff(textA, textB)))
  }
  const vsWords = median(words) / median(ours), vsDmp = median(dmp) / median(ours)
  rows.push({
    measure: `Full comparison of two GA-scale versions: whole-document jsdiff \`diffWords\` ÷ \`compareDocuments\` (${ms(median(words))} ÷ ${ms(median(ours))})`,
    value: `${vsWords.toFixed(0)}× faster`, target: '≥ 20× faster', met: vsWords >= 20,
    shortfall: `${vsWords.toFixed(1)}× instead of 20×`
  })
  rows.push({
    measure: `Same, diff-match-patch in word mode ÷ \`compareDocuments\` (${ms(median(dmp))} ÷ ${ms(median(ours))})`,
    value: `${vsDmp.toFixed(1)}× faster`, target: 'faster (> 1×)', met: vsDmp > 1,
    shortfall: `${(1 / vsDmp).toFixed(2)}× slower`
  })
  const importedWords = median(words) / median(oursImported), importedDmp = median(dmp) / median(oursImported)
  rows.push({
    measure: `Same with no shared paragraph ids (second version imported, aligned by similarity), \`diffWords\` ÷ ours and diff-match-patch ÷ ours (ours ${ms(median(oursImported))})`,
    value: `${importedWords.toFixed(0)}×, ${importedDmp.toFixed(1)}×`, target: '≥ 20×, > 1×', met: importedWords >= 20 && importedDmp > 1,
    shortfall: `${importedWords.toFixed(1)}× and ${importedDmp.toFixed(2)}×`
  })

  log('applying amendments…')
  const list = planAmendmentList(diffDocuments(large, largeCurrent))
  const listText = formatNumberedList(list.map(ops => wordAmendment(ops, { style: 'official', lang: 'en' })))
  const roundTrip = () => applyAmendments(large, readAmendments(listText).map(a => a.ok ? a.operations : []))
  if (exportPlainText(roundTrip().doc) !== exportPlainText(largeCurrent)) throw new Error('The GA-scale amendment list, read back and applied, does not give the amended text')
  for (let i = 0; i < 5; i++) { applyAmendments(large, list); roundTrip() }
  const applying: number[] = [], trips: number[] = []
  for (let i = 0; i < 21; i++) {
    applying.push(time(() => applyAmendments(large, list)))
    trips.push(time(roundTrip))
  }
  rows.push({
    measure: `Apply ${list.length} amendments (the GA-scale list above, as operations) to the GA-scale document as tabled, median of 21`,
    value: ms(median(applying)), target: '≤ 50 ms', met: median(applying) <= 50,
    shortfall: `${ms(median(applying))} instead of 50 ms`
  })
  const tripRatio = median(trips) / median(ours)
  rows.push({
    measure: `Read the official-register list back from its ${listText.length.toLocaleString('en')} characters and apply it ÷ \`compareDocuments\` on the same pair (${ms(median(trips))} ÷ ${ms(median(ours))})`,
    value: `${tripRatio.toFixed(2)}×`, target: '≤ 1×', met: tripRatio <= 1,
    shortfall: `${tripRatio.toFixed(2)}× instead of 1×`
  })

  log('alignment quality…')
  for (const sharedIds of [false, true]) {
    const q = alignmentQuality(200, sharedIds)
    const how = sharedIds ? 'versions sharing paragraph ids' : 'fresh ids in the second text (similarity alone)'
    rows.push({ measure: `Alignment precision, 200 seeded scenarios, ${how}`, value: q.precision.toFixed(4), target: '≥ 0.98', met: q.precision >= 0.98, shortfall: `${(0.98 - q.precision).toFixed(4)} below` })
    rows.push({ measure: `Alignment recall, same scenarios`, value: q.recall.toFixed(4), target: '≥ 0.98', met: q.recall >= 0.98, shortfall: `${(0.98 - q.recall).toFixed(4)} below` })
  }
  return rows
}

export function amendBenchMarkdown(rows: readonly Row[]): string {
  const table = rows.map(r => `| ${r.measure} | ${r.value} | ${r.target} | ${r.met ? 'yes' : '**no**'} |`)
  const missed = rows.filter(r => !r.met)
  return [
    '## Amendment engine (`shared/amend`)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}. ` +
    'Ratios are taken within one run, so that the machine’s speed cancels out; each timing is a median over repeated runs.',
    '',
    '| measure | value | target | met? |',
    '|---|---|---|---|',
    ...table,
    '',
    missed.length
      ? `Missed: ${missed.map(r => `${r.measure.split(';')[0]} — ${r.shortfall}`).join('; ')}.`
      : 'All targets met.',
    '',
    '- Inputs: the 2388 template (59 paragraphs) and a General Assembly-scale resolution of 600 paragraphs generated ' +
    'deterministically from the 2388 clauses (`test/bench/gaScale.ts`), each with 100 amendments scattered by a seeded ' +
    'generator (`test/bench/scatterAmendments.ts`: seven in ten word edits, one in ten each inserted, deleted and moved paragraphs).',
    '- Keystroke: letters typed one after the other, each on the state the last made, in the middle of the operative ' +
    'paragraph closest to 450 characters among those with one word edit, timed ' +
    'through `EditorState.apply` with prosemirror-history, paragraph ids and amendment tracking — the whole keystroke ' +
    'short of drawing it. The run fails if the tracking re-diffed the document instead of the paragraph.',
    '- Full comparison: `compareDocuments` (alignment, word diffs, amendment wording) against a word diff of the whole ' +
    'text, one paragraph a line. diff-match-patch runs in word mode (each distinct word mapped to one character) with ' +
    'no timeout.',
    '- Applying amendments: the GA-scale comparison\'s own list (`planAmendmentList`), applied by `applyAmendments`; then ' +
    'the same list worded in the official register (`wordAmendment`), read back by `readAmendments` and applied. The run ' +
    'fails unless the round trip gives the amended text exactly.',
    '- Alignment quality: `test/bench/alignmentQuality.ts` revises the template with seeded insertions, deletions, moves, ' +
    'rewordings and added subparagraphs and knows the true changes; a change counts as found when the same kind links ' +
    'the same paragraphs. The unit test `diffDocuments.test.ts` asserts the same bound.'
  ].join('\n')
}
