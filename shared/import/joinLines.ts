import { footnoteMark } from '../schema'
import { opensParagraph } from '../style'
import { isBareMarker, readMarker } from './markers'
import { isBlank, softHyphen, type SourceLine } from './sourceLines'
import { mendSpacedLead } from './spacedLead'

/// A paragraph's worth of text before its kind is known, with the line it starts on.
export interface TextBlock {
  text: string
  line: number
}

/// Prefixes that keep their hyphen when a PDF copy breaks a compound at it
/// (`anti-` / `trafficking`), used when the text itself does not say which form it uses.
const compoundPrefixes = new Set(['anti', 'non', 'self', 'post', 'pre', 'multi', 'cross', 'ex', 'well', 'socio', 'counter', 'semi'])

/// Second halves that make compounds in UN texts (`action-oriented`, `conflict-related`,
/// `gender-sensitive`, `country-led`), kept with their hyphen when the text does not
/// write the word elsewhere.
const compoundTails = new Set(['oriented', 'based', 'related', 'sensitive', 'responsive', 'led', 'owned', 'specific', 'making', 'building', 'term', 'level', 'scale', 'wide', 'free', 'centred', 'centered', 'informed', 'friendly', 'affected', 'induced', 'driven', 'focused', 'bound', 'like'])

/// What may follow the punctuation that ends a paragraph: closing quotes and brackets,
/// and footnote reference marks.
const closers = new Set(['”', '’', '"', '»', ')', ']', footnoteMark])

/// The last character of a line before its closing quotes, brackets and footnote
/// reference marks (`;` for `… Council;”`), or `''` for a line of closers only; looks back
/// from the line's end only.
export function closingPunctuation(text: string): string {
  let end = text.length
  while (end > 0 && closers.has(text[end - 1])) end--
  return end > 0 ? text[end - 1] : ''
}

/// Whether a line ends as a paragraph can (`,` `;` `:` `.`, then closing quotes or
/// brackets).
function endsParagraph(text: string): boolean {
  const last = closingPunctuation(text)
  return last !== '' && ',;:.'.includes(last)
}

/// Whether a line ends with a colon (closing marks and footnote marks aside): a lead-in,
/// which a list of markers or the rest of a sentence follows, never a new paragraph
/// without a blank line (`… Almaty Programme of Action:` ⏎ `Addressing the Special Needs`).
function endsLeadIn(text: string): boolean {
  return closingPunctuation(text) === ':'
}

const letter = /\p{L}/u

/// Words a sentence cannot end on, in English, French and Spanish: a line ending with
/// one (`… the Development, Production and`) runs on into the next paragraph-looking
/// line even across a blank line, as a text extraction breaks a page
/// (`Stockpiling of Bacteriological …`, A/RES/80/22).
const runOnWords = new Set(['and', 'or', 'nor', 'of', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'that', 'its', 'their',
  'et', 'ou', 'de', 'du', 'des', 'le', 'la', 'les', 'à', 'au', 'aux', 'en', 'par', 'pour', 'sur', 'y', 'o', 'del', 'el', 'los', 'las', 'con', 'por', 'para'])

/// Whether a line stops mid-sentence, on a word no paragraph ends with, written in lower
/// case as inside a sentence: a capital (`A` alone on its line, the part letter of a
/// resolution adopted in parts) is no article and ends its block. Looks at the last word only.
function endsMidSentence(text: string): boolean {
  return runOnWords.has(text.slice(wordStart(text, text.length)))
}

/// Where the run of letters that ends at `end` in `text` begins: a scan back one
/// character at a time, so it costs the length of the word, never of the text.
function wordStart(text: string, end: number): number {
  let start = end
  while (start > 0 && letter.test(text[start - 1])) start--
  return start
}

/// The first word of a line (its leading letters).
function firstWord(text: string): string {
  let end = 0
  while (end < text.length && letter.test(text[end])) end++
  return text.slice(0, end)
}

/// Every word form of the text, hyphenated compounds included, lower-cased, leaving out
/// the words broken across line ends themselves: tells whether `traffick-` / `ing` is
/// `trafficking`, and `anti-` / `trafficking` is `anti-trafficking`. One pass over the
/// lines.
export function vocabularyOf(text: string): Set<string> {
  const words = new Set<string>()
  let brokenBefore = false
  for (const raw of text.toLowerCase().split('\n')) {
    let line = raw.trim()
    if (!line) continue
    if (brokenBefore) line = line.slice(firstWord(line).length)
    brokenBefore = false
    if (line.endsWith('-')) {
      const start = wordStart(line, line.length - 1)
      if (start < line.length - 1) { line = line.slice(0, start); brokenBefore = true }
    }
    for (const word of line.match(/\p{L}+(?:[-\u2011]\p{L}+)*/gu) ?? []) words.add(word)
  }
  return words
}

/// Whether a word broken at a line end with a hyphen is a hyphenated compound: the text
/// writes it so elsewhere; or does not write it solid and both halves are words of their
/// own (`conflict-related`, `gender-sensitive`), the first is a hyphenating prefix or the
/// second a compound's usual second half.
function keepsHyphen(head: string, tail: string, vocabulary: Set<string>): boolean {
  if (vocabulary.has(`${head}-${tail}`)) return true
  if (vocabulary.has(head + tail)) return false
  if (head.length >= 3 && vocabulary.has(head) && vocabulary.has(tail)) return true
  return compoundPrefixes.has(head) || compoundTails.has(tail.replace(/[^\p{L}]+$/u, ''))
}

/// How the line `next` joins the line `prev` it continues: `prev` loses its last
/// character (a typesetter's hyphen or a soft hyphen) or keeps it, and a space goes
/// between them or not. Looks at the ends of the two lines only.
function joint(prev: string, next: string, vocabulary: Set<string>): { drop: boolean, space: boolean } {
  const last = prev[prev.length - 1]
  if (last === softHyphen) return { drop: true, space: false }
  if (last === '-') {
    const start = wordStart(prev, prev.length - 1)
    const first = firstWord(next)
    if (start === prev.length - 1 || !first || !/^\p{Ll}/u.test(first)) return { drop: false, space: false }
    const head = prev.slice(start, -1).toLowerCase()
    return { drop: !keepsHyphen(head, first.toLowerCase(), vocabulary), space: false }
  }
  return { drop: false, space: !'\u2010\u2011\u2013\u2014/'.includes(last) }
}

/// Words after which a hyphen and a space are a suspended compound, as written
/// (`pre- and post-conflict`, `small- or medium-sized`), not a broken word.
const suspending = new Set(['and', 'or', 'nor', 'to', 'as', 'et', 'ou', 'y', 'o'])

/// A word broken at a line end that a text extraction rejoined with a space
/// (`confidence- building`, `system- wide`, `information- sharing`) made whole again, its
/// hyphen kept or dropped as at a line end (`joint`). Looks at each `- ` and the words
/// on either side of it only.
function rejoinSpacedBreaks(text: string, vocabulary: Set<string>): string {
  let at = text.indexOf('- ')
  if (at < 0) return text
  let out = '', from = 0
  for (; at >= 0; at = text.indexOf('- ', at + 2)) {
    const start = wordStart(text, at)
    const tail = firstWord(text.slice(at + 2, at + 64))
    if (start === at || !/^\p{Ll}/u.test(tail) || suspending.has(tail)) continue
    out += text.slice(from, at) + (keepsHyphen(text.slice(start, at).toLowerCase(), tail, vocabulary) ? '-' : '')
    from = at + 2
  }
  return out + text.slice(from)
}

/// Participles that open preambular paragraphs in French (`Agissant en vertu du
/// Chapitre VII`, `Rappelant`) and Spanish (`Actuando`, `Reconociendo`), which the
/// style lexicon does not list one by one; words that merely end alike are left out.
const participle = /^\p{Lu}\p{Ll}+(?:ant|ando|iendo)\b/u
const notParticiples = new Set(['Avant', 'Pendant', 'Durant', 'Cependant', 'Maintenant', 'Cuando', 'Mando'])

/// Whether a line opens a paragraph by its first words: a phrase of the style lexicon,
/// or a French or Spanish participle.
export function opensParagraphHere(text: string): boolean {
  if (opensParagraph(text)) return true
  const m = participle.exec(text)
  return m !== null && !notParticiples.has(m[0])
}

/// A paragraph being gathered: the lines joined so far, and the last of them, which is
/// all the joining decisions look at.
interface OpenBlock {
  pieces: string[]
  line: number
  last: string
  /// Holds only a marker so far (`1.` alone on its line): the next line is its text.
  bare: boolean
}

/// Join the lines of a body into paragraphs, whatever the layout: one paragraph per line,
/// paragraphs separated by blank lines, or lines hard-wrapped mid-paragraph as in text
/// copied out of a PDF (with blank lines only where pages broke). A line starts a new
/// paragraph when it opens with a number or subparagraph marker, or when the text before it
/// is complete (ends with `,` `;` `:` `.`) and a blank line or an opening phrase
/// (`Recalling`, `Urges`) says a new one begins; text that stops on a word no sentence
/// ends with (`and`, `of`) runs on whatever follows. A line starting in lower case never
/// opens a paragraph: it continues one across a page break. A marker alone on its line
/// opens a paragraph whose text is the next line. A word an extraction broke and rejoined
/// with a space inside a line is made whole, and so is an opening phrase whose spaces it
/// moved (`mendSpacedLead`). Time is linear in the text: each line is
/// looked at once, and only the last line of the paragraph before it.
export function joinLines(lines: readonly SourceLine[], vocabulary: Set<string>): TextBlock[] {
  const blocks: TextBlock[] = []
  const open: OpenBlock[] = []
  let current: OpenBlock | null = null
  let afterBlank = false
  for (const line of lines) {
    if (isBlank(line)) { afterBlank = true; continue }
    const text = rejoinSpacedBreaks(mendSpacedLead(line.text.trim()), vocabulary)
    const bare = isBareMarker(text)
    const lower = /^\p{Ll}/u.test(text)
    const starts = !current || bare || readMarker(text) !== null || (!current.bare && !lower &&
      (endsParagraph(current.last) ? afterBlank || !endsLeadIn(current.last) && opensParagraphHere(text) : afterBlank && !endsMidSentence(current.last) && opensParagraphHere(text)))
    if (starts) {
      current = { pieces: [text], line: line.line, last: text, bare }
      open.push(current)
    } else if (current!.bare) {
      current!.pieces.push(' ', text)
      current!.last = text
      current!.bare = false
    } else {
      const { drop, space } = joint(current!.last, text, vocabulary)
      if (drop) current!.pieces[current!.pieces.length - 1] = current!.last.slice(0, -1)
      current!.pieces.push(space ? ' ' : '', text)
      current!.last = text
    }
    afterBlank = false
  }
  for (const block of open) blocks.push({ text: block.pieces.join('').replaceAll(softHyphen, ''), line: block.line })
  return blocks
}
