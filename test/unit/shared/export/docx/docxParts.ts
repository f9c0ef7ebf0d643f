import { strFromU8, unzipSync } from 'fflate'
import { childNamed, descendantsNamed, parseXml, type XmlElement } from '../../../../../shared/import/docx/xml'

/// The XML parts of a .docx, parsed, for tests that check what a file holds.
export function docxParts(bytes: Uint8Array): Map<string, XmlElement> {
  const parts = new Map<string, XmlElement>()
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts.set(name, parseXml(strFromU8(data)))
  }
  return parts
}

/// The body paragraphs of word/document.xml.
export function bodyParagraphs(parts: Map<string, XmlElement>): XmlElement[] {
  return descendantsNamed(childNamed(parts.get('word/document.xml')!, 'w:body')!, 'w:p')
}

/// The text of an element: its `w:t` (or, with `deleted`, `w:delText`) in order.
export function textOf(element: XmlElement, deleted = false): string {
  return descendantsNamed(element, deleted ? 'w:delText' : 'w:t').map(t => t.children.join('')).join('')
}

export function styleOf(p: XmlElement): string | undefined {
  return childNamed(childNamed(p, 'w:pPr') ?? p, 'w:pStyle')?.attrs['w:val']
}

/// The text of a paragraph's italic runs, joined per stretch.
export function italicText(p: XmlElement): string[] {
  const spans: string[] = []
  let last = false
  for (const r of descendantsNamed(p, 'w:r')) {
    const italic = !!childNamed(childNamed(r, 'w:rPr') ?? r, 'w:i')
    const text = textOf(r)
    if (italic && last) spans[spans.length - 1] += text
    else if (italic) spans.push(text)
    last = italic
  }
  return spans
}
