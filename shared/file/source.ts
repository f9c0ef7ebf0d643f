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

const space = /[ \t\n\r]*/y
const word = /[\w$+\-.]{1,20}/y

function skipSpace(text: string, pos: number): number {
  space.lastIndex = pos
  space.test(text)
  return space.lastIndex
}

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

/// End of the string starting at `pos` (just after its closing quote), or the problem.
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

function isDigit(text: string, pos: number): boolean {
  const ch = text.charCodeAt(pos)
  return ch >= 48 && ch <= 57
}

function skipDigits(text: string, pos: number): number {
  while (isDigit(text, pos)) pos++
  return pos
}

/// End of the number starting at `pos`, or the problem.
function scanNumber(text: string, pos: number): number | SyntaxProblem {
  let i = text[pos] === '-' ? pos + 1 : pos
  if (!isDigit(text, i)) return { offset: i, message: `expected a digit after "-", found ${found(text, i)}` }
  i = text[i] === '0' ? i + 1 : skipDigits(text, i)
  if (text[i] === '.') {
    if (!isDigit(text, ++i)) return { offset: i, message: `expected a digit after the decimal point, found ${found(text, i)}` }
    i = skipDigits(text, i)
  }
  if (text[i] === 'e' || text[i] === 'E') {
    if (text[++i] === '+' || text[i] === '-') i++
    if (!isDigit(text, i)) return { offset: i, message: `expected a digit in the exponent, found ${found(text, i)}` }
    i = skipDigits(text, i)
  }
  return i
}

/// End of the scalar value (string, number, literal) starting at `pos`, or the problem.
function scanScalar(text: string, pos: number): number | SyntaxProblem {
  const ch = text[pos]
  if (ch === '"') return scanString(text, pos)
  for (const literal of ['true', 'false', 'null']) if (text.startsWith(literal, pos)) return pos + literal.length
  if (ch === '-' || isDigit(text, pos)) return scanNumber(text, pos)
  return { offset: pos, message: `expected a value, found ${found(text, pos)}` }
}

/// Find the first place where `text` stops being JSON, for texts `JSON.parse` refuses:
/// V8's own messages give no position for most mistakes ("Unexpected token 'h'"), and
/// an error that names no line is of little use to a person with a broken file. The scan
/// keeps its own stack, so no nesting depth can overflow the call stack.
export function findSyntaxError(text: string): SyntaxProblem | null {
  const open: Array<'{' | '['> = []
  let pos = 0
  const readKey = (): SyntaxProblem | null => {
    pos = skipSpace(text, pos)
    if (text[pos] !== '"') return { offset: pos, message: `expected a property name in double quotes, found ${found(text, pos)}` }
    const end = scanString(text, pos)
    if (typeof end !== 'number') return end
    pos = skipSpace(text, end)
    if (text[pos] !== ':') return { offset: pos, message: `expected ":" after a property name, found ${found(text, pos)}` }
    pos++
    return null
  }
  for (;;) {
    pos = skipSpace(text, pos)
    const ch = text[pos]
    if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']'
      pos = skipSpace(text, pos + 1)
      if (text[pos] === close) {
        pos++
      } else {
        open.push(ch)
        if (ch === '{') {
          const problem = readKey()
          if (problem) return problem
        }
        continue
      }
    } else {
      const end = scanScalar(text, pos)
      if (typeof end !== 'number') return end
      pos = end
    }
    for (;;) {
      pos = skipSpace(text, pos)
      const container = open[open.length - 1]
      if (!container) return pos < text.length ? { offset: pos, message: `expected the end of the text after the JSON value, found ${found(text, pos)}` } : null
      const next = text[pos]
      if (next === ',') {
        pos++
        if (container === '{') {
          const problem = readKey()
          if (problem) return problem
        }
        break
      }
      if (next === (container === '{' ? '}' : ']')) {
        pos++
        open.pop()
        continue
      }
      return {
        offset: pos,
        message: container === '{'
          ? `expected "," or "}" after a property value, found ${found(text, pos)}`
          : `expected "," or "]" after an array element, found ${found(text, pos)}`
      }
    }
  }
}

/// End of the value starting at `pos` in valid JSON.
function skipValue(text: string, pos: number): number {
  const ch = text[pos]
  if (ch === '"') return scanString(text, pos) as number
  if (ch !== '{' && ch !== '[') return scanScalar(text, pos) as number
  let depth = 0
  for (let i = pos; ; i++) {
    const c = text[i]
    if (c === '"') i = (scanString(text, i) as number) - 1
    else if (c === '{' || c === '[') depth++
    else if ((c === '}' || c === ']') && --depth === 0) return i + 1
  }
}

/// The offset in `text`, which must be valid JSON, where the value at `path` starts, or,
/// when the path leads to something the JSON lacks (a missing field), where the deepest
/// value on the way to it starts. Where a key appears twice, the last one counts, as in
/// `JSON.parse`.
export function locatePath(text: string, path: JSONPath): number {
  let pos = skipSpace(text, 0)
  for (const step of path) {
    const ch = text[pos]
    let target = -1
    if (ch === '{' && typeof step === 'string') {
      let at = skipSpace(text, pos + 1)
      while (text[at] === '"') {
        const keyEnd = scanString(text, at) as number
        const key = JSON.parse(text.slice(at, keyEnd)) as string
        const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1)
        if (key === step) target = valueStart
        at = skipSpace(text, skipValue(text, valueStart))
        if (text[at] === ',') at = skipSpace(text, at + 1)
      }
    } else if (ch === '[' && typeof step === 'number') {
      let at = skipSpace(text, pos + 1)
      for (let index = 0; text[at] !== ']'; index++) {
        if (index === step) { target = at; break }
        at = skipSpace(text, skipValue(text, at))
        if (text[at] === ',') at = skipSpace(text, at + 1)
      }
    }
    if (target < 0) return pos
    pos = target
  }
  return pos
}
