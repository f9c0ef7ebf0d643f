import * as z from 'zod'
import { readDocument, laterFormatProblem } from './document'
import { versionNameProblem, authorProblem } from './names'
import { fileFormatVersion, freezeFile, type PenholderFile } from './file'
import { describeValue, quote, type JSONPath } from './source'

/// No generated code: zod otherwise probes `new Function` on first use to compile faster
/// parsers, which the app's Content-Security-Policy (no 'unsafe-eval') reports as a
/// violation on every load. Documents are small; the interpreted path is fast enough.
z.config({ jitless: true })

/// The JSON of a document in a file of format `version`, read into a ProseMirror node as
/// part of the file's shape, so a problem inside a document is reported with its path in
/// the file like any other.
const documentOf = (version: number) => z.unknown().transform((json, ctx) => {
  const result = readDocument(json)
  const problem = result.ok ? laterFormatProblem(result.doc, version) : result.problem
  if (result.ok && !problem) return result.doc
  if (problem) ctx.issues.push({ code: 'custom', message: problem.message, input: json, path: [...problem.path] })
  return z.NEVER
})

const time = z.iso.datetime({ offset: true })

const meta = z.strictObject({
  created: time,
  modified: time,
  app: z.string(),
  title: z.string().optional()
})

/// Names and authors follow the same rules as the version operations, so every file
/// that loads could have been made by them.
function checkVersions(versions: ReadonlyArray<{ id?: string, name: string, author: string }>, ctx: z.RefinementCtx): void {
  const names: string[] = []
  const ids = new Map<string, number>()
  versions.forEach((version, i) => {
    const nameProblem = versionNameProblem(version.name, names)
    if (nameProblem) ctx.addIssue({ code: 'custom', message: nameProblem, path: [i, 'name'], input: version.name })
    names.push(version.name)
    const author = authorProblem(version.author)
    if (author) ctx.addIssue({ code: 'custom', message: author, path: [i, 'author'], input: version.author })
    if (version.id === undefined) return
    if (ids.has(version.id)) ctx.addIssue({ code: 'custom', message: `id ${quote(version.id)} is already the id of versions[${ids.get(version.id)}]`, path: [i, 'id'], input: version.id })
    ids.set(version.id, i)
  })
}

const versionV1 = z.strictObject({ name: z.string(), author: z.string(), at: time, doc: documentOf(1) })

/// Format version 1, as first designed: no version ids, no record of where the base came
/// from.
const fileV1 = z.strictObject({
  format: z.literal('penholder'),
  version: z.literal(1),
  meta,
  base: documentOf(1),
  versions: z.array(versionV1).superRefine(checkVersions),
  current: documentOf(1)
})

const versionOf = (version: number) => z.strictObject({ id: z.string().min(1), name: z.string(), author: z.string(), at: time, doc: documentOf(version) })

function checkBaseVersion(file: { baseVersion: string | null, versions: ReadonlyArray<{ id: string }> }, ctx: z.RefinementCtx): void {
  if (file.baseVersion !== null && !file.versions.some(v => v.id === file.baseVersion)) {
    ctx.addIssue({ code: 'custom', message: `no version has the id ${quote(file.baseVersion)}`, path: ['baseVersion'], input: file.baseVersion })
  }
}

function checkBaseDeleted(file: { baseVersion: string | null, baseDeleted?: { id: string }, versions: ReadonlyArray<{ id: string }> }, ctx: z.RefinementCtx): void {
  const deleted = file.baseDeleted
  if (!deleted) return
  if (file.baseVersion !== null) ctx.addIssue({ code: 'custom', message: 'a base set from a saved version cannot also come from a deleted one ("baseVersion" is not null)', path: ['baseDeleted'], input: deleted })
  else if (file.versions.some(v => v.id === deleted.id)) ctx.addIssue({ code: 'custom', message: `the version with the id ${quote(deleted.id)} is not deleted`, path: ['baseDeleted', 'id'], input: deleted.id })
}

/// The fields of a file from format version 2 on, its documents read as of `version`.
const trackedFile = (version: number) => ({
  format: z.literal('penholder'),
  version: z.literal(version),
  meta,
  base: documentOf(version),
  baseVersion: z.string().nullable(),
  versions: z.array(versionOf(version)).superRefine(checkVersions),
  current: documentOf(version)
})

/// Format version 2: versions carry ids, and the file says which version its base is.
const fileV2 = z.strictObject(trackedFile(2)).superRefine(checkBaseVersion)

/// A comment on the current text, as Word keeps them: anchored to a paragraph by its
/// pid and to a range of that paragraph's text (`from`…`to`, UTF-16 offsets in its
/// `textContent`, a footnote reference counting one). A comment whose paragraph has
/// since been deleted is kept, not refused: losing a delegation's comment on save would
/// be worse than showing it detached.
const comment = z.strictObject({
  id: z.string().min(1),
  author: z.string(),
  /// ISO 8601, or null when the source gives no time.
  date: time.nullable(),
  text: z.string(),
  pid: z.string().min(1),
  from: z.int().min(0),
  to: z.int().min(0),
  replyTo: z.string().min(1).optional(),
  resolved: z.boolean().optional()
}).refine(c => c.from <= c.to, { message: 'the comment\'s range ends before it starts ("to" is less than "from")', path: ['to'] })

function checkComments(comments: ReadonlyArray<{ id: string, replyTo?: string }>, ctx: z.RefinementCtx): void {
  const ids = new Map<string, number>()
  comments.forEach((c, i) => {
    if (ids.has(c.id)) ctx.addIssue({ code: 'custom', message: `id ${quote(c.id)} is already the id of comments[${ids.get(c.id)}]`, path: [i, 'id'], input: c.id })
    ids.set(c.id, i)
  })
  comments.forEach((c, i) => {
    if (c.replyTo !== undefined && !ids.has(c.replyTo)) ctx.addIssue({ code: 'custom', message: `no comment has the id ${quote(c.replyTo)}`, path: [i, 'replyTo'], input: c.replyTo })
  })
}

/// Format version 3, designed once for what real texts hold: the documents may hold
/// annexes, section headings, footnotes, list styles, a start for the operative part and
/// the vote, agenda item and session in the heading; the file keeps comments.
///
/// `baseAccepted` counts the amendments accepted into the base since it was the original
/// text or the version `baseVersion` names. It came in the same round as the rest of
/// version 3, after the first files of it were written: where it is absent, no count was
/// kept, and it reads as 0 (the name the base had then). `baseDeleted`, as late and
/// written only when set, names the version the base was set from once it is deleted;
/// `baseVersion` is then null.
const fileV3 = z.strictObject({
  ...trackedFile(3),
  baseAccepted: z.int().min(0).optional(),
  baseDeleted: z.strictObject({ id: z.string().min(1), name: z.string() }).optional(),
  comments: z.array(comment).superRefine(checkComments)
}).superRefine(checkBaseVersion).superRefine(checkBaseDeleted)

type FileV1 = z.output<typeof fileV1>
type FileV2 = z.output<typeof fileV2>
type FileV3 = z.output<typeof fileV3>

/// Version 1 recorded nothing about the base's origin, so it stays unknown (null). Ids
/// are derived from positions, so reading the same file twice gives the same ids; they
/// cannot meet the random ids of versions saved later, which are longer.
function upgradeV1(file: FileV1): FileV2 {
  return {
    ...file,
    version: 2,
    baseVersion: null,
    versions: file.versions.map((version, i) => ({ id: `r${i + 1}`, ...version }))
  }
}

/// Version 2 knew nothing of comments, nor counted accepted amendments (its base named a
/// version only while it was that version's very text, where the count is 0); its
/// documents hold nothing version 3 reads differently.
function upgradeV2(file: FileV2): FileV3 {
  return { ...file, version: 3, baseAccepted: 0, comments: [] }
}

/// The shape of every format version this app reads, by number.
const shapes: Record<number, z.ZodType> = { 1: fileV1, 2: fileV2, 3: fileV3 }

/// The step from each format version to the next, by the number it starts from. A new
/// format version adds its shape above and the step from the one before it here; files
/// of any older version then climb the whole chain.
const upgrades: Record<number, (file: any) => unknown> = { 1: upgradeV1, 2: upgradeV2 }

/// What is wrong with the JSON of a file, and where.
export interface FileProblem {
  path: JSONPath
  message: string
}

const expectedNames: Record<string, string> = {
  string: 'a string',
  array: 'an array',
  int: 'a whole number',
  object: 'an object'
}

/// A zod issue in words a drafter (or whoever repairs the file) can act on.
function describeIssue(issue: z.core.$ZodIssue): FileProblem {
  const path = issue.path.filter((step): step is string | number => typeof step !== 'symbol')
  const input = (issue as { input?: unknown }).input
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedNames[issue.expected] ?? issue.expected
      return { path, message: input === undefined ? `missing, expected ${expected}` : `expected ${expected}, found ${describeValue(input)}` }
    }
    case 'invalid_format':
      return { path, message: `expected a date and time such as "2017-11-21T15:04:05Z", found ${describeValue(input)}` }
    case 'unrecognized_keys':
      return { path: [...path, issue.keys[0]], message: `unknown field ${quote(issue.keys[0])}` }
    case 'too_small':
      return { path, message: issue.origin === 'number' ? `expected a whole number from ${issue.minimum}, found ${describeValue(input)}` : 'must not be empty' }
    default:
      return { path, message: issue.message }
  }
}

/// Read the parsed JSON of a file: check that it is a Penholder document of a format
/// version this app knows, check it against the shape of that version, and bring it up
/// to the current version.
export function readFileData(data: unknown): { ok: true, file: PenholderFile, migratedFrom: number | null } | { ok: false, problem: FileProblem } {
  const fail = (path: JSONPath, message: string) => ({ ok: false as const, problem: { path, message } })
  const expected = 'expected a JSON object with "format": "penholder"'
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail([], `not a Penholder document: ${expected}, found ${describeValue(data)}`)
  const { format, version } = data as { format?: unknown, version?: unknown }
  if (format !== 'penholder') {
    return format === undefined
      ? fail([], `not a Penholder document: ${expected}, found no "format" field`)
      : fail(['format'], `not a Penholder document: ${expected}, found ${describeValue(format)}`)
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(['version'], version === undefined ? 'missing, expected the format version (a whole number)' : `expected the format version (a whole number from 1), found ${describeValue(version)}`)
  }
  if (version > fileFormatVersion) {
    return fail(['version'], `written by a newer Penholder: format version ${version}, this Penholder reads versions 1 to ${fileFormatVersion}; update Penholder to open it`)
  }
  const result = shapes[version].safeParse(data, { reportInput: true })
  if (!result.success) return { ok: false, problem: describeIssue(result.error.issues[0]) }
  let file: unknown = result.data
  for (let v = version; v < fileFormatVersion; v++) file = upgrades[v](file)
  const { meta, base, baseVersion, baseDeleted = null, baseAccepted = 0, versions, current, comments } = file as FileV3
  return {
    ok: true,
    file: freezeFile({ meta, base, baseVersion, baseDeleted, baseAccepted, versions, current, comments }),
    migratedFrom: version < fileFormatVersion ? version : null
  }
}
