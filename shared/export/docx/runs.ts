import type { Node } from 'prosemirror-model'
import { schema } from '../../schema'

/// A stretch of a paragraph's text with one look: italic for the opening phrase (`lead`)
/// and for titles of publications (`em`), roman otherwise.
export interface TextPiece {
  readonly text: string
  readonly italic: boolean
}

/// The pieces of a paragraph node between two offsets of its text (UTF-16 code units),
/// adjacent pieces of the same look joined. Linear in the paragraph's length.
export function textPieces(node: Node, from = 0, to = node.content.size): TextPiece[] {
  const pieces: TextPiece[] = []
  let offset = 0
  node.forEach(child => {
    const text = child.text ?? ''
    const start = Math.max(from, offset), end = Math.min(to, offset + text.length)
    if (start < end) {
      const italic = child.marks.some(m => m.type === schema.marks.lead || m.type === schema.marks.em)
      const slice = text.slice(start - offset, end - offset)
      const last = pieces[pieces.length - 1]
      if (last && last.italic === italic) pieces[pieces.length - 1] = { text: last.text + slice, italic }
      else pieces.push({ text: slice, italic })
    }
    offset += text.length
  })
  return pieces
}
