import type { Node } from 'prosemirror-model'
import type { EditorState, Transaction } from 'prosemirror-state'
import type { DocumentComment } from '../../shared/file'
import { forEachParagraph, paragraphKind } from '../../shared/schema'

/// Where a new comment goes: the paragraph the selection starts in, and the part of its
/// text selected (the whole paragraph for a bare caret). Null outside the paragraphs.
export function commentAnchor(state: EditorState): Pick<DocumentComment, 'pid' | 'from' | 'to'> | null {
  const { $from, $to, empty } = state.selection
  const paragraph = $from.parent
  if (!paragraphKind(paragraph) || !paragraph.attrs.pid) return null
  const size = paragraph.content.size
  if (empty) return { pid: paragraph.attrs.pid, from: 0, to: size }
  return { pid: paragraph.attrs.pid, from: $from.parentOffset, to: $to.parent === paragraph ? $to.parentOffset : size }
}

/// Where the paragraphs with these ids stand in a document (the position before each):
/// one pass over its paragraphs.
export function positionsOf(doc: Node, pids: ReadonlySet<string>): Map<string, number> {
  const at = new Map<string, number>()
  forEachParagraph(doc, (node, pos) => { if (pids.has(node.attrs.pid)) at.set(node.attrs.pid, pos) })
  return at
}

/// A paragraph's text as comment offsets count it (a footnote reference counts one).
const textOf = (paragraph: Node) => paragraph.textBetween(0, paragraph.content.size, undefined, '\ufffc')

/// The start of the occurrence of `words` in `text` nearest to `near`, or -1.
function nearest(text: string, words: string, near: number): number {
  const after = text.indexOf(words, near), before = text.lastIndexOf(words, near)
  if (after < 0) return before
  if (before < 0) return after
  return near - before <= after - near ? before : after
}

/// Comments carried through an edit of the text: each keeps its paragraph (by id) and its
/// words, its `from`…`to` moved by what was typed or deleted before or inside them (words
/// typed at its edges stay outside; words replaced whole found again in the new text). A
/// comment whose paragraph left the text keeps its offsets, so rejecting the deletion
/// brings it back in place. Returns the same array
/// when nothing moved, so a keystroke far from every comment changes no state. Linear in
/// the document's paragraphs, and run only for a document that has comments.
export function mapComments(comments: readonly DocumentComment[], tr: Transaction): readonly DocumentComment[] {
  if (!comments.length || !tr.docChanged) return comments
  const pids = new Set(comments.map(c => c.pid))
  const before = positionsOf(tr.before, pids), after = positionsOf(tr.doc, pids)
  let moved = false
  const next = comments.map(comment => {
    const was = before.get(comment.pid), is = after.get(comment.pid)
    if (was === undefined || is === undefined) return comment
    const size = tr.doc.nodeAt(is)!.content.size
    const place = (offset: number, assoc: number) => Math.max(0, Math.min(size, tr.mapping.map(was + 1 + offset, assoc) - (is + 1)))
    let from = place(comment.from, 1), to = Math.max(from, place(comment.to, -1))
    // Its words replaced whole (a rejected amendment rewrites the paragraph): the comment
    // goes to the same words in the new text, the occurrence nearest its old place.
    if (from === to && comment.from < comment.to) {
      const words = textOf(tr.before.nodeAt(was)!).slice(comment.from, comment.to)
      const found = nearest(textOf(tr.doc.nodeAt(is)!), words, comment.from)
      if (found >= 0) { from = found; to = found + words.length }
    }
    if (from === comment.from && to === comment.to) return comment
    moved = true
    return { ...comment, from, to }
  })
  return moved ? next : comments
}
