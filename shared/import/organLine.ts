import type { Language } from '../schema'

/// An organ line names the body alone on its line: `The Security Council,`, `The General
/// Assembly,`, `Le Conseil de sécurité,`, `L’Assemblée générale,`, `El Consejo de
/// Seguridad,`. A sentence that merely starts with a body's name (a press release's
/// `The Security Council reiterated …`) is not one: every lower-case word of an organ
/// line is a connecting word.
const bodyWord = /(Council|Assembly|Commission|Conference|Committee|Conseil|Assemblée|Consejo|Asamblea|Conférence|Conferencia|Comisión|Comité)/u
const connectors = new Set([
  'of', 'on', 'and', 'for', 'the', 'de', 'du', 'des', 'la', 'le', 'et', 'y', 'sobre', 'para',
  'del', 'générale', 'sécurité', 'social', 'sociale', 'économique', 'droits', "l'homme", 'l’homme'
])

export interface OrganLine {
  organ: string
  lang: Language
}

export function parseOrganLine(text: string): OrganLine | null {
  const organ = text.trim().replace(/^[“"]/, '').replace(/\s*,$/, '')
  if (organ.length > 70 || /[.;:!?,()]/.test(organ)) return null
  if (!/^(The\s|Le\s|La\s|L[’']|El\s)/.test(organ) || !bodyWord.test(organ)) return null
  const words = organ.split(/\s+/)
  if (words.length > 9) return null
  if (words.slice(1).some(w => /^\p{Ll}/u.test(w) && !connectors.has(w))) return null
  return { organ, lang: languageOf(organ) }
}

function languageOf(organ: string): Language {
  if (/^(Le|La|L[’'])\s?(Conseil|Assemblée|Commission|Conférence|Comité)/.test(organ)) return 'fr'
  if (/^(El|La)\s(Consejo|Asamblea|Conferencia|Comisión|Comité)/.test(organ)) return 'es'
  return 'en'
}

/// `The Security Council` → `the Security Council`, as in `Adopted by the Security Council`.
export function organInSentence(organ: string): string {
  return organ.replace(/^(The|Le|La|El)\s/, m => m.toLowerCase())
}
