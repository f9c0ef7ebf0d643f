import type { Node } from 'prosemirror-model'
import { buildResolution, type AnnexDraft, type ParagraphDraft, type ResolutionMeta, type SectionDraft } from '../schema'
import { openingPhraseLength, opensOperatively, opensParagraph } from '../style'
import { sourceLines, type SourceLine } from './sourceLines'
import { splitRunTogether } from './runTogether'
import { parseOrganLine, type OrganLine } from './organLine'
import { removePageArtefacts } from './pageArtefacts'
import { joinLines, vocabularyOf } from './joinLines'
import { readMarker } from './markers'
import { anyDraftResolution, datePattern, parseHeading } from './heading'
import { takeClosingLines } from './closingLines'
import { takeFootnotes } from './footnotes'
import { splitSections, startsSection } from './sections'
import { splitAnnexes, takeAnnexTitle } from './annexes'
import { NoteQueue, ParagraphClassifier } from './classify'
import { OverlongParagraph, ParagraphCount } from './paragraphLimit'

/// Which of the layouts the importer recognised.
export type ImportLayout = 'official' | 'pdf' | 'press-release'

/// Something the importer did that the drafter may want to check, with the line it
/// concerns.
export interface ImportWarning {
  line: number
  message: string
}

export type ImportResult =
  | { ok: true, doc: Node, layout: ImportLayout, warnings: ImportWarning[] }
  | { ok: false, error: string, line?: number }

/// Texts longer than this are refused before any work: the longest General Assembly
/// resolutions are well under a megabyte, and a runaway paste must not freeze the editor.
export const maxImportLength = 4_000_000

const pressReleaseLead = /(reads as follows|se lit comme suit|dice lo siguiente)\s*:?\s*$/i
/// A press release may instead set the text out under the symbol of the draft it was
/// adopted as (`Projet de résolution S/2002/724`, press release CS/2333): such a line is
/// its lead when a press release's header stands above it. Named as the draft's text
/// (`Texte du projet de résolution (S/2016/1061)`, press release CS/12631 as copied from
/// its page, without the header) the line is a lead on its own.
const draftLead = new RegExp(`^(Text of (?:the )?|Texte du |Texto del )?(?:${anyDraftResolution})\\s*\\(?S/\\d{4}/\\d+\\)?$`, 'i')
const pressReleaseHeader = /\b(?:Press Release|Communiqué de presse|Comunicado de prensa)\b/i
/// A `*` mark in a heading line, which a `*` note at a page foot explains: after the
/// sponsors (`Iraq:* draft resolution`) or a reissued symbol (`A/HRC/S-4/L.1*`); the bar
/// code (`*2520579*`) is none.
const headingStar = /^(?!\*\d+\*$).*[^\s*]\*+(?=\s|$)/

/// Lines above the organ line read as a heading; more than this many means the organ line
/// follows something else (an email, a cover note) and they are skipped with a warning.
const maxHeadingLines = 25

const notAResolution =
  'not a resolution: expected an organ line such as “The Security Council,” or “The General Assembly,” ' +
  'followed by preambular paragraphs and numbered operative paragraphs (“1. Decides …”)'

/// Turn any text holding a resolution into a document: the official layout, text copied out
/// of a PDF, a UN press release, in English, French or Spanish, without being told which.
/// Never throws; a text that is not a resolution gets a message saying what was expected,
/// and one with a paragraph longer than `maxParagraphLength` a message naming it.
export function importResolution(text: string): ImportResult {
  if (typeof text !== 'string') return { ok: false, error: 'not a text' }
  if (text.length > maxImportLength)
    return { ok: false, error: `the text is ${(text.length / 1e6).toFixed(1)} million characters; Penholder imports resolutions of up to ${maxImportLength / 1e6} million (paste or open the resolution on its own)` }
  try {
    return importLines(text)
  } catch (e) {
    if (e instanceof OverlongParagraph) return { ok: false, error: e.message }
    return { ok: false, error: `internal error while importing: ${e instanceof Error ? e.message : String(e)}` }
  }
}

function importLines(text: string): ImportResult {
  const lines = splitRunTogether(sourceLines(text))
  if (lines.every(l => !l.text.trim())) return { ok: false, error: 'the text is empty; ' + notAResolution }
  const warnings: ImportWarning[] = []
  const meta: Partial<ResolutionMeta> = {}

  let start = 0
  let pressRelease = false
  const header = lines.findIndex(l => pressReleaseHeader.test(l.text))
  for (let i = lines.length - 1; i >= 0; i--) {
    const draft = draftLead.exec(lines[i].text.trim())
    if (pressReleaseLead.test(lines[i].text) || draft && (draft[1] || header >= 0 && header < i)) {
      pressRelease = true
      start = i + 1
      readPressRelease(lines.slice(0, start), meta)
      break
    }
  }

  let organ: OrganLine | null = null
  let organIndex = -1
  for (let i = start; i < lines.length; i++) {
    organ = parseOrganLine(lines[i].text)
    if (organ) { organIndex = i; break }
  }
  let starred = false
  if (organ) {
    const heading = lines.slice(start, organIndex).filter(l => l.text.trim())
    if (heading.length > maxHeadingLines)
      warnings.push({ line: heading[0].line, message: `skipped ${heading.length} lines before the organ line that do not look like a heading` })
    else {
      starred = heading.some(l => headingStar.test(l.text.trim()))
      if (!pressRelease) Object.assign(meta, parseHeading(heading))
    }
    meta.lang = organ.lang
  }

  let body = lines.slice(organ ? organIndex + 1 + organComma(lines, organIndex) : start)
  const before = body.filter(l => l.text.trim()).length
  body = removePageArtefacts(body, meta.title)
  const artefacts = before - body.filter(l => l.text.trim()).length
  const closing = takeClosingLines(body, 'leave out')
  body = closing.lines
  Object.assign(meta, closing.facts)
  for (const { text, line } of closing.left)
    warnings.push({ line, message: `left out “${text.trim().slice(0, 60)}”: after the closing lines only notes and annexes follow` })
  if (pressRelease) body = body.map(stripPressQuotes)

  const vocabulary = vocabularyOf(body.map(l => l.text).filter(t => t.trim()).join('\n'))
  const parts = splitAnnexes(body)
  const count = new ParagraphCount()
  const main = readPart(parts.body, 'body', vocabulary, warnings, count, starred)
  const paragraphs = main.paragraphs
  if (!paragraphs.some(p => p.kind === 'op')) promoteLoneOperative(paragraphs)
  const annexes = parts.annexes.map(annex => readAnnex(annex.lines, vocabulary, warnings, count))

  if (!organ) {
    if (!paragraphs.some(p => p.kind === 'op') || paragraphs.length < 2)
      return { ok: false, error: notAResolution }
    warnings.push({ line: main.firstLine, message: 'no organ line (“The Security Council,”) was found; add it in the heading' })
  } else if (!paragraphs.length) {
    return { ok: false, error: `found the organ line “${organ.organ},” but no paragraphs after it`, line: lines[organIndex].line }
  }
  if (!organ && main.frenchMarkers) meta.lang = 'fr'

  const doc = buildResolution({
    meta: meta as ResolutionMeta, organ: organ?.organ ?? '', paragraphs,
    start: main.start, sections: main.sections, annexes
  })
  const layout: ImportLayout = pressRelease ? 'press-release' : artefacts || main.wrapped ? 'pdf' : 'official'
  return { ok: true, doc, layout, warnings: warnings.sort((a, b) => a.line - b.line) }
}

/// The paragraphs and section headings of the body or of an annex, read from its lines:
/// footnotes taken out, lines cut at section headings and joined into paragraphs, each
/// paragraph classified. A subparagraph right under a heading has no paragraph to belong
/// to and becomes a numbered paragraph. A paragraph over the length limit throws
/// `OverlongParagraph` before it is classified.
function readPart(lines: readonly SourceLine[], place: 'body' | 'annex', vocabulary: Set<string>, warnings: ImportWarning[], count: ParagraphCount, starred = false) {
  const { lines: text, notes } = takeFootnotes(lines, starred)
  const queue = new NoteQueue(notes)
  const classifier = new ParagraphClassifier(place, queue, warnings)
  const sections: SectionDraft[] = []
  let blocks = 0, firstLine = 0, frenchMarkers = false
  for (const segment of splitSections(text, place === 'annex')) {
    if (segment.heading) {
      classifier.sectionHeading()
      const { number, text: title } = segment.heading
      sections.push({ number, ...queue.take(title), at: classifier.paragraphs.length })
    }
    for (const block of joinLines(segment.lines, vocabulary)) {
      count.check(block.text, readMarker(block.text), block.line)
      if (!blocks++) firstLine = block.line
      if (/^[a-z]{1,3}\)/.test(block.text)) frenchMarkers = true
      classifier.add(block)
    }
  }
  if (place === 'body') classifier.leaveOutPageText()
  for (const { at } of sections) {
    const first = classifier.paragraphs[at]
    if (first?.kind !== 'sub') continue
    const { level: _level, listStyle: _style, ...paragraph } = first
    classifier.paragraphs[at] = { ...paragraph, kind: 'op', lead: openingPhraseLength(first.text, 'op') }
  }
  const content = text.filter(l => l.text.trim()).length
  return {
    paragraphs: classifier.paragraphs, sections, firstLine, frenchMarkers,
    start: classifier.first ?? 1,
    wrapped: blocks + sections.length < content
  }
}

/// An annex: its title (the lines after its caption), then its paragraphs and sections.
function readAnnex(lines: readonly SourceLine[], vocabulary: Set<string>, warnings: ImportWarning[], count: ParagraphCount): AnnexDraft {
  const { title, rest } = takeAnnexTitle(lines, text => readMarker(text + ' ') !== null || opensParagraph(text) || startsSection(text))
  const part = readPart(rest, 'annex', vocabulary, warnings, count)
  const annex: AnnexDraft = { title: { text: title }, paragraphs: part.paragraphs }
  if (part.sections.length) annex.sections = part.sections
  return annex
}

/// A press release names the resolution in the line that introduces it (`The full text of
/// resolution 2388 (2017) reads as follows:`), or else in the sentence that reports its
/// adoption (`a adopté à l’unanimité la résolution 1421 (2002)`), and the meeting in its
/// header (`8111th Meeting (AM)`, `4566e séance –après-midi 3 juillet 2002`, with the
/// date where the line gives it).
function readPressRelease(lines: readonly SourceLine[], meta: Partial<ResolutionMeta>): void {
  const lead = lines[lines.length - 1].text
  let m = /resolution\s+(\d+)\s+\((\d{4})\)/i.exec(lead)
  for (let i = 0; !m && i < lines.length - 1; i++) m = adoptedResolution.exec(lines[i].text)
  if (m) meta.symbol = `S/RES/${m[1]} (${m[2]})`
  else if ((m = /resolution\s+(\d+\/\d+(?: [A-Z])?)/i.exec(lead))) meta.symbol = `A/RES/${m[1]}`
  for (const { text } of lines.slice(0, 5)) {
    if (!(m = /^(\d+(?:st|nd|rd|th)) Meeting\b|^(\d+e) séance\b/.exec(text.trim()))) continue
    meta.meeting = m[1] ?? m[2]
    const date = datePattern.exec(text)
    if (date) meta.date = date[1]
  }
}

/// The sentence of a press release that reports a Security Council resolution adopted.
const adoptedResolution = /\badopt(?:ed|ée|é)(?=[\s,])[^.]*?\br[ée]solution\s+(\d+)\s+\((\d{4})\)/i

/// Press releases open every quoted paragraph with “ (or a straight " in older releases,
/// SC/7441) and close the last one with ” (or "); those marks are typography of the
/// release, not of the resolution, unless they pair up with quotation marks inside the line.
function stripPressQuotes(line: SourceLine): SourceLine {
  let text = line.text
  if (text.startsWith('“') || text.startsWith('"')) text = text.slice(1)
  const count = (mark: string) => text.split(mark).length - 1
  if (text.endsWith('”') && count('”') > count('“')) text = text.slice(0, -1)
  else if (text.endsWith('"') && count('"') % 2 === 1) text = text.slice(0, -1)
  return text === line.text ? line : { text, line: line.line }
}

/// A PDF copy may give the comma after the organ, set in roman after the italic organ, a
/// line of its own (`Le Conseil de sécurité` ⏎ `,`, S/RES/1364 (2001) as vlex.com gives
/// it): 1 when the line after the organ line is that comma, else 0.
function organComma(lines: readonly SourceLine[], organIndex: number): number {
  return lines[organIndex + 1]?.text.trim() === ',' ? 1 : 0
}

/// A resolution with one operative paragraph does not number it (`Decides to …`): with no
/// numbered paragraph at all, the closing paragraphs that open with an operative verb
/// and do not end like a preambular paragraph are the operative part.
function promoteLoneOperative(paragraphs: ParagraphDraft[]): void {
  let i = paragraphs.length
  while (i > 0) {
    const p = paragraphs[i - 1]
    if (p.kind === 'sub') { i--; continue }
    if (!opensOperatively(p.text) || /,[”’"]?$/.test(p.text)) break
    i--
  }
  for (let j = i; j < paragraphs.length; j++)
    if (paragraphs[j].kind === 'pp') paragraphs[j] = { ...paragraphs[j], kind: 'op', lead: openingPhraseLength(paragraphs[j].text, 'op') }
}
