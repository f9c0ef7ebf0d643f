import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli as run } from '../../support/cli'
import { parseDocumentFile } from '../../../shared/file'
import { exportPlainText } from '../../../shared/export'
import { useTempFolder } from '../../support/tempFolder'

const folder = useTempFolder()
const cases = new URL('../../cases/compare/', import.meta.url).pathname

function write(name: string, text: string) {
  const path = join(folder(), name)
  writeFileSync(path, text)
  return path
}

function readDocument(path: string) {
  const parsed = parseDocumentFile(readFileSync(path, 'utf8'), path)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.file
}

describe('penholder compare --style', () => {
  it('words the reversed-ops case in the official register', async () => {
    const { code, out } = await run('compare', join(cases, 'reversed-ops-compare/a.txt'), join(cases, 'reversed-ops-compare/b.txt'), '--format', 'amendments', '--style', 'official')
    expect(code).toBe(0)
    expect(out).toBe('Amendments to the draft resolution\n\n1. Move paragraph 4 to become the first operative paragraph.\n2. Move paragraph 3 to precede paragraph 1.\n3. Move paragraph 2 to precede paragraph 1.\n')
  })

  it('heads an official list with the symbol of the text as tabled', async () => {
    const { out } = await run('compare', 'template:2388', join(cases, 'reversed-ops-compare/b.txt'), '--format', 'amendments', '--style', 'official')
    expect(out).toMatch(/^Amendments to draft resolution S\/RES\/2388 \(2017\)\n\n1\. /)
  })

  it('refuses an unknown register', async () => {
    const { code, err } = await run('compare', 'template:2388', 'template:2388', '--style', 'formal')
    expect([code, err]).toEqual([2, 'penholder: unknown --style “formal” (available: negotiation, official)\n'])
  })
})

describe('penholder apply', () => {
  const a = join(cases, 'reversed-ops-compare/a.txt'), b = join(cases, 'reversed-ops-compare/b.txt')

  it('applies the list compare wrote, giving a document whose base is the input and whose current the other text', async () => {
    const list = write('list.txt', (await run('compare', a, b, '--format', 'amendments', '--style', 'official')).out)
    const target = join(folder(), 'amended.penholder')
    const { code, out } = await run('apply', a, list, '-o', target)
    expect([code, out]).toEqual([0, `${target}: 3 amendments applied to ${a}\n`])
    const file = readDocument(target)
    const second = (await run('export', b, '--format', 'text')).out
    expect(exportPlainText(file.current)).toBe(second)
    expect(exportPlainText(file.base)).toBe((await run('export', a, '--format', 'text')).out)
  })

  it('reports near-misses with the closest text, writes nothing (exit 1), and applies them when accepted', async () => {
    const list = write('slip.txt', '1. In paragraph 2, after the words “anti-Trafficking legislation”, insert “and policies”.\n')
    const target = join(folder(), 'slip.penholder')
    const strict = await run('apply', a, list, '-o', target)
    expect(strict.code).toBe(1)
    expect(strict.err).toBe(`penholder: ${list}: amendment 1 (line 1): “anti-Trafficking legislation” is not in operative paragraph 2 as written; closest: “anti-trafficking legislation”\n` +
      'penholder: nothing written: 1 near-miss; check them, then run again with --accept-near-misses to apply them to the closest text\n')
    expect(existsSync(target)).toBe(false)
    const accepted = await run('apply', a, list, '-o', target, '--accept-near-misses')
    expect([accepted.code, accepted.out]).toEqual([0, `${target}: 1 amendment applied to ${a}, to the closest text found\n`])
    expect(exportPlainText(readDocument(target).current)).toContain('anti-trafficking legislation and policies;')
  })

  /// One line per near-miss above; the closing line counts amendments on both sides.
  it.each([
    ['one amendment with two slips', '1. In paragraph 2, replace the words “Member states” with “States”, and after the words “anti-Trafficking legislation”, insert “and policies”.\n',
      2, '1 amendment applied to A, to the closest text found'],
    ['two amendments, one with two slips', '1. In paragraph 2, replace the words “Member states” with “States”, and after the words “anti-Trafficking legislation”, insert “and policies”.\n2. Delete paragraph 5.\n',
      2, '2 amendments applied to A, 1 of them to the closest text found'],
    ['three amendments, two with a slip each', '1. In paragraph 2, replace the words “Member states” with “States”.\n2. In paragraph 3, delete the words “Financial flows”.\n3. Delete paragraph 5.\n',
      2, '3 amendments applied to A, 2 of them to the closest text found']
  ])('with near-misses accepted, counts amendments applied to the closest text found: %s', async (_name, text, misses, said) => {
    const list = write('slips.txt', text)
    const target = join(folder(), 'slips.penholder')
    const accepted = await run('apply', a, list, '-o', target, '--accept-near-misses')
    expect([accepted.code, accepted.err.split('\n').filter(l => l.endsWith('(applied there)')).length, accepted.out]).toEqual([0, misses, `${target}: ${said.replace('A', a)}\n`])
  })

  it.each([
    ['names a paragraph the text lacks', '1. Delete paragraph 2.\n2. Delete paragraph 9.\n', 'amendment 2 names operative paragraph 9, which the text as tabled lacks (line 2)'],
    ['cannot be read', '1. Delete paragraph 2.\n2. Paragraph 3 is fine as it is.\n', 'amendment 2 cannot read “paragraph 3 is fine as it is” (line 2)'],
    ['holds no amendment', 'Nothing to see here.\n', 'holds no amendment (a list numbered 1., 2. … or (a), (b) …, or lines such as “In paragraph 4, …”)']
  ])('refuses a list that %s, with exit code 2 and nothing written', async (_name, text, problem) => {
    const list = write('bad.txt', text)
    const target = join(folder(), 'bad.penholder')
    const { code, err } = await run('apply', a, list, '-o', target)
    expect([code, err]).toEqual([2, `penholder: ${list}: ${problem}\n`])
    expect(existsSync(target)).toBe(false)
  })
})
