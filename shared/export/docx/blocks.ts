import type { Node } from 'prosemirror-model'
import {
  annexCaption, forEachPartChild, labelParagraphs, paragraphKind, schema, type ResolutionMeta
} from '../../schema'
import { closingLines, headingLines } from '../headingLines'
import type { ListItem } from './numbering'
import { styleIds } from './paragraphStyles'
import { textPieces, type TextPiece } from './runs'

/// A block of the Word body after the organ line: a paragraph on the lists, or a line
/// with a fixed style (section heading, annex caption and title, closing line).
export type Block =
  | { readonly kind: 'paragraph', readonly node: Node, readonly item: ListItem }
  | { readonly kind: 'line', readonly style: string, readonly pieces: TextPiece[] }

/// A line above the preamble: a heading line or the organ line.
export interface FrontLine {
  readonly style: typeof styleIds.heading | typeof styleIds.organ
  readonly text: string
}

/// The heading lines and the organ line of a document (with its comma when a preamble
/// follows), as the plain-text export prints them.
export function frontMatter(doc: Node): FrontLine[] {
  const organ = doc.child(1).textContent
  const lines: FrontLine[] = headingLines(doc.firstChild!.attrs as ResolutionMeta, organ)
    .map(text => ({ style: styleIds.heading, text }))
  if (organ) lines.push({ style: styleIds.organ, text: doc.child(2).childCount > 0 ? `${organ},` : organ })
  return lines
}

const plain = (text: string): TextPiece[] => text ? [{ text, italic: false }] : []

/// The blocks of a document below the organ line, in reading order: the body's
/// paragraphs and section headings (`I. Title`), the General Assembly's closing line,
/// then each annex's caption (`Annex II`), title, paragraphs and sections.
export function resolutionBlocks(doc: Node): Block[] {
  const meta = doc.firstChild!.attrs as ResolutionMeta
  const organ = doc.child(1).textContent
  const labels = labelParagraphs(doc)
  const annexCount = doc.childCount - 4
  const blocks: Block[] = []
  const closing = () => { for (const line of closingLines(meta, organ)) blocks.push({ kind: 'line', style: styleIds.closing, pieces: plain(line) }) }
  let paragraph = 0
  let annex = 0
  forEachPartChild(doc, (node, _pos, part) => {
    if (part.annex !== annex) {
      if (annex === 0) closing()
      annex = part.annex
      blocks.push({ kind: 'line', style: styleIds.annex, pieces: plain(annexCaption(annex, annexCount, meta.lang)) })
    }
    const kind = paragraphKind(node)
    if (kind) {
      const label = labels[paragraph++]
      blocks.push({
        kind: 'paragraph', node,
        item: { kind, level: label.level, listStyle: kind === 'sub' ? node.attrs.listStyle ?? null : null, annex: part.annex, numbered: label.number !== '' }
      })
    } else if (node.type === schema.nodes.section_heading) {
      const number: string = node.attrs.number
      const title = textPieces(node)
      blocks.push({ kind: 'line', style: styleIds.section, pieces: [...plain(number && title.length ? `${number}. ` : number), ...title] })
    } else {
      blocks.push({ kind: 'line', style: styleIds.annexTitle, pieces: textPieces(node) })
    }
  })
  if (annex === 0) closing()
  return blocks
}
