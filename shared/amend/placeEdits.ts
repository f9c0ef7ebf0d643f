import type { WordDiff } from './wordDiff'
import { quotedUnits, widenToUnits } from './quotedUnits'
import { quotationMark } from './tokens'
import { applyTextEdits, locateQuote, pastClosing, wholeWordMatches, type Quote, type TextEdit } from './textEdits'
import { footnoteMark, withoutFootnoteMarks } from '../schema'

/// A word edit as a reader of `penholder compare --json` needs it: the words removed
/// (`old`) and added (`text`), and, where the words alone do not say where the edit falls,
/// the words just before it (`before`) or just after it (`after`); `at: 'end'` for words
/// added at the end of the paragraph; `footnote`, the note of a footnote reference put in
/// or taken out after the words `before`.
export interface PlacedEdit {
  op: 'insert' | 'delete' | 'replace'
  text?: string
  old?: string
  footnote?: string
  /// Who proposed it, where the versions between the texts compared have authors.
  proposers?: string[]
  before?: string
  after?: string
  at?: 'end'
}

/// At most this many words of context are quoted to place an edit; past that the words
/// are named by occurrence (“and” (second occurrence)), so that a paragraph repeating
/// itself cannot make a quote, or the time to find one, grow with its length.
const maxContextWords = 6
/// A deletion or replacement reaching the end of the paragraph with at least this many
/// words is worded “replace the existing text after the words …” / “delete the end of
/// the paragraph”, as official amendments do.
const endWords = 4

const wordChar = /[\p{L}\p{N}\p{M}]/u
const isWordAt = (text: string, i: number) => i >= 0 && i < text.length && wordChar.test(text[i])
/// Quotes never start with a space or with punctuation that belongs to the words before,
/// and never end with a space or a comma.
const strayStart = /^(?:\s|[,;:.)\]”’»])/
const strayEnd = /(?:\s|,)$/
const leadingMark = /^[,;:.)\]”’»]/

interface Range { from: number, to: number, newFrom: number, newTo: number }

/// The start of the word before `pos` (skipping spaces and punctuation first).
function previousWordStart(text: string, pos: number): number {
  let p = pos
  while (p > 0 && !isWordAt(text, p - 1)) p--
  while (p > 0 && (isWordAt(text, p - 1) || (isWordAt(text, p - 2) && "'’‑-/.".includes(text[p - 1])))) p--
  return p
}

/// The end of the word after `pos`.
function nextWordEnd(text: string, pos: number): number {
  let p = pos
  while (p < text.length && !isWordAt(text, p)) p++
  while (p < text.length && (isWordAt(text, p) || (isWordAt(text, p + 1) && "'’‑-/.".includes(text[p])))) p++
  return p
}

const visibleStart = (text: string, from: number, to: number) => { while (from < to && /\s/.test(text[from])) from++; return from }
const visibleEnd = (text: string, from: number, to: number) => { while (to > from && /\s/.test(text[to - 1])) to--; return to }

/// Widen each range to whole units (numbers, citations, symbols) and to clean quotes,
/// on both sides at once: the text outside the ranges is common to both versions.
function widen(oldText: string, newText: string, ranges: Range[]): Range[] {
  const oldUnits = quotedUnits(oldText), newUnits = quotedUnits(newText)
  const grow = (r: Range, left: number, right: number) => {
    r.from -= left; r.newFrom -= left; r.to += right; r.newTo += right
  }
  for (const r of ranges) {
    for (let round = 0; round < 4; round++) {
      const [a, b] = widenToUnits(oldUnits, r.from, r.to)
      grow(r, r.from - a, b - r.to)
      const [c, d] = widenToUnits(newUnits, r.newFrom, r.newTo)
      grow(r, r.newFrom - c, d - r.newTo)
      const oldQuote = oldText.slice(visibleStart(oldText, r.from, r.to), visibleEnd(oldText, r.from, r.to))
      const newQuote = newText.slice(visibleStart(newText, r.newFrom, r.newTo), visibleEnd(newText, r.newFrom, r.newTo))
      let left = 0, right = 0
      if (leadingMark.test(oldQuote) || leadingMark.test(newQuote)) left = r.from - previousWordStart(oldText, r.from)
      if (/,$/.test(oldQuote)) right = nextWordEnd(oldText, r.to) - r.to
      if (!left && !right) break
      grow(r, Math.min(left, r.from, r.newFrom), Math.min(right, oldText.length - r.to, newText.length - r.newTo))
    }
  }
  ranges.sort((x, y) => x.from - y.from)
  const merged: Range[] = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && (r.from <= last.to || r.newFrom <= last.newTo)) {
      last.to = Math.max(last.to, r.to); last.newTo = Math.max(last.newTo, r.newTo)
    } else merged.push({ ...r })
  }
  return merged
}

/// The quote naming a place: the fewest words (at most `maxContextWords`) ending at `end`
/// (or, with `forward`, starting at `start`) that occur once in the paragraph — followed by
/// `follower` when given — else the shortest of them with its occurrence.
function contextQuote(text: string, pos: number, forward: boolean, follower?: string): Quote | null {
  let edge = pos, first: { words: string, from: number } | null = null
  for (let k = 0; k < maxContextWords; k++) {
    const next = forward ? nextWordEnd(text, edge) : previousWordStart(text, edge)
    if (next === edge) break
    edge = next
    const from = forward ? visibleStart(text, pos, edge) : edge
    const words = forward ? text.slice(from, edge) : text.slice(edge, visibleEnd(text, edge, pos))
    if (!words || strayEnd.test(words) || strayStart.test(words)) continue
    first ??= { words, from }
    const matches = follower == null ? wholeWordMatches(text, words) : wholeWordMatches(text, words + ' ' + follower).concat(wholeWordMatches(text, words + follower))
    if (matches.length === 1) return { words }
  }
  if (!first) return null
  const matches = wholeWordMatches(text, first.words)
  const occurrence = matches.indexOf(first.from) + 1
  return occurrence > 1 || matches.length > 1 ? { words: first.words, occurrence: occurrence || 1 } : { words: first.words }
}

/// The removed words as a quote that places itself, with context or occurrence if needed.
function removedWords(oldText: string, from: number, old: string): { old: Quote, after?: Quote } | null {
  const matches = wholeWordMatches(oldText, old)
  if (matches.length === 1) return { old: { words: old } }
  const after = contextQuote(oldText, from, false, old)
  if (after && after.occurrence == null) return { old: { words: old }, after }
  const occurrence = matches.indexOf(from) + 1
  return occurrence ? { old: { words: old, occurrence } } : null
}

/// Whether nothing but spaces and one closing mark follows `pos`.
const atEnd = (text: string, pos: number) => /^\s*[;.,:]?\s*$/.test(text.slice(pos))
const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length

/// Notes of the footnote references of a tabled paragraph and of its amended form, in order.
export interface ParagraphNotes {
  readonly tabled: readonly string[]
  readonly amended: readonly string[]
}

const marksBefore = (text: string, pos: number) => {
  let n = 0
  for (let i = text.indexOf(footnoteMark); i >= 0 && i < pos; i = text.indexOf(footnoteMark, i + 1)) n++
  return n
}

/// A range that puts in or takes out one footnote reference and nothing else, as a
/// footnote edit placed by the words before the reference (and the punctuation after
/// them); null for any other range.
function footnoteEditOf(oldText: string, newText: string, r: Range, notes: ParagraphNotes): TextEdit | null | undefined {
  const oldPart = oldText.slice(r.from, r.to), newPart = newText.slice(r.newFrom, r.newTo)
  if (!oldPart.includes(footnoteMark) && !newPart.includes(footnoteMark)) return undefined
  let p = 0
  while (p < oldPart.length && p < newPart.length && oldPart[p] === newPart[p]) p++
  let q = 0
  while (q < oldPart.length - p && q < newPart.length - p && oldPart[oldPart.length - 1 - q] === newPart[newPart.length - 1 - q]) q++
  const removed = oldPart.slice(p, oldPart.length - q), added = newPart.slice(p, newPart.length - q)
  if (removed + added !== footnoteMark) return null
  const after = noteAnchor(oldText, r.from + p)
  if (!after) return null
  if (removed) return { op: 'deleteNote', after }
  const note = notes.amended[marksBefore(newText, r.newFrom + p)]
  return note == null ? null : { op: 'insertNote', after, note }
}

/// The notes of the references in `newText` from `from` to `to`, as an edit putting in
/// those words carries them (nothing when there are none).
function notesIn(newText: string, from: number, to: number, notes: ParagraphNotes): { notes?: string[] } {
  const first = marksBefore(newText, from), count = marksBefore(newText, to) - first
  return count ? { notes: notes.amended.slice(first, first + count) } : {}
}

function editOf(oldText: string, newText: string, r: Range, notes: ParagraphNotes): TextEdit | null {
  // A range that puts in or takes out a reference alone is a footnote edit; one that
  // changes words too is a word edit, carrying the notes of the references it puts in.
  const footnote = footnoteEditOf(oldText, newText, r, notes)
  if (footnote || (footnote === null && !wordCount(oldText.slice(r.from, r.to) + ' ' + newText.slice(r.newFrom, r.newTo)))) return footnote ?? null
  const from = visibleStart(oldText, r.from, r.to), to = visibleEnd(oldText, r.from, r.to)
  const old = oldText.slice(from, to)
  const newFrom = visibleStart(newText, r.newFrom, r.newTo)
  const text = newText.slice(newFrom, visibleEnd(newText, r.newFrom, r.newTo))
  const carried = notesIn(newText, newFrom, newFrom + text.length, notes)
  if (!old) {
    if (atEnd(oldText, r.from) && wordCount(oldText.slice(0, r.from))) return { op: 'insert', text, ...carried }
    const after = contextQuote(oldText, r.from, false)
    if (after) return { op: 'insert', after, text, ...carried }
    const before = contextQuote(oldText, r.to, true)
    return before ? { op: 'insert', before, text, ...carried } : null
  }
  if (atEnd(oldText, to) && wordCount(old) >= endWords && wordCount(oldText.slice(0, from))) {
    const after = contextQuote(oldText, from, false)
    if (after) {
      const restFrom = visibleStart(newText, r.newFrom, newText.length)
      const rest = newText.slice(restFrom).trim()
      return text ? { op: 'replaceEnd', after, text: rest, ...notesIn(newText, restFrom, newText.length, notes) } : { op: 'deleteEnd', after }
    }
  }
  const placed = removedWords(oldText, from, old)
  if (!placed) return null
  return text ? { op: 'replace', ...placed, text, ...carried } : { op: 'delete', ...placed }
}

/// After the longest common start of both texts (cut before a word, never inside a unit),
/// the rest of the paragraph replaced: the UN form for a pair rewritten past its opening
/// words. Null when the texts share no opening word.
function replaceAfterCommonStart(oldText: string, newText: string, notes: ParagraphNotes): TextEdit[] | null {
  let same = 0
  const max = Math.min(oldText.length, newText.length)
  while (same < max && oldText[same] === newText[same]) same++
  let cut = same
  if (isWordAt(oldText, cut) || isWordAt(newText, cut)) cut = previousWordStart(oldText, cut)
  cut = widenToUnits(quotedUnits(oldText), cut, cut)[0]
  while (cut > 0 && !isWordAt(oldText, cut - 1) && !/[)”’]/.test(oldText[cut - 1])) cut--
  // New words never open with punctuation (“, and to consider …”): the word before
  // them goes with them.
  const opening = newText.slice(cut).trim()
  if (leadingMark.test(opening) && !/^[;.,:]$/.test(opening)) cut = previousWordStart(oldText, cut)
  if (!wordCount(oldText.slice(0, cut))) return null
  const after = contextQuote(oldText, cut, false)
  if (!after) return null
  // The references right after the quoted words stay with them (textEdits.ts).
  while (cut < same && oldText[cut] === footnoteMark) cut++
  const rest = newText.slice(cut).trim()
  const restFrom = newText.length - newText.slice(cut).trimStart().length
  return [rest && !/^[;.,:]$/.test(rest) ? { op: 'replaceEnd', after, text: rest, ...notesIn(newText, restFrom, restFrom + rest.length, notes) } : { op: 'deleteEnd', after }]
}

/// Where the words and references of the tabled text are all kept, the notes that changed:
/// each as a `replaceNote` placed by the words before its reference. `result` is what the
/// word edits make of `oldText` with its tabled notes (`applyTextEdits`).
function changedNotes(oldText: string, result: { notes: readonly string[], sources: readonly number[] }, notes: ParagraphNotes): TextEdit[] | null {
  if (result.notes.length !== notes.amended.length) return null
  const changed: TextEdit[] = []
  // The offset of each tabled reference, found in one scan.
  const marks: number[] = []
  for (let i = oldText.indexOf(footnoteMark); i >= 0; i = oldText.indexOf(footnoteMark, i + 1)) marks.push(i)
  for (let k = 0; k < result.notes.length; k++) {
    if (result.notes[k] === notes.amended[k]) continue
    const at = marks[result.sources[k]]
    if (at === undefined) return null
    const after = noteAnchor(oldText, at)
    if (!after) return null
    changed.push({ op: 'replaceNote', after, note: notes.amended[k] })
  }
  return changed
}

/// The words a footnote reference at `at` follows, as a quote placing it: the punctuation
/// right before the reference is passed over, as references stand after it.
function noteAnchor(text: string, at: number): Quote | null {
  while (at > 0 && (leadingMark.test(text[at - 1]) || text[at - 1] === footnoteMark)) at--
  return contextQuote(text, at, false)
}

/// The footnote references of a text with its `notes` as footnote edits of the same text
/// without them, each placed by the words before it: how wording sets out the references
/// of a paragraph it puts in whole. Null when one follows no words, or when the quotes do
/// not give the references back where they stand.
export function footnotesOf(text: string, notes: readonly string[]): Array<{ after: Quote, note: string }> | null {
  const bare = withoutFootnoteMarks(text)
  const found: Array<{ after: Quote, note: string }> = []
  let k = 0
  for (let i = text.indexOf(footnoteMark); i >= 0; i = text.indexOf(footnoteMark, i + 1), k++) {
    const after = noteAnchor(bare, i - k)
    if (!after) return null
    found.push({ after, note: notes[k] ?? '' })
  }
  const back = applyTextEdits(bare, found.map(f => ({ op: 'insertNote', ...f })))
  return back.ok && back.text === text && back.notes.every((n, j) => n === (notes[j] ?? '')) ? found : null
}

const gives = (oldText: string, edits: readonly TextEdit[], newText: string, notes: ParagraphNotes) => {
  const result = applyTextEdits(oldText, edits, notes.tabled)
  return result.ok && result.text === newText && result.notes.length === notes.amended.length && result.notes.every((n, k) => n === notes.amended[k])
}

/// Edits that give `newText`, with the notes that changed on references kept as they were.
/// The word edits are applied once; the `replaceNote` edits added, when there are any, are
/// checked by applying them all again (their quotes could name another reference).
function withChangedNotes(oldText: string, newText: string, edits: readonly TextEdit[], notes: ParagraphNotes): TextEdit[] | null {
  const result = applyTextEdits(oldText, edits, notes.tabled)
  if (!result.ok || result.text !== newText) return null
  const changed = changedNotes(oldText, result, notes)
  if (!changed) return null
  if (!changed.length) return [...edits]
  const all = [...edits, ...changed]
  return gives(oldText, all, newText, notes) ? all : null
}

/// At most this many words between two word edits for them to be told as one.
const maxDenseGap = 6

/// Word edits (`ranges`, in reading order) folded into one where they make up most of a
/// stretch: the words they take out and put in, counted together, at least twice the
/// words left between them, each gap at most `maxDenseGap` words. An issued amendment
/// replaces such a stretch whole: A/C.3/80/L.63 replaces “the fourth Global Conference on
/// the Sustained Eradication of Child Labour, held in Buenos Aires from 14 to 16 November
/// 2017” rather than three pieces of it. Edits far apart, or a word or two among many
/// kept, stay apart, and so does a stretch with a footnote reference or a quotation mark
/// in it (words are never quoted with a reference, and a mark left alone in a quote, “the
/// Levant” (ISIL/Da’esh)”, would end it for a reader), and two edits `apart` says
/// different delegations proposed. A stretch not dense enough is split at its widest gap
/// and each side weighed again: O(edits²), and at most `maxEdits` (8, wordDiff.ts) edits
/// reach here, more being a paragraph rewritten. Only the wording folds them: the redline
/// shows each change.
function foldDenseRanges(oldText: string, newText: string, ranges: readonly Range[], apart?: EditsApart): Range[] {
  const changed = ranges.map(r => wordCount(oldText.slice(r.from, r.to)) + wordCount(newText.slice(r.newFrom, r.newTo)))
  // Words kept between each edit and the next; Infinity where they never fold (the
  // blame asked only where the words would let them).
  const gaps = ranges.slice(1).map((r, k) => {
    const gap = oldText.slice(ranges[k].to, r.from), words = wordCount(gap)
    return words > maxDenseGap || gap.includes(footnoteMark) || quotationMark.test(gap) || apart?.(ranges[k], r) ? Infinity : words
  })
  // `from`..`to`: a run of ranges whose gaps are each at most `maxDenseGap` words.
  const split = (from: number, to: number): Range[] => {
    if (from === to) return [ranges[from]]
    let out = 0, kept = 0, widest = from
    for (let k = from; k <= to; k++) out += changed[k]
    for (let k = from; k < to; k++) { kept += gaps[k]; if (gaps[k] > gaps[widest]) widest = k }
    if (out >= 2 * kept) return [{ from: ranges[from].from, to: ranges[to].to, newFrom: ranges[from].newFrom, newTo: ranges[to].newTo }]
    return [...split(from, widest), ...split(widest + 1, to)]
  }
  const folded: Range[] = []
  for (let i = 0; i < ranges.length;) {
    let j = i
    while (j + 1 < ranges.length && gaps[j] <= maxDenseGap) j++
    folded.push(...split(i, j))
    i = j + 1
  }
  return folded
}

/// Whether two word edits of a paragraph (offsets `from`…`to` in its tabled text, UTF-16
/// code units) must stay apart however close: proposed by different delegations, each
/// amendment is its own proposal (compare.ts, from the versions' blame).
export type EditsApart = (a: { from: number, to: number }, b: { from: number, to: number }) => boolean

/// The edits of a modified paragraph in the forms the UN uses, each placed by quotes of
/// the tabled text, checked by applying them: they give `newText` exactly. Word edits
/// first; else the rest of the paragraph after its common opening words; null when only
/// replacing the whole paragraph will do. A footnote reference put in or taken out is a
/// footnote edit, its note from `notes`; words are never quoted with a reference in them.
export function planTextEdits(oldText: string, newText: string, words: WordDiff, notes: ParagraphNotes = { tabled: [], amended: [] }, apart?: EditsApart): TextEdit[] | null {
  if (!words.rewritten) {
    const each = words.edits.map(e => ({ from: e.from, to: e.to, newFrom: e.newFrom, newTo: e.newTo }))
    const dense = foldDenseRanges(oldText, newText, each, apart)
    for (const ranges of dense.length < each.length ? [dense, each] : [each]) {
      const edits = widen(oldText, newText, ranges.map(r => ({ ...r }))).map(r => editOf(oldText, newText, r, notes))
      const all = edits.every(e => e) ? withChangedNotes(oldText, newText, edits as TextEdit[], notes) : null
      if (all) return all
    }
  }
  const tail = replaceAfterCommonStart(oldText, newText, notes)
  return tail && withChangedNotes(oldText, newText, tail, notes)
}

/// An edit in the shape of `compare --json`; `tabledNotes` name the footnote a footnote
/// edit takes out.
export function placedEdit(oldText: string, edit: TextEdit, tabledNotes: readonly string[] = []): PlacedEdit {
  switch (edit.op) {
    case 'insertNote': return { op: 'insert', before: edit.after.words, footnote: edit.note }
    case 'replaceNote': return { op: 'replace', before: edit.after.words, footnote: edit.note }
    case 'deleteNote': {
      const at = locateQuote(oldText, edit.after)
      return { op: 'delete', before: edit.after.words, footnote: 'looked' in at ? '' : tabledNotes[marksBefore(oldText, pastClosing(oldText, at.to))] ?? '' }
    }
    case 'insert':
      return edit.after ? { op: 'insert', before: edit.after.words, text: edit.text }
        : edit.before ? { op: 'insert', after: edit.before.words, text: edit.text }
        : { op: 'insert', at: 'end', text: edit.text }
    case 'delete': return { op: 'delete', ...(edit.after && { before: edit.after.words }), ...(edit.before && { after: edit.before.words }), old: edit.old.words }
    case 'replace': return { op: 'replace', ...(edit.after && { before: edit.after.words }), ...(edit.before && { after: edit.before.words }), old: edit.old.words, text: edit.text }
    case 'replaceEnd':
    case 'deleteEnd': {
      const at = locateQuote(oldText, edit.after)
      const old = 'looked' in at ? '' : oldText.slice(at.to).trim()
      return edit.op === 'replaceEnd' ? { op: 'replace', before: edit.after.words, old, text: edit.text } : { op: 'delete', before: edit.after.words, old }
    }
  }
}
