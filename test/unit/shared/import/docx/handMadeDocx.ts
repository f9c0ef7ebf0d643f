import { strToU8, zipSync } from 'fflate'

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

/// A .docx written by hand, part by part, as Word lays one out (ECMA-376 Part 2): for
/// tests that must not depend on Penholder's own writer.
export function handMadeDocx(body: string, parts: { numbering?: string, comments?: string } = {}): Uint8Array {
  const overrides = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    parts.numbering ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' : '',
    parts.comments ? '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' : ''
  ].join('')
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${w}><w:body>${body}<w:sectPr/></w:body></w:document>`)
  }
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering ${w}>${parts.numbering}</w:numbering>`)
  if (parts.comments) files['word/comments.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:comments ${w}>${parts.comments}</w:comments>`)
  return zipSync(files)
}

/// A paragraph: `runs` is inner XML; `list` puts it on list 1 at a level.
export function p(runs: string, list?: number, mark = ''): string {
  const numPr = list === undefined ? '' : `<w:numPr><w:ilvl w:val="${list}"/><w:numId w:val="1"/></w:numPr>`
  return `<w:p><w:pPr>${numPr}${mark ? `<w:rPr>${mark}</w:rPr>` : ''}</w:pPr>${runs}</w:p>`
}

export const r = (text: string, italic = false) => `<w:r>${italic ? '<w:rPr><w:i/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`
export const ins = (author: string, id: number, inner: string) => `<w:ins w:id="${id}" w:author="${author}" w:date="2026-11-02T10:00:00Z">${inner}</w:ins>`
export const del = (author: string, id: number, text: string) => `<w:del w:id="${id}" w:author="${author}" w:date="2026-11-03T10:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`
export const markDeleted = (author: string, id: number) => `<w:del w:id="${id}" w:author="${author}" w:date="2026-11-03T10:00:00Z"/>`

/// The numbering of a typical delegation's draft: decimal operative paragraphs with
/// lettered subparagraphs, on list 1.
export const decimalList = '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
