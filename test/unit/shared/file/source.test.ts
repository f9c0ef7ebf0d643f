import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { describeValue, findSyntaxError, formatPath, lineColumn, locatePath, maxNesting, quote } from '../../../../shared/file/source'

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['versions', 1, 'doc', 'content', 2], 'versions[1].doc.content[2]'],
    [['meta', 'created'], 'meta.created'],
    [['meta', 'odd key'], 'meta["odd key"]'],
    [['meta', 'line\u2028break'], 'meta["line\\u2028break"]'],
    [[0, 'name'], '[0].name']
  ])('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text)
  })
})

describe('describeValue and quote', () => {
  it.each([
    [undefined, 'nothing'],
    [null, 'null'],
    [5, '5'],
    [false, 'false'],
    ['Rev.1', '"Rev.1"'],
    ['two\nlines', '"two\\nlines"'],
    ['two\u2028lines', '"two\\u2028lines"'],
    ['x'.repeat(50), `"${'x'.repeat(40)}…"`],
    [[1, 2], 'an array'],
    [{ a: 1 }, 'an object']
  ])('%j → %s', (value, text) => {
    expect(describeValue(value)).toBe(text)
  })

  it('keeps a quoted string on one line whatever it holds', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', '\n', '\r', '\u0085', '\u2028', '\u2029', '\u000b') }))
    fc.assert(fc.property(text, s => !/[\n\r\u000b\u000c\u0085\u2028\u2029]/.test(quote(s))))
  })
})

describe('lineColumn', () => {
  const text = '{\n  "a": 1,\r\n  "b": x\n}'
  it.each([
    [0, 1, 1],
    [1, 1, 2],
    [2, 2, 1],
    [text.indexOf('x'), 3, 8],
    [text.length, 4, 2]
  ])('offset %i is line %i, column %i', (offset, line, column) => {
    expect(lineColumn(text, offset)).toEqual({ line, column })
  })
})

describe('findSyntaxError', () => {
  it.each([
    ['hello', 0, 'expected a value, found "hello"'],
    ['{"a":1,}', 7, 'expected a property name in double quotes, found "}"'],
    ['{"a" 1}', 5, 'expected ":" after a property name, found "1"'],
    ['{"a":1 "b":2}', 7, 'expected "," or "}" after a property value, found the string "b"'],
    ['[1,2', 4, 'expected "," or "]" after an array element, found the end of the text'],
    ['[1,]', 3, 'expected a value, found "]"'],
    ['"abc', 4, 'unterminated string: found the end of the text'],
    ['{"a":tru}', 5, 'expected a value, found "tru"'],
    ['{"a":"x\\qy"}', 7, 'invalid escape "\\\\q" in a string'],
    ['["\\u12G4"]', 2, 'invalid escape "\\\\u12G4", expected \\u and four hexadecimal digits'],
    ['["a\nb"]', 3, 'a string cannot contain the control character "\\n"'],
    ['-', 0, 'expected a value, found "-"'],
    ['[1.]', 1, 'an unfinished number "1."'],
    ['1e+', 0, 'an unfinished number "1e+"'],
    ['// a comment\n{}', 0, 'a comment, which JSON does not allow'],
    ['{"a": 1, /* b */ "c": 2}', 9, 'a comment, which JSON does not allow'],
    ['01', 1, 'expected the end of the text after the JSON value, found "1"'],
    ['{} {}', 3, 'expected the end of the text after the JSON value, found "{"'],
    ['', 0, 'expected a value, found the end of the text']
  ])('%j: at %i, %s', (text, offset, message) => {
    expect(() => JSON.parse(text)).toThrow()
    expect(findSyntaxError(text)).toEqual({ offset, message })
  })

  it.each(['{}', ' [1, -2.5e+3, "\\u00e9\\n", true, false, null, {"a": {}}] ', '"x"', '0'])('accepts %j', text => {
    expect(findSyntaxError(text)).toBeNull()
  })

  it('refuses nesting deeper than any document before parsing, which would overflow the call stack', () => {
    expect(findSyntaxError('['.repeat(maxNesting) + ']'.repeat(maxNesting))).toBeNull()
    const deep: Array<[string, number]> = [
      ['['.repeat(200_000) + ']'.repeat(200_000), maxNesting],
      ['{"a":'.repeat(200_000) + '}', maxNesting * 5],
      ['["[[[[", ' + '['.repeat(200_000), 9 + maxNesting - 1]
    ]
    for (const [text, offset] of deep)
      expect(findSyntaxError(text)).toEqual({ offset, message: `nested more than ${maxNesting} levels deep, which no Penholder document is` })
  })

  /// Its verdict must be JSON.parse's exactly: a text it passed that JSON.parse refused
  /// would leave the error without a position.
  it('refuses exactly the texts JSON.parse refuses', () => {
    const parses = (text: string) => { try { JSON.parse(text); return true } catch { return false } }
    const pieces = fc.constantFrom('"', '\\', ',', ':', '{', '}', '[', ']', '0', '1', '-', '.', 'e', '+', ' ', 'u', 'a', '\n', '\u0001', 'true', 'nul')
    const mutated = fc.tuple(fc.json({ maxDepth: 3 }), fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.array(pieces, { maxLength: 2 })), { maxLength: 3 }))
      .map(([json, edits]) => edits.reduce((s, [at, cut, insert]) => {
        const i = s.length ? at % s.length : 0
        return s.slice(0, i) + insert.join('') + s.slice(i + cut)
      }, json))
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json(), mutated), text => {
      expect(findSyntaxError(text) === null).toBe(parses(text))
    }), { numRuns: 5000 })
  })
})

describe('locatePath', () => {
  const text = '{\n  "meta": {"created": "x"},\n  "versions": [\n    {"name": "a"},\n    {"name": "b", "doc": {"type": "doc"}}\n  ],\n  "meta": {"app": "y"}\n}'
  const lineOf = (path: Array<string | number>) => lineColumn(text, locatePath(text, path))
  it.each([
    [[], 1, 1],
    [['versions'], 3, 15],
    [['versions', 1], 5, 5],
    [['versions', 1, 'doc'], 5, 26],
    [['versions', 1, 'doc', 'type'], 5, 35],
    [['meta', 'app'], 7, 19],
    [['versions', 7, 'name'], 3, 15],
    [['versions', 0, 'author'], 4, 5]
  ])('%j is at line %i, column %i (the last of repeated keys; the deepest existing value for a missing one)', (path, line, column) => {
    expect(lineOf(path)).toEqual({ line, column })
  })
})
