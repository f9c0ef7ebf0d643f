import { childNamed, type XmlElement } from './xml'

/// A tracked change as Word stores it (ECMA-376 17.13.5): inserted or deleted, by whom
/// and when. Moves count as a deletion where the text was and an insertion where it is.
export interface Revision {
  readonly kind: 'ins' | 'del'
  readonly author: string
  readonly date: string
}

/// A stretch of a paragraph: text with its look and the revision it belongs to, or an
/// anchor standing between characters (a footnote reference, a comment's start or end).
export interface WordRun {
  readonly text: string
  readonly italic: boolean
  readonly revision: Revision | null
  readonly footnote?: string
  readonly commentStart?: string
  readonly commentEnd?: string
}

/// A paragraph of a Word body with what the reader needs of its properties: its style,
/// its list (`numId`, `ilvl`, from the paragraph or its style) and the revision of its
/// paragraph mark.
export interface WordParagraph {
  /// Position among the body's paragraphs: a stable name for the paragraph across the
  /// versions read from one file.
  readonly index: number
  readonly style: string
  readonly numId: string | null
  readonly ilvl: number
  readonly mark: Revision | null
  readonly runs: readonly WordRun[]
}

/// Containers whose content reads as if it stood in the paragraph itself.
const transparent = new Set(['w:hyperlink', 'w:smartTag', 'w:fldSimple', 'w:sdt', 'w:sdtContent', 'w:customXml', 'w:bdo', 'w:dir'])
/// Containers of paragraphs inside the body.
const blockContainers = new Set(['w:tbl', 'w:tr', 'w:tc', 'w:sdt', 'w:sdtContent', 'w:customXml'])

function revisionOf(element: XmlElement, kind: 'ins' | 'del'): Revision {
  return { kind, author: element.attrs['w:author'] ?? '', date: element.attrs['w:date'] ?? '' }
}

/// Whether an on/off property (`w:i`, `w:b`) is on: present, and not `false`, `0` or `off`
/// (ECMA-376 17.17.4 ST_OnOff).
export function isOn(element: XmlElement | undefined): boolean {
  if (!element) return false
  const value = element.attrs['w:val']
  return value === undefined || !['false', '0', 'off'].includes(value)
}

/// The paragraphs of a body (`w:body`, or a footnote), in order, tables and content
/// controls included. `styleNumbering` gives the list of a paragraph style, for
/// paragraphs numbered through their style.
export function readParagraphs(container: XmlElement, styleNumbering: (style: string) => { numId: string, ilvl: number } | null = () => null): WordParagraph[] {
  const paragraphs: WordParagraph[] = []
  const visit = (element: XmlElement) => {
    for (const child of element.children) {
      if (typeof child === 'string') continue
      if (child.name === 'w:p') paragraphs.push(readParagraph(child, paragraphs.length, styleNumbering))
      else if (blockContainers.has(child.name)) visit(child)
    }
  }
  visit(container)
  return paragraphs
}

function readParagraph(p: XmlElement, index: number, styleNumbering: (style: string) => { numId: string, ilvl: number } | null): WordParagraph {
  const pPr = childNamed(p, 'w:pPr')
  const style = (pPr && childNamed(pPr, 'w:pStyle')?.attrs['w:val']) ?? ''
  const numPr = pPr && childNamed(pPr, 'w:numPr')
  const fromStyle = styleNumbering(style)
  const numId = (numPr && childNamed(numPr, 'w:numId')?.attrs['w:val']) ?? fromStyle?.numId ?? null
  const ilvl = Number((numPr && childNamed(numPr, 'w:ilvl')?.attrs['w:val']) ?? fromStyle?.ilvl ?? 0)
  const markProperties = pPr && childNamed(pPr, 'w:rPr')
  const markIns = markProperties && (childNamed(markProperties, 'w:ins') ?? childNamed(markProperties, 'w:moveTo'))
  const markDel = markProperties && (childNamed(markProperties, 'w:del') ?? childNamed(markProperties, 'w:moveFrom'))
  const mark = markDel ? revisionOf(markDel, 'del') : markIns ? revisionOf(markIns, 'ins') : null
  const runs: WordRun[] = []
  readInline(p, null, runs)
  return { index, style, numId: numId === '0' ? null : numId, ilvl: Number.isFinite(ilvl) ? ilvl : 0, mark, runs }
}

function readInline(element: XmlElement, revision: Revision | null, runs: WordRun[]): void {
  for (const child of element.children) {
    if (typeof child === 'string') continue
    switch (child.name) {
      case 'w:r': readRun(child, revision, runs); break
      case 'w:ins': case 'w:moveTo': readInline(child, revisionOf(child, 'ins'), runs); break
      case 'w:del': case 'w:moveFrom': readInline(child, revisionOf(child, 'del'), runs); break
      case 'w:commentRangeStart': runs.push({ text: '', italic: false, revision: null, commentStart: child.attrs['w:id'] }); break
      case 'w:commentRangeEnd': runs.push({ text: '', italic: false, revision: null, commentEnd: child.attrs['w:id'] }); break
      default: if (transparent.has(child.name)) readInline(child, revision, runs)
    }
  }
}

function readRun(r: XmlElement, revision: Revision | null, runs: WordRun[]): void {
  const rPr = childNamed(r, 'w:rPr')
  const italic = isOn(rPr && childNamed(rPr, 'w:i'))
  let text = ''
  const flush = () => { if (text) runs.push({ text, italic, revision }); text = '' }
  for (const child of r.children) {
    if (typeof child === 'string') continue
    switch (child.name) {
      case 'w:t': case 'w:delText': text += child.children.filter(c => typeof c === 'string').join(''); break
      case 'w:tab': text += '\t'; break
      case 'w:br': case 'w:cr': text += ' '; break
      case 'w:noBreakHyphen': text += '\u2011'; break
      case 'w:footnoteReference':
        flush()
        runs.push({ text: '', italic: false, revision, footnote: child.attrs['w:id'] })
        break
    }
  }
  flush()
}
