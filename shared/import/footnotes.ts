import { footnoteMark } from '../schema'
import { ruleLine } from './pageArtefacts'
import type { SourceLine } from './sourceLines'
import { months } from './closingLines'

/// A footnote line as printed below a rule or at the end of a text: its number, a space,
/// and the note (`1 See also resolution 79/888.`). A date (`10 December 2026`) is not one.
const noteStart = /^(\d{1,3})[ \t\u00a0]+(\S.*)$/
const monthFirst = new RegExp(`^(?:${months})\\b`)

/// Where a reference number may stand: glued to the word or punctuation before it
/// (`persons1`, `2025,1`, `”2`), but not after a capital or a digit (`G77`, `CO2`, `1.5`)
/// nor after a full stop that follows one (`A.2`, `XIV.3`);
/// set apart by spaces after a word or punctuation, as PDF text extraction
/// leaves superscripts (`Development 5 and`, `Commitment, 12 which`, `coverage 4 and`,
/// `budgétaires 2,` before the paragraph's comma),
/// but not after a word that takes a number (`of 1 December`, `to 3`) nor before a
/// month; or run into the year
/// before it (`2014–20243`, note 3 after `2024`). Numbers after a word that takes one
/// (`paragraph 2`, `Resolution 5`, `No. 3`, capitalized or not) or after another number (`paragraphs 3, 4`;
/// a year is no such number: `12 February 2013, 9`, nor the year of a date, `on 25 June
/// 1993 5 regarding`, A/C.3/80/L.50) are never references.
const glued = /(?<=[\p{Ll},.;:)”’"])(\d{1,3})(?=[\s,;.:)”’]|$)/gu
const spaced = /(?<=(\S+) {1,2})(\d{1,3})(?=[ ,;]|$)/gu
const afterYear = /(?<=(?:^|[^\d])(?:19|20)\d\d)(\d{1,2})(?=[\s,;.:)]|$)/gu
/// Short words a number follows as a quantity or a date (`of 5 posts`, `on 3 March`),
/// never a reference after a lower-case word.
const functionWord = /^(?:of|to|on|in|at|by|for|from|and|or|with|than|the|a|an|per|about|over|under|between|within|up|all|some|de|du|des|le|la|les|à|en|et|ou|el|y|del|por|para|con)$/
const monthAfter = new RegExp(`^\\s+(?:${months})\\b`)
/// The year of a date, ending the text before a spaced number (`June 1993 `).
const dateYearBefore = new RegExp(`(?:${months}) (?:19|20)\\d\\d {1,2}$`)
const takesNumber = /^(?:Article|Articles|Chapter|Chapters|Part|Parts|Section|Sections|Annex|Annexes|Rule|Rules|Goal|Goals|Principle|Principles|Table|Figure|Protocol|Resolution|Resolutions|Paragraph|Paragraphs|Decision|Decisions|Recommendation|Recommendations|Target|Targets|Phase|Level|Step|Option|Group|Class|Category|Volume|Annexe|No\.|Nos\.|Vol\.|vol\.|para\.|paras\.|chap\.|sect\.|art\.|arts\.|p\.|pp\.)$/

/// The reference candidates of one line: offset, length of text the mark replaces (the
/// spaces before a spaced number go with it, and all but one of those after) and the
/// number.
function referenceCandidates(text: string): Array<{ col: number, length: number, number: number }> {
  const found: Array<{ col: number, length: number, number: number }> = []
  for (const m of text.matchAll(glued)) {
    if (text[m.index - 1] === '.' && !/[\p{Ll})”’"]/u.test(text[m.index - 2] ?? '')) continue
    found.push({ col: m.index, length: m[1].length, number: Number(m[1]) })
  }
  for (const m of text.matchAll(afterYear)) found.push({ col: m.index, length: m[1].length, number: Number(m[1]) })
  for (const m of text.matchAll(spaced)) {
    const before = m[1]
    const afterNumber = /\d[.,]?$/.test(before) && !/^(?:(?:19|20)\d\d[–-])?(?:19|20)\d\d,$/.test(before) && !dateYearBefore.test(text.slice(Math.max(0, m.index - 20), m.index))
    const lower = /^\p{Ll}/u.test(before)
    if (takesNumber.test(before.replace(/^\p{Ll}/u, c => c.toUpperCase())) || afterNumber || lower && (functionWord.test(before) || monthAfter.test(text.slice(m.index + m[2].length)))) continue
    let col = m.index, end = m.index + m[2].length
    while (col > 0 && text[col - 1] === ' ') col--
    while (text[end] === ' ' && text[end + 1] === ' ') end++
    found.push({ col, length: end - col, number: Number(m[2]) })
  }
  return found.sort((a, b) => a.col - b.col)
}

interface Note {
  number: number
  text: string
  /// A note marked `*` (`* Any changes to the list of sponsors …`): it belongs to a mark
  /// in the heading, not to the text, and goes with its block.
  star?: boolean
  /// Indices in the lines of the block of the note's own lines.
  lines: number[]
}

interface NoteBlock {
  /// First line of the block (the rule line, or the first note).
  from: number
  notes: Note[]
}

function readNoteStart(text: string): { number: number, text: string } | null {
  const m = noteStart.exec(text)
  if (!m || monthFirst.test(m[2])) return null
  return { number: Number(m[1]), text: m[2] }
}

/// The notes that follow `from`: note lines (numbered in sequence, or marked `*` for a
/// mark in the heading), the lines that continue a note not yet ended by a full stop, and
/// blank lines between them (PDF copies put one after each note).
/// Stops at the first other line.
function readNotes(lines: readonly SourceLine[], from: number): { notes: Note[], end: number } {
  const notes: Note[] = []
  let end = from
  for (let i = from; i < lines.length; i++) {
    const text = lines[i].text.trim()
    if (!text) continue
    const start = readNoteStart(text)
    const last = notes[notes.length - 1]
    if (starNote.test(text) && (!last || /[.;]$/.test(last.text))) notes.push({ number: last?.number ?? 0, text, lines: [i], star: true })
    else if (start && (!last || start.number === last.number + 1)) notes.push({ ...start, lines: [i] })
    else if (last && !/[.;]$/.test(last.text)) { last.text += ' ' + text; last.lines.push(i) }
    else break
    end = i + 1
  }
  return { notes, end }
}

/// A note line marked `*` (`* On behalf of the States that are members of the Group of 77
/// and China …`).
const starNote = /^\*{1,3}\s+\S/

/// The note blocks of a text: below each rule line; at a page foot without a rule, as
/// text extractions that give each block of the page as a paragraph leave them (a note
/// line after a blank line, numbered as the next note is, or marked `*` when the heading
/// carries a `*` mark, `starred`); and a block of note lines that ends the text.
function noteBlocks(lines: readonly SourceLine[], starred: boolean): { blocks: NoteBlock[], rules: Set<number> } {
  const blocks: NoteBlock[] = []
  const rules = new Set<number>()
  let end = 0
  let nextNote = 1
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text.trim()
    const rule = ruleLine.test(text)
    if (rule) rules.add(i)
    else if (i < end || i > 0 && lines[i - 1].text.trim() || !(readNoteStart(text)?.number === nextNote || starred && starNote.test(text))) continue
    const read = readNotes(lines, rule ? i + 1 : i)
    if (read.notes.length) {
      blocks.push({ from: i, notes: read.notes })
      nextNote = Math.max(nextNote, read.notes[read.notes.length - 1].number + 1)
    }
    end = Math.max(end, read.end)
  }
  let last = lines.length
  while (last > end && !lines[last - 1].text.trim()) last--
  let first = last
  while (first > end && lines[first - 1].text.trim()) first--
  if (first < last && readNoteStart(lines[first].text.trim())) {
    const read = readNotes(lines, first)
    if (read.end === last) blocks.push({ from: first, notes: read.notes })
  }
  return { blocks, rules }
}

/// Take the footnotes out of the lines of a body or an annex. A numbered line below a rule
/// line, at a page foot, or in a block ending the text is a footnote only when its number
/// is found glued to a word or punctuation in the text before it, after the reference of
/// the note before; that reference becomes `footnoteMark` in its line, and the note lines
/// and rule lines go. A note marked `*` goes with its block: it belongs to a mark in the
/// heading; at a page foot without a rule it is taken only when `starred` says the heading
/// has such a mark (`Iraq:* draft resolution`, A/C.5/80/L.10). Returns the lines and the
/// notes' texts in the order of their marks. Candidates are gathered in one pass and each
/// note's search resumes where it stopped, so the cost is linear in the text.
export function takeFootnotes(lines: readonly SourceLine[], starred = false): { lines: SourceLine[], notes: string[] } {
  const { blocks, rules } = noteBlocks(lines, starred)
  if (!blocks.length) return { lines: rules.size ? lines.filter((_, i) => !rules.has(i)) : [...lines], notes: [] }
  const noteLines = new Set(blocks.flatMap(b => b.notes.flatMap(n => n.lines)))
  const candidates = new Map<number, Array<{ line: number, col: number, length: number }>>()
  lines.forEach((l, line) => {
    if (noteLines.has(line) || rules.has(line)) return
    for (const c of referenceCandidates(l.text)) {
      const list = candidates.get(c.number) ?? []
      list.push({ line, col: c.col, length: c.length })
      candidates.set(c.number, list)
    }
  })
  const next = new Map<number, number>()
  const marks = new Map<number, Array<{ col: number, length: number }>>()
  const notes: string[] = []
  const dropped = new Set(rules)
  let after: { line: number, col: number } = { line: -1, col: -1 }
  for (const block of blocks) {
    for (const note of block.notes) {
      if (note.star) { for (const i of note.lines) dropped.add(i); continue }
      const list = candidates.get(note.number) ?? []
      let k = next.get(note.number) ?? 0
      while (k < list.length && (list[k].line < after.line || list[k].line === after.line && list[k].col <= after.col)) k++
      next.set(note.number, k)
      const ref = list[k]
      if (!ref || ref.line >= block.from) continue
      after = ref
      next.set(note.number, k + 1)
      const lineMarks = marks.get(ref.line) ?? []
      lineMarks.push({ col: ref.col, length: ref.length })
      marks.set(ref.line, lineMarks)
      notes.push(note.text)
      for (const i of note.lines) dropped.add(i)
    }
  }
  const out: SourceLine[] = []
  lines.forEach((l, i) => {
    if (dropped.has(i)) return
    const lineMarks = marks.get(i)
    if (!lineMarks) { out.push(l); return }
    let text = l.text
    for (const { col, length } of lineMarks.reverse()) text = text.slice(0, col) + footnoteMark + text.slice(col + length)
    out.push({ text, line: l.line })
  })
  return { lines: out, notes }
}
