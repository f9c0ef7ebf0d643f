import type { Node } from 'prosemirror-model'

/// The format version this app writes. Any change to the shape of the file, even an added
/// optional field, takes a new number and a step in `formats.ts`: a file is read
/// strictly by the shape of its version, so an older app refuses a newer file instead
/// of dropping what it does not know.
export const fileFormatVersion = 3

/// The app version recorded in the files it writes (`meta.app`). shared/ cannot read
/// package.json, so it is repeated here; a test keeps the two equal.
export const appVersion = '0.1.0'

/// Facts about the file, not the resolution: the heading of the resolution (symbol,
/// date, sponsors) lives in the document's heading node.
export interface FileMeta {
  /// ISO 8601 times.
  readonly created: string
  readonly modified: string
  /// The app that last wrote the file: `penholder 0.1.0`.
  readonly app: string
  /// A working title for the draft, shown in lists of files.
  readonly title?: string
}

/// A named snapshot of the document, saved by a drafter.
export interface SavedVersion {
  /// Stable while the version is renamed, so what refers to a version keeps referring to
  /// it.
  readonly id: string
  readonly name: string
  readonly author: string
  /// When it was saved, as an ISO 8601 time.
  readonly at: string
  readonly doc: Node
}

/// A comment on the current text (a .docx comment, or one made in the app), anchored to
/// a paragraph by its pid and to the range `from`…`to` of that paragraph's text (UTF-16
/// offsets in its `textContent`, where a footnote reference counts one). `date` is an
/// ISO 8601 time, or null when the source gives none; `replyTo` is the id of the comment
/// this one answers; `resolved` is Word's "done".
export interface DocumentComment {
  readonly id: string
  readonly author: string
  readonly date: string | null
  readonly text: string
  readonly pid: string
  readonly from: number
  readonly to: number
  readonly replyTo?: string
  readonly resolved?: boolean
}

/// A document file in memory. The tracked changes the drafter sees are the difference
/// between `base` and `current`; the file stores clean texts only.
export interface PenholderFile {
  readonly meta: FileMeta
  readonly base: Node
  /// The id of the saved version the base was set from, or null when the base came from
  /// no version the file has: the text the file was created from (template, import,
  /// adopted resolution), a version since deleted (`baseDeleted`), or a base that format
  /// version 1 did not say the origin of.
  readonly baseVersion: string | null
  /// The saved version the base was set from, once that version is deleted: its id and
  /// its name then, so that the base is still called what it is (“deleted version
  /// “Rev.1””, issue 14) rather than the original text. Null otherwise.
  readonly baseDeleted: DeletedVersion | null
  /// How many amendments have been accepted into the base since it was that version's
  /// (or the original) text: a whole number from 0. See `BaseOrigin`.
  readonly baseAccepted: number
  readonly versions: readonly SavedVersion[]
  readonly current: Node
  /// Comments on `current`, in the order they were made.
  readonly comments: readonly DocumentComment[]
}

/// A saved version that is gone, as a base made from it remembers it.
export interface DeletedVersion {
  readonly id: string
  readonly name: string
}

/// The `meta.app` value this app writes.
export const appName = `penholder ${appVersion}`

/// Freeze a file and its parts, so every change goes through a function returning a new
/// file.
export function freezeFile(file: PenholderFile): PenholderFile {
  Object.freeze(file.meta)
  if (file.baseDeleted) Object.freeze(file.baseDeleted)
  for (const version of file.versions) Object.freeze(version)
  Object.freeze(file.versions)
  for (const comment of file.comments) Object.freeze(comment)
  Object.freeze(file.comments)
  return Object.freeze(file)
}

/// A new file whose base and current text are both `base`.
export function createDocumentFile(base: Node, options: { now?: Date, title?: string } = {}): PenholderFile {
  const now = (options.now ?? new Date()).toISOString()
  const meta: FileMeta = options.title === undefined
    ? { created: now, modified: now, app: appName }
    : { created: now, modified: now, app: appName, title: options.title }
  return freezeFile({ meta, base, baseVersion: null, baseDeleted: null, baseAccepted: 0, versions: [], current: base, comments: [] })
}
