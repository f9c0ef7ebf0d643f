import type { Node } from 'prosemirror-model'
import type { EditorState } from 'prosemirror-state'
import { createDocumentFile, describeBase, documentFileName, updateBase, updateCurrent, type PenholderFile } from '../../shared/file'
import { trackedDiff } from '../../shared/amend'
import { newPid } from '../../shared/schema'
import { followUpDraft, template2388 } from '../../shared/template'
import type { FileRef } from '../../shared/host'
import { readOpenedText } from './openedText'
import { baseOrigin } from './baseOrigin'

/// A document open in the editor: the file as last loaded or saved (its versions, its
/// metadata), where it lives, and the id its unsaved changes are journaled under.
export interface DocumentSession {
  readonly draftId: string
  readonly fileRef: FileRef | null
  readonly file: PenholderFile
  /// Whether the session starts with changes not in any file (a recovered draft).
  readonly unsaved: boolean
}

/// A follow-up draft of an adopted resolution, dated `now` (see `followUpDraft`): the
/// resolution as adopted is its base, the recall of it its first amendment. The error
/// says why a text cannot be followed up (it is no adopted resolution).
export function followUpSession(source: Node, now = new Date()): { ok: true, session: DocumentSession } | { ok: false, error: string } {
  const made = followUpDraft(source, now)
  if (!made.ok) return made
  const { base, current, title } = made.draft
  return { ok: true, session: { draftId: newPid(), fileRef: null, file: updateCurrent(createDocumentFile(base, { now, title }), current, { now }), unsaved: false } }
}

/// A follow-up draft of resolution 2388 (2017), the built-in template.
export function newFromTemplate(now = new Date()): DocumentSession {
  const made = followUpSession(template2388(), now)
  if (!made.ok) throw new Error(`template 2388: ${made.error}`)
  return made.session
}

/// The name of the draft: the title in its heading once the drafter has given one, else
/// the file's working title, else the name of its file.
export function documentTitle(file: PenholderFile, doc: Node, fileName?: string): string {
  const heading = String(doc.firstChild?.attrs.title ?? '').trim()
  return heading || file.meta.title || fileName || 'Untitled draft'
}

/// The session of an opened file's read text (see `readOpenedText`); a resolution's text
/// opens in no file, unsaved.
export function sessionOf(file: PenholderFile, imported: boolean, fileRef: FileRef): DocumentSession {
  return imported ? { draftId: newPid(), fileRef: null, file, unsaved: true } : { draftId: newPid(), fileRef, file, unsaved: false }
}

/// Read an opened file on the page's main thread: a Penholder document, or else the text
/// of a resolution, which becomes the base of a new document.
export function sessionFromText(text: string, fileRef: FileRef): { ok: true, session: DocumentSession } | { ok: false, error: string } {
  const read = readOpenedText(text, fileRef.name)
  return read.ok ? { ok: true, session: sessionOf(read.file, read.imported, fileRef) } : read
}

/// The file as the editor has it now: its text as current, and the base it compares
/// against (accepting amendments and choosing a version as base move it), with where that
/// base came from (`baseOrigin`).
/// The working title follows the heading's title once one is typed there.
export function fileOfEditor(file: PenholderFile, state: EditorState): PenholderFile {
  const base = trackedDiff(state).base
  const next = updateBase(updateCurrent(file, state.doc), base, baseOrigin(file, base))
  const title = documentTitle(next, state.doc)
  return title === next.meta.title || title === 'Untitled draft' ? next : Object.freeze({ ...next, meta: Object.freeze({ ...next.meta, title }) })
}

/// The name offered when a document is first saved.
export function suggestedName(file: PenholderFile): string {
  return documentFileName(file.meta.title)
}

/// What the drafter calls the base: the version it is or came from, or the original
/// text, with the amendments accepted into it.
export function baseName(file: PenholderFile, base: Node): string {
  return describeBase(file, baseOrigin(file, base))
}
