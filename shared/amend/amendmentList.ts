import type { ChangeJSON } from './compare'
import { formatNumberedList, type WordingLanguage } from './wording'

/// The formal list of amendments, numbered, in the order of the text: what `penholder
/// export --format amendments` and `compare --format amendments` print. Text set out on
/// its own lines (official register) is indented under its amendment.
export function formatAmendmentList(changes: readonly ChangeJSON[]): string {
  return formatNumberedList(changes.map(c => c.description))
}

/// The heading of an amendments document as issued (official register): `Amendments to
/// draft resolution S/2017/983`, `Amendements au projet de résolution …` in French; without
/// a symbol, `Amendments to the draft resolution`.
export function amendmentsHeading(symbol: string, lang: WordingLanguage): string {
  if (lang === 'fr') return symbol ? `Amendements au projet de résolution ${symbol}` : 'Amendements au projet de résolution'
  return symbol ? `Amendments to draft resolution ${symbol}` : 'Amendments to the draft resolution'
}
