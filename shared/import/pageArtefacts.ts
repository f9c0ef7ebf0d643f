import type { SourceLine } from './sourceLines'

/// What a PDF copy puts between the lines of a resolution: running headers and footers
/// made of the document symbol (`S/RES/2331 (2016)`), the job number (`17-20574`, `(E)`),
/// the page (`3/7`, `Page 3`), the bar code (`*1720574*`), and end marks. A line is an
/// artefact when every token on it is one of these and at least one is not a mere number.
const tokenPatterns: Array<[RegExp, boolean]> = [
  [/^[ASE]\/[\w.\/-]+$/, true],
  [/^\(\d{4}\)$/, false],
  [/^\d{2}-\d{5}$/, true],
  [/^\(E\)$|^\(F\)$|^\(S\)$/, false],
  [/^\d{1,3}\/\d{1,3}$/, true],
  [/^\*\d{5,}\*$/, true],
  [/^Page$|^page$/, true],
  [/^\d{1,3}$/, false],
  [/^-$/, false]
]

function isArtefactLine(text: string): boolean {
  const tokens = text.trim().split(/\s+/)
  if (!tokens[0]) return false
  let telling = false
  for (const token of tokens) {
    const match = tokenPatterns.find(([pattern]) => pattern.test(token))
    if (!match) return false
    if (match[1]) telling = true
  }
  return telling
}

const endMarks = /^(\*\s*)+\*$|^_{3,}$|^-{3,}$|^For information media\. Not an official record\.?$|^Please recycle$/

/// Drop page artefacts and end marks from the lines of a resolution's body.
export function removePageArtefacts(lines: SourceLine[]): SourceLine[] {
  return lines.filter(l => !isArtefactLine(l.text) && !endMarks.test(l.text.trim()))
}

export { isArtefactLine }
