import type { Node } from 'prosemirror-model'
import { importResolution } from '../shared/import'
import { template2388 } from '../shared/template'
import { isDocumentFileName, parseDocumentFile, resolveVersion, type PenholderFile } from '../shared/file'
import { compareDocuments } from '../shared/amend'
import { CliError } from './cliError'
import { readBytes, readText } from './readText'
import { loadDocx } from './docxInput'

/// A resolved `<input>` of the command contract (cli.md): the document it names, and for a
/// document file the file itself, so commands can reach its other versions.
export interface Input {
  name: string
  doc: Node
  file: PenholderFile | null
  versions: string[]
}

/// Whether a path names a document file: `*.penholder`, or `*.penholder.json` as earlier
/// versions wrote them.
export function isDocumentPath(path: string): boolean {
  return isDocumentFileName(path)
}

/// `template:2388`, `draft.penholder`, `draft.penholder#Rev.1` (or the same with
/// `.penholder.json`), a Word file (`x.docx`, `x.docx#base`, `x.docx#France`), or a text
/// file imported on the fly.
export async function loadInput(spec: string): Promise<Input> {
  if (spec.startsWith('template:')) {
    if (spec !== 'template:2388') throw CliError.about(spec, 'unknown template (the built-in template is template:2388)')
    return { name: spec, doc: template2388(), file: null, versions: ['base', 'current'] }
  }
  const hash = spec.lastIndexOf('#')
  const path = hash > 0 && (isDocumentPath(spec.slice(0, hash)) || /\.docx$/i.test(spec.slice(0, hash))) ? spec.slice(0, hash) : spec
  const ref = path === spec ? 'current' : spec.slice(hash + 1)
  if (/\.docx$/i.test(path)) return loadDocx(path, await readBytes(path, 'document'), ref)
  const text = await readText(path, isDocumentPath(path) ? 'document' : 'import')
  if (isDocumentPath(path) || /^\s*\{/.test(text)) {
    const parsed = parseDocumentFile(text, path)
    if (!parsed.ok) throw new CliError(parsed.error)
    const picked = resolveVersion(parsed.file, ref)
    if (!picked.ok) throw CliError.about(spec, picked.error)
    return { name: spec, doc: picked.doc, file: parsed.file, versions: ['base', ...parsed.file.versions.map(v => v.name), 'current'] }
  }
  const imported = importResolution(text)
  if (!imported.ok) throw CliError.about(path, imported.error, imported.line)
  return { name: path, doc: imported.doc, file: null, versions: ['base', 'current'] }
}

/// Amendments from base to current: none for a template or a text, which are their own base.
export function amendmentCount(input: Input): number {
  return input.file ? compareDocuments(input.file.base, input.file.current).changes.length : 0
}
