import { useDeferredValue, useMemo } from 'react'
import type { Node } from 'prosemirror-model'
import { applyAmendments, paragraphName, readAmendments, wordAmendment, wordingOf, type AmendmentNearMiss, type AppliedAmendments } from '../../shared/amend'

/// One amendment of a pasted list as the dialog shows it: its number as printed, the line
/// it starts on, and what it does in negotiation wording (`what`), or why it will not be
/// applied (`problem`: it cannot be read, or the text as tabled lacks what it names).
export interface AmendmentPreview {
  readonly number: string
  readonly line: number
  readonly what?: string
  readonly problem?: string
}

/// A near-miss as the dialog lists it: the amendment's number, the paragraph named, the
/// words looked for and the closest text found.
export interface NearMissPreview extends AmendmentNearMiss {
  readonly number: string
  readonly place: string
}

export interface AmendmentsPreview {
  readonly amendments: readonly AmendmentPreview[]
  readonly nearMisses: readonly NearMissPreview[]
  /// How many amendments the apply would make (near-misses only when accepted).
  readonly applicable: number
  /// The amended text, whose base is `tabled`; null when nothing would change.
  readonly applied: AppliedAmendments | null
}

/// A pasted or opened list of amendments read (readAmendments) and applied to `tabled`
/// (applyAmendments) as `penholder apply` does: near-misses go in, at the closest text
/// found, only when `acceptNearMisses`; an amendment that cannot be read or names what the
/// text lacks is left out with its reason. Recomputed from the deferred text, so typing in
/// the field stays responsive on a long list; each pass is linear in the list and the text.
export function useApplyAmendments(tabled: Node, text: string, acceptNearMisses: boolean): AmendmentsPreview {
  const deferred = useDeferredValue(text)
  return useMemo(() => previewAmendments(tabled, deferred, acceptNearMisses), [tabled, deferred, acceptNearMisses])
}

function previewAmendments(tabled: Node, text: string, acceptNearMisses: boolean): AmendmentsPreview {
  const read = readAmendments(text, { annexes: wordingOf(tabled).annexes })
  if (!read.length) return { amendments: [], nearMisses: [], applicable: 0, applied: null }
  const applied = applyAmendments(tabled, read.map(a => a.ok ? a.operations : []), { acceptNearMisses })
  const refused = new Map(applied.refused.map(r => [r.amendment, r.reason]))
  const missed = new Set(applied.nearMisses.map(m => m.amendment))
  const options = wordingOf(tabled)
  const amendments = read.map((a, i): AmendmentPreview => {
    const base = { number: a.number, line: a.line }
    if (!a.ok) return { ...base, problem: `cannot be read: ${a.error}` }
    const reason = refused.get(i + 1)
    return reason ? { ...base, problem: reason } : { ...base, what: wordAmendment(a.operations, options) }
  })
  const nearMisses = applied.nearMisses.map(m => ({ ...m, number: read[m.amendment - 1].number, place: paragraphName(m.paragraph) }))
  const applicable = amendments.filter((a, i) => !a.problem && (acceptNearMisses || !missed.has(i + 1))).length
  return { amendments, nearMisses, applicable, applied: applicable ? applied : null }
}
