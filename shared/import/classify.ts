import { footnoteMark, type FootnoteDraft, type InlineDraft, type ParagraphDraft } from '../schema'
import { lexiconPhrase, openingPhraseLength } from '../style'
import { closingPunctuation, type TextBlock } from './joinLines'
import { readMarker, SubparagraphLevels } from './markers'
import { mayBePageText } from './pageArtefacts'
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

/// Whether a paragraph ends with a full stop (closing quotes, brackets and reference marks
/// aside): the last operative paragraph of a resolution ends so, the others with `;` (UN
/// Editorial Manual, resolutions), so a few words without a number after it may be its
/// page's rather than the resolution's (`T`, where an excerpt of a scribd.com page cuts
/// its own text after S/RES/1397 (2002) in Spanish).
function endsResolution(text: string): boolean {
  return closingPunctuation(text) === '.'
}

/// Decides what each joined block of a body or an annex is: a numbered paragraph (its
/// number gone), a subparagraph at the level its marker and the list before it say, or
/// an unnumbered paragraph. In the body an unnumbered paragraph is a PP before the first
/// OP and an OP after it (with a warning); in an annex it stays unnumbered (`pp`). What
/// `leaveOutPageText` may take away again is noted as it is read.
/// Negotiation labels decide the kind (`PP2.` a PP, `OP3.` an OP). A paragraph without a
/// marker in a list (after a lead-in ending with a colon, or after a subparagraph) is a
/// subparagraph whose marker a text extraction lost (A/RES/80/11 as extracted keeps `(ii)`
/// and `(e)`–`(h)` of OP1 and drops the rest): the next item at the current level, or the
/// first one level down after a colon, until a marker that is kept says how many items
/// its list had before it, which moves the unmarked items just before it to its level.
export class ParagraphClassifier {
  readonly paragraphs: ParagraphDraft[] = []
  /// The number of the first numbered paragraph, or null before there is one.
  first: number | null = null
  private levels = new SubparagraphLevels()
  private lastNumber = 0
  /// Indices in `paragraphs` of the subparagraphs read without a marker since the last
  /// kept marker.
  private unmarked: number[] = []
  /// The unnumbered paragraphs read since an operative paragraph that ended with a full
  /// stop, with their warnings, while all of them may be a page's text (`mayBePageText`);
  /// null once one is not, or no such end came.
  private tail: Array<{ index: number, warning: ImportWarning }> | null = null

  constructor(
    private readonly place: 'body' | 'annex',
    private readonly notes: NoteQueue,
    private readonly warnings: ImportWarning[]
  ) {}

  add(block: TextBlock): void {
    const marker = readMarker(block.text)
    const tail = this.tail
    this.tail = null
    const previous = this.paragraphs[this.paragraphs.length - 1]
    if (marker?.kind === 'op') {
      if (this.first === null) this.first = this.place === 'body' ? marker.number : 1
      const expected = this.lastNumber ? this.lastNumber + 1 : this.first
      if (marker.number !== expected)
        this.warnings.push({ line: block.line, message: `${this.place === 'annex' ? 'annex paragraph' : 'operative paragraph'} ${marker.number} follows ${this.lastNumber || 'the preamble'}; numbers are recalculated` })
      this.lastNumber = marker.number
      this.levels.reset()
      this.unmarked = []
      this.push('op', block.text.slice(marker.length))
      return
    }
    const afterColon = previous !== undefined && /:[”’"]?$/.test(previous.text)
    if (marker?.kind === 'sub' && previous) {
      const before = [0, 1, 2, 3, 4].map(l => this.levels.counter(l))
      const level = this.levels.levelOf(marker, afterColon)
      if (level !== null) {
        this.relevelUnmarked(level, this.levels.counter(level) - 1 - before[level])
        this.push('sub', block.text.slice(marker.length), this.levelAttrs(level))
        return
      }
    }
    if (!marker && this.lastNumber && previous && (afterColon || previous.kind === 'sub' && /[;:][”’"]?$/.test(previous.text))) {
      const level = this.levels.levelOfUnmarked(afterColon)
      this.warnings.push({ line: block.line, message: 'a paragraph without a marker in a list was taken as a subparagraph' })
      this.unmarked.push(this.paragraphs.length)
      this.push('sub', block.text, this.levelAttrs(level))
      return
    }
    this.unmarked = []
    const text = marker?.kind === 'pp' ? block.text.slice(marker.length) : block.text
    const kind = marker?.kind === 'pp' || this.place === 'annex' || !this.lastNumber ? 'pp' : 'op'
    if (kind === 'op') {
      const warning = { line: block.line, message: 'a paragraph without a number among the operative paragraphs was taken as a new operative paragraph' }
      this.warnings.push(warning)
      const ended = tail ?? (previous && previous.kind !== 'pp' && endsResolution(previous.text) ? [] : null)
      if (this.place === 'body' && !marker && ended && mayBePageText(block.text)) {
        ended.push({ index: this.paragraphs.length, warning })
        this.tail = ended
      }
    }
    this.levels.reset()
    this.push(kind, text)
  }

  /// A section heading came: what follows it is the text's, not a page's.
  sectionHeading(): void {
    this.tail = null
  }

  /// Take away the unnumbered paragraphs that came after the operative part ended with a
  /// full stop, when they end the body and each may be a page's own text: a website's
  /// words after a resolution copied from it. Their warnings say they were left out. For
  /// a whole resolution, once all of it is read; a paragraph followed by a numbered one,
  /// or among sentences, is the text's and stays.
  leaveOutPageText(): void {
    const tail = this.tail
    if (!tail?.length || tail[tail.length - 1].index !== this.paragraphs.length - 1) return
    for (const { index, warning } of tail)
      warning.message = `left out “${this.paragraphs[index].text.slice(0, 60)}”: the operative part ended with a full stop before it`
    this.paragraphs.splice(tail[0].index)
    this.tail = null
  }

  private levelAttrs(level: number): Partial<ParagraphDraft> {
    const listStyle = this.levels.styleOf(level)
    return listStyle ? { level, listStyle } : { level }
  }

  /// A kept marker at `level` says `missing` items of its list came before it unnoticed:
  /// the last unmarked subparagraphs, read one level deeper, are those items.
  private relevelUnmarked(level: number, missing: number): void {
    const moved = missing > 0 ? this.unmarked.slice(-missing) : []
    if (moved.length === missing && moved[0] === this.paragraphs.length - missing &&
      moved.every(i => (this.paragraphs[i].level ?? 0) > level))
      for (const i of moved) this.paragraphs[i] = { ...this.paragraphs[i], ...this.levelAttrs(level) }
    this.unmarked = []
  }

  private push(kind: ParagraphDraft['kind'], raw: string, extra: Partial<ParagraphDraft> = {}): void {
    const inline = this.notes.take(raw)
    const lead = this.place === 'annex' ? lexiconPhrase(inline.text, kind === 'op' ? 'op' : 'pp')?.length ?? 0 : openingPhraseLength(inline.text, kind)
    this.paragraphs.push({ kind, ...inline, lead: kind === 'sub' ? 0 : lead, ...extra })
  }
}
