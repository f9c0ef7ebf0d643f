import type { Node } from 'prosemirror-model'
import { newPid } from '../schema'
import { freezeFile, type DocumentComment, type PenholderFile, type SavedVersion } from './file'
import { versionNameProblem, authorProblem, reservedNames } from './names'
import { quote } from './source'
import type { BaseOrigin } from './baseOrigin'

/// The outcome of a change to a file: the new file, or why the change was refused (a
/// user's mistake, such as a name already taken, is an answer, not an exception).
export type FileChange = { ok: true, file: PenholderFile } | { ok: false, error: string }

interface ChangeOptions {
  /// The time recorded as the file's modification (and a saved version's time).
  now?: Date
}

function changed(file: PenholderFile, now: Date | undefined, update: Partial<Omit<PenholderFile, 'meta'>>): PenholderFile {
  const meta = { ...file.meta, modified: (now ?? new Date()).toISOString() }
  return freezeFile({ ...file, ...update, meta })
}

function findVersion(file: PenholderFile, id: string): SavedVersion | string {
  return file.versions.find(v => v.id === id) ?? `no version has the id ${quote(id)}`
}

/// Save the current document as a new version. Name and author are trimmed.
export function saveVersion(file: PenholderFile, options: ChangeOptions & { name: string, author: string }): FileChange {
  const name = options.name.trim(), author = options.author.trim()
  const problem = versionNameProblem(name, file.versions.map(v => v.name)) ?? authorProblem(author)
  if (problem) return { ok: false, error: problem }
  const now = options.now ?? new Date()
  const version: SavedVersion = { id: newPid(), name, author, at: now.toISOString(), doc: file.current }
  return { ok: true, file: changed(file, now, { versions: [...file.versions, version] }) }
}

/// Rename a version; what refers to it by id still does.
export function renameVersion(file: PenholderFile, id: string, name: string, options: ChangeOptions = {}): FileChange {
  const version = findVersion(file, id)
  if (typeof version === 'string') return { ok: false, error: version }
  const trimmed = name.trim()
  const problem = versionNameProblem(trimmed, file.versions.filter(v => v !== version).map(v => v.name))
  if (problem) return { ok: false, error: problem }
  return { ok: true, file: changed(file, options.now, { versions: file.versions.map(v => v === version ? { ...v, name: trimmed } : v) }) }
}

/// Delete a version. The base keeps its text; if it was set from this version, it
/// remembers the version's id and name (`baseDeleted`) and keeps its count of accepted
/// amendments, so it is still called what it is.
export function deleteVersion(file: PenholderFile, id: string, options: ChangeOptions = {}): FileChange {
  const version = findVersion(file, id)
  if (typeof version === 'string') return { ok: false, error: version }
  return {
    ok: true,
    file: changed(file, options.now, {
      versions: file.versions.filter(v => v !== version),
      ...file.baseVersion === id ? { baseVersion: null, baseDeleted: { id, name: version.name } } : {}
    })
  }
}

/// Make a version, or the current document, the base that changes are tracked against:
/// what a drafter does when a revision has been circulated and the next round of
/// amendments starts from it. A version starts a new origin; the current text made base
/// folds the amendments from the base to it in, which shared/file cannot count (it does
/// not compare texts): the caller gives their number as `accepted` (default 0).
export function setBase(file: PenholderFile, id: string | 'current', options: ChangeOptions & { accepted?: number } = {}): FileChange {
  if (id === 'current') return { ok: true, file: changed(file, options.now, { base: file.current, baseAccepted: file.baseAccepted + (options.accepted ?? 0) }) }
  const version = findVersion(file, id)
  if (typeof version === 'string') return { ok: false, error: version }
  return { ok: true, file: changed(file, options.now, { base: version.doc, baseVersion: version.id, baseDeleted: null, baseAccepted: 0 }) }
}

/// Replace the current document, as the editor does before a save. An equal document
/// leaves the file as it was, modification time included.
export function updateCurrent(file: PenholderFile, doc: Node, options: ChangeOptions = {}): PenholderFile {
  if (doc === file.current || doc.eq(file.current)) return file
  return changed(file, options.now, { current: doc })
}

/// Replace the base, as accepting amendments in the editor does, recording where it came
/// from (`origin`, as the editor traced it through its base changes). A version's very
/// document names that version, whatever `origin` says; an origin naming the deleted
/// version the base came from keeps naming it (`baseDeleted`); one naming any other
/// version the file no longer has falls back to the original text.
export function updateBase(file: PenholderFile, doc: Node, origin: BaseOrigin, options: ChangeOptions = {}): PenholderFile {
  const own = file.versions.find(v => v.doc === doc)
  const baseVersion = own ? own.id : file.versions.some(v => v.id === origin.version) ? origin.version : null
  const baseDeleted = !own && baseVersion === null && origin.version === file.baseDeleted?.id ? file.baseDeleted : null
  const baseAccepted = own ? 0 : origin.accepted
  if (doc === file.base && baseVersion === file.baseVersion && baseDeleted === file.baseDeleted && baseAccepted === file.baseAccepted) return file
  return changed(file, options.now, { base: doc, baseVersion, baseDeleted, baseAccepted })
}

/// Replace the comments, as reading a .docx's comments or the editor's comment panel
/// does. The list is kept as given: `serializeDocumentFile` refuses one that the format
/// does not allow (two comments with one id, a reply to no comment).
export function updateComments(file: PenholderFile, comments: readonly DocumentComment[], options: ChangeOptions = {}): PenholderFile {
  if (comments === file.comments) return file
  return changed(file, options.now, { comments: [...comments] })
}

/// The document a reference names: `base`, `current` or a version's name (as in
/// `draft.penholder#Rev.1` on the command line). Names match exactly, or else
/// regardless of case, which is unambiguous because names differing only in case are
/// refused.
export function resolveVersion(file: PenholderFile, ref: string): { ok: true, doc: Node, name: string } | { ok: false, error: string } {
  if (ref === 'base') return { ok: true, doc: file.base, name: ref }
  if (ref === 'current') return { ok: true, doc: file.current, name: ref }
  const folded = ref.toLowerCase()
  const version = file.versions.find(v => v.name === ref) ?? file.versions.find(v => v.name.toLowerCase() === folded)
  if (version) return { ok: true, doc: version.doc, name: version.name }
  const available = [...reservedNames, ...file.versions.map(v => quote(v.name))].join(', ')
  return { ok: false, error: `no version named ${quote(ref)} (available: ${available})` }
}
