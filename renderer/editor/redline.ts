import type { Node } from 'prosemirror-model'
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { paragraphPositions, touchedParagraphs, trackedDiff, type DocumentDiff, type ParagraphDiff, type WordEdit } from '../../shared/amend'
import type { ParagraphRecord } from '../../shared/amend'
import { insertedParagraphs, type InsertedRun } from '../../shared/amend/incremental'
import { documentParts, withoutFootnoteMarks } from '../../shared/schema'
import { InsertionPainter } from './insertionHighlight'

/// Position of the paragraph at a flat index of a body that is a preamble and an
/// operative part of paragraphs alone, as `touchedParagraphs` promises for the indices it
/// gives: the nodes before it in its part are summed, not the document walked.
function paragraphPosition(doc: Node, index: number): number {
  const preamble = doc.child(2)
  const inPreamble = index < preamble.childCount
  const part = inPreamble ? preamble : doc.child(3)
  let pos = doc.child(0).nodeSize + doc.child(1).nodeSize + 1 + (inPreamble ? 0 : preamble.nodeSize)
  for (let i = inPreamble ? index : index - preamble.childCount; i > 0; i--) pos += part.child(i - 1).nodeSize
  return pos
}

function struck(text: string): HTMLElement {
  const del = document.createElement('del')
  del.className = 'ph-del'
  del.textContent = withoutFootnoteMarks(text)
  return del
}

/// A paragraph of the base that is gone, drawn struck through where it stood. It is a
/// widget: the document itself stays the clean current text. Where a current paragraph
/// precedes it in its part, it is drawn inside that paragraph after its text, as a block
/// of its own, so that it is a decoration of that paragraph rather than of the whole part:
/// ProseMirror looks through a part's own decorations for each of its paragraphs at every
/// keystroke.
function deletedParagraph(record: ParagraphRecord, hosted: boolean): HTMLElement {
  const block = document.createElement('div')
  block.className = `ph-deleted-paragraph ph-${record.kind}${hosted ? ' ph-deleted-hosted' : ''}`
  block.dataset.label = record.label
  block.dataset.number = record.number
  if (record.kind === 'sub') block.dataset.level = String(record.level)
  block.appendChild(struck(record.text))
  return block
}

/// The gutter mark of a paragraph moved as a whole: a widget at the start of its text,
/// drawn in the margin under its label with the label it had. A paragraph inserted whole
/// has its bar drawn by the style sheet from the span of its words (`ph-new`): a widget
/// is an element more for Chromium to lay out, paint and hit-test in each of them (some
/// 16% of every frame while a big paste's 8,000 new paragraphs go in), and a node
/// decoration is kept in its part's own list, which ProseMirror's view reads through for
/// each paragraph of the part at every update (9 s over that paste).
function movedMark(movedFrom: string): HTMLElement {
  const mark = document.createElement('span')
  mark.className = 'ph-mark ph-mark-moved'
  mark.dataset.movedFrom = movedFrom
  return mark
}

/// The stretch of a word edit the redline draws, by the same character offsets. Where
/// the new words keep the old ones whole at their start or end (`abduction` becoming
/// `nabduction`, `child` becoming `children`) only the letters added are drawn inserted,
/// and where the old words keep the new ones whole only the letters taken away are drawn
/// struck: the way Word's track changes draws typing, and what a drafter sees while typing
/// a new word against an old one, which is then neither struck through nor drawn again as
/// a whole at each letter. Any other edit is drawn whole. The amendment list and the Word
/// export still quote whole words, as amendments name them (describe.ts).
export function drawnEdit(edit: WordEdit, baseText: string, currentText: string): WordEdit {
  const was = edit.to - edit.from, now = edit.newTo - edit.newFrom
  if (!was) return slid(edit, currentText, edit.newFrom, edit.newTo)
  if (!now) return slid(edit, baseText, edit.from, edit.to)
  const shorter = Math.min(was, now)
  const same = (i: number, j: number) => baseText.charCodeAt(edit.from + i) === currentText.charCodeAt(edit.newFrom + j)
  let head = 0
  while (head < shorter && same(head, head)) head++
  if (splitsPair(baseText, edit.from + head)) head--
  let tail = 0
  while (tail < shorter && same(was - 1 - tail, now - 1 - tail)) tail++
  if (splitsPair(baseText, edit.to - tail)) tail--
  // The shorter text whole at the start, else whole at the end, else split between the
  // two: `2331 (2016)` becoming `2331 (2016) and 2388 (2017)` gains ` and 2388 (2017)`,
  // not `) and 2388 (2017`.
  const kept = head === shorter ? [shorter, 0] : tail === shorter ? [0, shorter] : head + tail >= shorter ? [head, shorter - head] : null
  if (!kept) return edit
  const [before, after] = kept
  return drawnEdit({ op: was < now ? 'insert' : 'delete', from: edit.from + before, to: edit.to - after, newFrom: edit.newFrom + before, newTo: edit.newTo - after }, baseText, currentText)
}

/// An insertion or deletion (`from`…`to` of `text`, the text that has it) moved along the
/// text, where it cuts a pair of brackets, to where it holds both or neither: the same
/// change, since the text it slides over repeats it. The word diff may put `2331 (2016)`
/// becoming `2331 (2016) and 2388 (2017)` as `) and 2388 (2017` inserted before the
/// closing bracket; drawn, it is ` and 2388 (2017)` after it.
function slid(edit: WordEdit, text: string, from: number, to: number): WordEdit {
  if (bracketsPaired(text, from, to)) return edit
  let left = 0, right = 0
  while (from - left > 0 && text.charCodeAt(from - left - 1) === text.charCodeAt(to - left - 1)) left++
  while (to + right < text.length && text.charCodeAt(from + right) === text.charCodeAt(to + right)) right++
  for (let k = -left; k <= right; k++) {
    if (bracketsPaired(text, from + k, to + k) && !splitsPair(text, from + k) && !splitsPair(text, to + k)) return { ...edit, from: edit.from + k, to: edit.to + k, newFrom: edit.newFrom + k, newTo: edit.newTo + k }
  }
  return edit
}

/// Whether offset `at` of `text` falls between the two halves of a surrogate pair (a
/// character outside the Basic Multilingual Plane: a CJK Extension B ideograph, an emoji),
/// where no drawn stretch may start or end.
function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1), after = text.charCodeAt(at)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}

/// Whether every bracket `text` opens between `from` and `to` closes there, and none
/// closes there that it does not open.
function bracketsPaired(text: string, from: number, to: number): boolean {
  let round = 0, square = 0
  for (let i = from; i < to; i++) {
    const c = text[i]
    if (c === '(') round++
    else if (c === ')' && --round < 0) return false
    else if (c === '[') square++
    else if (c === ']' && --square < 0) return false
  }
  return round === 0 && square === 0
}

/// One thing the redline draws in a current paragraph, as plain values, offsets from the
/// start of its text: cheap to compare with what is drawn already, so that a keystroke
/// that leaves the redline looking the same builds no decoration.
interface Look {
  /// `ins` words inserted into a paragraph of the base, `new` all the words of a paragraph
  /// inserted as a whole, `del` words deleted, `moved` the gutter mark of a paragraph
  /// moved as a whole.
  readonly kind: 'ins' | 'new' | 'del' | 'moved'
  readonly from: number
  readonly to: number
  /// The struck words of a deletion, the base label of a move.
  readonly text: string
}

const lookName = (look: Look) => look.text ? `${look.kind}:${look.text}` : look.kind

/// What the redline draws in the current paragraph of an entry: the mark of a paragraph
/// inserted or moved as a whole, its words if it is new, and the word edits of a modified
/// one, deleted words only with `deletions`.
function entryLooks(entry: ParagraphDiff, deletions: boolean): Look[] {
  const out: Look[] = []
  if (entry.status === 'inserted') {
    const size = entry.current!.node.content.size
    if (size) out.push({ kind: 'new', from: 0, to: size, text: '' })
  }
  if (entry.moved) out.push({ kind: 'moved', from: 0, to: 0, text: entry.base!.label })
  if (entry.status === 'modified') {
    const base = entry.base!, current = entry.current!
    for (const edit of entry.words!.edits) {
      const { from, to, newFrom, newTo } = drawnEdit(edit, base.text, current.text)
      if (deletions && to > from) out.push({ kind: 'del', from: newFrom, to: newFrom, text: base.text.slice(from, to) })
      if (newTo > newFrom) out.push({ kind: 'ins', from: newFrom, to: newTo, text: '' })
    }
  }
  return out
}

/// The paragraph a current entry's decorations belong to, as a plain value: the specs of
/// decorations are compared by value when the view redraws, so a decoration rebuilt the
/// same after a keystroke keeps its DOM.
function ownerOf(entry: ParagraphDiff): string {
  return entry.current!.pid ?? `#${entry.current!.index}`
}

/// The decorations of looks of a paragraph whose text starts at `start`.
function lookDecorations(looks: readonly Look[], start: number, owner: string): Decoration[] {
  return looks.map(look => {
    const name = lookName(look)
    const at = start + look.from
    switch (look.kind) {
      case 'ins': return Decoration.inline(at, start + look.to, { class: 'ph-ins' }, { owner, look: name, inclusiveEnd: true })
      case 'new': return Decoration.inline(at, start + look.to, { class: 'ph-ins ph-new' }, { owner, look: name, inclusiveEnd: true })
      case 'del': return Decoration.widget(at, () => struck(look.text), { owner, look: name, side: -1, marks: [], ignoreSelection: true, key: `del:${owner}:${look.from}:${look.text}` })
      default: return Decoration.widget(at, () => movedMark(look.text), { owner, look: name, side: -2, marks: [], ignoreSelection: true, key: `${name}:${owner}` })
    }
  })
}

/// Whether decorations drawn now show the looks at `start`. Typing inside an insertion
/// usually leaves them so, once the mapping has stretched the insertion over the new
/// letter (its end is inclusive); the drawn decorations then stay, and the view has
/// nothing to redraw but the letter.
function showing(drawn: readonly Decoration[], looks: readonly Look[], start: number): boolean {
  if (drawn.length !== looks.length) return false
  return looks.every(look => {
    const name = lookName(look)
    return drawn.some(d => d.from === start + look.from && d.to === start + look.to && d.spec.look === name)
  })
}

/// The part a paragraph stands in, by its label: `PP…` the preamble, `OP…` the
/// operative part, `A2.…` the second annex (numbered as the document's child index).
function partOf(record: ParagraphRecord): number {
  const annex = /^A(\d+)\./.exec(record.label)
  return annex ? 3 + Number(annex[1]) : record.label.startsWith('PP') ? 2 : 3
}

/// The widgets of the deleted paragraphs, each after the last current paragraph of its part
/// that precedes it in reading order, inside that paragraph at the end of its text, or at
/// the start of the part (after an annex's title) when none does.
function deletedParagraphWidgets(diff: DocumentDiff, positions: readonly number[]): Decoration[] {
  const partStart = new Map<number, number>()
  for (const part of documentParts(diff.current)) {
    const index = part.kind === 'preamble' ? 2 : part.kind === 'operative' ? 3 : 3 + part.annex
    partStart.set(index, part.pos + 1 + (part.kind === 'annex' ? part.node.firstChild!.nodeSize : 0))
  }
  const lastOf = new Map<number, number>()
  const out: Decoration[] = []
  let k = 0
  for (const entry of diff.entries) {
    if (entry.current) {
      lastOf.set(partOf(entry.current), entry.current.index)
      continue
    }
    const base = entry.base!
    const part = partOf(base)
    const host = lastOf.get(part) ?? -1
    const start = partStart.get(part) ?? partStart.get(3)!
    const at = host < 0 ? start : positions[host] + 1 + diff.currentParagraphs[host].node.content.size
    k++
    out.push(Decoration.widget(at, () => deletedParagraph(base, host >= 0), {
      side: host < 0 ? -1000 + k : k, marks: [], ignoreSelection: true, key: `gone:${base.pid ?? base.index}:${base.text.length}`
    }))
  }
  return out
}

/// The redline of a document, in two sets of decorations over it: `drawn`, what a view
/// draws in the text (deleted words and paragraphs struck through where they stood, the
/// gutter marks and words of whole inserted paragraphs, the marks of moved ones), and
/// `inserted`, the words inserted into paragraphs of the base (`ph-ins` inline
/// decorations). The editor does not give the view `inserted` but
/// paints it as a custom highlight over the text (insertionHighlight.ts): an inline
/// decoration splits the paragraph's text at its ends and wraps it in an element, which
/// the browser styles and lays out anew, the cost of every first and last letter typed
/// against the base. A read-only view draws both sets.
export interface Redline {
  readonly drawn: DecorationSet
  readonly inserted: DecorationSet
}

/// Whether a decoration is a stretch of words inserted into a paragraph of the base, which
/// belongs to `inserted`. The words of a paragraph inserted as a whole stay a decoration
/// the view draws, a span around the paragraph's text: they are drawn once, not at each
/// letter typed, and a highlight of thousands of ranges (a paste of as many paragraphs)
/// has Chromium mark every range's text again at each frame the highlight changes.
const isInsertion = (d: Decoration) => d.spec.look === 'ins'

/// `redline` with `decorations` added, each to its set.
function addLooks(redline: Redline, doc: Node, decorations: readonly Decoration[]): Redline {
  if (!decorations.length) return redline
  const inserted = decorations.filter(isInsertion)
  const drawn = inserted.length === decorations.length ? [] : decorations.filter(d => !isInsertion(d))
  return {
    drawn: drawn.length ? redline.drawn.add(doc, drawn) : redline.drawn,
    inserted: inserted.length ? redline.inserted.add(doc, inserted) : redline.inserted
  }
}

/// The redline of a diff on its current document: inserted words marked, deleted words
/// struck through in place, whole inserted, deleted and moved paragraphs marked. Every
/// decoration lies inside a paragraph, and those drawn for a current paragraph name it,
/// so a keystroke can replace the decorations of the one paragraph it changed. With
/// `deletions` off (the right side of a side-by-side comparison) only what the current
/// text has is marked.
export function redlineDecorations(diff: DocumentDiff, deletions = true): Redline {
  const positions = paragraphPositions(diff.current)
  const out: Decoration[] = deletions ? deletedParagraphWidgets(diff, positions) : []
  for (const entry of diff.entries) {
    if (!entry.current || (entry.status === 'unchanged' && !entry.moved)) continue
    out.push(...lookDecorations(entryLooks(entry, deletions), positions[entry.current.index] + 1, ownerOf(entry)))
  }
  return addLooks(noRedline, diff.current, out)
}

const noRedline: Redline = { drawn: DecorationSet.empty, inserted: DecorationSet.empty }

/// The sets made by `redlineForView`, by redline: a view asks for its decorations at
/// every update, a move of the caret too, and the redline stays the same object until
/// the document changes.
const joined = new WeakMap<Redline, DecorationSet>()

/// Both sets of a redline as one, for a view that draws them all (a comparison's, or an
/// editor's in a browser without the custom highlight).
export function redlineForView(redline: Redline, doc: Node): DecorationSet {
  let set = joined.get(redline)
  if (!set) joined.set(redline, set = redline.drawn.add(doc, redline.inserted.find()))
  return set
}

/// The left side of a side-by-side comparison: the base document with what the current
/// one no longer has marked (deleted words, deleted and moved paragraphs).
export function baseSideDecorations(diff: DocumentDiff): DecorationSet {
  const positions = paragraphPositions(diff.base)
  const out: Decoration[] = []
  for (const entry of diff.entries) {
    const base = entry.base
    if (!base) continue
    const pos = positions[base.index], end = pos + base.node.nodeSize
    if (entry.status === 'deleted') out.push(Decoration.node(pos, end, { class: 'ph-deleted-whole' }))
    if (entry.moved) out.push(Decoration.node(pos, end, { class: 'ph-moved', 'data-moved-to': entry.current!.label }))
    if (entry.status === 'modified') {
      out.push(Decoration.node(pos, end, { class: 'ph-modified' }))
      for (const edit of entry.words!.edits) {
        const { from, to } = drawnEdit(edit, base.text, entry.current!.text)
        if (to > from) out.push(Decoration.inline(pos + 1 + from, pos + 1 + to, { class: 'ph-del-range' }))
      }
    }
  }
  return DecorationSet.create(diff.base, out)
}

interface RedlineState extends Redline {
  readonly on: boolean
  readonly diff: DocumentDiff
  /// Counts the times the redline was built afresh rather than mapped through a
  /// transaction, so that a painter of `inserted` knows when every paragraph's looks may
  /// have changed, not only those of the paragraphs a transaction rewrote.
  readonly generation: number
}

export const redlineKey = new PluginKey<RedlineState>('redline')

/// The drawn set, mapped over a run of new paragraphs, with their decorations added: the
/// others' looks are as they were (`insertedParagraphs`), and drawn for the same owners
/// while every paragraph after the run has an id (an owner by index would have moved).
function withInsertedRun(mapped: Redline, diff: DocumentDiff, run: InsertedRun, doc: Node): Redline | null {
  const records = diff.currentParagraphs
  for (let i = run.from + run.count; i < records.length; i++) if (records[i].pid == null) return null
  const out: Decoration[] = []
  let pos = paragraphPosition(doc, run.from)
  for (let i = run.from; i < run.from + run.count; i++) {
    const entry = diff.entries[diff.entryOfCurrent[i]]
    out.push(...lookDecorations(entryLooks(entry, true), pos + 1, ownerOf(entry)))
    pos += records[i].node.nodeSize
  }
  return addLooks(mapped, doc, out)
}

/// Bring the redline up to date with a new diff after transaction `tr`. Typing changes
/// the entries of the paragraphs it touched and nothing else (same alignment, same base):
/// the drawn set is mapped through the transaction, which keeps the decorations of every
/// other paragraph as they are (the same objects), and only the paragraphs the step maps
/// name are looked at again (`touchedParagraphs`), their decorations rebuilt only when they
/// no longer look the same as the mapped ones. A keystroke so costs its paragraph, not the
/// document. New paragraphs inserted between others (`insertedParagraphs`: a paste, a
/// slice of a big one) are drawn alone on the mapped set. Anything else redraws from the
/// diff.
function updateRedline(previous: RedlineState, diff: DocumentDiff, state: EditorState, tr: Transaction): RedlineState {
  const old = previous.diff
  const mapped = () => ({ drawn: previous.drawn.map(tr.mapping, state.doc), inserted: previous.inserted.map(tr.mapping, state.doc) })
  const result = (redline: Redline | null) => redline
    ? { on: true, diff, generation: previous.generation, ...redline }
    : { on: true, diff, generation: previous.generation + 1, ...redlineDecorations(diff) }
  if (diff === old) return result(mapped())
  const sameAlignment = diff.base === old.base && diff.alignment === old.alignment && diff.entries.length === old.entries.length
  const touched = sameAlignment ? touchedParagraphs(tr, old.currentParagraphs.length) : null
  if (!touched) {
    const run = insertedParagraphs(diff, old)
    return result(run && withInsertedRun(mapped(), diff, run, state.doc))
  }
  let { drawn, inserted } = mapped()
  for (const index of touched) {
    const entry = diff.entries[diff.entryOfCurrent[index]], before = old.entries[old.entryOfCurrent[index]]
    if (entry === before) continue
    const pos = paragraphPosition(state.doc, index), start = pos + 1, end = pos + entry.current!.node.nodeSize
    const owner = ownerOf(before), owned = (spec: { owner?: string }) => spec.owner === owner
    const drawnHere = drawn.find(pos, end, owned), insertedHere = inserted.find(pos, end, owned)
    const looks = entry.status !== 'unchanged' || entry.moved ? entryLooks(entry, true) : []
    if (showing(drawnHere.concat(insertedHere), looks, start)) continue
    ;({ drawn, inserted } = addLooks({ drawn: drawn.remove(drawnHere), inserted: inserted.remove(insertedHere) }, state.doc, lookDecorations(looks, start, ownerOf(entry))))
  }
  return result({ drawn, inserted })
}

/// Whether the page can paint the custom highlight: where it cannot (a browser older than
/// Chromium 105, Firefox 140, Safari 17.2), the inserted words are drawn with the rest,
/// as spans, at the cost the highlight saves a keystroke.
const highlighted = typeof CSS !== 'undefined' && 'highlights' in CSS

/// The live redline of the editor: decorations drawn from the `amendmentTracking`
/// plugin's diff (which must come before this plugin), the inserted words painted as a
/// highlight (`InsertionPainter`), switched off for the clean view with `setRedline`.
export function redline(on = true): Plugin<RedlineState> {
  return new Plugin<RedlineState>({
    key: redlineKey,
    state: {
      init: (_config, state) => {
        const diff = trackedDiff(state)
        return { on, diff, generation: 0, ...on ? redlineDecorations(diff) : noRedline }
      },
      apply(tr, previous, _old, state) {
        const diff = trackedDiff(state)
        const toggle = tr.getMeta(redlineKey) as { on: boolean } | undefined
        const showing = toggle ? toggle.on : previous.on
        if (!showing) return previous.on ? { on: false, diff, generation: previous.generation + 1, ...noRedline } : { ...previous, diff }
        if (!previous.on) return { on: true, diff, generation: previous.generation + 1, ...redlineDecorations(diff) }
        return updateRedline(previous, diff, state, tr)
      }
    },
    props: {
      decorations: state => {
        const redline = redlineKey.getState(state)!
        return highlighted ? redline.drawn : redlineForView(redline, state.doc)
      }
    },
    view: highlighted ? view => new InsertionPainter(view, state => redlineKey.getState(state)!) : undefined
  })
}

export function redlineShown(state: EditorState): boolean {
  return redlineKey.getState(state)?.on ?? false
}

/// The transaction that shows or hides the redline.
export function setRedline(state: EditorState, on: boolean) {
  return state.tr.setMeta(redlineKey, { on })
}
