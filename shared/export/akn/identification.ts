import type { ResolutionMeta } from '../../schema'
import { escapeXml } from './xmlText'

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const moisFrancais = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']

/// A UN date (`21 November 2017`, `21 novembre 2017`) as an ISO date, or null.
export function isoDate(date: string): string | null {
  const m = /^(\d{1,2})(?:er)? (\p{L}+) (\d{4})$/u.exec(date.trim())
  if (!m) return null
  const name = m[2].toLowerCase()
  const month = months.indexOf(name) >= 0 ? months.indexOf(name) : moisFrancais.indexOf(name)
  return month < 0 ? null : `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`
}

/// The AKN4UN name of the organ whose symbol a document carries: `unsc` (S/), `unga`
/// (A/), `un` otherwise.
export function organCode(meta: ResolutionMeta): string {
  return meta.symbol.startsWith('S/') ? 'unsc' : meta.symbol.startsWith('A/') ? 'unga' : 'un'
}

const languages = { en: 'eng', fr: 'fra', es: 'spa' } as const

/// The FRBR identification every AKN document needs (Akoma Ntoso 3.0, `identification`;
/// AKN4UN's URIs `/akn/un/statement/deliberation/<organ>/<date>/<number>`): the work
/// is the resolution, dated by its adoption (or, for a draft, by `generated`), numbered
/// from its symbol; `component` names an attachment (`annex_1`).
export function identification(meta: ResolutionMeta, generated: string, component = 'main'): string {
  const organ = organCode(meta)
  const date = isoDate(meta.date) ?? generated
  const number = meta.symbol.replace(/^[AS]\/(?:RES\/)?/, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'draft'
  const work = `/akn/un/statement/deliberation/${organ}/${date}/${number}`
  const expression = `${work}/${languages[meta.lang] ?? 'eng'}@`
  const dateName = isoDate(meta.date) ? 'adoption' : 'generation'
  const attr = (value: string) => escapeXml(value)
  return `<identification source="#penholder">` +
    `<FRBRWork><FRBRthis value="${attr(work)}/!${component}"/><FRBRuri value="${attr(work)}"/><FRBRdate date="${date}" name="${dateName}"/><FRBRauthor href="#${organ}"/><FRBRcountry value="un"/></FRBRWork>` +
    `<FRBRExpression><FRBRthis value="${attr(expression)}/!${component}"/><FRBRuri value="${attr(expression)}"/><FRBRdate date="${date}" name="${dateName}"/><FRBRauthor href="#${organ}"/><FRBRlanguage language="${languages[meta.lang] ?? 'eng'}"/></FRBRExpression>` +
    `<FRBRManifestation><FRBRthis value="${attr(expression)}/!${component}.xml"/><FRBRuri value="${attr(expression)}.akn"/><FRBRdate date="${generated}" name="generation"/><FRBRauthor href="#penholder"/></FRBRManifestation>` +
    `</identification>`
}
