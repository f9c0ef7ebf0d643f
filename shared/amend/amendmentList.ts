import type { ChangeJSON } from './compare'
import { formatNumberedList } from './wording'

/// The formal list of amendments, numbered, in the order of the text: what `penholder
/// export --format amendments` and `compare --format amendments` print. Text set out on
/// its own lines (official register) is indented under its amendment.
export function formatAmendmentList(changes: readonly ChangeJSON[]): string {
  return formatNumberedList(changes.map(c => c.description))
}
