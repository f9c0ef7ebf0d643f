import { importResolution, isWholeResolution, OverlongParagraph, readPastedText, type FragmentParagraph } from '../../shared/import'
import { docxFile, isWordFileName } from '../../shared/import/docx'
import { decodeText, parseDocumentFile, serializeDocumentFile } from '../../shared/file'
import { summarizeResolution } from '../../shared/schema'
import { exportDocx, exportRedlineDocx, type DocxLayout, type DocxPaper } from '../../shared/export/docx'
import { proposersByVersion } from '../../shared/amend'
import { readOpenedText } from '../document/openedText'
import { fileFromParts, fileInParts, type FileInParts } from '../document/fileInParts'

/// The work the import worker does off the page's main thread: reading a large paste,
/// reading a file picked or dropped to open, reading a large opened text for the editor, and writing a Word file. Jobs and answers are plain data (structured
/// clone): the worker's ProseMirror nodes are sent as their JSON.
export type ImportJob =
  /// Plain text pasted into the editor.
  | { readonly kind: 'paste', readonly text: string }
  /// A file's bytes: a Penholder document, or a Word file (`.docx`, by its name).
  | { readonly kind: 'open', readonly name: string, readonly bytes: Uint8Array }
  /// An opened file's text to read as the editor opens it (`readOpenedText`).
  | { readonly kind: 'session', readonly text: string, readonly name: string }
  /// A document file's text (`serializeDocumentFile`) to export to Word: clean, or with
  /// tracked changes from its base, each signed by its proposer or `author`, in `layout`
  /// on `paper` (the drafter's settings; `draft` on `a4` when absent).
  | { readonly kind: 'export-docx', readonly file: string, readonly tracked: boolean, readonly author?: string, readonly layout?: DocxLayout, readonly paper?: DocxPaper }
  /// The file being edited, in parts (`fileInParts`), to write as the journal of unsaved
  /// work (`serializeDocumentFile`: checked and written off the page's main thread).
  | { readonly kind: 'journal', readonly parts: FileInParts }

export type ImportAnswer =
  /// The pasted paragraphs; `resolution` when the text is plainly a whole resolution that
  /// the importer reads (the document as JSON, and how many PPs and OPs it has).
  | { readonly kind: 'pasted', readonly paragraphs: FragmentParagraph[], readonly resolution: { doc: unknown, preambular: number, operative: number } | null }
  /// A document file's text (`serializeDocumentFile`'s JSON) that parses; `imported` when
  /// it was made from a Word file, which opens as a new, unsaved document; `notice` says
  /// how it was read when that is worth a line (UTF-16, tracked changes).
  | { readonly kind: 'opened', readonly text: string, readonly imported: boolean, readonly notice: string | null }
  /// The file an opened text holds, in parts the page rebuilds in slices; `imported` when
  /// it is a new document made from a resolution's text.
  | { readonly kind: 'session', readonly parts: FileInParts, readonly imported: boolean }
  /// The bytes of an exported Word file.
  | { readonly kind: 'exported', readonly bytes: Uint8Array }
  /// The text of a document file (`serializeDocumentFile`) to journal.
  | { readonly kind: 'serialized', readonly text: string }
  /// One line naming the file (or the paste) and what is wrong.
  | { readonly kind: 'refused', readonly error: string }

/// Do one job. Never throws for bad input: refusals are answers. Only the Word export
/// (the `docx` library's packer) and the journal (`fileFromParts`) are asynchronous.
export function runImportJob(job: ImportJob & { kind: 'paste' | 'open' | 'session' }): ImportAnswer
export function runImportJob(job: ImportJob): ImportAnswer | Promise<ImportAnswer>
export function runImportJob(job: ImportJob): ImportAnswer | Promise<ImportAnswer> {
  if (job.kind === 'paste') return readPaste(job.text)
  if (job.kind === 'open') return readFile(job.name, job.bytes)
  if (job.kind === 'session') return readSession(job.text, job.name)
  if (job.kind === 'journal') return serializeJournal(job.parts)
  return exportWord(job)
}

/// The text of the file being edited, or a refusal saying why it would not open again (a
/// bug in whoever built it: `serializeDocumentFile` throws a RangeError for it).
async function serializeJournal(parts: FileInParts): Promise<ImportAnswer> {
  try {
    return { kind: 'serialized', text: serializeDocumentFile(await fileFromParts(parts)) }
  } catch (e) {
    if (e instanceof RangeError) return { kind: 'refused', error: e.message }
    throw e
  }
}

/// The Word file of a document, as the editor's Export Word and Export tracked changes
/// make it (`exportDocx`, `exportRedlineDocx` with the proposers of its versions).
async function exportWord({ file, tracked, author, layout, paper }: ImportJob & { kind: 'export-docx' }): Promise<ImportAnswer> {
  const parsed = parseDocumentFile(file, 'the document')
  if (!parsed.ok) return { kind: 'refused', error: parsed.error }
  const { base, current, versions, comments } = parsed.file
  const bytes = tracked
    ? await exportRedlineDocx(base, current, { author, layout, paper, proposerOf: proposersByVersion(base, versions) })
    : await exportDocx(current, { author, layout, paper, comments })
  return { kind: 'exported', bytes }
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

function readSession(text: string, name: string): ImportAnswer {
  const read = readOpenedText(text, name)
  return read.ok ? { kind: 'session', parts: fileInParts(read.file), imported: read.imported } : { kind: 'refused', error: read.error }
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
