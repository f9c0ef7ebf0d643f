import { AlignmentType, type IParagraphOptions, type IStylesOptions } from 'docx'
import type { Language, ParagraphKind } from '../../schema'
import { indentStep, typographyOf, type DocxLayout } from './layout'
import { operativeList, preambularList } from './numbering'

/// Paragraph style ids of a Penholder .docx. The reader tells the parts of a resolution
/// apart by them when a file comes back (shared/import/docx).
export const styleIds = {
  heading: 'PhHeading',
  organ: 'PhOrgan',
  pp: 'PhPreambular',
  op: 'PhOperative',
  sub: 'PhSubparagraph'
} as const

export const fontFamily = 'Times New Roman'

/// The document's styles: Times New Roman at the layout's size and spacing for every
/// paragraph; preambular paragraphs indented on their first line to where operative text
/// starts; no bold anywhere (un-resolution-style.md, "Word layout").
export function resolutionStyles(layout: DocxLayout): IStylesOptions {
  const t = typographyOf(layout)
  const spacing = { line: t.line, lineRule: t.lineRule, after: t.after, before: 0 }
  const paragraph = (id: keyof typeof styleIds, name: string, extra: IParagraphOptions = {}) => ({
    id: styleIds[id], name, basedOn: 'Normal', next: styleIds[id], quickFormat: true,
    paragraph: { spacing, alignment: AlignmentType.BOTH, ...extra }
  })
  return {
    default: { document: { run: { font: fontFamily, size: t.size }, paragraph: { spacing } } },
    paragraphStyles: [
      paragraph('heading', 'Resolution heading', { alignment: AlignmentType.LEFT, spacing: { ...spacing, after: 0 } }),
      paragraph('organ', 'Organ line', { alignment: AlignmentType.LEFT, spacing: { ...spacing, before: t.after } }),
      paragraph('pp', 'Preambular paragraph', { indent: { firstLine: indentStep * 2 } }),
      paragraph('op', 'Operative paragraph', { indent: { left: indentStep * 2, hanging: indentStep } }),
      paragraph('sub', 'Subparagraph')
    ]
  }
}

/// Style and list of each paragraph in document order. Operative paragraphs share one
/// list (none when there is a lone operative paragraph, which is not numbered); their
/// subparagraphs are its lower levels, which Word restarts after each higher level; each
/// preambular paragraph's subparagraphs are a list of their own.
export class ParagraphFormatter {
  private preambularLists = 0
  private part: 'pp' | 'op' = 'pp'

  constructor(readonly lang: Language, private readonly numberOperatives: boolean) {}

  /// Options for a PP, OP or subparagraph at `level` (1…4; 0 for a PP or OP).
  format(kind: ParagraphKind, level: number): IParagraphOptions {
    if (kind !== 'sub') this.part = kind
    if (kind === 'pp') { this.preambularLists++; return { style: styleIds.pp } }
    if (kind === 'op') {
      return this.numberOperatives
        ? { style: styleIds.op, numbering: { reference: operativeList, level: 0, instance: 0, custom: true } }
        : { style: styleIds.op }
    }
    const numbering = this.part === 'op'
      ? { reference: operativeList, level, instance: 0, custom: true }
      : { reference: preambularList, level, instance: this.preambularLists, custom: true }
    return { style: styleIds.sub, numbering }
  }
}
