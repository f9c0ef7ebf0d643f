import type { Node } from 'prosemirror-model'
import { labelParagraphs, type ResolutionMeta } from '../schema'
import { headingLines } from './headingLines'

export interface PlainTextOptions {
  /// Windows line endings, for tools that still want them.
  crlf?: boolean
  /// Turn the non-breaking hyphens of press-release texts (U+2011) into plain hyphens.
  plainHyphens?: boolean
}

/// The resolution as Word-ready plain text: heading lines, the organ line (with its comma
/// when a preamble follows), the preambular paragraphs, the operative paragraphs as `N.`
/// and a tab, subparagraphs as `(a)` and a tab, one blank line between paragraphs, a final
/// newline. The importer reads it back to the same document.
export function exportPlainText(doc: Node, options: PlainTextOptions = {}): string {
  const meta = doc.firstChild!.attrs as ResolutionMeta
  const organ = doc.child(1).textContent
  const hasPreamble = doc.child(2).childCount > 0
  const blocks: string[] = []
  const heading = headingLines(meta, organ)
  if (heading.length) blocks.push(heading.join('\n'))
  if (organ) blocks.push(hasPreamble ? `${organ},` : organ)
  const labels = labelParagraphs(doc)
  let i = 0
  doc.child(2).forEach(node => blocks.push(paragraphLine(labels[i++].number, node.textContent)))
  doc.child(3).forEach(node => blocks.push(paragraphLine(labels[i++].number, node.textContent)))
  let text = blocks.join('\n\n') + '\n'
  if (options.plainHyphens) text = text.replace(/\u2011/g, '-')
  if (options.crlf) text = text.replace(/\n/g, '\r\n')
  return text
}

function paragraphLine(number: string, text: string): string {
  return number ? `${number}\t${text}` : text
}
