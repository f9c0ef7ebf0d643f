import { maxParagraphLength } from '../schema'

/// A paragraph longer than any real one (`maxParagraphLength`, 100,000 characters) in a
/// text being imported or pasted. Thrown from where the importer joins lines into
/// paragraphs, the one step text import, Word import and paste all go through, so that
/// no later step spends time on it; the importer and the paste turn it into their
/// one-line refusal. The message names the paragraph by the line it starts on (by its
/// ordinal where there are no lines, in pasted HTML) and states the bound, not the
/// length, which differs by the quotation marks a press release wraps around it.
export class OverlongParagraph extends Error {
  constructor(readonly ordinal: number, readonly length: number, readonly line?: number) {
    super(`${line ? `line ${line}` : `paragraph ${ordinal}`}: a paragraph of more than the ${maxParagraphLength.toLocaleString('en')} characters a paragraph may hold`)
  }
}

/// Counts the paragraphs of one text as they are read, from 1, and refuses one whose text
/// (its marker left out) is longer than `maxParagraphLength` UTF-16 code units by
/// throwing `OverlongParagraph` with its ordinal and the line it starts on.
export class ParagraphCount {
  private count = 0

  check(text: string, marker: { length: number } | null, line?: number): void {
    this.count++
    const length = text.length - (marker?.length ?? 0)
    if (length > maxParagraphLength) throw new OverlongParagraph(this.count, length, line)
  }
}
