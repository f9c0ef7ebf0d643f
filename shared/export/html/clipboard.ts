import type { Node } from 'prosemirror-model'
import { forEachParagraph, labelParagraphs, paragraphKind } from '../../schema'
import { exportPlainText } from '../plainText'
import { textPieces } from '../docx/runs'
import { escapeXml } from '../akn/xmlText'
import { resolutionHtml } from './exportHtml'

/// What a copy puts on the clipboard: HTML and plain text.
export interface ClipboardContent {
  html: string
  text: string
}

/// A selection of a resolution as Word and LibreOffice paste it: each paragraph the
/// selection starts before keeps its number as text and a tab (`1.`⇥, `(a)`⇥; CSS counters
/// draw them in the editor, so a plain copy loses them), opening phrases stay italic, and
/// a selection of the whole document brings the heading and the organ line with its
/// comma. `from`/`to` are document positions; a selection inside one paragraph copies its
/// words alone. Footnote references are left out of a partial copy.
export function selectionForWord(doc: Node, from: number, to: number): ClipboardContent {
  if (from <= doc.child(0).nodeSize && to >= doc.content.size - 1) {
    return { html: wrap(resolutionHtml(doc)), text: exportPlainText(doc) }
  }
  const labels = labelParagraphs(doc)
  const html: string[] = [], text: string[] = []
  let i = 0
  forEachParagraph(doc, (node, pos) => {
    const label = labels[i++]
    const start = pos + 1, end = start + node.content.size
    if (end < from || start > to) return
    const pieces = textPieces(node, Math.max(0, from - start), Math.min(node.content.size, to - start)).filter(p => p.note === undefined)
    const number = from <= start ? label.number : ''
    const kind = paragraphKind(node)!
    html.push(`<p class="${kind === 'sub' ? `sub level-${label.level}` : kind}">${number ? `${escapeXml(number)}<span style="mso-tab-count:1">\t</span>` : ''}` +
      pieces.map(p => p.italic ? `<i>${escapeXml(p.text)}</i>` : escapeXml(p.text)).join('') + '</p>')
    text.push((number ? `${number}\t` : '') + pieces.map(p => p.text).join(''))
  })
  return { html: wrap(html.join('\n')), text: text.join('\n') }
}

/// An HTML document of the kind Word reads from the clipboard: Times New Roman, the
/// hanging numbers as text.
function wrap(body: string): string {
  return `<html><head><meta charset="utf-8"></head><body style="font-family:'Times New Roman',serif">\n${body}\n</body></html>`
}
