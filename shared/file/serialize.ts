import { fileFormatVersion, type PenholderFile } from './file'
import { readFileData } from './formats'
import { formatPath } from './source'

/// The JSON of a file, keys in a fixed order, so that saving an unchanged file writes
/// the same bytes and a version control diff of two saves shows only what changed.
function fileJSON(file: PenholderFile) {
  const { created, modified, app, title } = file.meta
  return {
    format: 'penholder',
    version: fileFormatVersion,
    meta: title === undefined ? { created, modified, app } : { created, modified, app, title },
    base: file.base.toJSON(),
    baseVersion: file.baseVersion,
    ...file.baseDeleted && { baseDeleted: { id: file.baseDeleted.id, name: file.baseDeleted.name } },
    baseAccepted: file.baseAccepted,
    versions: file.versions.map(({ id, name, author, at, doc }) => ({ id, name, author, at, doc: doc.toJSON() })),
    current: file.current.toJSON(),
    comments: file.comments.map(({ id, author, date, text, pid, from, to, replyTo, resolved }) => ({
      id, author, date, text, pid, from, to,
      ...(replyTo === undefined ? {} : { replyTo }),
      ...(resolved === undefined ? {} : { resolved })
    }))
  }
}

/// The text of a document file: pretty JSON (two-space indent, final newline) that
/// `parseDocumentFile` reads back to an equal file. A file it would refuse (a document
/// that lost its paragraph ids, two versions with one name) is a bug in whoever built
/// it, so this throws a RangeError rather than write a file that cannot be opened again.
export function serializeDocumentFile(file: PenholderFile): string {
  const json = fileJSON(file)
  const check = readFileData(json)
  if (!check.ok) throw new RangeError(`Refusing to write an invalid document file: ${formatPath(check.problem.path)}: ${check.problem.message}`)
  return JSON.stringify(json, null, 2) + '\n'
}
