import { readMarker } from './markers'
import type { SourceLine } from './sourceLines'

/// `Annex`, `Annex II`, `Annexe`, `Anexo I`, `Annex A` (S/RES/2231 (2015)) alone on a line:
/// where an annex begins.
export const annexLine = /^(?:Annex|Annexe|Anexo|ANNEX|ANNEXE|ANEXO)(?:[ \u00a0]+(?:[IVX]+|\d+|[A-Z]))?$/

/// One annex's lines: the line of its caption and what follows it up to the next annex.
export interface AnnexLines {
  line: number
  lines: SourceLine[]
}

/// Cut a resolution's body at its annex captions. A caption counts only once the
/// operative part has begun: a numbered paragraph, or a paragraph that ends like an
/// operative one (`;` or `.`, a lone unnumbered OP) came before.
export function splitAnnexes(lines: readonly SourceLine[]): { body: SourceLine[], annexes: AnnexLines[] } {
  const body: SourceLine[] = []
  const annexes: AnnexLines[] = []
  let operative = false
  for (const line of lines) {
    const text = line.text.trim()
    if (operative && annexLine.test(text)) { annexes.push({ line: line.line, lines: [] }); continue }
    if (!operative && (readMarker(text + ' ')?.kind === 'op' || /[;.][”’"]?$/.test(text))) operative = true
    if (annexes.length) annexes[annexes.length - 1].lines.push(line)
    else body.push(line)
  }
  return { body, annexes }
}

/// The title of an annex: its first lines, up to a blank line or a line that opens a
/// paragraph or section (`isParagraphStart`), joined with spaces; and the lines after it.
export function takeAnnexTitle(lines: readonly SourceLine[], isParagraphStart: (text: string) => boolean): { title: string, rest: SourceLine[] } {
  const title: string[] = []
  let i = 0
  while (i < lines.length && !lines[i].text.trim()) i++
  for (; i < lines.length; i++) {
    const text = lines[i].text.trim()
    if (!text || isParagraphStart(text)) break
    title.push(text)
  }
  return { title: title.join(' '), rest: lines.slice(i) }
}
