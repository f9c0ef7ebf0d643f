import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { answers, brokenCorpus, generatedBroken, generatedImports, importAnswers } from '../support/fileAnswers'
import { useTempFolder } from '../support/tempFolder'

/// One answer in every edition: the same broken files (test/corpus/broken/, and the large
/// ones made here) opened by the command, the desktop and the web edition are refused
/// with the same problem, each edition naming the file its own way around it.
const temp = useTempFolder()

describe('a broken file gets one answer in every edition', () => {
  it.each([
    ['truncated.penholder', 'line 6, column 11: invalid JSON: unterminated string: found the end of the text'],
    ['future-version.penholder', 'line 3, column 14: version: written by a newer Penholder: format version 99, this Penholder reads versions 1 to 3; update Penholder to open it'],
    ['image.penholder', 'not text (byte 6 is a control character): it looks like an image'],
    ['invalid-utf8.penholder', 'not valid UTF-8 at byte 53 (0xE9); a Penholder document is always UTF-8'],
    ['plain-text.penholder', 'line 1, column 1: not a Penholder document: expected JSON beginning with "{", found "The Security Council,"'],
    ['oversize.penholder', '33.1 MB, larger than the 32.0 MB a Penholder document may be'],
    ['wrong-types.penholder', 'line 4, column 11: meta: expected an object, found "yesterday"'],
    ['proto-key.penholder', 'line 1, column 1: meta: missing, expected an object'],
    ['deep-nesting.penholder', 'line 1, column 169: nested more than 128 levels deep, which no Penholder document is'],
    ['long-paragraph.penholder', 'line 1267, column 11: base.content[3].content[34]: a paragraph of 140,033 characters, longer than the 100,000 a paragraph may hold'],
    ['utf16.penholder', null]
  ])('%s', async (file, problem) => {
    const folder = join(temp(), 'files')
    mkdirSync(folder, { recursive: true })
    const path = join(folder, file)
    if (file in generatedBroken) writeFileSync(path, generatedBroken[file]())
    else copyFileSync(join(brokenCorpus, file), path)
    expect(await answers(path, join(temp(), 'desktop'))).toEqual({ cli: problem, desktop: problem, web: problem })
  })
})

describe('a text to import gets one answer in every edition', () => {
  it.each([
    ['long-paragraph.txt', 'line 340: a paragraph of more than the 100,000 characters a paragraph may hold']
  ])('%s', async (file, problem) => {
    const folder = join(temp(), 'import')
    mkdirSync(folder, { recursive: true })
    const path = join(folder, file)
    writeFileSync(path, generatedImports[file]())
    expect(await importAnswers(path, folder)).toEqual({ cli: problem, desktop: problem, web: problem })
  })
})
