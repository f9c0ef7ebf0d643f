import type { Node } from 'prosemirror-model'
import { buildResolution, type ParagraphDraft, type ResolutionMeta } from '../schema'
import { openingPhraseLength, opensOperatively } from '../style'
import { sourceLines, type SourceLine } from './sourceLines'
import { parseOrganLine, type OrganLine } from './organLine'
import { removePageArtefacts } from './pageArtefacts'
import { joinLines, vocabularyOf, type TextBlock } from './joinLines'
import { readMarker, SubparagraphLevels } from './markers'
import { parseHeading } from './heading'

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
/// Lines above the organ line read as a heading; more than this many means the organ line
/// follows something else (an email, a cover note) and they are skipped with a warning.
const maxHeadingLines = 25

const notAResolution =
  'not a resolution: expected an organ line such as “The Security Council,” or “The General Assembly,” ' +
  'followed by preambular paragraphs and numbered operative paragraphs (“1. Decides …”)'

/// Turn any text holding a resolution into a document: the official layout, text copied out
/// of a PDF, a UN press release, in English, French or Spanish, without being told which.
/// Never throws; a text that is not a resolution gets a message saying what was expected.
export function importResolution(text: string): ImportResult {
  if (typeof text !== 'string') return { ok: false, error: 'not a text' }
  if (text.length > maxImportLength)
    return { ok: false, error: `the text is ${(text.length / 1e6).toFixed(1)} million characters; Penholder imports resolutions of up to ${maxImportLength / 1e6} million (paste or open the resolution on its own)` }
  try {
    return importLines(text)
  } catch (e) {
    return { ok: false, error: `internal error while importing: ${e instanceof Error ? e.message : String(e)}` }
  }
}

function importLines(text: string): ImportResult {
  const lines = sourceLines(text)
  if (lines.every(l => !l.text.trim())) return { ok: false, error: 'the text is empty; ' + notAResolution }
  const warnings: ImportWarning[] = []
  const meta: Partial<ResolutionMeta> = {}

  let start = 0
  let pressRelease = false
  for (let i = lines.length - 1; i >= 0; i--) {
    if (pressReleaseLead.test(lines[i].text)) {
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
  if (organ) {
    const heading = lines.slice(start, organIndex).filter(l => l.text.trim())
    if (heading.length > maxHeadingLines)
      warnings.push({ line: heading[0].line, message: `skipped ${heading.length} lines before the organ line that do not look like a heading` })
    else if (!pressRelease) Object.assign(meta, parseHeading(heading))
    meta.lang = organ.lang
  }

  let body = lines.slice(organ ? organIndex + 1 : start)
  const before = body.filter(l => l.text.trim()).length
  body = removePageArtefacts(body)
  const artefacts = before - body.filter(l => l.text.trim()).length
  if (pressRelease) body = body.map(stripPressQuotes)

  const blocks = joinLines(body, vocabularyOf(body.map(l => l.text).filter(t => t.trim()).join('\n')))
  const wrapped = blocks.length < body.filter(l => l.text.trim()).length
  const paragraphs = classify(blocks, warnings)
  if (!paragraphs.some(p => p.kind === 'op')) promoteLoneOperative(paragraphs)

  if (!organ) {
    if (!paragraphs.some(p => p.kind === 'op') || paragraphs.length < 2)
      return { ok: false, error: notAResolution }
    warnings.push({ line: blocks[0].line, message: 'no organ line (“The Security Council,”) was found; add it in the heading' })
  } else if (!paragraphs.length) {
    return { ok: false, error: `found the organ line “${organ.organ},” but no paragraphs after it`, line: lines[organIndex].line }
  }
  if (!organ && blocks.some(b => /^[a-z]{1,3}\)/.test(b.text))) meta.lang = 'fr'

  const doc = buildResolution({ meta: meta as ResolutionMeta, organ: organ?.organ ?? '', paragraphs })
  const layout: ImportLayout = pressRelease ? 'press-release' : artefacts || wrapped ? 'pdf' : 'official'
  return { ok: true, doc, layout, warnings: warnings.sort((a, b) => a.line - b.line) }
}

/// A press release names the resolution in the line that introduces it (`The full text of
/// resolution 2388 (2017) reads as follows:`) and the meeting in its header (`8111th
/// Meeting (AM)`).
function readPressRelease(lines: readonly SourceLine[], meta: Partial<ResolutionMeta>): void {
  const lead = lines[lines.length - 1].text
  let m = /resolution\s+(\d+)\s+\((\d{4})\)/i.exec(lead)
  if (m) meta.symbol = `S/RES/${m[1]} (${m[2]})`
  else if ((m = /resolution\s+(\d+\/\d+(?: [A-Z])?)/i.exec(lead))) meta.symbol = `A/RES/${m[1]}`
  for (const { text } of lines.slice(0, 5))
    if ((m = /^(\d+(?:st|nd|rd|th)) Meeting\b/.exec(text.trim()))) meta.meeting = m[1]
}

/// Press releases open every quoted paragraph with “ and close the last one with ”; those
/// marks are typography of the release, not of the resolution, unless they pair up with
/// quotation marks inside the line.
function stripPressQuotes(line: SourceLine): SourceLine {
  let text = line.text
  if (text.startsWith('“')) text = text.slice(1)
  const opens = text.split('“').length, closes = text.split('”').length
  if (text.endsWith('”') && closes > opens) text = text.slice(0, -1)
  return text === line.text ? line : { text, line: line.line }
}

function classify(blocks: readonly TextBlock[], warnings: ImportWarning[]): ParagraphDraft[] {
  const paragraphs: ParagraphDraft[] = []
  const levels = new SubparagraphLevels()
  let lastNumber = 0
  for (const block of blocks) {
    const marker = readMarker(block.text)
    const previous = paragraphs[paragraphs.length - 1]
    if (marker?.kind === 'op') {
      if (marker.number !== lastNumber + 1)
        warnings.push({ line: block.line, message: `operative paragraph ${marker.number} follows ${lastNumber || 'the preamble'}; numbers are recalculated` })
      lastNumber = marker.number
      levels.reset()
      paragraphs.push(paragraph('op', block.text.slice(marker.length)))
      continue
    }
    if (marker?.kind === 'sub' && previous) {
      const level = levels.levelOf(marker, /:[”’"]?$/.test(previous.text))
      if (level !== null) {
        paragraphs.push({ ...paragraph('sub', block.text.slice(marker.length)), level })
        continue
      }
    }
    const kind = lastNumber ? 'op' : 'pp'
    if (kind === 'op')
      warnings.push({ line: block.line, message: 'a paragraph without a number among the operative paragraphs was taken as a new operative paragraph' })
    levels.reset()
    paragraphs.push(paragraph(kind, block.text))
  }
  return paragraphs
}

function paragraph(kind: ParagraphDraft['kind'], raw: string): ParagraphDraft {
  const text = raw.trim()
  return { kind, text, lead: openingPhraseLength(text, kind) }
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
