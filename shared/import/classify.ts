import { footnoteMark, type FootnoteDraft, type InlineDraft, type ParagraphDraft } from '../schema'
import { lexiconPhrase, openingPhraseLength } from '../style'
import type { TextBlock } from './joinLines'
import { readMarker, SubparagraphLevels } from './markers'
import type { ImportWarning } from './importResolution'

/// The footnotes of a body or annex in the order of their reference marks, handed out as
/// the marks are met.
export class NoteQueue {
  private next = 0
  constructor(private readonly notes: readonly string[]) {}

  /// `text` without its reference marks (`footnoteMark`), trimmed, with the note of each
  /// mark at its offset in the result.
  take(raw: string): InlineDraft {
    const text = raw.trim()
    if (!text.includes(footnoteMark)) return { text }
    const footnotes: FootnoteDraft[] = []
    const parts = text.split(footnoteMark)
    let clean = ''
    parts.forEach((part, i) => {
      if (i > 0) footnotes.push({ at: clean.length, text: this.notes[this.next++] ?? '' })
      clean += part
    })
    const trimmed = clean.trimEnd()
    return { text: trimmed, footnotes: footnotes.map(f => ({ ...f, at: Math.min(f.at, trimmed.length) })) }
  }
}

/// Decides what each joined block of a body or an annex is: a numbered paragraph (its
/// number gone), a subparagraph at the level its marker and the list before it say, or
/// an unnumbered paragraph. In the body an unnumbered paragraph is a PP before the first
/// OP and an OP after it (with a warning); in an annex it stays unnumbered (`pp`).
/// Negotiation labels decide the kind (`PP2.` a PP, `OP3.` an OP).
export class ParagraphClassifier {
  readonly paragraphs: ParagraphDraft[] = []
  /// The number of the first numbered paragraph, or null before there is one.
  first: number | null = null
  private levels = new SubparagraphLevels()
  private lastNumber = 0

  constructor(
    private readonly place: 'body' | 'annex',
    private readonly notes: NoteQueue,
    private readonly warnings: ImportWarning[]
  ) {}

  add(block: TextBlock): void {
    const marker = readMarker(block.text)
    const previous = this.paragraphs[this.paragraphs.length - 1]
    if (marker?.kind === 'op') {
      if (this.first === null) this.first = this.place === 'body' ? marker.number : 1
      const expected = this.lastNumber ? this.lastNumber + 1 : this.first
      if (marker.number !== expected)
        this.warnings.push({ line: block.line, message: `${this.place === 'annex' ? 'annex paragraph' : 'operative paragraph'} ${marker.number} follows ${this.lastNumber || 'the preamble'}; numbers are recalculated` })
      this.lastNumber = marker.number
      this.levels.reset()
      this.push('op', block.text.slice(marker.length))
      return
    }
    if (marker?.kind === 'sub' && previous) {
      const level = this.levels.levelOf(marker, /:[”’"]?$/.test(previous.text))
      if (level !== null) {
        const listStyle = this.levels.styleOf(level)
        this.push('sub', block.text.slice(marker.length), listStyle ? { level, listStyle } : { level })
        return
      }
    }
    const text = marker?.kind === 'pp' ? block.text.slice(marker.length) : block.text
    const kind = marker?.kind === 'pp' || this.place === 'annex' || !this.lastNumber ? 'pp' : 'op'
    if (kind === 'op')
      this.warnings.push({ line: block.line, message: 'a paragraph without a number among the operative paragraphs was taken as a new operative paragraph' })
    this.levels.reset()
    this.push(kind, text)
  }

  private push(kind: ParagraphDraft['kind'], raw: string, extra: Partial<ParagraphDraft> = {}): void {
    const inline = this.notes.take(raw)
    const lead = this.place === 'annex' ? lexiconPhrase(inline.text, kind === 'op' ? 'op' : 'pp')?.length ?? 0 : openingPhraseLength(inline.text, kind)
    this.paragraphs.push({ kind, ...inline, lead: kind === 'sub' ? 0 : lead, ...extra })
  }
}
