import type { Node, NodeType, ResolvedPos } from 'prosemirror-model'
import type { EditorState } from 'prosemirror-state'
import { paragraphKind, schema } from '../schema'

/// A run of consecutive paragraphs inside one part of the document (the preamble, the
/// operative part or an annex), by their indices in that part. Structural commands work on runs
/// because a PP or OP owns the subparagraphs that follow it: whatever moves, sinks or
/// changes kind takes them along.
export interface ParagraphRun {
  /// The part node: `preamble`, `operative_part` or `annex`.
  readonly part: Node
  /// Position of the part node in the document.
  readonly partPos: number
  /// Index of the first paragraph of the run in the part.
  readonly from: number
  /// Index after the last paragraph of the run.
  readonly to: number
}

/// The depth of a paragraph level: 0 for a PP or OP, 1…4 for a subparagraph.
export function levelOf(node: Node): number {
  return paragraphKind(node) === 'sub' ? node.attrs.level : 0
}

/// The paragraph type a part holds: `preambular_paragraph` or `operative_paragraph`.
export function partParagraphType(part: Node): NodeType {
  return part.type === schema.nodes.preamble ? schema.nodes.preambular_paragraph : schema.nodes.operative_paragraph
}

/// The index after the paragraph at `index` and everything under it: the subparagraphs
/// of a PP or OP, the deeper subparagraphs of a subparagraph.
export function groupEnd(part: Node, index: number): number {
  const level = levelOf(part.child(index))
  let end = index + 1
  while (end < part.childCount && part.child(end).type === schema.nodes.subparagraph && part.child(end).attrs.level > level) end++
  return end
}

/// Position of the child at `index` of a part.
export function childPos(run: Pick<ParagraphRun, 'part' | 'partPos'>, index: number): number {
  let pos = run.partPos + 1
  for (let i = 0; i < index; i++) pos += run.part.child(i).nodeSize
  return pos
}

/// Where a resolved position stands in a paragraph: its part, the part's position and the
/// paragraph's index there; null outside the paragraphs (in the heading, the organ line, a
/// section heading or an annex title).
export function paragraphAt($pos: ResolvedPos): { part: Node, partPos: number, index: number } | null {
  if ($pos.depth < 2 || !paragraphKind($pos.node(2))) return null
  return { part: $pos.node(1), partPos: $pos.before(1), index: $pos.index(1) }
}

/// The paragraphs the selection touches, when they lie in one part, with the subparagraphs
/// of the last one; null when the selection leaves the paragraphs or spans both parts.
export function selectedRun(state: EditorState): ParagraphRun | null {
  const { $from, $to } = state.selection
  const first = paragraphAt($from), last = paragraphAt($to)
  if (!first || !last || first.partPos !== last.partPos) return null
  return { part: first.part, partPos: first.partPos, from: first.index, to: groupEnd(first.part, last.index) }
}
