import { footnoteMark, withoutFootnoteMarks } from '../schema'

/// Edits inside one paragraph as an amendment words them: by the words they quote, never
/// by offsets. Every quote refers to the paragraph as tabled (the text the amendment
/// applies to), so the edits of one amendment are all placed first and then made together.

/// Quoted words, with the occurrence meant when the words occur more than once in the
/// paragraph and no short context tells them apart (`“and” (second occurrence)`).
export interface Quote {
  readonly words: string
  readonly occurrence?: number
}

/// One edit. `after` on an insertion is the words the new text follows, `before` the words
/// it precedes; neither means at the end of the paragraph (before its final punctuation).
/// `after` on a deletion or replacement is the words just before the removed ones (`before`
/// the words just after them), quoted only when the removed words alone do not say where.
/// `replaceEnd`: “replace the existing text after the words … by the following”;
/// `deleteEnd`: “after the words …, delete the end of the paragraph” (the final
/// punctuation stays); both keep the footnote references right after the quoted words,
/// which belong to them. Footnotes are not words: a reference of the tabled text comes,
/// goes or changes its note with `insertNote`, `deleteNote` and `replaceNote` only.
/// `notes` on an edit that puts in words: the note of each footnote reference (U+FFFC)
/// in its `text`, in order (none: the words have no references).
export type TextEdit =
  | { readonly op: 'insert', readonly text: string, readonly after?: Quote, readonly before?: Quote, readonly notes?: readonly string[] }
  | { readonly op: 'delete', readonly old: Quote, readonly after?: Quote, readonly before?: Quote }
  | { readonly op: 'replace', readonly old: Quote, readonly text: string, readonly after?: Quote, readonly before?: Quote, readonly notes?: readonly string[] }
  | { readonly op: 'replaceEnd', readonly after: Quote, readonly text: string, readonly notes?: readonly string[] }
  | { readonly op: 'deleteEnd', readonly after: Quote }
  /// A footnote reference put after the quoted words (and the punctuation right after
  /// them, where references stand), its note reading `note`.
  | { readonly op: 'insertNote', readonly after: Quote, readonly note: string }
  /// The footnote reference after the quoted words (and that punctuation) removed, its
  /// note with it.
  | { readonly op: 'deleteNote', readonly after: Quote }
  /// The note of the footnote reference after the quoted words (and that punctuation)
  /// reading `note` instead: the reference stays where it is.
  | { readonly op: 'replaceNote', readonly after: Quote, readonly note: string }

/// Quoted words that are not in the paragraph as written, with the closest text found
/// there (empty when nothing comes close).
export interface NearMiss {
  readonly looked: string
  readonly closest: string
}

const wordChar = /[\p{L}\p{N}\p{M}]/u
const closing = /^[,;:.!?)\]”’»]/
const opening = /[(\[“‘«]$/
/// The paragraph's final punctuation, with the footnote references and spaces after it.
const endMark = /[;.,:][\s\uFFFC]*$/

/// Offsets of `needle` in `text` where it stands as whole words, in order. Linear in the
/// text for a needle of bounded length (one `indexOf` scan).
export function wholeWordMatches(text: string, needle: string): number[] {
  const found: number[] = []
  if (!needle) return found
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length
    const startsClean = !wordChar.test(needle[0]) || at === 0 || !wordChar.test(text[at - 1])
    const endsClean = !wordChar.test(needle[needle.length - 1]) || end === text.length || !wordChar.test(text[end])
    if (startsClean && endsClean) found.push(at)
  }
  return found
}

/// Join three pieces of a paragraph as a drafter types them: one space between words, none
/// before closing punctuation or a footnote reference, after an opening bracket or
/// quotation mark, or at either end of the paragraph (deleting its last words leaves no
/// space behind them); and one comma where the words put in end with a comma and the
/// text after them starts with one (A/80/L.31 inserts “…, as adopted by the General
/// Assembly,” before the draft's own comma).
export function spliceText(left: string, middle: string, right: string): string {
  const joinTwo = (a: string, b: string) => {
    if (!a) return b.trimStart()
    if (!b) return a.trimEnd()
    if (/,\s*$/.test(a) && /^\s*,/.test(b)) return a.trimEnd() + b.trimStart().slice(1)
    const aSpace = /\s$/.test(a), bSpace = /^\s/.test(b)
    if (aSpace && bSpace) return a + b.trimStart()
    if (aSpace && (closing.test(b) || b[0] === footnoteMark)) return a.trimEnd() + b
    if (aSpace || bSpace || closing.test(b) || opening.test(a)) return a + b
    return a + ' ' + b
  }
  return middle ? joinTwo(joinTwo(left, middle), right) : joinTwo(left, right)
}

/// Characters the typesetting of official documents sets for the plain ones a drafter
/// types, which mean the same: no-break and thin spaces for a space, the non-breaking and
/// Unicode hyphens for a hyphen-minus (“COVID‑19” in A/80/L.25, “COVID-19” in the amendment
/// A/80/L.30 quoting it), curly apostrophes and double quotation marks for straight ones.
/// The en dash of a range (2015–2030) and the letters themselves are not equivalents.
const typographic: Record<string, string> = {
  '\u00a0': ' ', '\u2007': ' ', '\u2009': ' ', '\u202f': ' ',
  '\u2010': '-', '\u2011': '-',
  '’': "'", '‘': "'", 'ʼ': "'",
  '“': '"', '”': '"'
}
const typographicChars = /[\u00a0\u2007\u2009\u202f\u2010\u2011’‘ʼ“”]/g

/// A text with each typographic equivalent set as its plain character: one UTF-16 code
/// unit for one, so offsets in the result are offsets in `text`.
export function plainTypography(text: string): string {
  return text.replace(typographicChars, c => typographic[c])
}

/// Where a quote stands in `text`: `[from, to)`, or a near-miss. Quoted words match the
/// text exactly up to typographic equivalents (`plainTypography`): an amendment is typed
/// from a copy of the text as tabled, whose official setting it cannot see. With
/// `followedBy`, only where those words come right after it (after a space or nothing).
/// `plain` is `plainTypography(text)`, passed by a caller placing several quotes in one
/// text so that the text is set plain once, not once per quote.
export function locateQuote(text: string, quote: Quote, followedBy?: string, plain = plainTypography(text)): { from: number, to: number } | NearMiss {
  const found = locatePlain(plain, { ...quote, words: plainTypography(quote.words) }, followedBy == null ? undefined : plainTypography(followedBy))
  return found ?? { looked: quote.words, closest: closestText(withoutFootnoteMarks(text), quote.words) }
}

function locatePlain(text: string, quote: Quote, followedBy?: string): { from: number, to: number } | null {
  const found = locateExactly(text, quote, followedBy)
  if (found || !text.includes(footnoteMark)) return found
  // Quotes name words, not footnote references: look again without the marks.
  const offsets: number[] = []
  let bare = ''
  for (let i = 0; i < text.length; i++) if (text[i] !== footnoteMark) { offsets.push(i); bare += text[i] }
  offsets.push(text.length)
  const bareFound = locateExactly(bare, quote, followedBy)
  if (!bareFound) return null
  return { from: offsets[bareFound.from], to: offsets[bareFound.to - 1] + 1 }
}

function locateExactly(text: string, quote: Quote, followedBy?: string): { from: number, to: number } | null {
  const candidates = followedBy == null ? wholeWordMatches(text, quote.words) : withFollower(text, quote.words, followedBy)
  // Without an occurrence, words found more than once are taken where they first occur,
  // as a reader of an official document would.
  const at = candidates[(quote.occurrence ?? 1) - 1]
  return at === undefined ? null : { from: at, to: at + quote.words.length }
}

/// Matches of `words` directly followed (after spaces or nothing) by `follower`.
function withFollower(text: string, words: string, follower: string): number[] {
  return [...wholeWordMatches(text, words + ' ' + follower), ...wholeWordMatches(text, words + follower)]
    .sort((a, b) => a - b)
}

/// Fold what official documents write differently without meaning anything else, for
/// finding the closest text of a near-miss: the typographic equivalents quotes match
/// exactly (`typographic`), and beyond them case, primes and backticks, guillemets and
/// low quotation marks, dashes and the minus sign, any space.
function foldChar(c: string): string {
  const plain = typographic[c] ?? c
  if (/\s/.test(plain)) return ' '
  if ('′`'.includes(plain)) return "'"
  if ('«»„'.includes(plain)) return '"'
  if ('‒–—−'.includes(plain)) return '-'
  return plain.toLowerCase()
}

/// The stretch of `text` closest to `looked`: the same words compared loosely (case,
/// quotation marks, hyphens, spacing), else the run of as many words sharing the most
/// words with it, if it shares at least half (of several, the one starting or ending with
/// the quote's first or last word), carried on to the quote's last or first word where
/// that stands within three words of the run. Linear in the text.
export function closestText(text: string, looked: string): string {
  let folded = '', map: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = foldChar(text[i])
    if (c === ' ' && folded.endsWith(' ')) continue
    folded += c; map.push(i)
  }
  map.push(text.length)
  const needle = [...looked].map(foldChar).join('').replace(/ +/g, ' ').trim()
  const at = needle ? folded.indexOf(needle) : -1
  if (at >= 0) return text.slice(map[at], map[at + needle.length - 1] + 1)
  const words: Array<{ w: string, from: number, to: number }> = []
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) words.push({ w: m[0].toLowerCase(), from: m.index!, to: m.index! + m[0].length })
  const want = (looked.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
  if (!want.length || !words.length) return ''
  const need = new Map<string, number>()
  for (const w of want) need.set(w, (need.get(w) ?? 0) + 1)
  const have = new Map<string, number>()
  const k = Math.min(want.length, words.length)
  let shared = 0, best = -1, bestAt = 0
  const add = (w: string, d: number) => {
    const before = Math.min(have.get(w) ?? 0, need.get(w) ?? 0)
    have.set(w, (have.get(w) ?? 0) + d)
    shared += Math.min(have.get(w)!, need.get(w) ?? 0) - before
  }
  // Among runs sharing as many words, the one that starts and ends as the quote does: a
  // slip in the last word (“approach” quoted “strategy”) keeps the run on the quote's
  // first words rather than one word before them.
  let bestEdges = -1
  for (let i = 0; i < words.length; i++) {
    add(words[i].w, 1)
    if (i >= k) add(words[i - k].w, -1)
    if (i < k - 1 || shared < best) continue
    const edges = (words[i - k + 1].w === want[0] ? 1 : 0) + (words[i].w === want[want.length - 1] ? 1 : 0)
    if (shared > best || edges > bestEdges) { best = shared; bestEdges = edges; bestAt = i - k + 1 }
  }
  if (best * 2 < want.length) return ''
  // A run of as many words stops short of the quote's last (or first) word where the text
  // says the same in more words (A/C.3/80/L.61 quotes “… which notes that young children
  // are holders of all rights …” where the draft has “which recognizes young children as
  // holders of the full scope of rights …”): the run reaches it when it stands within
  // three words, so that accepting the near-miss does not leave a stray word behind.
  let from = bestAt, to = bestAt + k - 1
  for (let j = to + 1; words[to].w !== want[want.length - 1] && j < Math.min(words.length, to + 4); j++) if (words[j].w === want[want.length - 1]) to = j
  for (let j = from - 1; words[from].w !== want[0] && j >= Math.max(0, from - 3); j--) if (words[j].w === want[0]) from = j
  return text.slice(words[from].from, words[to].to)
}

/// Where an edit falls in the tabled text: the range it removes (empty for an insertion)
/// and the text it puts there, with `notes` for the references in that text; `note`, the
/// note of the reference a footnote edit puts there, which goes in as it is (no spaces
/// joined around it).
export interface Placed { from: number, to: number, text: string, notes?: readonly string[], note?: string }

/// Past the footnote references right at `pos`.
const pastMarks = (text: string, pos: number) => { while (text[pos] === footnoteMark) pos++; return pos }

/// Past the punctuation right after `pos`: where a footnote reference after words stands.
export function pastClosing(text: string, pos: number): number {
  while (pos < text.length && closing.test(text[pos])) pos++
  return pos
}

const countMarks = (text: string, from: number, to: number) => {
  let n = 0
  for (let i = text.indexOf(footnoteMark, from); i >= 0 && i < to; i = text.indexOf(footnoteMark, i + 1)) n++
  return n
}

/// Where an edit falls in a paragraph's tabled text: the range `from`…`to` it removes
/// (empty for an insertion) and what it puts there, or the quote not found exactly.
/// `plain`: `plainTypography(text)`, as for `locateQuote`.
export function placeTextEdit(text: string, edit: TextEdit, plain = plainTypography(text)): Placed | NearMiss {
  const locate = (quote: Quote, followedBy?: string) => locateQuote(text, quote, followedBy, plain)
  switch (edit.op) {
    case 'insert': {
      if (edit.after) {
        const at = locate(edit.after)
        return 'looked' in at ? at : { from: at.to, to: at.to, text: edit.text, notes: edit.notes }
      }
      if (edit.before) {
        const at = locate(edit.before)
        return 'looked' in at ? at : { from: at.from, to: at.from, text: edit.text, notes: edit.notes }
      }
      const end = endMark.exec(text)
      const pos = end ? end.index : text.trimEnd().length
      return { from: pos, to: pos, text: edit.text, notes: edit.notes }
    }
    case 'delete':
    case 'replace': {
      const put = edit.op === 'replace' ? { text: edit.text, notes: edit.notes } : { text: '' }
      if (edit.after) {
        const at = locate(edit.after, edit.old.words)
        if ('looked' in at) return { looked: edit.after.words + ' ' + edit.old.words, closest: closestText(text, edit.after.words + ' ' + edit.old.words) }
        const from = plain.indexOf(plainTypography(edit.old.words), at.to)
        return { from, to: from + edit.old.words.length, ...put }
      }
      if (edit.before) {
        const at = locate(edit.old, edit.before.words)
        if ('looked' in at) return { looked: edit.old.words + ' ' + edit.before.words, closest: closestText(text, edit.old.words + ' ' + edit.before.words) }
        return { ...at, ...put }
      }
      const at = locate(edit.old)
      return 'looked' in at ? at : { from: at.from, to: at.to, ...put }
    }
    case 'replaceEnd': {
      const at = locate(edit.after)
      return 'looked' in at ? at : { from: pastMarks(text, at.to), to: text.length, text: edit.text, notes: edit.notes }
    }
    case 'deleteEnd': {
      const at = locate(edit.after)
      if ('looked' in at) return at
      const from = pastMarks(text, at.to)
      const end = endMark.exec(text)
      return { from, to: end && end.index >= from ? end.index : text.length, text: '' }
    }
    case 'insertNote': {
      const at = locate(edit.after)
      if ('looked' in at) return at
      const pos = pastClosing(text, at.to)
      return { from: pos, to: pos, text: footnoteMark, note: edit.note }
    }
    case 'deleteNote': {
      const at = locate(edit.after)
      if ('looked' in at) return at
      const pos = pastClosing(text, at.to)
      return text[pos] === footnoteMark ? { from: pos, to: pos + 1, text: '', note: '' } : { looked: edit.after.words, closest: '' }
    }
    case 'replaceNote': {
      const at = locate(edit.after)
      if ('looked' in at) return at
      const pos = pastClosing(text, at.to)
      return text[pos] === footnoteMark ? { from: pos, to: pos + 1, text: footnoteMark, note: edit.note } : { looked: edit.after.words, closest: '' }
    }
  }
}

/// Apply the edits of one amendment to a paragraph's tabled text. All quotes are found in
/// that text first; then the edits are made from the end backwards, so that none moves
/// another. `notes` are the notes of the text's footnote references, in order (U+FFFC
/// marks); `notes` of the result are those of its references: a kept reference keeps its
/// note, a removed one loses it, an inserted one brings its own. Returns the new text, or
/// the quotes not found exactly (each with the closest text), or `overlap` when two edits
/// claim the same words. `sources` gives, for each reference of the result, the index of
/// the tabled reference it is (-1 for one an edit put in).
export function applyTextEdits(text: string, edits: readonly TextEdit[], notes: readonly string[] = []):
  { ok: true, text: string, notes: string[], sources: number[] } | { ok: false, nearMisses: NearMiss[] } | { ok: false, overlap: true } {
  const placed: Placed[] = []
  const misses: NearMiss[] = []
  const plain = plainTypography(text)
  for (const edit of edits) {
    const p = placeTextEdit(text, edit, plain)
    if ('looked' in p) misses.push(p)
    else placed.push(p)
  }
  if (misses.length) return { ok: false, nearMisses: misses }
  placed.sort((a, b) => a.from - b.from || a.to - b.to)
  for (let i = 1; i < placed.length; i++) if (placed[i].from < placed[i - 1].to) return { ok: false, overlap: true }
  let out = text
  for (let i = placed.length - 1; i >= 0; i--) {
    const p = placed[i]
    out = p.note != null ? out.slice(0, p.from) + p.text + out.slice(p.to) : spliceText(out.slice(0, p.from), p.text, out.slice(p.to))
  }
  const kept: string[] = [], sources: number[] = []
  let pos = 0, k = 0
  const keep = (to: number) => { const n = countMarks(text, pos, to); for (let j = 0; j < n; j++, k++) { kept.push(notes[k] ?? ''); sources.push(k) } }
  for (const p of placed) {
    keep(p.from)
    const removed = countMarks(text, p.from, p.to)
    if (p.note != null) {
      if (p.text) { kept.push(p.note); sources.push(removed ? k : -1) }
    } else for (let j = 0, n = countMarks(p.text, 0, p.text.length); j < n; j++) { kept.push(p.notes?.[j] ?? ''); sources.push(-1) }
    k += removed
    pos = p.to
  }
  keep(text.length)
  return { ok: true, text: out, notes: kept, sources }
}
