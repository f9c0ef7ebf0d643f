import { importResolution, isWholeResolution, OverlongParagraph, readPastedText, type FragmentParagraph } from '../../shared/import'
import { docxFile, isWordFileName } from '../../shared/import/docx'
import { decodeText, parseDocumentFile, serializeDocumentFile } from '../../shared/file'
import { summarizeResolution } from '../../shared/schema'

/// The work the import worker does off the page's main thread: reading a large paste, and
/// reading a file picked or dropped to open. Jobs and answers are plain data (structured
/// clone): the worker's ProseMirror nodes are sent as their JSON.
export type ImportJob =
  /// Plain text pasted into the editor.
  | { readonly kind: 'paste', readonly text: string }
  /// A file's bytes: a Penholder document, or a Word file (`.docx`, by its name).
  | { readonly kind: 'open', readonly name: string, readonly bytes: Uint8Array }

export type ImportAnswer =
  /// The pasted paragraphs; `resolution` when the text is plainly a whole resolution that
  /// the importer reads (the document as JSON, and how many PPs and OPs it has).
  | { readonly kind: 'pasted', readonly paragraphs: FragmentParagraph[], readonly resolution: { doc: unknown, preambular: number, operative: number } | null }
  /// A document file's text (`serializeDocumentFile`'s JSON) that parses; `imported` when
  /// it was made from a Word file, which opens as a new, unsaved document; `notice` says
  /// how it was read when that is worth a line (UTF-16, tracked changes).
  | { readonly kind: 'opened', readonly text: string, readonly imported: boolean, readonly notice: string | null }
  /// One line naming the file (or the paste) and what is wrong.
  | { readonly kind: 'refused', readonly error: string }

/// Do one job. Never throws for bad input: refusals are answers.
export function runImportJob(job: ImportJob): ImportAnswer {
  return job.kind === 'paste' ? readPaste(job.text) : readFile(job.name, job.bytes)
}

function readPaste(text: string): ImportAnswer {
  let paragraphs: FragmentParagraph[]
  try {
    paragraphs = readPastedText(text)
  } catch (e) {
    if (e instanceof OverlongParagraph) return { kind: 'refused', error: `Nothing was pasted: in the pasted text, ${e.message}.` }
    throw e
  }
  if (isWholeResolution(text)) {
    const imported = importResolution(text)
    if (imported.ok) {
      const summary = summarizeResolution(imported.doc)
      return { kind: 'pasted', paragraphs, resolution: { doc: imported.doc.toJSON(), preambular: summary.preambular, operative: summary.operative } }
    }
  }
  return { kind: 'pasted', paragraphs, resolution: null }
}

/// A Word file through `docxFile` (a file with tracked changes says so in its notice); any
/// other through `decodeText` and `parseDocumentFile`, as every edition reads documents.
function readFile(name: string, bytes: Uint8Array): ImportAnswer {
  if (isWordFileName(name)) {
    const read = docxFile(bytes, name)
    if (!read.ok) return { kind: 'refused', error: read.error }
    return { kind: 'opened', text: serializeDocumentFile(read.file), imported: true, notice: read.notice }
  }
  const decoded = decodeText(bytes, name, 'document')
  if (!decoded.ok) return { kind: 'refused', error: decoded.error }
  const parsed = parseDocumentFile(decoded.text, name)
  return parsed.ok ? { kind: 'opened', text: decoded.text, imported: false, notice: decoded.notice } : { kind: 'refused', error: parsed.error }
}
