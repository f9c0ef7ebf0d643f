import type { Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { acceptChange, rejectChange } from '../../../../shared/amend/accept'
import { amendmentsOf, type Amendment } from '../../../../shared/amend/amendments'
import { diffDocuments } from '../../../../shared/amend/diffDocuments'

/// Accept (folding into `base`) or reject (restoring in `current`) one listed amendment
/// at a time until none is left or `limit` steps were taken, as a drafter clicking
/// through the amendments panel does. `pick` chooses among those listed at each step
/// (1-based; the first by default); `each` sees the document after every step. Returns
/// the document reached, the steps taken and the length of the list before each step.
export function settle(base: Node, current: Node, mode: 'accept' | 'reject', options: {
  pick?: (list: readonly Amendment[], step: number) => Amendment
  limit?: number
  each?: (doc: Node) => void
} = {}): { doc: Node, steps: number, counts: number[] } {
  const { pick = list => list[0], limit = 12, each } = options
  const counts: number[] = []
  let steps = 0
  for (; steps < limit; steps++) {
    const d = diffDocuments(base, current), list = amendmentsOf(d)
    counts.push(list.length)
    if (!list.length) break
    const next = pick(list, steps + 1)
    if (mode === 'accept') base = acceptChange(d, next)
    else current = rejectChange(d, next, new Transform(current)).doc
    each?.(mode === 'accept' ? base : current)
  }
  return { doc: mode === 'accept' ? base : current, steps, counts }
}
