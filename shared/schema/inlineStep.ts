import type { Node } from 'prosemirror-model'
import { AddMarkStep, RemoveMarkStep, ReplaceStep, type Step } from 'prosemirror-transform'

/// Whether a step only changes text or marks inside one paragraph, leaving every paragraph
/// where it was with its id: typing, deleting within a line, italicizing. Per-keystroke
/// plugins (paragraph ids, the live diff) use it to skip whole-document work; `doc` is the
/// document the step applies to.
export function isInlineStep(step: Step, doc: Node): boolean {
  if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return true
  if (!(step instanceof ReplaceStep)) return false
  const { from, to, slice } = step
  if (slice.openStart || slice.openEnd) return false
  let inline = true
  slice.content.forEach(n => { if (!n.isInline) inline = false })
  if (!inline) return false
  const $from = doc.resolve(from)
  return $from.parent.isTextblock && $from.sameParent(doc.resolve(to))
}
