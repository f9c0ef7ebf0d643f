import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun, type ICommentsOptions, type ParagraphChild } from 'docx'
import type { DocumentComment } from '../../file'
import { pieceRun } from './revisionMarkup'
import type { TextPiece } from './runs'

/// The comments of a document as Word comments: numbered from 0 in the order given,
/// replies tied to the comment they answer (`parentId`), Word's "done" as `resolved`.
export class WordComments {
  private readonly numbers = new Map<string, number>()
  private readonly byPid = new Map<string, DocumentComment[]>()

  constructor(private readonly comments: readonly DocumentComment[]) {
    comments.forEach((c, i) => {
      this.numbers.set(c.id, i)
      const list = this.byPid.get(c.pid)
      if (list) list.push(c)
      else this.byPid.set(c.pid, [c])
    })
  }

  /// The runs of a paragraph with each comment on it as a range from its `from` to its
  /// `to` (offsets in the paragraph's `textContent`) and a reference mark at its end
  /// (ECMA-376 17.13.4.3–17.13.4.5). Pieces are cut where a range starts or ends.
  runs(pid: string | null, pieces: readonly TextPiece[]): ParagraphChild[] {
    const comments = pid ? this.byPid.get(pid) : undefined
    if (!comments) return pieces.map(pieceRun)
    const length = pieces.reduce((n, p) => n + p.text.length, 0)
    const marks = (at: number) => {
      const out: ParagraphChild[] = []
      for (const c of comments) {
        const n = this.numbers.get(c.id)!
        if (Math.min(c.to, length) === at) out.push(new CommentRangeEnd(n), new TextRun({ children: [new CommentReference(n)] }))
      }
      for (const c of comments) if (Math.min(c.from, length) === at) out.push(new CommentRangeStart(this.numbers.get(c.id)!))
      return out
    }
    const cuts = new Set(comments.flatMap(c => [Math.min(c.from, length), Math.min(c.to, length)]))
    const children: ParagraphChild[] = [...marks(0)]
    let offset = 0
    for (const piece of pieces) {
      let start = 0
      for (let i = 1; i <= piece.text.length; i++) {
        if (i < piece.text.length && !cuts.has(offset + i)) continue
        children.push(pieceRun(piece.note === undefined ? { ...piece, text: piece.text.slice(start, i) } : piece))
        start = i
        if (offset + i > 0) children.push(...marks(offset + i))
      }
      offset += piece.text.length
    }
    return children
  }

  /// The comments part's content.
  options(): ICommentsOptions {
    return {
      children: this.comments.map((c, i) => ({
        id: i,
        author: c.author,
        ...c.date ? { date: new Date(c.date) } : {},
        ...c.replyTo !== undefined && this.numbers.has(c.replyTo) ? { parentId: this.numbers.get(c.replyTo) } : {},
        ...c.resolved ? { resolved: true } : {},
        children: c.text.split('\n').map(line => new Paragraph(line))
      }))
    }
  }
}
