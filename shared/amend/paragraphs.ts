import type { Node } from 'prosemirror-model'
import { forEachParagraph, labelParagraphs, paragraphKind, type ParagraphKind } from '../schema'

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
}

/// The paragraphs of a document in reading order.
export function readParagraphs(doc: Node): ParagraphRecord[] {
  const labels = labelParagraphs(doc)
  const records: ParagraphRecord[] = []
  let head = 0
  forEachParagraph(doc, node => {
    const index = records.length
    const kind = paragraphKind(node)!
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
      number: labels[index].number
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
