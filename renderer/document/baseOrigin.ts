import type { Node } from 'prosemirror-model'
import type { Transaction } from 'prosemirror-state'
import { amendmentsOf, diffDocuments, SetBaseStep } from '../../shared/amend'
import { baseOriginOf, type BaseOrigin, type PenholderFile } from '../../shared/file'

/// How the editor reached a base: the base before it, that base's origin when the step
/// was taken, and the number of amendments between the two (counted once, when first
/// asked for: accepting one amendment, accepting all, applying a list as tabled). A base
/// the editor left without having reached it (the file's base when a step was taken) is
/// its own `from`, with its origin then and 0 accepted: once a save makes another base the
/// file's, an undo back to it still finds what it is.
interface BaseChange {
  readonly from: Node
  readonly origin: BaseOrigin
  accepted?: number
}

/// Bases by identity. Undo and redo bring back the very nodes an earlier step held, so
/// the first way a base was reached is the one kept, and an undone Accept finds its
/// base's origin again.
const reached = new WeakMap<Node, BaseChange>()

const amendmentCount = (from: Node, to: Node) => amendmentsOf(diffDocuments(from, to)).length

/// Note the base changes of an editor transaction (`SetBaseStep`s) made while `file` is
/// the file the editor was loaded or last saved from.
export function recordBaseChanges(tr: Transaction, file: PenholderFile): void {
  for (const step of tr.steps) {
    if (!(step instanceof SetBaseStep)) continue
    if (!reached.has(step.from)) reached.set(step.from, { from: step.from, origin: baseOrigin(file, step.from), accepted: 0 })
    if (reached.has(step.to) || step.to === file.base || file.versions.some(v => v.doc === step.to)) continue
    reached.set(step.to, { from: step.from, origin: baseOrigin(file, step.from) })
  }
}

/// Where `base`, a base the editor of `file` holds, came from: a version's very text is
/// that version; the file's base has the origin the file records; a base the editor
/// reached by accepting has its predecessor's origin with the amendments accepted added.
/// A base reached in no recorded way is counted from the file's base.
export function baseOrigin(file: PenholderFile, base: Node): BaseOrigin {
  const version = file.versions.find(v => v.doc === base)
  if (version) return { version: version.id, accepted: 0 }
  if (base === file.base) return baseOriginOf(file)
  const change = reached.get(base)
  if (!change) return { version: baseOriginOf(file).version, accepted: file.baseAccepted + amendmentCount(file.base, base) }
  change.accepted ??= amendmentCount(change.from, base)
  return { version: change.origin.version, accepted: change.origin.accepted + change.accepted }
}
