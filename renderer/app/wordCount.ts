import type { EditorState } from 'prosemirror-state'
import { paragraphKind } from '../../shared/schema'

export interface TextCount {
  readonly words: number
  readonly characters: number
}

/// Words and characters of the paragraphs' own text — no paragraph numbers (they are
/// drawn, not typed), no heading fields, no organ line, no footnotes (a footnote
/// reference is an atom whose note is not counted) — over the whole document and over
/// the selection. Characters are UTF-16 code units with spaces, as word processors
/// count "characters (with spaces)"; words are runs of non-space characters. Linear in
/// the document's size.
export function countText(state: EditorState): { document: TextCount, selection: TextCount | null } {
  const { from, to, empty } = state.selection
  let words = 0, characters = 0, selWords = 0, selCharacters = 0
  state.doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    if (!paragraphKind(node)) return false
    const text = node.textBetween(0, node.content.size, undefined, '')
    words += countWords(text)
    characters += text.length
    const start = pos + 1, end = pos + 1 + node.content.size
    if (!empty && from < end && to > start) {
      const part = node.textBetween(Math.max(from, start) - start, Math.min(to, end) - start, undefined, '')
      selWords += countWords(part)
      selCharacters += part.length
    }
    return false
  })
  return { document: { words, characters }, selection: empty ? null : { words: selWords, characters: selCharacters } }
}

function countWords(text: string): number {
  const runs = text.match(/\S+/g)
  return runs ? runs.length : 0
}
