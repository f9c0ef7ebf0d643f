import type { ParagraphRecord } from './paragraphs'
import type { DocumentDiff } from './diffDocuments'
import { annexOfLabel } from './labels'

/// What a diff tells about each current paragraph, for placing amendments: which
/// paragraphs stay (matched, in their tabled order, same kind and level), which are put
/// in again whole (new, or changed in kind or level), which go in with such a paragraph.
export interface Roles {
  readonly diff: DocumentDiff
  readonly stays: (c: ParagraphRecord) => boolean
  readonly reinserted: (c: ParagraphRecord) => boolean
  /// The current paragraph, put in again whole, whose insertion takes `c` along, if any.
  readonly carrier: (c: ParagraphRecord) => ParagraphRecord | null
}

const rolesCache = new WeakMap<DocumentDiff, Roles>()

export function rolesOf(diff: DocumentDiff): Roles {
  const known = rolesCache.get(diff)
  if (known) return known
  const { currentToBase, moved } = diff.alignment
  const base = diff.baseParagraphs, current = diff.currentParagraphs
  const hasSubparagraphs = (list: readonly ParagraphRecord[], r: ParagraphRecord) => list[r.index + 1]?.kind === 'sub' && list[r.index + 1].level > r.level
  // A paragraph that changed kind or level (a PP become an OP, an OP become a
  // subparagraph) is moved, its kind following from where it goes, when it stands alone
  // in the body; with subparagraphs of its own, or in an annex, it is put in again whole.
  const reinserted = (c: ParagraphRecord) => {
    const b = currentToBase[c.index]
    if (b < 0) return true
    if (base[b].kind === c.kind && base[b].level === c.level) return false
    return annexOfLabel(base[b].label) > 0 || annexOfLabel(c.label) > 0 || hasSubparagraphs(base, base[b]) || hasSubparagraphs(current, c)
  }
  // The nearest ancestor put in again whole, found once per paragraph in reading order.
  const carriers: Array<ParagraphRecord | null> = new Array(current.length).fill(null)
  const stack: ParagraphRecord[] = []
  for (const c of current) {
    while (stack.length && (c.kind !== 'sub' || stack[stack.length - 1].level >= c.level)) stack.pop()
    for (const a of stack) if (reinserted(a)) { carriers[c.index] = a; break }
    stack.push(c)
  }
  const roles: Roles = {
    diff,
    reinserted,
    carrier: c => carriers[c.index],
    stays: c => !moved[c.index] && !reinserted(c) && !carriers[c.index]
  }
  rolesCache.set(diff, roles)
  return roles
}
