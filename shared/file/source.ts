import { parseTree, printParseErrorCode, visit, type Node as JsonNode, type ParseErrorCode, type ParseOptions } from 'jsonc-parser'

/// A place in the JSON of a file: property names and array indices from the top.
export type JSONPath = ReadonlyArray<string | number>

/// A path as a reader of the file would write it: `versions[1].doc.content[2]`.
export function formatPath(path: JSONPath): string {
  let out = ''
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(step)) out += out ? '.' + step : step
    else out += `[${quote(step)}]`
  }
  return out
}

/// A value as an error message quotes it: strings in quotes and cut short, containers by
/// kind only, so a message stays one short line whatever the file holds.
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (typeof value === 'string') return quote(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return 'an array'
  return 'an object'
}

/// A string in double quotes with escapes, so no character can break the line of a
/// message (JSON.stringify leaves U+2028, U+2029 and C1 controls as they are), cut after
/// `max` characters.
export function quote(text: string, max = 40): string {
  const cut = text.length <= max ? JSON.stringify(text) : JSON.stringify(text.slice(0, max)).slice(0, -1) + '…"'
  return cut.replace(/[\u007f-\u009f\u2028\u2029]/g, c => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))
}

/// 1-based line and column of an offset, counting columns in UTF-16 units as editors do.
export function lineColumn(text: string, offset: number): { line: number, column: number } {
  let line = 1, lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/// What is wrong with a text that is not JSON, and where.
export interface SyntaxProblem {
  offset: number
  message: string
}

/// How deep a document file's JSON may nest: a Penholder document nests some fifteen
/// levels (file, version, document, part, paragraph, text, mark, attributes). The bound
/// comes first because jsonc-parser, like any recursive descent, would overflow the call
/// stack on the 100,000-deep nesting of a hostile file.
export const maxNesting = 128

/// The first place where the nesting passes `max`, found in one pass that skips strings,
/// or null. Malformed text is left to the parser: this only counts brackets.
export function nestingProblem(text: string, max = maxNesting): SyntaxProblem | null {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 34) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++
    } else if (ch === 123 || ch === 91) {
      if (++depth > max) return { offset: i, message: `nested more than ${max} levels deep, which no Penholder document is` }
    } else if (ch === 125 || ch === 93) depth--
  }
  return null
}

const word = /[\w$+\-.]{1,20}/y

/// The token at `pos` as a message names it: a string or a word whole, other characters
/// alone.
function found(text: string, pos: number): string {
  if (pos >= text.length) return 'the end of the text'
  if (text[pos] === '"') {
    const end = scanString(text, pos)
    if (typeof end === 'number') return `the string ${quote(JSON.parse(text.slice(pos, end)) as string, 20)}`
  }
  word.lastIndex = pos
  const match = word.exec(text)
  return quote(match ? match[0] : String.fromCodePoint(text.codePointAt(pos)!))
}

const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])

/// End of the string whose opening quote is at `pos` (just after its closing quote), or
/// the problem at the very character: jsonc-parser places a string's errors at its
/// opening quote and ends a string at a line break, which would send the reader of a long
/// paragraph's text to the wrong place.
function scanString(text: string, pos: number): number | SyntaxProblem {
  for (let i = pos + 1; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 34) return i + 1
    if (ch < 0x20) return { offset: i, message: `a string cannot contain the control character ${quote(text[i])}` }
    if (ch === 92) {
      const next = text[i + 1]
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, message: `invalid escape ${quote(text.slice(i, i + 6))}, expected \\u and four hexadecimal digits` }
        i += 5
      } else if (next !== undefined && escapes.has(next)) {
        i++
      } else {
        return { offset: i, message: `invalid escape ${quote('\\' + (next ?? ''))} in a string` }
      }
    }
  }
  return { offset: text.length, message: 'unterminated string: found the end of the text' }
}

/// Strict JSON: jsonc-parser reads JSON with comments and trailing commas unless told not to.
const strict: ParseOptions = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false }

/// The message of jsonc-parser's first error, in the words of a person fixing the file.
/// `container` is what the error is inside of (the innermost open object or array), or
/// null at the top.
function describeError(code: ParseErrorCode, text: string, offset: number, container: '{' | '[' | null): SyntaxProblem {
  const at = (message: string, where = offset) => ({ offset: where, message })
  // By name: the codes are an ambient const enum, which isolated modules cannot read.
  switch (printParseErrorCode(code)) {
    case 'PropertyNameExpected': return at(`expected a property name in double quotes, found ${found(text, offset)}`)
    case 'ColonExpected': return at(`expected ":" after a property name, found ${found(text, offset)}`)
    case 'CommaExpected':
    case 'CloseBraceExpected':
    case 'CloseBracketExpected':
      return at(container === '{'
        ? `expected "," or "}" after a property value, found ${found(text, offset)}`
        : `expected "," or "]" after an array element, found ${found(text, offset)}`)
    case 'EndOfFileExpected': return at(`expected the end of the text after the JSON value, found ${found(text, offset)}`)
    case 'InvalidSymbol':
      return container === null && offset > 0 && text.slice(0, offset).trim() !== ''
        ? at(`expected the end of the text after the JSON value, found ${found(text, offset)}`)
        : at(`expected a value, found ${found(text, offset)}`)
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment': return at('a comment, which JSON does not allow')
    case 'UnexpectedEndOfString':
    case 'InvalidUnicode':
    case 'InvalidEscapeCharacter':
    case 'InvalidCharacter': {
      const quoteAt = text.lastIndexOf('"', offset)
      const problem = scanString(text, quoteAt < 0 ? offset : quoteAt)
      return typeof problem === 'number' ? at('unterminated string: found the end of the text', text.length) : problem
    }
    case 'UnexpectedEndOfNumber':
    case 'InvalidNumberFormat': return at(`an unfinished number ${found(text, offset)}`)
    default: return at(`expected a value, found ${found(text, offset)}`)
  }
}

/// Find the first place where `text` stops being JSON, for texts `JSON.parse` refuses:
/// V8's own messages give no position for most mistakes ("Unexpected token 'h'"), and
/// an error that names no line is of little use to a person with a broken file.
/// jsonc-parser (VS Code's) reads the text, with comments refused; its verdict matches
/// JSON.parse's on every text (a fast-check property in the tests). An error inside a
/// string is placed at its character (`scanString`). Nesting deeper than `maxNesting` is
/// itself the problem, found before parsing.
export function findSyntaxError(text: string): SyntaxProblem | null {
  const tooDeep = nestingProblem(text)
  if (tooDeep) return tooDeep
  const open: Array<'{' | '['> = []
  let problem: SyntaxProblem | null = null
  visit(text, {
    onObjectBegin: () => { open.push('{') },
    onObjectEnd: () => { open.pop() },
    onArrayBegin: () => { open.push('[') },
    onArrayEnd: () => { open.pop() },
    onError: (code, offset) => { problem ??= describeError(code, text, offset, open[open.length - 1] ?? null) }
  }, strict)
  return problem
}

/// The offset in `text`, which must be JSON no deeper than `maxNesting`, where the value
/// at `path` starts, or, when the path leads to something the JSON lacks (a missing
/// field), where the deepest value on the way to it starts. Where a key appears twice,
/// the last one counts, as in `JSON.parse`.
export function locatePath(text: string, path: JSONPath): number {
  let node: JsonNode | undefined = parseTree(text, [], strict)
  if (!node) return 0
  for (const step of path) {
    let next: JsonNode | undefined
    if (node.type === 'object' && typeof step === 'string') {
      next = node.children?.findLast(property => property.children?.[0]?.value === step)?.children?.[1]
    } else if (node.type === 'array' && typeof step === 'number') {
      next = node.children?.[step]
    }
    if (!next) return node.offset
    node = next
  }
  return node.offset
}
