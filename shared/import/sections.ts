import { readMarker } from './markers'
import type { SourceLine } from './sourceLines'

/// A section heading of an operative part or an annex, as printed: `number` (`I`, `B`)
/// and the title, which may hold footnote marks.
export interface SectionLine {
  number: string
  text: string
  line: number
}

/// A run of lines under one heading (none for the lines before the first).
export interface Segment {
  heading: SectionLine | null
  lines: SourceLine[]
}

const numeralAlone = /^([IVXL]{1,6})\.?$/
const numberedTitle = /^([IVXL]{1,6}|[A-Z])\.[ \t\u00a0]+(\S.*)$/
const maxTitleLines = 3
const maxTitleLength = 250

/// Whether a line looks like the first line of a section heading (`I`, `II. Action`).
export function startsSection(text: string): boolean {
  return numeralAlone.test(text) || numberedTitle.test(text)
}

const isTitle = (text: string) => text.length <= maxTitleLength && !/[,;:]$/.test(text) && readMarker(text) === null && !numeralAlone.test(text)

/// Cut the lines of an operative part or annex at its section headings: a roman numeral
/// alone on its line followed by the title (`I` ⏎ `Revitalization of the work of the
/// General Assembly`, how GA omnibus resolutions print them), or numeral and title on one
/// line (`II. Action`). In the body a heading counts only when a numbered paragraph
/// follows it, so a preambular line that starts `A.` stays text; in an annex, whose
/// paragraphs may be unnumbered, a title that reads as one (no closing `,` `;` `:`) is
/// enough.
export function splitSections(lines: readonly SourceLine[], inAnnex: boolean): Segment[] {
  const segments: Segment[] = [{ heading: null, lines: [] }]
  const content = lines.map((l, i) => ({ i, text: l.text.trim() })).filter(l => l.text)
  const nextContent = new Map(content.map((l, k) => [l.i, content[k + 1]]))
  const opensNumbered = (i: number | undefined) => i !== undefined && readMarker(lines[i].text.trim() + ' ')?.kind === 'op'
  let skipUntil = -1
  for (let i = 0; i < lines.length; i++) {
    if (i <= skipUntil) continue
    const text = lines[i].text.trim()
    const alone = text ? numeralAlone.exec(text) : null
    const titled = text && !alone ? numberedTitle.exec(text) : null
    let heading: SectionLine | null = null
    if (alone) {
      const titleLines: Array<{ i: number, text: string }> = []
      let next = nextContent.get(i)
      while (next && titleLines.length < maxTitleLines && isTitle(next.text) && !opensNumbered(next.i)) {
        titleLines.push(next)
        next = nextContent.get(next.i)
        if (inAnnex || opensNumbered(next?.i)) break
      }
      if (titleLines.length && (inAnnex || opensNumbered(next?.i))) {
        heading = { number: alone[1], text: titleLines.map(t => t.text).join(' '), line: lines[i].line }
        skipUntil = titleLines[titleLines.length - 1].i
      }
    } else if (titled && isTitle(titled[2]) && (inAnnex || opensNumbered(nextContent.get(i)?.i))) {
      heading = { number: titled[1], text: titled[2], line: lines[i].line }
    }
    if (heading) segments.push({ heading, lines: [] })
    else segments[segments.length - 1].lines.push(lines[i])
  }
  return segments
}
