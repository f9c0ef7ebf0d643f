import type { ResolutionMeta } from '../schema'
import { amendmentsHeading, formatNumberedList, wordingLanguage } from '../amend'
import { colon } from './headingLines'

/// The lines above the amendments of an amendments document, as the United Nations
/// issues one (A/80/L.30): the draft's symbol, the proposing delegations
/// (`Norway and Peru: amendments`, `… : amendements` in French) and the title
/// (`amendmentsHeading`). The symbol and the delegations' line are null when unknown.
export interface AmendmentsFront {
  readonly symbol: string | null
  readonly proposers: string | null
  readonly title: string
}

export function amendmentsFront(meta: ResolutionMeta, proposers: readonly string[]): AmendmentsFront {
  return {
    symbol: meta.symbol || null,
    proposers: proposers.length ? `${proposers.join(', ')}${colon(meta.lang)} ${meta.lang === 'fr' ? 'amendements' : 'amendments'}` : null,
    title: amendmentsHeading(meta.symbol, wordingLanguage(meta.lang))
  }
}

/// The amendments document as plain text, the same document as `exportAmendmentsDocx`:
/// its front lines, a blank line after each, then the amendments numbered `1.`, `2.`…
/// (`descriptions` as `describeAmendment` words them, set-out text indented on lines of
/// its own). `penholder apply` reads it back, skipping the front lines.
export function exportAmendmentsText(meta: ResolutionMeta, descriptions: readonly string[], proposers: readonly string[]): string {
  const front = amendmentsFront(meta, proposers)
  const lines = [front.symbol, front.proposers, front.title].filter((line): line is string => line !== null)
  return lines.map(line => line + '\n\n').join('') + formatNumberedList(descriptions)
}
