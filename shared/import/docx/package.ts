import { strFromU8, unzipSync } from 'fflate'
import { parseXml, XmlError, childrenNamed, type XmlElement } from './xml'

/// The parts of a .docx the reader uses, parsed.
export interface DocxParts {
  readonly document: XmlElement
  readonly numbering?: XmlElement
  readonly styles?: XmlElement
  readonly footnotes?: XmlElement
  readonly comments?: XmlElement
  /// Word 2013's comment threads and "done" marks (word/commentsExtended.xml).
  readonly commentsExtended?: XmlElement
}

const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const zipMagic = [0x50, 0x4b, 0x03, 0x04]

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b)

/// Open a .docx (a zip package, ECMA-376 Part 2) and parse its main document, numbering,
/// styles, footnotes and comments. A file that is not one gets a message saying what it
/// is instead: an OLE compound file (an encrypted .docx or an old .doc), not a zip at all,
/// a damaged zip, or a zip without a Word document.
export function openDocx(bytes: Uint8Array): { ok: true, parts: DocxParts } | { ok: false, error: string } {
  if (startsWith(bytes, oleMagic))
    return { ok: false, error: 'is encrypted or an old .doc (an OLE compound file, not a .docx zip): save it from Word as a .docx without a password' }
  if (!startsWith(bytes, zipMagic)) return { ok: false, error: 'is not a .docx (not a zip file)' }
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes)
  } catch (e) {
    return { ok: false, error: `is a damaged .docx (the zip cannot be read: ${(e as Error).message})` }
  }
  const read = (name: string): XmlElement | undefined => {
    const data = files[name]
    return data ? parseXml(strFromU8(data)) : undefined
  }
  try {
    const main = mainDocumentPath(read('_rels/.rels'))
    const document = read(main)
    if (!document) return { ok: false, error: `is not a Word document (no ${main})` }
    const folder = main.slice(0, main.lastIndexOf('/') + 1)
    return {
      ok: true,
      parts: {
        document,
        numbering: read(folder + 'numbering.xml'),
        styles: read(folder + 'styles.xml'),
        footnotes: read(folder + 'footnotes.xml'),
        comments: read(folder + 'comments.xml'),
        commentsExtended: read(folder + 'commentsExtended.xml')
      }
    }
  } catch (e) {
    if (e instanceof XmlError) return { ok: false, error: `is a damaged .docx (XML: ${e.message})` }
    throw e
  }
}

/// The main document's path from the package relationships, `word/document.xml` by default.
function mainDocumentPath(rels: XmlElement | undefined): string {
  const main = rels && childrenNamed(rels, 'Relationship').find(r => r.attrs.Type?.endsWith('/officeDocument'))
  return main ? main.attrs.Target.replace(/^\//, '') : 'word/document.xml'
}
