import { isAdopted, meetingPhrase, type ResolutionMeta } from '../schema'
import { draftResolutionWords, organInSentence } from '../import'

/// The heading of a resolution as the lines UN documents print above the organ line,
/// rebuilt from the metadata: an adopted Security Council resolution gets its symbol,
/// `Resolution N (year)` and the adoption line; an adopted General Assembly resolution its
/// symbol, session, agenda item, adoption line and numbered title; a draft its symbol,
/// distribution, date, original language, session, agenda item, sponsors line and title
/// (the order of the first page of A/RES/72/195 and A/C.3/72/L.12, which the importer
/// reads back). Empty fields print nothing; spaces around a field's words print nothing
/// either (a space typed at the end of the title field is no change of the text).
export function headingLines(meta: ResolutionMeta, organ: string): string[] {
  const lines: string[] = []
  const push = (line: string) => { if (line.trim()) lines.push(line.trim()) }
  push(meta.symbol)
  const body = organInSentence(organ)
  const sc = /^S\/RES\/(\d+) \((\d{4})\)$/.exec(meta.symbol)
  const ga = /^A\/RES\/(\d+\/\d+(?: [A-Z])?)$/.exec(meta.symbol)
  if (isAdopted(meta) && sc) {
    push(meta.lang === 'fr' ? `Résolution ${sc[1]} (${sc[2]})` : `Resolution ${sc[1]} (${sc[2]})`)
    if (meta.date || meta.meeting) push(adoptionLine(meta, body))
    push(meta.title)
  } else if (isAdopted(meta) && ga) {
    push(meta.session)
    push(agendaItemLine(meta))
    if (meta.date) push(`Resolution adopted by the General Assembly on ${meta.date}`)
    push(meta.title ? `${ga[1]}. ${meta.title}` : '')
  } else {
    push(meta.distribution)
    if (isAdopted(meta) && (meta.date || meta.meeting)) push(adoptionLine(meta, body))
    else if (!closingLines(meta, organ).length) push(meta.date)
    push(meta.original ? `Original${colon(meta.lang)} ${meta.original}` : '')
    push(meta.session)
    push(agendaItemLine(meta))
    push(meta.sponsors ? `${meta.sponsors}${colon(meta.lang)} ${draftResolutionWords[meta.lang]}` : '')
    push(meta.title)
  }
  return lines
}

/// The colon after a heading's label (`Original: English`, `Bélarus : projet de
/// résolution`, `Norvège : amendements`): French sets a space before it, English and
/// Spanish none (as the documents of each language print it).
export function colon(lang: ResolutionMeta['lang']): string {
  return lang === 'fr' ? ' :' : ':'
}

/// `Agenda item 68 (b)`, `Point 68 (b) de l’ordre du jour`, `Tema 68 (b) del programa`;
/// empty when the item is not known.
function agendaItemLine(meta: ResolutionMeta): string {
  if (!meta.agendaItem) return ''
  if (meta.lang === 'fr') return `Point ${meta.agendaItem} de l’ordre du jour`
  if (meta.lang === 'es') return `Tema ${meta.agendaItem} del programa`
  return `Agenda item ${meta.agendaItem}`
}

function adoptionLine(meta: ResolutionMeta, body: string): string {
  if (meta.lang === 'fr')
    return `Adoptée par ${body}${meta.meeting ? ` à sa ${meta.meeting} séance` : ''}, le ${meta.date}`
  return `Adopted by ${body}${meta.meeting ? ` at its ${meta.meeting} meeting` : ''}, on ${meta.date}`
}

const generalAssembly = /^(?:The General Assembly|L[’']Assemblée générale|La Asamblea General)$/

/// The closing line of a General Assembly resolution, printed after its last operative
/// paragraph (un-resolution-style.md, "Parts", 8): the plenary meeting and the date
/// (`45th plenary meeting`, `14 December 2025`). Nothing for other organs, whose meeting
/// stands in the adoption line, or when no meeting is known.
export function closingLines(meta: ResolutionMeta, organ: string): string[] {
  if (!meta.meeting || !(generalAssembly.test(organ) || meta.symbol.startsWith('A/'))) return []
  return meta.date ? [meetingPhrase(meta), meta.date] : [meetingPhrase(meta)]
}
