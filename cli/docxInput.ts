import { readDocx } from '../shared/import/docx'
import { createDocumentFile, resolveVersion, saveVersion, updateComments, updateCurrent, type PenholderFile } from '../shared/file'
import { CliError } from './cliError'
import type { Input } from './input'

/// A Word file as an input (cli.md, "Inputs"): its text, or, where it holds tracked
/// changes, a document whose base is the text with every change rejected, whose current
/// text has every change accepted, with a version named after each Word author between
/// them; its comments on the current text. `ref` picks a version as for a document file.
export function loadDocx(path: string, bytes: Uint8Array, ref: string): Input {
  const read = readDocx(bytes)
  if (!read.ok) throw CliError.about(path, read.error)
  const { base, current, versions, comments } = read.document
  let file: PenholderFile = createDocumentFile(base)
  const taken: string[] = []
  for (const version of versions) {
    const name = versionName(version.author, taken)
    const saved = saveVersion(updateCurrent(file, version.doc), { name, author: version.author.trim() || name })
    if (!saved.ok) throw CliError.about(path, `cannot keep the changes of “${version.author}” as a version: ${saved.error}`)
    file = saved.file
    taken.push(name)
  }
  file = updateComments(updateCurrent(file, current), comments.map(({ id, author, date, text, pid, from, to, replyTo, resolved }) =>
    ({ id, author, date, text, pid, from, to, ...replyTo !== undefined && { replyTo }, ...resolved && { resolved } })))
  const picked = resolveVersion(file, ref)
  if (!picked.ok) throw CliError.about(`${path}#${ref}`, picked.error)
  return { name: path, doc: picked.doc, file, versions: ['base', ...file.versions.map(v => v.name), 'current'] }
}

/// A version name for a Word author: the author, or `Unknown author` for changes Word
/// stored without one, never a reserved name or one taken already.
function versionName(author: string, taken: readonly string[]): string {
  const base = author.trim() || 'Unknown author'
  let name = ['base', 'current'].includes(base.toLowerCase()) ? `${base} (author)` : base
  for (let n = 2; taken.some(t => t.toLowerCase() === name.toLowerCase()); n++) name = `${base} (${n})`
  return name
}
