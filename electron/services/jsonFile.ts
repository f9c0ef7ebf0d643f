import { basename, dirname } from 'node:path'
import type { z } from 'zod'
import { nodeDisk, isMissing, type Disk } from './disk'
import { FileProblem } from './fileProblem'
import { writeAtomically } from './atomicWrite'

/// What reading one of the app's own JSON files (settings, recent files, window state,
/// journal entries) gave: its value, nothing (never written yet), or a problem that has
/// been dealt with. A broken file is renamed to `<name>.corrupt`, where a person can still
/// look at it, and the app starts from its defaults instead of failing to start.
export type JsonReading<T> =
  | { readonly kind: 'value', readonly value: T }
  | { readonly kind: 'missing' }
  | { readonly kind: 'problem', readonly problem: FileProblem }

/// The line a `JSON.parse` error points at, where V8 names a position.
function errorLine(text: string, error: unknown): number | undefined {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '')
  if (!position) return undefined
  return text.slice(0, Number(position[1])).split('\n').length
}

/// The file a corrupt one is moved to.
export function corruptPath(path: string): string {
  return `${path}.corrupt`
}

/// Read `path` and check it against `schema`. Unreadable files are reported and left in
/// place (the cause, a permission say, is outside the file); unparsable or invalid ones
/// are set aside.
export async function readJsonFile<T>(path: string, schema: z.ZodType<T>, disk: Disk = nodeDisk): Promise<JsonReading<T>> {
  let text: string
  try {
    text = new TextDecoder().decode(await disk.readFile(path))
  } catch (error) {
    if (isMissing(error)) return { kind: 'missing' }
    return { kind: 'problem', problem: FileProblem.from(error, 'read', path) }
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return setAside(path, 'it is not valid JSON', errorLine(text, error), disk)
  }
  const checked = schema.safeParse(data)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    const where = issue.path.length ? ` at “${issue.path.join('.')}”` : ''
    return setAside(path, `unexpected content${where}: ${issue.message}`, undefined, disk)
  }
  return { kind: 'value', value: checked.data }
}

async function setAside(path: string, reason: string, line: number | undefined, disk: Disk): Promise<JsonReading<never>> {
  const aside = corruptPath(path)
  let kept: string
  try {
    await disk.rename(path, aside)
    kept = `it was kept aside as ${basename(aside)}`
  } catch (error) {
    kept = `it could not be set aside (${FileProblem.from(error, 'write', aside).message})`
  }
  return { kind: 'problem', problem: FileProblem.create('damaged', 'read', path, { detail: `${reason}; ${kept}`, line }) }
}

/// Write a value as indented JSON, atomically and without a backup: these files are
/// rewritten often and rebuilt from defaults if ever lost. Their folder is created on
/// first use.
export async function writeJsonFile(path: string, value: unknown, disk: Disk = nodeDisk): Promise<void> {
  try {
    await disk.mkdir(dirname(path))
  } catch (error) {
    throw FileProblem.from(error, 'write', path)
  }
  await writeAtomically(path, `${JSON.stringify(value, null, 2)}\n`, { disk, backup: 'none', action: 'write' })
}
