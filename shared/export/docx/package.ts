import {
  AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun, type ICommentsOptions, type INumberingOptions
} from 'docx'
import type { ResolutionMeta } from '../../schema'
import { paperSizes, type DocxOptions } from './layout'
import { resolutionStyles, styleIds } from './paragraphStyles'

/// Page margins in twips: 2.5 cm all round, with header and footer 1.25 cm from the edge.
const margin = 1418
const headerDistance = 709

/// The title in the document properties: the resolution's title where its organ's texts
/// carry one, or else its symbol.
export function propertiesTitle(meta: ResolutionMeta): string {
  return meta.title || meta.symbol
}

/// Wrap body paragraphs into a .docx file: styles, the lists' `numbering` definitions, page size and,
/// in the official layout, the running head with the symbol (from page 2, as UN documents
/// print it) and the page `n/N` footer. Properties: title, the symbol as subject and as the
/// custom property `Symbol`, and `options.author` (empty when not given) as creator and
/// last editor. Returns the bytes of the .docx (a zip, ECMA-376 Part 2).
export async function packageResolution(
  meta: ResolutionMeta, body: Paragraph[], numbering: INumberingOptions, options: DocxOptions,
  extra: { trackRevisions?: boolean, comments?: ICommentsOptions } = {}
): Promise<Uint8Array> {
  const layout = options.layout ?? 'draft'
  const page = paperSizes[options.paper ?? 'a4']
  const author = options.author?.trim() ?? ''
  const official = layout === 'official'
  const document = new Document({
    title: propertiesTitle(meta),
    subject: meta.symbol,
    creator: author,
    lastModifiedBy: author,
    description: '',
    customProperties: meta.symbol ? [{ name: 'Symbol', value: meta.symbol }] : [],
    styles: resolutionStyles(layout),
    numbering,
    features: extra.trackRevisions ? { trackRevisions: true } : undefined,
    comments: extra.comments,
    sections: [{
      properties: {
        page: {
          size: page,
          margin: { top: margin, bottom: margin, left: margin, right: margin, header: headerDistance, footer: headerDistance }
        },
        titlePage: official
      },
      headers: official ? {
        default: new Header({ children: [new Paragraph({ style: styleIds.heading, alignment: AlignmentType.RIGHT, children: [new TextRun(meta.symbol)] })] }),
        first: new Header({ children: [] })
      } : undefined,
      footers: official ? {
        default: pageFooter(),
        first: pageFooter()
      } : undefined,
      children: body
    }]
  })
  return Packer.pack(document, 'uint8array')
}

/// `n/N`, centred: the page number of the UN layout.
function pageFooter(): Footer {
  return new Footer({
    children: [new Paragraph({
      style: styleIds.heading,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] })]
    })]
  })
}
