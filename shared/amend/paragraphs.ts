import type { Node } from 'prosemirror-model'
import { forEachParagraph, forEachPartChild, labelParagraphs, paragraphKind, schema, type ParagraphKind } from '../schema'

/// One paragraph or subparagraph as the amendment engine sees it: the node, its text and
/// where it stands in the document's flat sequence. Positions are left out on purpose:
/// they shift with every keystroke before them, while everything here only changes when
/// the paragraph itself or the structure changes, so records survive typing elsewhere.
export interface ParagraphRecord {
  readonly pid: string | null
  readonly node: Node
  readonly text: string
  readonly kind: ParagraphKind
  /// 0 for a PP or OP, 1…4 for a subparagraph.
  readonly level: number
  /// Index in the flat sequence of the document's paragraphs and subparagraphs.
  readonly index: number
  /// Flat index of the PP or OP this paragraph belongs to (its own index for a PP or OP).
  readonly head: number
  /// Negotiators' name: `PP3`, `OP12`, `OP12(a)(ii)`.
  readonly label: string
  /// The number printed before the text: `12.`, `(a)`, `a)` in French, nothing for a PP.
  readonly number: string
  /// The section it stands in: how many section headings precede it in its part, and the
  /// last one's number and title (`2|II|Protection`); empty before the first heading.
  /// Headings stand still when paragraphs around them change, so a paragraph under
  /// another heading of both texts moved (plan.ts places it within its section).
  readonly section: string
}

/// The paragraphs of a document in reading order, with their sections, in one walk.
export function readParagraphs(doc: Node): ParagraphRecord[] {
  const labels = labelParagraphs(doc)
  const records: ParagraphRecord[] = []
  let head = 0, headings = 0, section = '', part: Node | null = null
  forEachPartChild(doc, (node, _pos, { node: partNode }) => {
    if (partNode !== part) { part = partNode; headings = 0; section = '' }
    if (node.type === schema.nodes.section_heading) { section = `${++headings}|${node.attrs.number}|${node.textContent}`; return }
    const kind = paragraphKind(node)
    if (!kind) return
    const index = records.length
    if (kind !== 'sub') head = index
    records.push({
      pid: node.attrs.pid ?? null,
      node,
      text: node.textContent,
      kind,
      level: kind === 'sub' ? node.attrs.level : 0,
      index,
      head,
      label: labels[index].label,
      number: labels[index].number,
      section
    })
  })
  return records
}

/// The same paragraph after an edit of its text, which changes neither its place nor its
/// label.
export function withNode(record: ParagraphRecord, node: Node): ParagraphRecord {
  return { ...record, node, text: node.textContent }
}

/// The notes of a paragraph's footnote references, in reading order: what each U+FFFC of
/// its `text` stands for.
export function paragraphNotes(node: Node): string[] {
  const notes: string[] = []
  node.forEach(child => { if (child.type.name === 'footnote') notes.push(child.attrs.text) })
  return notes
}

/// Document positions of all paragraphs, by flat index.
export function paragraphPositions(doc: Node): number[] {
  const positions: number[] = []
  forEachParagraph(doc, (_node, pos) => { positions.push(pos) })
  return positions
}

const parentsCache = new WeakMap<readonly ParagraphRecord[], Int32Array>()

/// For each paragraph of `records` (a document's, `readParagraphs`), the flat index of the
/// paragraph it stands under: a subparagraph's nearest preceding subparagraph of a lower
/// level under the same PP or OP, else that PP or OP; -1 for a PP or OP. Found once for
/// each list, in one pass with a stack.
export function parentIndices(records: readonly ParagraphRecord[]): Int32Array {
  const known = parentsCache.get(records)
  if (known) return known
  const parents = new Int32Array(records.length).fill(-1)
  const open: ParagraphRecord[] = []
  for (const r of records) {
    if (r.kind !== 'sub') open.length = 0
    else {
      while (open.length > 1 && open[open.length - 1].level >= r.level) open.pop()
      if (open.length) parents[r.index] = open[open.length - 1].index
    }
    open.push(r)
  }
  parentsCache.set(records, parents)
  return parents
}
