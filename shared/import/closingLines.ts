import type { ResolutionMeta } from '../schema'
import type { SourceLine } from './sourceLines'
import { annexLine } from './annexes'
import { mayBePageText } from './pageArtefacts'

/// The months in English, French and Spanish, as dates in UN texts spell them.
export const months = 'January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'
/// A date as UN texts print it: `21 November 2017`, `1er décembre 2025`, `5 de mayo de 2024`.
export const datePhrase = `\\d{1,2}(?:er)? (?:de )?(?:${months}) (?:de )?\\d{4}`
const dateLine = new RegExp(`^(${datePhrase})$`)

/// `Adopted by the Security Council at its 8111th meeting, on 21 November 2017`, in
/// English, French and Spanish (`sesin` where an extraction lost the accented letters,
/// S/RES/1397 (2002) in Spanish on scribd.com); the meeting is optional (`Adopted by the General
/// Assembly on …`). Longer lines are sentences of the text, not this line.
const adopted = /^(?:Adopted by|Adoptée? par|Aprobada por) (?:the|le|la|l[’']|el) ?[^,]*?(?: at its (\d+\w* (?:plenary )?)meeting| à sa (\d+\w*) séance(?: plénière)?| en su (\d+\S*) sesi[oó]?n(?: plenaria)?)?,? (?:on|le|celebrada el|el) (.+?)\.?$/
const maxAdoptedLength = 300

/// The closing line of older texts and of the records: `Adopted unanimously at the 1382nd
/// meeting.`, `Adopted at the 81st plenary meeting, on 4 December 2000, …`, `Adopted
/// without a vote at …`.
const adoptedAt = /^Adopted(?: (unanimously|without a vote|by consensus))? at the (\d+\w* (?:plenary )?)meeting(?:,? on (\d{1,2} \S+ \d{4}))?/

/// The vote where the line states it: `by 12 votes to 2 (Cuba and Yemen), with 1
/// abstention (China)`, `by a recorded vote of 106 to 1, with 67 abstentions`, `by 14
/// votes to none`.
const voteClause = /\bby ((?:a recorded vote of )?\d+(?: votes)? to (?:\d+|none)(?: \([^)]*\))?(?:,? with (?:\d+|no) abstentions?(?: \([^)]*\))?)?)/

/// The meeting, date and vote of an adoption line (`Adopted by …`, `Adopted … at the …
/// meeting`), or null when the line is not one.
export function readAdoptedLine(text: string): Partial<ResolutionMeta> | null {
  if (text.length > maxAdoptedLength) return null
  const facts: Partial<ResolutionMeta> = {}
  const m = adopted.exec(text)
  const at = m ? null : adoptedAt.exec(text)
  if (m) {
    facts.date = m[4].replace(voteClause, '').replace(/,\s*$/, '').trim()
    const meeting = (m[1] ?? m[2] ?? m[3])?.trim()
    if (meeting) facts.meeting = meeting
  } else if (at) {
    facts.meeting = at[2].trim()
    if (at[3]) facts.date = at[3]
    if (at[1]) facts.vote = `adopted ${at[1]}`
  } else return null
  const vote = voteClause.exec(text)
  if (vote) facts.vote = vote[1]
  return facts
}

/// The line that closes a General Assembly resolution: `45th plenary meeting`, `45e séance
/// plénière`, `45ª sesión plenaria`, read as the meeting the metadata names (`45th
/// plenary`); a text extraction that puts each block of the page on one line has the
/// date on it too (`51st plenary meeting 26 November 2025`).
/// A copy that sets the ordinal's letters apart from the number (`61 e séance plénière`,
/// A/RES/62/30 as run together on one line) is read alike.
const plenaryLine = new RegExp(`^(\\d+) ?(st|nd|rd|th|e|ª|a) (?:plenary meeting|séance plénière|sesión plenaria)(?: (${datePhrase}))?$`)

function plenaryMeeting(text: string): { meeting: string, date?: string } | null {
  const m = plenaryLine.exec(text)
  if (!m) return null
  const meeting = `${m[1]}${m[2]} plenary`.replace(/(\d+e) plenary$/, '$1 plénière').replace(/(\d+[ªa]) plenary$/, '$1 plenaria')
  return m[3] ? { meeting, date: m[3] } : { meeting }
}

/// A line that opens a note (`2 See International …`, `* Reissued …`) or the rule line
/// above notes: what may follow a General Assembly resolution's closing lines, with the
/// lines that continue a note and an annex.
const noteStart = /^(?:\d{1,3}|\*+)\s*\S|^_{3,}$/

/// Take the adoption facts out of the body of a resolution: the closing lines of a General
/// Assembly resolution (`45th plenary meeting`, then the date on a line of its own) and an
/// `Adopted by … at its NNNN meeting, on …` line, wherever a copy put them. Returns the
/// other lines and the facts found (meeting as `45th plenary` or `8111th`, date as
/// printed). After the closing lines only notes and annexes follow (UN Editorial Manual,
/// resolutions): with `tail` set to `'leave out'`, as for a whole resolution, other lines
/// there that may be a page's own text (`mayBePageText`: `Sélectionner le paragraphe
/// cible`, after A/RES/62/30 on girlsrightsplatform.org) are returned in `left`, not in
/// `lines` — only when every such line is of that kind: one that holds a sentence (an
/// annex under a caption not recognized) keeps them all. With `'keep'`, as for a paste,
/// which may hold more than one text, they stay in `lines`.
export function takeClosingLines(lines: readonly SourceLine[], tail: 'leave out' | 'keep'): { lines: SourceLine[], facts: Partial<ResolutionMeta>, left: SourceLine[] } {
  const kept: SourceLine[] = []
  /// Indices in `kept` of the lines after the closing lines that are neither notes nor
  /// annexes.
  const stray: number[] = []
  let sentences = false
  const facts: Partial<ResolutionMeta> = {}
  let dateMayFollow = false, afterClosing = false, inNote = false
  for (const line of lines) {
    const text = line.text.trim()
    if (!text) { kept.push(line); inNote = false; continue }
    const closing = plenaryMeeting(text)
    if (closing) { Object.assign(facts, closing); dateMayFollow = !closing.date; afterClosing = tail === 'leave out'; continue }
    const date = dateMayFollow ? dateLine.exec(text) : null
    dateMayFollow = false
    if (date) { facts.date = date[1]; continue }
    const statement = /^Adopt|^Aprobada/.test(text) ? readAdoptedLine(text) : null
    if (statement) { Object.assign(facts, statement); continue }
    if (afterClosing && annexLine.test(text)) afterClosing = false
    else if (afterClosing && !inNote && !(inNote = noteStart.test(text))) {
      stray.push(kept.length)
      sentences ||= !mayBePageText(text)
    }
    kept.push(line)
  }
  if (sentences || !stray.length) return { lines: kept, facts, left: [] }
  const leave = new Set(stray)
  return { lines: kept.filter((_, i) => !leave.has(i)), facts, left: stray.map(i => kept[i]) }
}
