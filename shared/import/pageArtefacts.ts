import type { SourceLine } from './sourceLines'
import { findSymbol, isSymbolToken } from './symbol'
import { annexLine } from './annexes'

/// What a PDF copy puts between the lines of a resolution: running headers and footers
/// made of the document symbol (`S/RES/2331 (2016)`, `A/HRC/S-4/L.1*`), the job number
/// (`17-20574`, `(E)`) with its date stamp (`040325`), the page (`3/7`, `Page 3`), the bar
/// code (`*1720574*`), and end marks. A line is an artefact when every token on it is
/// one of these and at least one is not a mere number.
const tokenPatterns: Array<[(token: string) => boolean, boolean]> = [
  [isSymbolToken, true],
  [t => /^\(\d{4}\)$/.test(t), false],
  [t => /^\d{2}-\d{5}$/.test(t), true],
  [t => /^\([EFS]\)$/.test(t), false],
  [t => /^\d{6}$/.test(t), false],
  [t => /^\d{1,3}\/\d{1,3}$/.test(t), true],
  [t => /^\*\d{5,}\*$/.test(t), true],
  [t => t === 'Page' || t === 'page', true],
  [t => /^\d{1,3}$/.test(t), false],
  [t => t === '-', false]
]

function isArtefactLine(text: string): boolean {
  const tokens = text.trim().split(/\s+/)
  if (!tokens[0]) return false
  let telling = false
  for (const token of tokens) {
    const match = tokenPatterns.find(([pattern]) => pattern(token))
    if (!match) return false
    if (match[1]) telling = true
  }
  return telling
}

/// Whether a line is the running header a General Assembly copy prints on every page
/// after the first: the resolution's title, alone or next to the symbol.
function isTitleHeader(text: string, title: string): boolean {
  if (!title) return false
  const words = text.trim().replace(/\s+/g, ' ')
  if (words === title) return true
  const symbol = findSymbol(words)
  if (!symbol) return false
  return (words.slice(0, symbol.from) + words.slice(symbol.from + symbol.length)).trim() === title
}

/// A rule line: what a PDF copy draws above the footnotes of a page.
export const ruleLine = /^_{3,}$/

/// A line without the `---` it ends with, after a space: where a text extraction marks a
/// page break that cuts a sentence (`… regional and international ---`, A/RES/80/22); the
/// mark and the spaces before it go, the text stays. Scans back from the line's end, so
/// it costs the length of the mark and spaces, never more (a pattern like `\s+-{3,}\s*$`
/// restarts at every space and costs the square of a long run of them).
function withoutPageBreakMark(line: SourceLine): SourceLine {
  const text = line.text.trimEnd()
  let start = text.length
  while (start > 0 && text[start - 1] === '-') start--
  if (text.length - start < 3 || start === 0 || text[start - 1].trim()) return line
  return { ...line, text: text.slice(0, start).trimEnd() }
}

const endMarks = /^(\*\s*)+\*$|^-{3,}$|^For information media\. Not an official record\.?$|^Please recycle$/

/// Drop page artefacts, running headers that repeat the title (`title`, normalized to
/// single spaces, or empty when the text has none) and end marks from the lines of a
/// resolution's body. A line that repeats the title is a header unless it follows an
/// annex caption (`Annex`), so an annex titled like the resolution keeps its title; it
/// may stand alone, as a text extraction that leaves out the symbol and page number
/// gives it (A/RES/80/13, A/RES/80/27). A page-break mark at a line end goes. Rule
/// lines stay: they tell where footnotes begin.
export function removePageArtefacts(lines: SourceLine[], title = ''): SourceLine[] {
  const normalTitle = title.replace(/\s+/g, ' ').trim()
  const afterAnnexCaption = (i: number) => {
    let j = i - 1
    while (j >= 0 && !lines[j].text.trim()) j--
    return j >= 0 && annexLine.test(lines[j].text.trim())
  }
  return lines.filter((l, i) => !isArtefactLine(l.text) && !endMarks.test(l.text.trim()) && !(isTitleHeader(l.text, normalTitle) && !afterAnnexCaption(i)))
    .map(withoutPageBreakMark)
}

export { isArtefactLine }

/// Whether a block of text after the end of a resolution may be its web page's own words
/// (`T`, `Sélectionner le paragraphe cible`) rather than more of the text: a few words
/// (at most 8) that end with no mark a sentence, list item or clause ends with. A
/// resolution's own words after its end (an annex whose caption was not recognized, a
/// note, a section of goals) hold sentences; the importer leaves such words out only
/// when everything after the end is of this kind, so nothing of the text is lost.
export function mayBePageText(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.split(/\s+/).length <= 8 && !/[.;:,!?)\]”’"»]$/.test(trimmed)
}
