import type { PenholderFile } from './file'
import { readFileData } from './formats'
import { sizeProblem } from './decodeText'
import { findSyntaxError, formatPath, lineColumn, locatePath, nestingProblem, quote } from './source'

export type ParseResult =
  | { ok: true, file: PenholderFile, migratedFrom: number | null }
  /// `error` is one line naming the file, the place and the problem; `line` and `column`
  /// (1-based) repeat the place for a caller that shows it otherwise.
  | { ok: false, error: string, line?: number, column?: number }

/// Read a document file from its text. Never throws and has no side effects: whatever
/// the text, the answer is a file or one line saying what is wrong, so a caller can
/// refuse the file before anything else happens. The file name only labels messages.
export function parseDocumentFile(text: string, fileName: string): ParseResult {
  // The one document limit of every edition (`decodeText`); a text's length in UTF-16
  // units is at most its size in UTF-8 bytes, so no file that decoded is refused here.
  const tooLarge = sizeProblem(text.length, 'document')
  if (tooLarge) return { ok: false, error: `${fileName}: ${tooLarge}` }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const at = (offset: number, message: string): ParseResult => {
    const { line, column } = lineColumn(source, offset)
    return { ok: false, error: `${fileName}: line ${line}, column ${column}: ${message}`, line, column }
  }
  const start = source.search(/[^ \t\n\r]/)
  if (start < 0) return { ok: false, error: `${fileName}: empty, expected a Penholder document (JSON beginning with "{")` }
  const tooDeep = nestingProblem(source)
  if (tooDeep) return at(tooDeep.offset, tooDeep.message)
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch (e) {
    if (source[start] !== '{') {
      const lineEnd = source.indexOf('\n', start)
      const excerpt = source.slice(start, lineEnd < 0 ? source.length : lineEnd)
      return at(start, `not a Penholder document: expected JSON beginning with "{", found ${quote(excerpt, 30)}`)
    }
    const problem = findSyntaxError(source)
    return problem ? at(problem.offset, `invalid JSON: ${problem.message}`) : { ok: false, error: `${fileName}: invalid JSON: ${(e as Error).message}` }
  }
  const result = readFileData(data)
  if (result.ok) return result
  const { path, message } = result.problem
  const described = path.length ? `${formatPath(path)}: ${message}` : message
  return path.length ? at(locatePath(source, path), described) : { ok: false, error: `${fileName}: ${described}` }
}
