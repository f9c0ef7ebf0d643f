import { quote } from './source'

/// Names that always mean the two documents every file has (`file#base`, `file#current`),
/// so no saved version may take them.
export const reservedNames: readonly string[] = ['base', 'current']

/// Longer names than this are a paste gone wrong, not a name.
export const maxNameLength = 200

const controlCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/// Why `text` cannot be a one-line label (a version's name or author), or null when it
/// can. It must be already trimmed: callers trim what a person typed, while a loaded
/// file with untrimmed names is refused rather than quietly changed.
function labelProblem(text: string, what: string): string | null {
  if (!text.trim()) return `${what} is empty`
  if (text.length > maxNameLength) return `${what} is longer than ${maxNameLength} characters`
  if (controlCharacter.test(text)) return `${what} ${quote(text)} is not a single line of text`
  if (text !== text.trim()) return `${what} ${quote(text)} begins or ends with spaces`
  return null
}

/// Why `name` cannot name a version beside versions named `others`, or null when it can.
/// Names differing only in case are refused as duplicates: `file#rev.1` on the command
/// line should never have to choose between two versions.
export function versionNameProblem(name: string, others: Iterable<string>): string | null {
  const problem = labelProblem(name, 'the version name')
  if (problem) return problem
  const folded = name.toLowerCase()
  if (reservedNames.includes(folded)) return `${quote(name)} is reserved (file#${folded} always means the ${folded} document): choose another version name`
  for (const other of others) if (other.toLowerCase() === folded) return `a version named ${quote(other)} already exists`
  return null
}

/// Why `author` cannot sign a version, or null when it can.
export function authorProblem(author: string): string | null {
  return labelProblem(author, 'the author')
}

/// The suffix of the document files this app writes: one extension, which Windows and
/// macOS can associate with the app (`.penholder.json` ends in `.json` for them, so a
/// double-click opened an editor of JSON instead).
export const documentSuffix = '.penholder'

/// The suffix earlier versions wrote, still read alike.
export const legacyDocumentSuffix = '.penholder.json'

/// Whether a file name or path names a Penholder document by its suffix, either one.
export function isDocumentFileName(name: string): boolean {
  return name.endsWith(documentSuffix) || name.endsWith(legacyDocumentSuffix)
}

/// A file name for a document with this working title: characters no file system takes
/// become spaces; an empty title gives `Draft resolution.penholder`.
export function documentFileName(title: string | undefined): string {
  const clean = (title ?? '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim()
  return `${clean || 'Draft resolution'}${documentSuffix}`
}

/// The name of a file exported from a document: its suffix, whichever it is, replaced
/// by `extension` (`.txt`, `.docx`); a name of another kind just gains it.
export function exportFileName(documentName: string, extension: string): string {
  for (const suffix of [legacyDocumentSuffix, documentSuffix]) {
    if (documentName.endsWith(suffix)) return documentName.slice(0, -suffix.length) + extension
  }
  return documentName + extension
}
