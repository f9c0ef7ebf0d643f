import type { Node } from 'prosemirror-model'

/// A part of a resolution that holds paragraphs: the preamble, the operative part, or
/// an annex. `annex` is the annex's 1-based number, 0 for the two parts of the body;
/// `pos` is the position of the part node in the document.
export interface DocumentPart {
  readonly kind: 'preamble' | 'operative' | 'annex'
  readonly annex: number
  readonly node: Node
  readonly pos: number
}

/// The parts of a document in order: preamble, operative part, then each annex.
export function documentParts(doc: Node): DocumentPart[] {
  const parts: DocumentPart[] = []
  let pos = doc.child(0).nodeSize + doc.child(1).nodeSize
  for (let i = 2; i < doc.childCount; i++) {
    const node = doc.child(i)
    parts.push({ kind: i === 2 ? 'preamble' : i === 3 ? 'operative' : 'annex', annex: Math.max(0, i - 3), node, pos })
    pos += node.nodeSize
  }
  return parts
}

/// Call `f` for every child of every part (paragraphs, subparagraphs, section headings,
/// annex titles) in document order, with its position and its part.
export function forEachPartChild(doc: Node, f: (node: Node, pos: number, part: DocumentPart) => void): void {
  for (const part of documentParts(doc)) part.node.forEach((node, offset) => f(node, part.pos + 1 + offset, part))
}
