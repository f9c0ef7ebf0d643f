import { Fragment, type Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { paragraphPositions, type ParagraphRecord } from './paragraphs'
import type { DocumentDiff } from './diffDocuments'
import type { Amendment } from './amendments'
import type { TitleChange } from './titles'
import type { HeadingChange } from './sectionHeadings'

type Side = 'base' | 'current'

/// The paragraphs of a diff on one side, and the map from the other side's indices to
/// this side's.
function sides(diff: DocumentDiff, target: Side) {
  const { currentToBase, baseToCurrent } = diff.alignment
  return target === 'base'
    ? { doc: diff.base, records: diff.baseParagraphs, source: diff.currentParagraphs, counterpart: currentToBase }
    : { doc: diff.current, records: diff.currentParagraphs, source: diff.baseParagraphs, counterpart: baseToCurrent }
}

/// Make one side of the diff agree with the other for one amendment, as steps on `tr`
/// (a transform of that side's document). Accepting folds the change into the base;
/// rejecting restores the base in the current document: the same operation, pointed
/// the other way. A paragraph present on the other side only is copied in after the
/// nearest paragraph before it that both sides share; a paragraph present here only
/// is removed; a modified or moved one takes the other side's text and place, keeping
/// its own id and its own subparagraphs.
function foldAmendment<T extends Transform>(tr: T, diff: DocumentDiff, amendment: Amendment, target: Side): T {
  const other: Side = target === 'base' ? 'current' : 'base'
  const { doc, records, source, counterpart } = sides(diff, target)
  if (tr.doc !== doc) throw new RangeError(`The transform must start from the ${target} document of the diff`)
  if (amendment.title) return foldTitle(tr, amendment.title, other)
  if (amendment.heading) return foldHeading(tr, amendment.heading, other)
  const positions = paragraphPositions(doc)
  const groupEnd = (index: number) => {
    let last = index
    while (records[last + 1]?.kind === 'sub') last++
    return positions[last] + records[last].node.nodeSize
  }
  // Where, in the target document, a paragraph of the other side belongs.
  const placeOf = (record: ParagraphRecord, skip: ParagraphRecord | null): number => {
    for (let i = record.index - 1; i >= 0; i--) {
      const s = source[i]
      if (record.kind !== 'sub' && s.kind !== 'sub' && s.kind !== record.kind) break
      if (record.kind !== 'sub' && s.kind === 'sub') continue
      const t = counterpart[i]
      if (t < 0 || records[t] === skip) continue
      return record.kind === 'sub' ? positions[t] + records[t].node.nodeSize : groupEnd(t)
    }
    const partStart = doc.child(0).nodeSize + doc.child(1).nodeSize + 1
    return record.kind === 'op' ? partStart + doc.child(2).nodeSize : partStart
  }
  const head = amendment.entries[0]
  const mine = head[target], theirs = head[other]
  if (mine && theirs) {
    if (!head.moved) {
      // Only the words: the paragraph node stays, and so does a cursor inside it.
      const start = positions[mine.index] + 1
      return tr.replaceWith(start, start + mine.node.content.size, theirs.node.content)
    }
    const replacement = theirs.node.type.create({ ...theirs.node.attrs, pid: mine.node.attrs.pid }, theirs.node.content, theirs.node.marks)
    const end = mine.kind === 'sub' ? positions[mine.index] + mine.node.nodeSize : groupEnd(mine.index)
    const carried = doc.slice(positions[mine.index] + mine.node.nodeSize, end).content
    const to = placeOf(theirs, mine)
    tr.delete(positions[mine.index], end)
    return tr.insert(tr.mapping.map(to), Fragment.from(replacement).append(carried))
  }
  if (mine) {
    for (const entry of [...amendment.entries].reverse()) {
      const r = entry[target]!
      tr.delete(tr.mapping.map(positions[r.index]), tr.mapping.map(positions[r.index] + r.node.nodeSize))
    }
    return tr
  }
  return tr.insert(placeOf(theirs!, null), Fragment.fromArray(amendment.entries.map(e => e[other]!.node)))
}

/// A title takes the other side's words: the document's, a field of the heading (at
/// position 0); an annex's, the content of its `annex_title` node.
function foldTitle<T extends Transform>(tr: T, title: TitleChange, other: Side): T {
  const words = title[other]
  if (!words.node) return tr.setNodeAttribute(0, 'title', words.text)
  let pos = 0
  for (let i = 0; i < 3 + title.annex; i++) pos += tr.doc.child(i).nodeSize
  const node = tr.doc.child(3 + title.annex).firstChild!
  return tr.replaceWith(pos + 2, pos + 2 + node.content.size, words.node.content)
}

/// A section heading takes the other side's words: the content of the `ordinal`-th
/// `section_heading` of its part (the operative part, child 3, or annex `annex`, child
/// 3 + `annex`), its number kept.
function foldHeading<T extends Transform>(tr: T, heading: HeadingChange, other: Side): T {
  let pos = 0
  for (let i = 0; i < 3 + heading.annex; i++) pos += tr.doc.child(i).nodeSize
  let seen = 0, from = -1, size = 0
  tr.doc.child(3 + heading.annex).forEach((node, offset) => {
    if (from < 0 && node.type.name === 'section_heading' && ++seen === heading.ordinal) { from = pos + 1 + offset + 1; size = node.content.size }
  })
  if (from < 0) throw new RangeError(`The document has no section heading ${heading.label}`)
  return tr.replaceWith(from, from + size, heading[other].node!.content)
}

/// The base after accepting one amendment.
export function acceptChange(diff: DocumentDiff, amendment: Amendment): Node {
  return foldAmendment(new Transform(diff.base), diff, amendment, 'base').doc
}

/// Reject one amendment: restore the base wording in the current document, as steps on
/// `tr`, a transform (or transaction) of `diff.current`.
export function rejectChange<T extends Transform>(diff: DocumentDiff, amendment: Amendment, tr: T): T {
  return foldAmendment(tr, diff, amendment, 'current')
}

/// Where the amended parts of a document start: after its heading and organ line, which
/// amendments do not touch. Preamble, operative part and annexes follow.
const amendedParts = (doc: Node) => doc.child(0).nodeSize + doc.child(1).nodeSize

/// The base after accepting every amendment: the current text, annexes and title
/// included, under the base's heading (with the current title) and organ line.
export function acceptAllChanges(diff: DocumentDiff): Node {
  const { base, current } = diff
  const title = current.child(0).attrs.title
  const heading = base.child(0).attrs.title === title ? base.child(0) : base.child(0).type.create({ ...base.child(0).attrs, title })
  return base.copy(Fragment.fromArray([heading, base.child(1)]).append(current.content.cut(amendedParts(current))))
}

/// Reject every amendment: the base text, annexes and title included, in the current
/// document.
export function rejectAllChanges<T extends Transform>(diff: DocumentDiff, tr: T): T {
  const { base, current } = diff
  tr.replaceWith(amendedParts(current), current.content.size, base.content.cut(amendedParts(base)))
  return base.child(0).attrs.title === current.child(0).attrs.title ? tr : tr.setNodeAttribute(0, 'title', base.child(0).attrs.title)
}
