/// An element of an XML part, with its qualified name as written (`w:p`), attributes by
/// qualified name, and children in order (text as strings, entities decoded).
export interface XmlElement {
  readonly name: string
  readonly attrs: Readonly<Record<string, string>>
  readonly children: ReadonlyArray<XmlElement | string>
}

/// A part that is not well-formed XML, with the offset (UTF-16 code units) where reading stopped.
export class XmlError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} at character ${offset}`)
  }
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/// Decode the five predefined entities and character references (XML 1.0 §4.1, §4.6).
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10))
    return entities[ref] ?? whole
  })
}

const attribute = /\s*([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/y

/// Read a whole XML document into its root element: a single pass over the text, without
/// a DOM (shared/ runs where there is none). Comments, processing instructions and the
/// doctype are skipped; CDATA sections become text. Throws `XmlError` on text that is not
/// well-formed enough to read (unclosed or mismatched tags).
export function parseXml(text: string): XmlElement {
  const stack: Array<{ name: string, attrs: Record<string, string>, children: Array<XmlElement | string> }> = []
  let root: XmlElement | null = null
  let i = 0
  const n = text.length
  while (i < n) {
    const lt = text.indexOf('<', i)
    const end = lt < 0 ? n : lt
    if (end > i && stack.length) stack[stack.length - 1].children.push(decodeEntities(text.slice(i, end)))
    if (lt < 0) break
    i = lt
    if (text.startsWith('<?', i)) { i = skipPast(text, '?>', i); continue }
    if (text.startsWith('<!--', i)) { i = skipPast(text, '-->', i); continue }
    if (text.startsWith('<![CDATA[', i)) {
      const close = text.indexOf(']]>', i)
      if (close < 0) throw new XmlError('unclosed CDATA section', i)
      if (stack.length) stack[stack.length - 1].children.push(text.slice(i + 9, close))
      i = close + 3
      continue
    }
    if (text.startsWith('<!', i)) { i = skipPast(text, '>', i); continue }
    if (text[i + 1] === '/') {
      const close = text.indexOf('>', i)
      if (close < 0) throw new XmlError('unclosed end tag', i)
      const name = text.slice(i + 2, close).trim()
      const open = stack.pop()
      if (!open || open.name !== name) throw new XmlError(`end tag </${name}> does not close <${open?.name ?? ''}>`, i)
      const element: XmlElement = open
      if (stack.length) stack[stack.length - 1].children.push(element)
      else root = element
      i = close + 1
      continue
    }
    let j = i + 1
    while (j < n && !/[\s/>]/.test(text[j])) j++
    const name = text.slice(i + 1, j)
    if (!name) throw new XmlError('empty tag name', i)
    const attrs: Record<string, string> = {}
    for (;;) {
      attribute.lastIndex = j
      const m = attribute.exec(text)
      if (!m) break
      attrs[m[1]] = decodeEntities(m[3] ?? m[4])
      j = attribute.lastIndex
    }
    while (j < n && /\s/.test(text[j])) j++
    if (text[j] === '/' && text[j + 1] === '>') {
      const element: XmlElement = { name, attrs, children: [] }
      if (stack.length) stack[stack.length - 1].children.push(element)
      else root = element
      i = j + 2
    } else if (text[j] === '>') {
      stack.push({ name, attrs, children: [] })
      i = j + 1
    } else {
      throw new XmlError(`malformed tag <${name}`, i)
    }
  }
  if (stack.length) throw new XmlError(`<${stack[stack.length - 1].name}> is never closed`, n)
  if (!root) throw new XmlError('no root element', 0)
  return root
}

function skipPast(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from)
  if (at < 0) throw new XmlError(`unclosed ${text.slice(from, from + 4)}`, from)
  return at + marker.length
}

/// The child elements of an element with a qualified name.
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name)
}

export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name)
}

/// Every descendant element with a qualified name, in document order.
export function descendantsNamed(element: XmlElement, name: string, found: XmlElement[] = []): XmlElement[] {
  for (const c of element.children) {
    if (typeof c === 'string') continue
    if (c.name === name) found.push(c)
    descendantsNamed(c, name, found)
  }
  return found
}
