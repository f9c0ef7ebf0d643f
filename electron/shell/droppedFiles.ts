import { basename } from 'node:path'
import { isDocumentName } from '../services'

/// Files dropped on a window: the documents among them, to open, and for the others a
/// one-line problem naming them (the first three) and saying what to do instead.
export function droppedDocuments(paths: readonly string[]): { documents: string[], problem: string | null } {
  const documents = paths.filter(path => isDocumentName(path))
  const others = paths.filter(path => !isDocumentName(path))
  if (!others.length) return { documents, problem: null }
  const names = others.slice(0, 3).map(path => `“${basename(path)}”`).join(', ')
  const more = others.length > 3 ? ` and ${others.length - 3} more` : ''
  return {
    documents,
    problem: `Penholder did not open ${names}${more}: it opens Penholder documents (.penholder, .penholder.json); for the text of a resolution, use File ▸ Import Text.`
  }
}
