import type { PenholderFile } from './file'
/// Where a base came from: the saved version it was set from (its id, which may be the
/// file's `baseDeleted`), or null for the file's original text (the template, import or adopted resolution it was made from),
/// and how many amendments have since been accepted into it. Accepting changes the base
/// but not where it came from, so a reopened file can still call its base what it is.
export interface BaseOrigin {
  readonly version: string | null
  /// A whole number from 0.
  readonly accepted: number
}

/// The origin a file records for its base.
export function baseOriginOf(file: PenholderFile): BaseOrigin {
  return { version: file.baseVersion ?? file.baseDeleted?.id ?? null, accepted: file.baseAccepted }
}

/// What the drafter calls a base of `file` with `origin`: “the original text”, “the
/// original text with 2 accepted amendments”, “version “Rev.1””, “version “Rev.1” with 1
/// accepted amendment”, “deleted version “Rev.1”” (issue 14: call it what it is). A
/// version id the file neither has nor remembers as `baseDeleted` reads as the original
/// text.
export function describeBase(file: PenholderFile, origin: BaseOrigin = baseOriginOf(file)): string {
  const version = origin.version === null ? undefined : file.versions.find(v => v.id === origin.version)
  const deleted = origin.version !== null && file.baseDeleted?.id === origin.version ? file.baseDeleted : null
  const source = version ? `version “${version.name}”` : deleted ? `deleted version “${deleted.name}”` : 'the original text'
  if (!origin.accepted) return source
  return `${source} with ${origin.accepted === 1 ? '1 accepted amendment' : `${origin.accepted} accepted amendments`}`
}
