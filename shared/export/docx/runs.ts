import type { Node } from 'prosemirror-model'
import { footnoteMark, schema } from '../../schema'

/// A stretch of a paragraph's text with one look — italic for the opening phrase
/// (`lead`) and for titles of publications (`em`), roman otherwise — or a footnote
/// reference (`note` holds the note's text; `text` is then the footnote's one character
/// in `textContent`).
export interface TextPiece {
  readonly text: string
  readonly italic: boolean
  readonly note?: string
}

/// The pieces of a block node (paragraph, section heading, annex title) between two
/// offsets of its `textContent` (UTF-16 code units; a footnote counts one), adjacent
/// pieces of the same look joined. Linear in the block's length.
export function textPieces(node: Node, from = 0, to = node.content.size): TextPiece[] {
  const pieces: TextPiece[] = []
  let offset = 0
  node.forEach(child => {
    const text = child.isText ? child.text! : child.type === schema.nodes.footnote ? footnoteMark : ''
    const start = Math.max(from, offset), end = Math.min(to, offset + text.length)
    if (start < end) {
      if (child.type === schema.nodes.footnote) {
        pieces.push({ text, italic: false, note: child.attrs.text })
      } else {
        const italic = child.marks.some(m => m.type === schema.marks.lead || m.type === schema.marks.em)
        const slice = text.slice(start - offset, end - offset)
        const last = pieces[pieces.length - 1]
        if (last && last.note === undefined && last.italic === italic) pieces[pieces.length - 1] = { text: last.text + slice, italic }
        else pieces.push({ text: slice, italic })
      }
    }
    offset += text.length
  })
  return pieces
}
