import type { Node } from 'prosemirror-model'
import { labelParagraphs, type ResolutionMeta } from '../../schema'
import { frontMatter, resolutionBlocks } from '../docx/blocks'
import { styleIds } from '../docx/paragraphStyles'
import { textPieces, type TextPiece } from '../docx/runs'
import { escapeXml } from '../akn/xmlText'

/// The page's type, after the Word export's draft layout and the print stylesheet: A4 with
/// 2.5 cm margins, Times New Roman 12 pt on 1.5 lines, numbers hanging in front of the
/// text, subparagraphs indented by level, annexes on a new page.
const pageStyle = `@page { size: A4; margin: 2.5cm; }
body { margin: 0 auto; max-width: 16cm; font: 12pt/1.5 "Times New Roman", Times, serif; color: #000; background: #fff; }
p { margin: 0 0 12pt; text-align: justify; }
.heading { margin: 0; text-align: left; }
.organ { margin-top: 12pt; }
.pp { text-indent: 2cm; }
.op, .sub { padding-left: 2cm; text-indent: -1cm; }
.sub.level-2 { padding-left: 3cm; } .sub.level-3 { padding-left: 4cm; } .sub.level-4 { padding-left: 5cm; }
.num { display: inline-block; min-width: 1cm; text-indent: 0; }
.section, .annex, .annex-title { text-align: center; font-size: inherit; font-weight: normal; }
.annex { break-before: page; }
.closing { text-align: right; margin: 0; }
.notes { border-top: 1px solid #000; width: 5cm; padding-top: 6pt; font-size: 10pt; }
.notes p { text-align: left; margin: 0 0 3pt; }`

const classOf: Record<string, string> = {
  [styleIds.section]: 'section',
  [styleIds.annex]: 'annex',
  [styleIds.annexTitle]: 'annex-title',
  [styleIds.closing]: 'closing'
}

/// The resolution as one HTML page, the paper alone, as the print stylesheet prints it:
/// heading lines, organ line, paragraphs with their numbers as text followed by a tab (so
/// that Word and LibreOffice keep them when the page is opened or pasted), italic opening
/// phrases, section headings, closing line, annexes, and footnotes as numbered notes
/// after the body and after each annex. `lang` is the document's language.
export function exportHtml(doc: Node): string {
  const meta = doc.firstChild!.attrs as ResolutionMeta
  return `<!doctype html>\n<html lang="${meta.lang}">\n<head>\n<meta charset="utf-8">\n<title>${escapeXml(meta.title || meta.symbol || 'Resolution')}</title>\n` +
    `<style>\n${pageStyle}\n</style>\n</head>\n<body>\n${resolutionHtml(doc)}</body>\n</html>\n`
}

/// The body of `exportHtml`: the blocks of the resolution as paragraphs, one a line.
export function resolutionHtml(doc: Node): string {
  const labels = labelParagraphs(doc)
  const lines: string[] = frontMatter(doc).map(line => `<p class="${line.style === styleIds.organ ? 'organ' : 'heading'}">${escapeXml(line.text)}</p>`)
  let notes: string[] = []
  let count = 0
  const flush = () => {
    if (notes.length) lines.push(`<div class="notes">${notes.join('')}</div>`)
    notes = []
  }
  const inline = (pieces: readonly TextPiece[]) => pieces.map(piece => {
    if (piece.note === undefined) return piece.italic ? `<i>${escapeXml(piece.text)}</i>` : escapeXml(piece.text)
    const n = ++count
    notes.push(`<p id="note-${n}"><sup>${n}</sup> ${escapeXml(piece.note)}</p>`)
    return `<sup><a href="#note-${n}">${n}</a></sup>`
  }).join('')
  let paragraph = 0
  for (const block of resolutionBlocks(doc)) {
    if (block.kind === 'line') {
      if (block.style === styleIds.annex || block.style === styleIds.closing) flush()
      lines.push(`<p class="${classOf[block.style]}">${inline(block.pieces)}</p>`)
      continue
    }
    const { number } = labels[paragraph++]
    const { kind, level } = block.item
    const className = kind === 'sub' ? `sub level-${level}` : kind
    const num = number ? `<span class="num">${escapeXml(number)}</span><span style="mso-tab-count:1">\t</span>` : ''
    lines.push(`<p class="${className}">${num}${inline(textPieces(block.node))}</p>`)
  }
  flush()
  return lines.join('\n') + '\n'
}
