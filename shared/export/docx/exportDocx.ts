import type { Node } from 'prosemirror-model'
import { Paragraph, TextRun } from 'docx'
import type { ResolutionMeta } from '../../schema'
import type { DocxOptions } from './layout'
import { assignLists, type ListItem } from './numbering'
import { pieceRun } from './revisionMarkup'
import { frontMatter, resolutionBlocks } from './blocks'
import { textPieces } from './runs'
import { packageResolution } from './package'
import { WordComments } from './comments'

/// The media type of a .docx file (ECMA-376 Part 2, Open Packaging Conventions; IANA).
export const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/// A resolution as a clean .docx: the heading block, the organ line (with its comma when
/// a preamble follows), preambular paragraphs with italic opening phrases, operative
/// paragraphs and subparagraphs on real Word lists, section headings, footnotes as Word
/// footnotes, the closing line and the annexes, in Times New Roman, in the layout and
/// paper of `options`, with `options.comments` as Word comments. Returns the bytes of the
/// file.
export async function exportDocx(doc: Node, options: DocxOptions = {}): Promise<Uint8Array> {
  const meta = doc.firstChild!.attrs as ResolutionMeta
  const blocks = resolutionBlocks(doc)
  const items: ListItem[] = []
  for (const block of blocks) if (block.kind === 'paragraph') items.push(block.item)
  const { formats, numbering } = assignLists(items, meta.lang, doc.child(3).attrs.start ?? 1)
  const body = frontMatter(doc).map(line => new Paragraph({ style: line.style, children: [new TextRun(line.text)] }))
  const comments = new WordComments(options.comments ?? [])
  let i = 0
  for (const block of blocks) {
    body.push(block.kind === 'paragraph'
      ? new Paragraph({ ...formats[i++], children: comments.runs(block.node.attrs.pid, textPieces(block.node)) })
      : new Paragraph({ style: block.style, children: block.pieces.map(pieceRun) }))
  }
  return packageResolution(meta, body, numbering, options, { comments: comments.options() })
}
