import { parseOrganLine } from './organLine'
import { opensParagraphHere } from './joinLines'
import type { SourceLine } from './sourceLines'

/// Some copies of a PDF run a whole resolution, or its body, together on one line: a site
/// that gives a document's text as one block (A/RES/62/30 in French on
/// girlsrightsplatform.org: `… appauvri L’Assemblée générale, Guidée par … environnement,
/// 1. Prie … 61 e séance plénière 5 décembre 2007 07-46558`), a PDF viewer's text
/// (S/RES/1397 (2002) in Spanish on scribd.com: `El Consejo de Seguridad, Recordando …`).
/// Such a line holds the organ followed by its comma and a capitalized word; it is cut
/// back into the lines the PDF had, so that the heading, organ line, paragraphs and
/// closing lines read as in any copy.

/// An organ named in a line, then its comma and the first word of the preamble; the
/// organ itself is checked with `parseOrganLine`. The name is at most 70 characters, so
/// each place a match is tried costs a bounded look ahead.
const inlineOrgan = /(?:^|\s)((?:The|Le|La|El)\s[^,;.]{3,66}|L[’'][^,;.]{3,66}),\s+(?=\p{Lu})/gu

/// Where the heading of a GA resolution run together breaks into its lines: before the
/// session (`Soixante-deuxième session`), the adoption line, the committee line in
/// brackets and the numbered title (`62/30. Effets de …`). A space always comes before.
const headingBreak = /\s(?=\S+ (?:session|période de sessions|período de sesiones)\b|(?:Resolution adopted by|Résolution adoptée par|Resolución aprobada por) |\[|\d+\/\d+(?: [A-Z])?\.\s)/gu

/// Where the body breaks: before a numbered paragraph after the punctuation that ends
/// the one before (`environnement, 1. Prie`, `session ; 2. Décide`), before a closing
/// line (`61 e séance plénière`, `45th plenary meeting`), before a job number
/// (`07-46558`) and before the rule line above a page's notes. The numbers are checked to run on from 1 by `splitBody`.
const bodyBreak = /(?<=[,;:.»”]) (?=(\d{1,3})\.\s+\p{Lu})|\s(?=\d+ ?(?:st|nd|rd|th|e|ª|a) (?:plenary meeting|séance plénière|sesión plenaria)\b)|\s(?=\d{2}-\d{5}(?:\s|$))|\s(?=_{3,}(?:\s|$))/gu

/// The lines of a text with each line that runs a resolution together cut back into its
/// parts: the heading before the organ (cut before its session, adoption line, committee
/// line and title), the organ line, each preambular paragraph (cut after a comma before
/// an opening phrase, `…, Résolue à …`), each operative paragraph (cut before its number,
/// the numbers running 1, 2, 3 …), the closing line and the job number. The parts keep
/// the line number of the line they come from. Other lines are returned as they are.
/// Time is linear in the text: each line is scanned once for an organ and, when it holds
/// one, once more for the places it breaks, each looked at over a bounded length.
export function splitRunTogether(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = []
  for (const line of lines) {
    const organ = findInlineOrgan(line.text)
    if (!organ) { out.push(line); continue }
    const part = (text: string) => { if (text.trim()) out.push({ text: text.trim(), line: line.line }) }
    for (const piece of splitAt(line.text.slice(0, organ.from), headingBreak)) part(piece)
    part(line.text.slice(organ.from, organ.to))
    for (const piece of splitBody(line.text.slice(organ.to))) part(piece)
  }
  return out
}

/// The organ with its comma in a line that goes on after it, as offsets (`from` at the
/// organ, `to` after the comma and spaces), or null.
function findInlineOrgan(text: string): { from: number, to: number } | null {
  inlineOrgan.lastIndex = 0
  for (let m = inlineOrgan.exec(text); m; m = inlineOrgan.exec(text)) {
    if (!parseOrganLine(m[1])) { inlineOrgan.lastIndex = m.index + 1; continue }
    const from = m.index + m[0].indexOf(m[1])
    return { from, to: m.index + m[0].length }
  }
  return null
}

function splitAt(text: string, pattern: RegExp): string[] {
  const pieces: string[] = []
  let from = 0
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    pieces.push(text.slice(from, m.index))
    from = m.index
  }
  pieces.push(text.slice(from))
  return pieces
}

/// The body of a run-together line cut into paragraphs: numbered paragraphs where their
/// number is the next one, preambular paragraphs where, before the first numbered one, a
/// comma is followed by an opening phrase (`Guidée`, `Tenant compte`, `Recordando`),
/// and the closing line and job number.
function splitBody(text: string): string[] {
  const cuts: number[] = []
  let next = 1, preamble = -1
  bodyBreak.lastIndex = 0
  for (let m = bodyBreak.exec(text); m; m = bodyBreak.exec(text)) {
    if (m[1] !== undefined && Number(m[1]) !== next) continue
    if (m[1] !== undefined && next++ === 1) preamble = m.index
    cuts.push(m.index)
  }
  if (preamble < 0) preamble = cuts[0] ?? text.length
  const preambleCuts: number[] = []
  for (let at = text.indexOf(', '); at >= 0 && at < preamble; at = text.indexOf(', ', at + 2))
    if (capital.test(text.charAt(at + 2)) && opensParagraphHere(text.slice(at + 2, at + 2 + maxLeadLook))) preambleCuts.push(at + 1)
  const all = [...preambleCuts, ...cuts]
  const pieces: string[] = []
  let from = 0
  for (const at of all) { pieces.push(text.slice(from, at)); from = at }
  pieces.push(text.slice(from))
  return pieces.flatMap(piece => rule.test(piece.trim()) ? splitNotes(piece.trim()) : [piece])
}

const rule = /^_{3,}(?:\s|$)/
/// The numbers that open a page's notes run together: `1 2 ` before their texts, the
/// column of numbers read before the column of texts.
const noteNumbers = /^(\d{1,3}(?: \d{1,3})*) (?=\D)/

/// The rule line and the notes after it, run together (`__________________ 1 2
/// A/72/633, A/72/633/Corr.1 et A/72/719. A/72/789/Add.2.`, A/RES/72/298 in French on
/// girlsrightsplatform.org), as lines: the rule, then each note with its number
/// (`1 A/72/633, …`) when the notes' sentences are as many as the numbers before them;
/// else the notes as they are, on one line.
function splitNotes(text: string): string[] {
  const ruleEnd = text.search(/[^_]/)
  const notes = ruleEnd < 0 ? '' : text.slice(ruleEnd).trim()
  const m = noteNumbers.exec(notes)
  if (!m) return [text.slice(0, ruleEnd < 0 ? text.length : ruleEnd), notes]
  const numbers = m[1].split(' ')
  const sentences = notes.slice(m[0].length).split(/(?<=\.) (?=\S)/)
  const paired = sentences.length === numbers.length ? numbers.map((n, i) => `${n} ${sentences[i]}`) : [notes]
  return [text.slice(0, ruleEnd), ...paired]
}

const capital = /\p{Lu}/u

/// How much of the text after a comma is looked at for an opening phrase: more than the
/// longest (`Actuando en virtud del Capítulo VII de la Carta de las Naciones Unidas`).
const maxLeadLook = 100
