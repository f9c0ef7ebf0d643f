import { BuilderElement, FootnoteReferenceRun, Paragraph, TextRun, type ParagraphChild, type XmlComponent } from 'docx'
import type { TextPiece } from './runs'
import { footnoteTextStyle } from './paragraphStyles'

/// Who made a revision and when: `w:author` and `w:date` of ECMA-376 17.13.4.2 (`date` in
/// ISO 8601, to the second).
export interface RevisionSignature {
  readonly author: string
  readonly date: string
}

/// Hands out revision ids: each `w:ins`, `w:del` and tracked paragraph mark of a document
/// needs its own (ECMA-376 17.13.4.2, `w:id` "shall be unique").
export class RevisionIds {
  private last = 0

  /// The attributes of the next revision, for the docx library's `insertion`/`deletion`
  /// options of a paragraph mark.
  next(signature: RevisionSignature): { id: number, author: string, date: string } {
    return { id: ++this.last, author: signature.author, date: signature.date }
  }

  /// How many revisions were handed out.
  get count(): number { return this.last }
}

/// `w:delText` keeps its spaces like `w:t` does.
class DeletedText extends BuilderElement {
  constructor(text: string) {
    super({ name: 'w:delText', attributes: { space: { key: 'xml:space', value: 'preserve' } } })
    this.root.push(text)
  }
}

function italicProperties(): XmlComponent {
  return new BuilderElement({ name: 'w:rPr', children: [new BuilderElement({ name: 'w:i' }), new BuilderElement({ name: 'w:iCs' })] })
}

/// A run with the look of its piece: italic or roman, or a footnote reference carrying
/// its note, which Word numbers. The note is in Word's `FootnoteText` style, a space
/// after its number as Word itself writes one.
export function pieceRun(piece: TextPiece): TextRun {
  if (piece.note !== undefined) return new FootnoteReferenceRun({ children: [new Paragraph({ style: footnoteTextStyle, children: [new TextRun(` ${piece.note}`)] })] })
  return new TextRun(piece.italic ? { text: piece.text, italics: true } : piece.text)
}

/// One revision holding several runs, so that one edit is one `w:ins` or `w:del` whatever
/// looks its words have (the docx library wraps a single run in each): inserted runs as
/// they are, deleted runs with their text in `w:delText` (ECMA-376 17.13.5.14, 17.3.3.7).
export function trackedRuns(kind: 'ins' | 'del', pieces: readonly TextPiece[], ids: RevisionIds, signature: RevisionSignature): ParagraphChild {
  const { id, author, date } = ids.next(signature)
  const runs: XmlComponent[] = pieces.map(piece => kind === 'ins' || piece.note !== undefined ? pieceRun(piece)
    : new BuilderElement({ name: 'w:r', children: piece.italic ? [italicProperties(), new DeletedText(piece.text)] : [new DeletedText(piece.text)] }))
  return new BuilderElement({
    name: `w:${kind}`,
    attributes: {
      id: { key: 'w:id', value: id },
      author: { key: 'w:author', value: author },
      date: { key: 'w:date', value: date }
    },
    children: runs
  }) as unknown as ParagraphChild
}
