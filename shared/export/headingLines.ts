import { isAdopted, type ResolutionMeta } from '../schema'
import { organInSentence } from '../import'

/// The heading of a resolution as the lines UN documents print above the organ line,
/// rebuilt from the metadata: an adopted Security Council resolution gets its symbol,
/// `Resolution N (year)` and the adoption line; an adopted General Assembly resolution its
/// symbol, adoption line and numbered title; a draft its symbol, distribution, date,
/// original language, sponsors line and title. Empty fields print nothing.
export function headingLines(meta: ResolutionMeta, organ: string): string[] {
  const lines: string[] = []
  const push = (line: string) => { if (line.trim()) lines.push(line) }
  push(meta.symbol)
  const body = organInSentence(organ)
  const sc = /^S\/RES\/(\d+) \((\d{4})\)$/.exec(meta.symbol)
  const ga = /^A\/RES\/(\d+\/\d+(?: [A-Z])?)$/.exec(meta.symbol)
  if (isAdopted(meta) && sc) {
    push(meta.lang === 'fr' ? `Résolution ${sc[1]} (${sc[2]})` : `Resolution ${sc[1]} (${sc[2]})`)
    if (meta.date || meta.meeting) push(adoptionLine(meta, body))
    push(meta.title)
  } else if (isAdopted(meta) && ga) {
    if (meta.date) push(`Resolution adopted by the General Assembly on ${meta.date}`)
    push(meta.title ? `${ga[1]}. ${meta.title}` : '')
  } else {
    push(meta.distribution)
    if (isAdopted(meta) && (meta.date || meta.meeting)) push(adoptionLine(meta, body))
    else push(meta.date)
    push(meta.original ? `Original: ${meta.original}` : '')
    push(meta.sponsors ? `${meta.sponsors}: draft resolution` : '')
    push(meta.title)
  }
  return lines
}

function adoptionLine(meta: ResolutionMeta, body: string): string {
  if (meta.lang === 'fr')
    return `Adoptée par ${body}${meta.meeting ? ` à sa ${meta.meeting} séance` : ''}, le ${meta.date}`
  return `Adopted by ${body}${meta.meeting ? ` at its ${meta.meeting} meeting` : ''}, on ${meta.date}`
}
