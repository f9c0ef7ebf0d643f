import type { ResolutionMeta } from '../schema'
import type { SourceLine } from './sourceLines'

const months = 'January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'
const datePattern = new RegExp(`\\b(\\d{1,2}(?:er)? (?:${months}) \\d{4})\\b`)
const symbolPattern = /(?:^|\s)([ASE]\/(?:[A-Z0-9.]+\/)*[A-Z0-9.-]*\d[\w.-]*(?: \(\d{4}\))?)(?=\s|$)/
const adoptedPattern = /^(?:Adopted by the .+?|Adoptée par l[ea’'] ?.+?)(?: at its (\S+) meeting| à sa (\S+) séance)?,? (?:on|le) (.+?)\.?$/
const gaAdoptedPattern = /^(?:Resolution adopted by the General Assembly|Résolution adoptée par l[’']Assemblée générale) (?:on|le) (.+?)\.?$/
const gaNumberedTitle = /^(\d+\/\d+(?: [A-Z])?)\.\s+(.+)$/
const resolutionLine = /^R[ée]solution \d+ \(\d{4}\)$/
const sponsorsPattern = /^(.+?)\s*:\s*(?:draft resolution|projet de résolution|proyecto de resolución)\.?$/i
const boilerplate = /^(United Nations|Nations Unies|Naciones Unidas|Security Council|General Assembly|Conseil de sécurité|Assemblée générale|Consejo de Seguridad|Asamblea General|Draft resolution|Projet de résolution|\S+ (session|year|année)|Agenda item .*|Point \d+ .*|Resolution)$/i

/// Read the heading lines above the organ line into metadata. Recognises the heading of an
/// adopted Security Council resolution (`S/RES/2388 (2017)`, `Resolution 2388 (2017)`,
/// `Adopted by the Security Council at its 8111th meeting, on 21 November 2017`), of a
/// draft (symbol, `Provisional`/`Distr.: Limited`, date, `Original: English`, `… : draft
/// resolution`), of the General Assembly (`Resolution adopted by the General Assembly on …`,
/// `64/174. Title`), and the first page of a PDF copy where these share lines. A line it
/// cannot place becomes the title.
export function parseHeading(lines: readonly SourceLine[]): Partial<ResolutionMeta> {
  const meta: Partial<ResolutionMeta> = {}
  const titleParts: string[] = []
  for (const { text: raw } of lines) {
    let text = raw.trim()
    if (!text) continue
    let m: RegExpExecArray | null
    if ((m = adoptedPattern.exec(text))) {
      meta.meeting = m[1] ?? m[2] ?? ''
      meta.date = m[3]
      continue
    }
    if ((m = gaAdoptedPattern.exec(text))) { meta.date = m[1]; continue }
    if ((m = gaNumberedTitle.exec(text))) {
      meta.symbol ??= `A/RES/${m[1]}`
      meta.title = m[2]
      continue
    }
    if ((m = sponsorsPattern.exec(text))) { meta.sponsors = m[1]; continue }
    if (resolutionLine.test(text)) continue
    if (!meta.symbol && (m = symbolPattern.exec(text))) {
      meta.symbol = m[1]
      text = text.replace(m[1], '').trim()
    }
    if ((m = /Distr\.\s*:\s*(\p{L}+)/u.exec(text))) { meta.distribution = m[1]; text = text.replace(m[0], '').trim() }
    else if ((m = /^(Provisional|General|Limited|Restricted|Provisoire|Générale|Limitée)$/.exec(text))) { meta.distribution = m[1]; text = '' }
    if ((m = /Original\s*:\s*(\p{L}+)/u.exec(text))) { meta.original = m[1]; text = text.replace(m[0], '').trim() }
    if (!meta.date && (m = datePattern.exec(text))) { meta.date = m[1]; text = text.replace(m[1], '').trim() }
    if (text && !boilerplate.test(text) && !symbolPattern.test(' ' + text)) titleParts.push(text)
  }
  if (titleParts.length && !meta.title) meta.title = titleParts.join(' ')
  return meta
}
