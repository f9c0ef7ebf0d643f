import { withoutFootnoteMarks } from '../schema'
import { opensOperatively } from '../style'
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

const isTitle = (text: string) => {
  const words = withoutFootnoteMarks(text)
  return words.length <= maxTitleLength && !/[.,;:]$/.test(words) && readMarker(words) === null && !numeralAlone.test(words)
}

/// An unnumbered heading (`Partnerships and support mechanisms`): a short line, after a
/// blank line, starting with a capital, with no closing punctuation.
const maxUnnumberedWords = 12
const isUnnumberedTitle = (text: string) => isTitle(text) && /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= maxUnnumberedWords

/// Cut the lines of an operative part or annex at its section headings: a roman numeral
/// alone on its line followed by the title (`I` ⏎ `Revitalization of the work of the
/// General Assembly`, how GA omnibus resolutions print them), numeral and title on one
/// line (`II. Action`), the title wrapped over up to three lines, or a short unnumbered
/// title line after a blank line. A heading counts when a numbered paragraph (or one that
/// opens with an operative verb, a lone OP) follows it,
/// so a preambular line that starts `A.` stays text; in an annex, whose paragraphs may be
/// unnumbered, a numbered title line (no closing `,` `;` `:` `.`) is enough.
export function splitSections(lines: readonly SourceLine[], inAnnex: boolean): Segment[] {
  const segments: Segment[] = [{ heading: null, lines: [] }]
  const content = lines.map((l, i) => ({ i, text: l.text.trim() })).filter(l => l.text)
  const nextContent = new Map(content.map((l, k) => [l.i, content[k + 1]]))
  const opensNumbered = (i: number | undefined) => {
    if (i === undefined) return false
    const text = lines[i].text.trim()
    return readMarker(text + ' ')?.kind === 'op' || opensOperatively(text)
  }
  /// The title lines from `first` on, up to the line before a numbered paragraph.
  const titleFrom = (first: { i: number, text: string } | undefined) => {
    const titleLines: Array<{ i: number, text: string }> = []
    let next = first
    while (next && titleLines.length < maxTitleLines && isTitle(next.text) && !opensNumbered(next.i)) {
      titleLines.push(next)
      next = nextContent.get(next.i)
      if (opensNumbered(next?.i)) return { titleLines, numbered: true }
    }
    return { titleLines, numbered: false }
  }
  let skipUntil = -1
  for (let i = 0; i < lines.length; i++) {
    if (i <= skipUntil) continue
    const text = lines[i].text.trim()
    const alone = text ? numeralAlone.exec(text) : null
    const titled = text && !alone ? numberedTitle.exec(text) : null
    let heading: SectionLine | null = null
    const take = (number: string, titleLines: Array<{ i: number, text: string }>, lead: string[]) => {
      heading = { number, text: [...lead, ...titleLines.map(t => t.text)].join(' '), line: lines[i].line }
      if (titleLines.length) skipUntil = titleLines[titleLines.length - 1].i
    }
    if (alone) {
      const { titleLines, numbered } = titleFrom(nextContent.get(i))
      if (titleLines.length && numbered) take(alone[1], titleLines, [])
      else if (titleLines.length && inAnnex) take(alone[1], titleLines.slice(0, 1), [])
    } else if (titled && isTitle(titled[2])) {
      if (opensNumbered(nextContent.get(i)?.i)) take(titled[1], [], [titled[2]])
      else {
        const { titleLines, numbered } = titleFrom(nextContent.get(i))
        if (numbered) take(titled[1], titleLines, [titled[2]])
        else if (inAnnex) take(titled[1], [], [titled[2]])
      }
    } else if (text && (i === 0 || !lines[i - 1].text.trim()) && isUnnumberedTitle(text) && opensNumbered(nextContent.get(i)?.i)) {
      take('', [], [text])
    }
    if (heading) segments.push({ heading, lines: [] })
    else segments[segments.length - 1].lines.push(lines[i])
  }
  return segments
}
