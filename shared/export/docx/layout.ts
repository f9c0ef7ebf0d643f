import type { DocumentComment } from '../../file'

/// The two page layouts of a Word export. `draft` is how delegations circulate a text
/// (12 pt, 1.5 lines); `official` the typeset UN document (10 pt on 12 pt leading, about
/// 6 pt between paragraphs, running head with the symbol, page `n/N` footer), after
/// un-resolution-style.md, "Word layout".
export type DocxLayout = 'draft' | 'official'

export type DocxPaper = 'a4' | 'letter'

export const docxLayouts: readonly DocxLayout[] = ['draft', 'official']
export const docxPapers: readonly DocxPaper[] = ['a4', 'letter']

/// What a Word export of a resolution is made with.
export interface DocxOptions {
  /// Default `draft`.
  layout?: DocxLayout
  /// Default `a4`.
  paper?: DocxPaper
  /// The author written into the document properties (and, in a redline, into revisions
  /// that have no proposer). Default: none. Never taken from the machine.
  author?: string
  /// Comments to write as Word comments, anchored to paragraphs of the exported text by
  /// id (shared/file's comments on the current text). Clean export only.
  comments?: readonly DocumentComment[]
}

/// Type sizes and spacing of a layout. Sizes in half-points, spacing in twentieths of a
/// point (twips), as WordprocessingML stores them (ECMA-376 17.3.2.38, 17.3.1.33).
export interface Typography {
  readonly size: number
  /// Line pitch: `exact` twips in the official layout, a 240ths-of-a-line multiple in the
  /// draft layout (`auto`).
  readonly line: number
  readonly lineRule: 'exact' | 'auto'
  /// Space after each paragraph, in twips.
  readonly after: number
  /// Footnote text size (half-points) and line pitch (same rule as `line`): 9 pt on 10 pt
  /// in the official layout, 10 pt on single lines in the draft.
  readonly noteSize: number
  readonly noteLine: number
}

export function typographyOf(layout: DocxLayout): Typography {
  return layout === 'official'
    ? { size: 20, line: 240, lineRule: 'exact', after: 120, noteSize: 18, noteLine: 200 }
    : { size: 24, line: 360, lineRule: 'auto', after: 240, noteSize: 20, noteLine: 240 }
}

/// Page sizes in twips: A4 is 210 × 297 mm (ISO 216), Letter 8.5 × 11 in.
export const paperSizes: Record<DocxPaper, { width: number, height: number }> = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 }
}

/// Left indent in twips of each numbering level and of the text of a preambular
/// paragraph: 1 cm steps (567 twips), the number hanging one step to the left of its text.
export const indentStep = 567
