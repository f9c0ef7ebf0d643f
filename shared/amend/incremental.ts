import type { Node, ResolvedPos } from 'prosemirror-model'
import { AddMarkStep, RemoveMarkStep, ReplaceStep, type Transform } from 'prosemirror-transform'
import { isInlineStep, labelParagraphs, paragraphKind } from '../schema'
import { withNode, type ParagraphRecord } from './paragraphs'
import { diffDocuments, pairEntry, type DocumentDiff, type ParagraphDiff } from './diffDocuments'

/// Flat indices of the paragraphs a transaction touched, in its final document, or null
/// when it may have changed the structure (split, join, insert, delete, move, ids) or
/// when the body is not a preamble and an operative part of `paragraphs` paragraphs and
/// nothing else (section headings, annexes), where a child's index in its part is not
/// its flat index. Found once per transaction: the diff (`updateDiff`) and the redline
/// both ask on every keystroke.
export function touchedParagraphs(tr: Transform, paragraphs: number): Set<number> | null {
  const known = lastTouched
  if (known && known.tr === tr && known.paragraphs === paragraphs) return known.touched
  const touched = findTouched(tr, paragraphs)
  lastTouched = { tr, paragraphs, touched }
  return touched
}

/// The answer for the last transaction asked about: the diff and the redline ask about
/// the same one, one after the other. One slot rather than a WeakMap keyed by transaction,
/// whose entries cost a keystroke more to add (and the collector more to clear) than the
/// whole lookup; it holds on to one transaction only.
let lastTouched: { tr: Transform, paragraphs: number, touched: Set<number> | null } | null = null

function findTouched(tr: Transform, paragraphs: number): Set<number> | null {
  const doc = tr.doc
  const preambleCount = doc.child(2).childCount
  if (doc.childCount > 4 || preambleCount + doc.child(3).childCount !== paragraphs) return null
  const touched = new Set<number>()
  for (let i = 0; i < tr.steps.length; i++) {
    if (!isInlineStep(tr.steps[i], tr.docs[i])) return null
    const rest = tr.mapping.slice(i + 1)
    tr.mapping.maps[i].forEach((_oldFrom, _oldTo, newFrom, newTo) => {
      collect(doc, rest.map(newFrom, -1), rest.map(newTo, 1), preambleCount, touched)
    })
    const step = tr.steps[i]
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
      collect(doc, rest.map(step.from, 1), rest.map(step.to, -1), preambleCount, touched)
    }
  }
  return touched
}

function collect(doc: Node, from: number, to: number, preambleCount: number, touched: Set<number>): void {
  const add = ($pos: ResolvedPos) => {
    if ($pos.depth < 2 || !$pos.parent.isTextblock) return
    const part = $pos.index(0)
    if (part < 2) return
    touched.add((part === 3 ? preambleCount : 0) + $pos.index(1))
  }
  const $from = doc.resolve(from)
  add($from)
  // A range inside one textblock (a keystroke's) touches that block alone.
  if ($from.parent.isTextblock && to <= $from.end()) return
  if (to > from) {
    add(doc.resolve(to))
    doc.nodesBetween(from, to, (node, pos) => {
      if (node.isTextblock) { add(doc.resolve(pos + 1)); return false }
      return true
    })
  }
}

/// A run of whole paragraphs a transaction inserted: `count` paragraphs from flat index
/// `from` of its final document.
export interface InsertedRun {
  readonly from: number
  readonly count: number
}

/// The run of paragraphs a transaction inserted between two paragraphs of the preamble
/// or the operative part, when that is all it did (one step: what a paste of paragraphs,
/// and each slice of a big one, does), in a body of a preamble and an operative part of
/// `paragraphs` paragraphs and nothing else (see `touchedParagraphs`); null otherwise.
function insertedRun(tr: Transform, paragraphs: number): InsertedRun | null {
  if (tr.steps.length !== 1) return null
  const step = tr.steps[0], before = tr.docs[0]
  if (!(step instanceof ReplaceStep) || step.from !== step.to || step.slice.openStart || step.slice.openEnd) return null
  if (before.childCount > 4 || before.child(2).childCount + before.child(3).childCount !== paragraphs) return null
  const $at = before.resolve(step.from)
  const part = $at.index(0)
  if ($at.depth !== 1 || part < 2) return null
  let whole = true
  step.slice.content.forEach(node => { if (!paragraphKind(node)) whole = false })
  if (!whole) return null
  return { from: (part === 3 ? before.child(2).childCount : 0) + $at.index(1), count: step.slice.content.childCount }
}

/// Diffs made by `updateDiff` from another by inserting new paragraphs alone, with that run:
/// every other entry says what it said, so the redline draws the new paragraphs only.
const insertions = new WeakMap<DocumentDiff, { previous: DocumentDiff, run: InsertedRun }>()

/// The paragraphs `diff` added to `previous` as new ones, when they are its only change
/// (`updateDiff` found a transaction inserting them, each of them an inserted entry, the
/// others' entries the same but for their places and labels); null otherwise.
export function insertedParagraphs(diff: DocumentDiff, previous: DocumentDiff): InsertedRun | null {
  const known = insertions.get(diff)
  return known && known.previous === previous ? known.run : null
}

const basePids = new WeakMap<Node, Set<string>>()

/// The ids of a base's paragraphs, found once per base.
function pidsOf(diff: DocumentDiff): Set<string> {
  let pids = basePids.get(diff.base)
  if (!pids) {
    pids = new Set()
    for (const record of diff.baseParagraphs) if (record.pid != null) pids.add(record.pid)
    basePids.set(diff.base, pids)
  }
  return pids
}

/// The diff after new paragraphs went in as `run`, without comparing again: what
/// `diffDocuments` finds when every base paragraph kept its current counterpart by id (so
/// there are no deleted entries and nothing left to match by similarity), the new
/// paragraphs' ids are none of the base's, and the paragraph after the run is no
/// subparagraph (whose head would change). Each new paragraph is an inserted entry; the
/// others keep their pairs, their moves and word diffs, their places shifted by the run
/// and their labels read again. Costs one labelling walk and a copy of the arrays, no
/// text read but the new paragraphs'. Null where those conditions do not hold.
function withInsertedRun(diff: DocumentDiff, tr: Transform, run: InsertedRun): DocumentDiff | null {
  const { alignment } = diff
  const old = diff.currentParagraphs
  if (alignment.baseWithoutId > 0 || diff.entries.length !== old.length) return null
  if (run.from < old.length && old[run.from].kind === 'sub') return null
  const doc = tr.doc
  const preambleCount = doc.child(2).childCount
  const nodeAt = (index: number) => index < preambleCount ? doc.child(2).child(index) : doc.child(3).child(index - preambleCount)
  const base = pidsOf(diff), fresh = new Set<string>()
  for (let i = run.from; i < run.from + run.count; i++) {
    const pid = nodeAt(i).attrs.pid as string | null
    if (pid != null && (base.has(pid) || fresh.has(pid))) return null
    if (pid != null) fresh.add(pid)
  }
  const labels = labelParagraphs(doc)
  const end = run.from + run.count
  // A paragraph before the run keeps its label but where the run changes it (a lone OP,
  // unnumbered, numbered once it has company).
  const relabeled = (record: ParagraphRecord, at: number) => record.index === at && record.label === labels[at].label && record.number === labels[at].number
    ? record : { ...record, index: at, head: at < run.from ? record.head : record.head + run.count, label: labels[at].label, number: labels[at].number }
  const currentParagraphs: ParagraphRecord[] = old.slice(0, run.from).map(relabeled)
  let head = run.from > 0 ? old[run.from - 1].head : 0
  for (let i = run.from; i < end; i++) {
    const node = nodeAt(i), kind = paragraphKind(node)!
    if (kind !== 'sub') head = i
    currentParagraphs.push({
      pid: node.attrs.pid ?? null, node, text: node.textContent, kind, level: kind === 'sub' ? node.attrs.level : 0,
      index: i, head, label: labels[i].label, number: labels[i].number, section: ''
    })
  }
  for (let i = run.from; i < old.length; i++) currentParagraphs.push(relabeled(old[i], i + run.count))
  const shift = (c: number) => c >= run.from ? c + run.count : c
  const none = <T>(value: T) => new Array<T>(run.count).fill(value)
  const spliced = <T>(list: readonly T[], value: T) => [...list.slice(0, run.from), ...none(value), ...list.slice(run.from)]
  const updated: DocumentDiff = {
    ...diff,
    current: doc,
    currentParagraphs,
    alignment: {
      baseToCurrent: alignment.baseToCurrent.map(shift),
      currentToBase: spliced(alignment.currentToBase, -1),
      byId: spliced(alignment.byId, false),
      moved: spliced(alignment.moved, false),
      baseWithoutId: 0,
      // The current text has no headings here (`insertedRun`): no pairs to shift.
      headingPairs: alignment.headingPairs
    },
    entries: currentParagraphs.map((record, i) => {
      if (i >= run.from && i < end) return pairEntry(null, record, false)
      const entry = diff.entries[i < run.from ? i : i - run.count]
      return entry.current === record ? entry : pairEntry(entry.base, record, entry.moved, entry)
    }),
    entryOfCurrent: currentParagraphs.map((_record, i) => i)
  }
  insertions.set(updated, { previous: diff, run })
  return updated
}

/// Bring a diff up to date after a transaction on the current document. Typing inside
/// paragraphs only diffs the paragraphs it touched again, so a keystroke costs the edited
/// paragraph, not the document; inserting new paragraphs between others (a paste, a slice
/// of a big one) adds their entries (`withInsertedRun`). Anything else that can change the
/// alignment — another structural change, or an edit of a paragraph that is not matched
/// by id while some base paragraph waits for a match by similarity — re-runs
/// `diffDocuments`, which still reuses the word diffs of untouched pairs.
export function updateDiff(diff: DocumentDiff, tr: Transform): DocumentDiff {
  if (!tr.docChanged || tr.doc === diff.current) return diff
  const touched = touchedParagraphs(tr, diff.currentParagraphs.length)
  if (!touched) {
    const run = insertedRun(tr, diff.currentParagraphs.length)
    return (run && withInsertedRun(diff, tr, run)) ?? diffDocuments(diff.base, tr.doc, diff)
  }
  const { alignment } = diff
  const currentParagraphs = diff.currentParagraphs.slice()
  const entries: ParagraphDiff[] = diff.entries.slice()
  const preambleCount = tr.doc.child(2).childCount
  for (const index of touched) {
    const old = diff.currentParagraphs[index]
    const node = index < preambleCount ? tr.doc.child(2).child(index) : tr.doc.child(3).child(index - preambleCount)
    if (node.attrs.pid !== old.node.attrs.pid || (!alignment.byId[index] && alignment.baseWithoutId > 0)) {
      return diffDocuments(diff.base, tr.doc, diff)
    }
    const record = withNode(old, node)
    currentParagraphs[index] = record
    const at = diff.entryOfCurrent[index]
    entries[at] = pairEntry(entries[at].base, record, entries[at].moved)
  }
  // Written out rather than spread: a literal of known shape is built faster, and the
  // type still names every field.
  return { base: diff.base, current: tr.doc, baseParagraphs: diff.baseParagraphs, currentParagraphs, alignment, entries, entryOfCurrent: diff.entryOfCurrent }
}
