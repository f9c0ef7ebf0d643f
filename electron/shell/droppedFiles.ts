import { basename } from 'node:path'
import { isDocumentName } from '../services'
import { isWordFileName } from '../../shared/import/docx'

/// Files dropped on a window: the documents and Word files among them, to open, and for the others a
/// one-line problem naming them (the first three) and saying what to do instead.
export function droppedDocuments(paths: readonly string[]): { documents: string[], problem: string | null } {
  const opens = (path: string) => isDocumentName(path) || isWordFileName(path)
  const documents = paths.filter(opens)
  const others = paths.filter(path => !opens(path))
  if (!others.length) return { documents, problem: null }
  const names = others.slice(0, 3).map(path => `“${basename(path)}”`).join(', ')
  const more = others.length > 3 ? ` and ${others.length - 3} more` : ''
  return {
    documents,
    problem: `Penholder did not open ${names}${more}: it opens Penholder documents (.penholder, .penholder.json) and Word files (.docx); for the text of a resolution, use File ▸ Import Text.`
  }
}
