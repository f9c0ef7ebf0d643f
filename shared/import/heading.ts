import type { ResolutionMeta } from '../schema'
import type { SourceLine } from './sourceLines'
import { findSymbol } from './symbol'
import { datePhrase, readAdoptedLine } from './closingLines'
import { isArtefactLine } from './pageArtefacts'

/// A date anywhere in a line (`3 juillet 2002`, `1er décembre 2025`, `22 de junio de 1994`).
export const datePattern = new RegExp(`\\b(${datePhrase})\\b`)
const gaAdoptedPattern = /^(?:Resolution adopted by the General Assembly|Résolution adoptée par l[’']Assemblée générale) (?:on|le) (.+?)\.?$/
/// `64/174. Title`, or before the thirty-first session `3406 (XXX). Title` (the session in
/// roman numerals, which a scan may read `XxX`, A/RES/3406 (XXX) in Spanish on vlex.com).
const gaNumberedTitle = /^(\d+\/\d+(?: [A-Z])?|\d+(?: [A-Z])? \([IVXLC]+\))\.\s+(.+)$/i
/// A PDF copy may break the adoption line before its date (`Resolution adopted by the
/// General Assembly` / `on 19 September 2025`, `… at its 4489th meeting, on` / `12 March
/// 2002`): such a line takes the next one with it.
const adoptedLead = /^(?:Resolution adopted by|Résolution adoptée par|Adopted by|Adoptée? par|Aprobada por) /
/// `Resolution 2388 (2017)`, `Résolution 1364 (2001)`, `RESOLUCION 929 (1994)` (the older
/// masthead sets it in capitals, `Resolucin` where an extraction lost the accented letters).
const resolutionLine = /^R[EÉée]solu(?:tion|ci[oó]?n) \d+ \(\d{4}\)$/i
/// The masthead that opens every UN document, `United Nations` (`Nations Unies`, `Naciones
/// Unidas`), alone on its line or before the symbol, or in capitals broken over two lines
/// (`NACIONES` ⏎ `UNIDAS`, S/RES/929 (1994)); a title that opens with the words (`United
/// Nations Relief and Works Agency …`) is none. What stands above it is not the
/// document's: a site's page title and labels (`Resolution nº S/RES/1364 (2001) of the
/// United Nations Security Council`, vlex.com).
const masthead = /^(?:United Nations|Nations Unies|Naciones Unidas)(?:$|\s+[ASE]\/)|^(?:UNITED|NATIONS|UNIES|NACIONES|UNIDAS)$/
/// The series letter set large before the symbol (`S` ⏎ `/RES/1364 (2001)`), which a PDF
/// copy puts on a line of its own, or prints alone as the logo of older documents.
const seriesLetter = /^[ASE]$/
/// The words a draft's heading sets after its sponsors, in each language of a text
/// (`Iraq: draft resolution`, `Bélarus : projet de résolution`, `Chile: proyecto de
/// resolución`); the heading printed and the heading read share them.
export const draftResolutionWords: Readonly<Record<ResolutionMeta['lang'], string>> = {
  en: 'draft resolution',
  fr: 'projet de résolution',
  es: 'proyecto de resolución'
}
/// `draft resolution|projet de résolution|…`, for a pattern that reads any of them.
export const anyDraftResolution = Object.values(draftResolutionWords).join('|')
/// `United States of America: draft resolution`, the sponsors' list marked for its note
/// (`Uruguay:* draft resolution`), the list's first lines (each ending with a comma or
/// `and`) on the lines above.
const sponsorsPattern = new RegExp(`^(.+?)\\s*:\\**\\s*(?:${anyDraftResolution})\\.?$`, 'i')
/// `Eightieth session`, alone on its line or, in a text extraction that puts a block of
/// the page on one line, before the agenda item (`Eightieth session Agenda item 62 …`).
const sessionPattern = /^(\S+ session|\S+ année|\S+ período de sesiones)(?:$| (?=(?:Agenda item|Point|Tema)))/i
/// `Agenda item 62`, `Agenda item 99 (f)`, followed or not by the item's title on the
/// same line (`Agenda item 62 Peacebuilding and sustaining peace`), which is not the
/// resolution's; `Point 68 (b) de l’ordre du jour`, `Point 160 a) de l’ordre du jour` (as
/// French texts print the letter), `Tema 68 (b) del programa`.
const agendaPattern = /^(?:Agenda item|Point de l[’']ordre du jour|Tema del programa|Point|Tema)s? (\d+(?: \([a-z]\)| [a-z]\))?)(?: \S.*)?$/i
/// `[on the report of the Third Committee (A/72/438)]`, `[without reference to a Main
/// Committee (A/81/L.77)]`: how a GA resolution came to the plenary, not its title.
const committeeLine = /^\[.*\]$/
const boilerplate = /^(United Nations|Nations Unies|Naciones Unidas|Security Council|General Assembly|Conseil de sécurité|Assemblée générale|Consejo de Seguridad|Asamblea General|Draft resolution|Projet de résolution|Resolution|Distr\.)$/i
/// The distribution, alone on its line (`Distr.` ⏎ `GENERAL` in older mastheads).
const distributionWord = /^(Provisional|General|Limited|Restricted|Provisoire|Générale|Limitée|Limitada)$/i

/// Read the heading lines above the organ line into metadata. Recognises the heading of an
/// adopted Security Council resolution (`S/RES/2388 (2017)`, `Resolution 2388 (2017)`,
/// `Adopted by the Security Council at its 8111th meeting, on 21 November 2017`), of a
/// draft (symbol, `Provisional`/`Distr.: Limited`, date, `Original: English`, `… : draft
/// resolution`), of the General Assembly (`Resolution adopted by the General Assembly on …`,
/// session, agenda item, `64/174. Title` wrapped over several lines), and the first page
/// of a PDF copy where these share lines. Lines it cannot place make up the title; in a
/// draft, those after the sponsors' line (the lines above it name the agenda item).
export function parseHeading(lines: readonly SourceLine[]): Partial<ResolutionMeta> {
  const meta: Partial<ResolutionMeta> = {}
  const titleParts: string[] = []
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i].text.trim()
    if (seriesLetter.test(text)) {
      if (!lines[i + 1]?.text.trim().startsWith('/')) continue
      text += lines[++i].text.trim()
    }
    if (!text || isArtefactLine(text) && !findSymbol(text)) continue
    if (masthead.test(text)) {
      titleParts.length = 0
      if (!findSymbol(text)) continue
    }
    if (adoptedLead.test(text) && !readAdoptedLine(text) && !gaAdoptedPattern.test(text) && lines[i + 1]) text += ' ' + lines[++i].text.trim()
    let m: RegExpExecArray | null
    const adopted = readAdoptedLine(text)
    if (adopted) { Object.assign(meta, adopted); continue }
    if ((m = gaAdoptedPattern.exec(text))) { meta.date = m[1]; continue }
    if ((m = gaNumberedTitle.exec(text))) {
      meta.symbol ??= `A/RES/${m[1].toUpperCase()}`
      titleParts.length = 0
      titleParts.push(m[2])
      continue
    }
    if ((m = sponsorsPattern.exec(text))) {
      const list: string[] = []
      while (titleParts.length && /(?:,|\band|\bet|\by)$/.test(titleParts[titleParts.length - 1])) list.unshift(titleParts.pop()!)
      meta.sponsors = [...list, m[1]].join(' ')
      titleParts.length = 0
      continue
    }
    if ((m = sessionPattern.exec(text))) {
      meta.session = m[1]
      text = text.slice(m[0].length)
      if (!text) continue
    }
    if ((m = agendaPattern.exec(text))) { meta.agendaItem = m[1]; continue }
    if (resolutionLine.test(text) || committeeLine.test(text)) continue
    const found = findSymbol(text)
    if (found) {
      meta.symbol ??= found.symbol
      text = (text.slice(0, found.from) + text.slice(found.from + found.length)).trim()
    }
    if ((m = /Distr\.\s*:?\s*(\p{L}+)/u.exec(text))) { meta.distribution = m[1]; text = text.replace(m[0], '').trim() }
    else if ((m = distributionWord.exec(text))) { meta.distribution = m[1]; text = '' }
    if ((m = /Original\s*:\s*(\p{L}+)/u.exec(text))) { meta.original = m[1]; text = text.replace(m[0], '').trim() }
    if ((m = datePattern.exec(text)) && (!meta.date || m[1] === text)) { meta.date ??= m[1]; text = text.replace(m[1], '').trim() }
    if (text && !boilerplate.test(text)) titleParts.push(text)
  }
  if (titleParts.length) meta.title = titleParts.join(' ')
  return meta
}
