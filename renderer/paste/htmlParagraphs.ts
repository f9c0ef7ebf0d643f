import { DOMParser as ProseMirrorParser, Schema, type Node as PMNode } from 'prosemirror-model'
import type { PastedParagraph } from '../../shared/import'

/// Where renamed `style` attributes go (see `disarmStyles`).
const inertStyle = 'data-ph-style'

const styleOf = (el: HTMLElement) => el.getAttribute(inertStyle) ?? ''

/// Word's own list numbers, drawn in a span styled `mso-list:Ignore`: not text.
const wordListNumber = (el: HTMLElement) => /mso-list\s*:\s*ignore/i.test(styleOf(el))

/// The level Word gives a list paragraph (`mso-list:l0 level2 lfo1` → 1, counted from 0).
function wordLevel(el: HTMLElement): number | null {
  const m = /mso-list\s*:[^;]*\blevel(\d+)/i.exec(styleOf(el))
  return m ? Number(m[1]) - 1 : null
}

/// How deep in nested lists an element stands (Google Docs nests `ul`/`ol` in one another,
/// or in `li`), counted from 0 at the first level.
function listDepth(el: HTMLElement): number {
  let depth = -1
  for (let e: HTMLElement | null = el; e; e = e.parentElement) if (e.tagName === 'UL' || e.tagName === 'OL') depth++
  return Math.max(0, depth)
}

/// The marker of a paragraph: the text of Word's hidden list number, without the spaces
/// Word pads it with.
function markerOf(el: HTMLElement): string {
  const number = [...el.querySelectorAll<HTMLElement>(`[${inertStyle}]`)].find(wordListNumber)
  return number?.textContent?.replace(/[\s\u00a0]+/g, ' ').trim() ?? ''
}

const paragraphAttrs = (el: HTMLElement) => ({ level: wordLevel(el) ?? listDepth(el), marker: markerOf(el) })
const block = 'p, h1, h2, h3, h4, h5, h6, blockquote, pre, dt, dd, td, th'

/// The one-paragraph-kind schema pasted HTML is read into: paragraphs with a list level
/// and marker, text, and italics. Everything else the clipboard holds has no place in it,
/// so no style, image, script or attribute gets through.
const pasteSchema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: {
      content: 'text*',
      marks: 'em',
      attrs: { level: { default: 0 }, marker: { default: '' } },
      parseDOM: [
        { tag: block, getAttrs: dom => paragraphAttrs(dom as HTMLElement) },
        { tag: 'li', getAttrs: dom => (dom as HTMLElement).querySelector(block) ? false : paragraphAttrs(dom as HTMLElement) }
      ]
    },
    text: {}
  },
  marks: {
    em: {
      parseDOM: [
        { tag: 'i' }, { tag: 'em' }, { tag: 'cite' },
        { tag: `[${inertStyle}]`, getAttrs: dom => /font-style\s*:\s*italic/i.test(styleOf(dom as HTMLElement)) ? null : false }
      ]
    }
  }
})

/// Drop what is never text: scripts, styles, media, form controls, and Word's list numbers.
const ignoreRules = [
  { tag: 'script, style, ph-style, head, title, meta, link, img, svg, object, embed, iframe, template, noscript, canvas, video, audio, picture, button, select, input, textarea', ignore: true },
  { tag: `[${inertStyle}]`, getAttrs: (dom: HTMLElement | string) => wordListNumber(dom as HTMLElement) ? null : false, ignore: true }
]

const parser = new ProseMirrorParser(pasteSchema, [...ignoreRules, ...ProseMirrorParser.fromSchema(pasteSchema).rules])

/// Rename `style` attributes and elements before parsing. A parsed document inherits the
/// page's Content-Security-Policy, which blocks (and reports to the console) every inline
/// style Word puts on the clipboard; renamed, they are plain data, read only for list
/// levels, Word's list numbers and italics. Only text inside tags is touched.
function disarmStyles(html: string): string {
  return html.replace(/<\/?[a-zA-Z][^>]*>/g, tag => tag
    .replace(/^<(\/?)style\b/i, '<$1ph-style')
    .replace(/(\s)style(\s*=)/gi, `$1${inertStyle}$2`))
}

function paragraphOf(node: PMNode): PastedParagraph {
  let text = ''
  const em: Array<[number, number]> = []
  node.forEach(child => {
    const from = text.length
    text += (child.text ?? '').replace(/[ \t\n\r\f]+/g, ' ')
    if (child.marks.length) {
      const last = em[em.length - 1]
      if (last && last[1] === from) last[1] = text.length
      else em.push([from, text.length])
    }
  })
  const lead = text.length - text.trimStart().length
  const out: PastedParagraph = { text: text.trim() }
  const spans = em.map(([from, to]) => [Math.max(0, from - lead), Math.min(out.text.length, to - lead)] as const).filter(([from, to]) => from < to)
  if (spans.length) out.em = spans
  if (node.attrs.level) out.level = node.attrs.level
  if (node.attrs.marker) out.marker = node.attrs.marker
  return out
}

/// The paragraphs of pasted HTML as drafts (text, italic spans, list level, list marker),
/// read with ProseMirror's DOM parser in an inert document: DOMParser runs no script,
/// loads no image and, with styles renamed, applies and reports none. Empty paragraphs
/// (Google Docs' `<br>` between paragraphs) are left out; what kind each paragraph is,
/// the importer decides.
export function htmlParagraphs(html: string): PastedParagraph[] {
  const inert = new DOMParser().parseFromString(disarmStyles(html), 'text/html')
  const doc = parser.parse(inert.body, { preserveWhitespace: false })
  const out: PastedParagraph[] = []
  doc.forEach(node => {
    const paragraph = paragraphOf(node)
    if (paragraph.text) out.push(paragraph)
  })
  return out
}
