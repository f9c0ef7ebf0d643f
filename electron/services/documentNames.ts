/// The file name endings of a Penholder document, the one documents are saved with
/// first. `.penholder` from format version 3 on: Windows and macOS take a file's type from
/// its last extension only, so only a one-part extension can be associated with the app
/// there. `.penholder.json`, the ending before, is still opened (and on Linux, whose MIME
/// globs match whole endings, still associated).
export const documentExtensions = ['.penholder', '.penholder.json'] as const

/// Whether a file name (or path, or `file:` URL) ends like a Penholder document, without
/// regard to case, with something before the ending.
export function isDocumentName(name: string): boolean {
  const lower = name.toLowerCase()
  return documentExtensions.some(ext => lower.endsWith(ext) && lower.length > ext.length && !/[\\/]$/.test(lower.slice(0, -ext.length)))
}
