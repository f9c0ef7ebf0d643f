import type { Node } from 'prosemirror-model'
import { annexCaption, forEachPartChild, labelParagraphs, paragraphKind, schema, sectionText, type ResolutionMeta } from '../schema'
import { closingLines, headingLines } from './headingLines'

export interface PlainTextOptions {
  /// Windows line endings, for tools that still want them.
  crlf?: boolean
  /// Turn the non-breaking hyphens of press-release texts (U+2011) into plain hyphens.
  plainHyphens?: boolean
}

/// The line that opens a block of footnotes, as UN documents print a short rule above
/// the notes at the foot of a page.
export const footnoteRule = '______________'

/// The resolution as Word-ready plain text: heading lines, the organ line (with its comma
/// when a preamble follows), the preambular paragraphs, the operative paragraphs as `N.`
/// and a tab, subparagraphs as `(a)` and a tab, section headings as printed on one line
/// (`I. Title`), one blank line between blocks, a final newline. Footnote references
/// are their numbers right after the text they follow (`2025,1`), numbered through the
/// whole document; the body's notes follow its last paragraph below a rule, one per line
/// (`1 See …`), as in a PDF copy of the UN text, and each annex's notes follow that annex.
/// After the body's notes comes the General Assembly's closing line (meeting and date),
/// then each annex under its caption (`Annex`, `Annex II`) and title. The importer reads
/// it back to the same document.
export function exportPlainText(doc: Node, options: PlainTextOptions = {}): string {
  const meta = doc.firstChild!.attrs as ResolutionMeta
  const organ = doc.child(1).textContent
  const blocks: string[] = []
  const heading = headingLines(meta, organ)
  if (heading.length) blocks.push(heading.join('\n'))
  if (organ) blocks.push(doc.child(2).childCount > 0 ? `${organ},` : organ)
  const labels = labelParagraphs(doc)
  const annexCount = doc.childCount - 4
  let paragraph = 0
  let footnote = 0
  let notes: string[] = []
  let annex = 0
  // The body's notes, then its closing line, before the first annex; an annex's notes
  // before the next.
  const close = () => {
    if (notes.length) blocks.push([footnoteRule, ...notes].join('\n'))
    notes = []
    const closing = annex ? [] : closingLines(meta, organ)
    if (closing.length) blocks.push(closing.join('\n'))
  }
  const textOf = (block: Node): string => {
    let text = ''
    block.forEach(child => {
      if (child.type !== schema.nodes.footnote) { text += child.text; return }
      text += String(++footnote)
      notes.push(`${footnote} ${child.attrs.text}`)
    })
    return text
  }
  forEachPartChild(doc, (node, _pos, where) => {
    if (where.annex !== annex) {
      close()
      annex = where.annex
    }
    if (paragraphKind(node)) blocks.push(paragraphLine(labels[paragraph++].number, textOf(node)))
    else if (node.type === schema.nodes.section_heading) blocks.push(sectionText(node.attrs.number, textOf(node)))
    else blocks.push(annexCaption(where.annex, annexCount, meta.lang), textOf(node))
  })
  close()
  let text = blocks.join('\n\n') + '\n'
  if (options.plainHyphens) text = text.replace(/\u2011/g, '-')
  if (options.crlf) text = text.replace(/\n/g, '\r\n')
  return text
}

function paragraphLine(number: string, text: string): string {
  return number ? `${number}\t${text}` : text
}
