import { AlignmentType, type IParagraphOptions, type IStylesOptions } from 'docx'
import { indentStep, typographyOf, type DocxLayout } from './layout'

/// Paragraph style ids of a Penholder .docx. The reader tells the parts of a resolution
/// apart by them when a file comes back (shared/import/docx).
export const styleIds = {
  heading: 'PhHeading',
  organ: 'PhOrgan',
  pp: 'PhPreambular',
  op: 'PhOperative',
  sub: 'PhSubparagraph',
  section: 'PhSection',
  annex: 'PhAnnexCaption',
  annexTitle: 'PhAnnexTitle',
  closing: 'PhClosing'
} as const

export const fontFamily = 'Times New Roman'

/// Word's built-in style of a footnote's text (ECMA-376 17.7.4; the docx library defines it).
export const footnoteTextStyle = 'FootnoteText'

/// The document's styles: Times New Roman at the layout's size and spacing for every
/// paragraph; preambular paragraphs indented on their first line to where operative text
/// starts; section headings and annex captions and titles centred, and in the official
/// layout each annex on a new page; footnotes smaller (`noteSize`: 9 pt on 10 pt in the
/// official layout, 10 pt in the draft); no bold anywhere (un-resolution-style.md, "Word
/// layout").
export function resolutionStyles(layout: DocxLayout): IStylesOptions {
  const t = typographyOf(layout)
  const spacing = { line: t.line, lineRule: t.lineRule, after: t.after, before: 0 }
  const paragraph = (id: keyof typeof styleIds, name: string, extra: IParagraphOptions = {}) => ({
    id: styleIds[id], name, basedOn: 'Normal', next: styleIds[id], quickFormat: true,
    paragraph: { spacing, alignment: AlignmentType.BOTH, ...extra }
  })
  return {
    default: {
      document: { run: { font: fontFamily, size: t.size }, paragraph: { spacing } },
      footnoteText: { run: { size: t.noteSize }, paragraph: { spacing: { line: t.noteLine, lineRule: t.lineRule, after: 0, before: 0 }, alignment: AlignmentType.BOTH } }
    },
    paragraphStyles: [
      paragraph('heading', 'Resolution heading', { alignment: AlignmentType.LEFT, spacing: { ...spacing, after: 0 } }),
      paragraph('organ', 'Organ line', { alignment: AlignmentType.LEFT, spacing: { ...spacing, before: t.after } }),
      paragraph('pp', 'Preambular paragraph', { indent: { firstLine: indentStep * 2 } }),
      paragraph('op', 'Operative paragraph', { indent: { left: indentStep * 2, hanging: indentStep } }),
      paragraph('sub', 'Subparagraph'),
      paragraph('section', 'Section heading', { alignment: AlignmentType.CENTER, keepNext: true }),
      paragraph('annex', 'Annex caption', { alignment: AlignmentType.CENTER, keepNext: true, pageBreakBefore: layout === 'official' }),
      paragraph('annexTitle', 'Annex title', { alignment: AlignmentType.CENTER, keepNext: true }),
      paragraph('closing', 'Closing line', { alignment: AlignmentType.RIGHT, spacing: { ...spacing, after: 0 } })
    ]
  }
}
