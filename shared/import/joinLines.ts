import { opensParagraph } from '../style'
import { readMarker } from './markers'
import { isBlank, type SourceLine } from './sourceLines'

/// A paragraph's worth of text before its kind is known, with the line it starts on.
export interface TextBlock {
  text: string
  line: number
}

/// Prefixes that keep their hyphen when a PDF copy breaks a compound at it
/// (`anti-` / `trafficking`), used when the text itself does not say which form it uses.
const compoundPrefixes = new Set(['anti', 'non', 'self', 'post', 'pre', 'multi', 'cross', 'ex', 'well', 'socio', 'counter', 'semi'])

function endsParagraph(text: string): boolean {
  return /[,;:.][”’"»)\]]*$/.test(text)
}

/// Every word form of the text, hyphenated compounds included, lower-cased, leaving out
/// the words broken across line ends themselves: tells whether `traffick-` / `ing` is
/// `trafficking`, and `anti-` / `trafficking` is `anti-trafficking`.
export function vocabularyOf(text: string): Set<string> {
  const unbroken = text.toLowerCase().replace(/\p{L}+-[ \t]*\r?\n\s*\p{L}+/gu, ' ')
  return new Set(unbroken.match(/\p{L}+(?:[-\u2011]\p{L}+)*/gu) ?? [])
}

/// Whether a word broken at a line end with a hyphen is a hyphenated compound: the text
/// writes it so elsewhere; or does not write it solid and both halves are words of their
/// own (`conflict-related`, `gender-sensitive`) or the first is a hyphenating prefix.
function keepsHyphen(head: string, tail: string, vocabulary: Set<string>): boolean {
  if (vocabulary.has(`${head}-${tail}`)) return true
  if (vocabulary.has(head + tail)) return false
  if (head.length >= 3 && vocabulary.has(head) && vocabulary.has(tail)) return true
  return compoundPrefixes.has(head)
}

function joinWrapped(prev: string, next: string, vocabulary: Set<string>): string {
  const broken = /(\p{L}+)-$/u.exec(prev)
  if (broken) {
    const first = /^\p{L}+/u.exec(next)
    if (!first || !/^\p{Ll}/u.test(first[0])) return prev + next
    return keepsHyphen(broken[1].toLowerCase(), first[0].toLowerCase(), vocabulary) ? prev + next : prev.slice(0, -1) + next
  }
  if (/[\u2010\u2011\u2013\u2014/]$/.test(prev)) return prev + next
  return prev + ' ' + next
}

/// Join the lines of a body into paragraphs, whatever the layout: one paragraph per line,
/// paragraphs separated by blank lines, or lines hard-wrapped mid-paragraph as in text
/// copied out of a PDF (with blank lines only where pages broke). A line starts a new
/// paragraph when it opens with a number or subparagraph marker, or when the text before it
/// is complete (ends with `,` `;` `:` `.`) and a blank line or an opening phrase
/// (`Recalling`, `Urges`) says a new one begins. A line starting in lower case never
/// opens a paragraph: it continues one across a page break.
export function joinLines(lines: readonly SourceLine[], vocabulary: Set<string>): TextBlock[] {
  const blocks: TextBlock[] = []
  let current: TextBlock | null = null
  let afterBlank = false
  for (const line of lines) {
    if (isBlank(line)) { afterBlank = true; continue }
    const text = line.text.trim()
    const lower = /^\p{Ll}/u.test(text)
    const starts = !current || readMarker(text) !== null ||
      (!lower && endsParagraph(current.text) && (afterBlank || opensParagraph(text))) ||
      (!lower && afterBlank && opensParagraph(text))
    if (starts) {
      current = { text, line: line.line }
      blocks.push(current)
    } else {
      current!.text = joinWrapped(current!.text, text, vocabulary)
    }
    afterBlank = false
  }
  return blocks
}
