import { documentSuffix, legacyDocumentSuffix } from '../../shared/file'

/// The file name endings of a Penholder document as the desktop sees them, the one
/// documents are saved with first (shared/file/names.ts): `.penholder`, which Windows and
/// macOS can associate (both take a file's type from its last extension only), then
/// `.penholder.json`, the ending before format version 3, still opened (and on Linux,
/// whose MIME globs match whole endings, still associated).
export const documentExtensions = [documentSuffix, legacyDocumentSuffix] as const

/// Whether a file name (or path, or `file:` URL) ends like a Penholder document, without
/// regard to case (Windows and macOS file systems ignore it: `S-RES-2388.PENHOLDER`), with
/// a name before the ending.
export function isDocumentName(name: string): boolean {
  const lower = name.toLowerCase()
  return documentExtensions.some(ext => lower.endsWith(ext) && lower.length > ext.length && !/[\\/]$/.test(lower.slice(0, -ext.length)))
}
