import { docxFile } from '../shared/import/docx'
import { resolveVersion } from '../shared/file'
import { CliError } from './cliError'
import type { Input } from './input'

/// A Word file as an input (cli.md, "Inputs"): the document every edition opens it as
/// (`docxFile`: its text, or base, one version per Word author and current where it
/// holds tracked changes; its comments). `ref` picks a version as for a document file.
export function loadDocx(path: string, bytes: Uint8Array, ref: string): Input {
  const read = docxFile(bytes, path)
  if (!read.ok) throw new CliError(read.error)
  const { file } = read
  const picked = resolveVersion(file, ref)
  if (!picked.ok) throw CliError.about(`${path}#${ref}`, picked.error)
  return { name: path, doc: picked.doc, file, versions: ['base', ...file.versions.map(v => v.name), 'current'] }
}
