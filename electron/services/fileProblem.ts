import { basename, dirname } from 'node:path'
import { errorCode } from './disk'

/// What went wrong with a file, in the terms a dialog explains to the person drafting.
export type FileProblemKind =
  | 'permission-denied'
  | 'disk-full'
  | 'not-found'
  | 'is-directory'
  | 'read-only'
  | 'read-only-file'
  | 'too-large'
  | 'not-a-document'
  | 'damaged'
  | 'changed-on-disk'
  | 'system'

/// What Penholder was doing when it failed; it starts the sentence of the message.
export type FileAction = 'open' | 'save' | 'read' | 'write' | 'delete'

const causes: Record<string, FileProblemKind> = {
  EACCES: 'permission-denied',
  EPERM: 'permission-denied',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  ENOENT: 'not-found',
  ENOTDIR: 'not-found',
  EISDIR: 'is-directory',
  EROFS: 'read-only',
  EFBIG: 'too-large',
  ERR_FS_FILE_TOO_LARGE: 'too-large'
}

const untouched = 'The file on disk has not been changed.'

function explain(kind: FileProblemKind, action: FileAction, detail: string): string {
  const writing = action === 'save' || action === 'write' || action === 'delete'
  switch (kind) {
    case 'permission-denied':
      return writing
        ? `permission denied: your account may not change this file or its folder. ${untouched} Use Save As to choose another folder.`
        : 'permission denied: your account may not read this file.'
    case 'disk-full':
      return `the disk is full. ${untouched} Free some space, or save to another disk.`
    case 'not-found':
      return writing
        ? 'its folder does not exist (it may have been moved, renamed, deleted, or be on a disk that is no longer connected).'
        : 'the file does not exist (it may have been moved, renamed, deleted, or be on a disk that is no longer connected).'
    case 'is-directory':
      return 'this is a folder, not a file.'
    case 'read-only':
      return `the disk is read-only. ${untouched} Save to another disk.`
    case 'read-only-file':
      return `the file is marked read-only. ${untouched} Use Save As to save a copy, or clear the read-only mark first.`
    case 'too-large':
      return detail ? `the file is too large (${detail}).` : 'the file is too large.'
    case 'not-a-document':
      return `this is not a Penholder document: ${detail}.`
    case 'damaged':
      return `the file is damaged: ${detail}.`
    case 'changed-on-disk':
      return 'another program changed the file since Penholder opened it.'
    case 'system':
      return `the system reported: ${detail}.`
  }
}

/// A failure to open or save a file, as a value the main process can show in a dialog
/// without translating anything: `message` is a whole sentence that names the file and its
/// folder, says what happened and, for a failed save, that the file on disk is as it was.
/// Plain data (kind, path, line) so it survives the trip to the renderer.
export class FileProblem extends Error {
  override readonly name = 'FileProblem'

  private constructor(
    readonly kind: FileProblemKind,
    readonly action: FileAction,
    readonly path: string,
    readonly line: number | undefined,
    readonly code: string | undefined,
    message: string
  ) {
    super(message)
  }

  static create(kind: FileProblemKind, action: FileAction, path: string,
    details: { detail?: string, line?: number, code?: string, stated?: string } = {}): FileProblem {
    const where = details.line === undefined ? '' : `, line ${details.line}`
    const said = details.stated === undefined ? explain(kind, action, details.detail ?? '') : `${details.stated}.`
    const message = `Penholder could not ${action} “${basename(path)}” in ${dirname(path)}${where}: ${said}`
    return new FileProblem(kind, action, path, details.line, details.code, message)
  }

  /// Turn whatever a file operation threw into a problem about `path`. A problem passes
  /// through unchanged, so layers can rethrow without rewording.
  static from(error: unknown, action: FileAction, path: string): FileProblem {
    if (error instanceof FileProblem) return error
    const code = errorCode(error)
    const kind = code && Object.hasOwn(causes, code) ? causes[code] : 'system'
    const detail = error instanceof Error ? error.message : String(error)
    return FileProblem.create(kind, action, path, { detail, code })
  }
}
