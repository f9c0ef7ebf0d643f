import type { ChangeJSON } from './compare'

/// The formal list of amendments, numbered, one per line, in the order of the text:
/// what `penholder export --format amendments` and `compare --format amendments` print.
export function formatAmendmentList(changes: readonly ChangeJSON[]): string {
  return changes.map((change, i) => `${i + 1}. ${change.description}\n`).join('')
}
