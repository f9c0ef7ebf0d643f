import type { PenholderFile } from './file'
import { readFileData } from './formats'
import { findSyntaxError, formatPath, lineColumn, locatePath, nestingProblem, quote } from './source'

/// Far beyond any resolution with all its versions (the 2388 template is some 40 kB): a
/// text this long is not a document file, and reading it would only stall the app.
export const maxFileLength = 64 * 1024 * 1024

export type ParseResult =
  | { ok: true, file: PenholderFile, migratedFrom: number | null }
  /// `error` is one line naming the file, the place and the problem; `line` and `column`
  /// (1-based) repeat the place for a caller that shows it otherwise.
  | { ok: false, error: string, line?: number, column?: number }

/// Read a document file from its text. Never throws and has no side effects: whatever
/// the text, the answer is a file or one line saying what is wrong, so a caller can
/// refuse the file before anything else happens. The file name only labels messages.
export function parseDocumentFile(text: string, fileName: string): ParseResult {
  if (text.length > maxFileLength) {
    const megabytes = (text.length / 1024 / 1024).toFixed(1)
    return { ok: false, error: `${fileName}: too large for a Penholder document (${megabytes} MB of text, the limit is ${maxFileLength / 1024 / 1024} MB)` }
  }
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
