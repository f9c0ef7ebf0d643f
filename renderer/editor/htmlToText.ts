/// Elements whose content is never text of the document: scripts, styles, media, Word's
/// hidden list numbers and the like. They are dropped with everything inside them.
const dropped = new Set(['SCRIPT', 'STYLE', 'PH-STYLE', 'HEAD', 'TITLE', 'META', 'LINK', 'IMG', 'SVG', 'OBJECT', 'EMBED', 'IFRAME', 'TEMPLATE', 'NOSCRIPT', 'CANVAS', 'VIDEO', 'AUDIO', 'PICTURE', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA'])

const blocks = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'TABLE', 'TR', 'PRE', 'DL', 'DT', 'DD', 'ADDRESS', 'FIGURE', 'MAIN', 'NAV', 'ASIDE', 'HR'])

/// Word marks the numbers it draws for its own lists with `mso-list:Ignore`: they are not
/// text, and the importer numbers paragraphs itself.
function wordListNumber(el: Element): boolean {
  return /mso-list\s*:\s*ignore/i.test(el.getAttribute(inertStyle) ?? '')
}

const inertStyle = 'data-ph-style'

/// Rename `style` attributes and elements before parsing. A parsed document inherits the
/// page's Content-Security-Policy, which blocks (and reports to the console) every inline
/// style Word puts on the clipboard; renamed, they are plain data, read only to spot
/// Word's list numbers. Only text inside tags is touched, never the pasted words.
function disarmStyles(html: string): string {
  return html.replace(/<\/?[a-zA-Z][^>]*>/g, tag => tag
    .replace(/^<(\/?)style\b/i, '<$1ph-style')
    .replace(/(\s)style(\s*=)/gi, `$1${inertStyle}$2`))
}

/// The text of pasted HTML (Word, a web page, another editor) with one line per paragraph
/// and nothing else: no styles, scripts, images or attributes survive, only characters.
/// HTML's own white space rules apply (a line break in the source is a space), while
/// non-breaking spaces, which UN texts use on purpose, are kept. The parsed document is
/// inert: DOMParser runs no script and loads no image.
export function htmlToText(html: string): string {
  const parsed = new DOMParser().parseFromString(disarmStyles(html), 'text/html')
  const out: string[] = []
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) { out.push((node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' ')); return }
    if (node.nodeType !== Node.ELEMENT_NODE) return
    const el = node as Element
    const name = el.tagName.toUpperCase()
    if (dropped.has(name) || wordListNumber(el)) return
    if (name === 'BR') { out.push('\n'); return }
    const block = blocks.has(name)
    if (block) out.push('\n')
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child)
    if (name === 'TD' || name === 'TH') out.push(' ')
    if (block) out.push('\n')
  }
  walk(parsed.body)
  return out.join('').split('\n').map(line => line.replace(/^[ ]+|[ ]+$/g, '')).filter(line => line.trim()).join('\n')
}
