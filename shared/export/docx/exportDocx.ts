import type { Node } from 'prosemirror-model'
import { Paragraph, TextRun } from 'docx'
import { forEachParagraph, paragraphKind, type ResolutionMeta } from '../../schema'
import { headingLines } from '../headingLines'
import type { DocxOptions } from './layout'
import { ParagraphFormatter, styleIds } from './paragraphStyles'
import { textPieces } from './runs'
import { pieceRun } from './revisionMarkup'
import { packageResolution } from './package'

/// A resolution as a clean .docx: the heading block, the organ line (with its comma when
/// a preamble follows), preambular paragraphs with italic opening phrases, operative
/// paragraphs and subparagraphs on real Word lists, in Times New Roman, in the layout and
/// paper of `options`. Returns the bytes of the file.
export async function exportDocx(doc: Node, options: DocxOptions = {}): Promise<Uint8Array> {
  const meta = doc.firstChild!.attrs as ResolutionMeta
  const body = [...frontMatter(doc).map(line => new Paragraph(lineOptions(line)))]
  const formatter = new ParagraphFormatter(meta.lang, operativeCount(doc) > 1)
  forEachParagraph(doc, node => {
    const kind = paragraphKind(node)!
    body.push(new Paragraph({
      ...formatter.format(kind, kind === 'sub' ? node.attrs.level : 0),
      children: textPieces(node).map(pieceRun)
    }))
  })
  return packageResolution(meta, body, options)
}

/// A line above the preamble: a heading line or the organ line.
export interface FrontLine {
  readonly style: typeof styleIds.heading | typeof styleIds.organ
  readonly text: string
}

/// The heading lines and the organ line of a document, as the plain-text export prints them.
export function frontMatter(doc: Node): FrontLine[] {
  const organ = doc.child(1).textContent
  const lines: FrontLine[] = headingLines(doc.firstChild!.attrs as ResolutionMeta, organ)
    .map(text => ({ style: styleIds.heading, text }))
  if (organ) lines.push({ style: styleIds.organ, text: doc.child(2).childCount > 0 ? `${organ},` : organ })
  return lines
}

export function lineOptions(line: FrontLine) {
  return { style: line.style, children: [new TextRun(line.text)] }
}

export function operativeCount(doc: Node): number {
  return doc.child(3).content.content.filter(n => n.type.name === 'operative_paragraph').length
}
