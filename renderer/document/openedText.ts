import { createDocumentFile, parseDocumentFile, type PenholderFile } from '../../shared/file'
import { importResolution } from '../../shared/import'

/// What an opened text holds: a Penholder document's file, or else the file of a new
/// document whose base is the resolution the text is (official layout, PDF copy, press
/// release), `imported`. The error names the file and says what is wrong.
export function readOpenedText(text: string, fileName: string): { ok: true, file: PenholderFile, imported: boolean } | { ok: false, error: string } {
  const parsed = parseDocumentFile(text, fileName)
  if (parsed.ok) return { ok: true, file: parsed.file, imported: false }
  if (text.trimStart().startsWith('{')) return { ok: false, error: parsed.error }
  const imported = importResolution(text)
  if (!imported.ok) return { ok: false, error: `${fileName}${imported.line ? `: line ${imported.line}` : ''}: ${imported.error}` }
  return { ok: true, file: createDocumentFile(imported.doc, { title: fileName.replace(/\.[^.]*$/, '') }), imported: true }
}
