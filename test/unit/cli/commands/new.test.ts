import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli as run } from '../../../support/cli'
import { parseDocumentFile } from '../../../../shared/file'
import { amendmentsOf, diffDocuments } from '../../../../shared/amend'
import { unDate } from '../../../../shared/template'
import { useTempFolder } from '../../../support/tempFolder'

const folder = useTempFolder()
const corpus = new URL('../../../corpus/', import.meta.url).pathname

describe('penholder new --from', () => {
  it.each([
    ['template:2388', 'Follow-up to resolution 2388 (2017)', 'S/RES/2388 (2017)', /^Recalling presidential statement\s2015\/25, resolutions\s2331\s\(2016\) and 2388\s\(2017\),$/],
    [join(corpus, 'ga-80-1-pdf-extraction.txt'), 'Follow-up to resolution 80/1', 'A/RES/80/1', /^Recalling its resolution 80\/1 of 19 September 2025,$/]
  ])('%s: a draft dated today whose base is the source', async (from, title, baseSymbol, firstPP) => {
    const out = join(folder(), 'follow-up.penholder')
    const result = await run('new', '--from', from, '-o', out)
    expect(result).toMatchObject({ code: 0, err: '' })
    expect(result.out).toContain(title)
    const parsed = parseDocumentFile(readFileSync(out, 'utf8'), out)
    if (!parsed.ok) throw new Error(parsed.error)
    const { file } = parsed
    expect(file.meta.title).toBe(title)
    expect(file.base.child(0).attrs.symbol).toBe(baseSymbol)
    expect(file.current.child(0).attrs).toMatchObject({ meeting: '', date: unDate(new Date(), 'en') })
    expect(file.current.child(2).child(0).textContent).toMatch(firstPP)
    expect(amendmentsOf(diffDocuments(file.base, file.current))).toHaveLength(1)
  })

  it.each([
    [['new', '-o', 'x.penholder'], /new needs --from/],
    [['new', '--from', 'template:2388'], /new needs -o/],
    [['new', '--from', 'template:2388', '-o', 'x.txt'], /x\.txt: the output of new must be named \*\.penholder/]
  ])('%j is refused in one line', async (args, message) => {
    const { code, err } = await run(...args)
    expect(code).toBe(2)
    expect(err).toMatch(message)
    expect(err.trim().split('\n')).toHaveLength(1)
  })

  it('refuses a text without an adopted symbol and writes nothing', async () => {
    const out = join(folder(), 'never.penholder')
    const { code, err } = await run('new', '--from', join(corpus, 'sc-242-1967.txt'), '-o', out)
    expect(code).toBe(2)
    expect(err).toMatch(/sc-242-1967\.txt: not an adopted resolution/)
    expect(existsSync(out)).toBe(false)
  })

  it('keeps an existing file unless --force', async () => {
    const out = join(folder(), 'kept.penholder')
    writeFileSync(out, 'mine')
    expect((await run('new', '--from', 'template:2388', '-o', out)).code).toBe(2)
    expect(readFileSync(out, 'utf8')).toBe('mine')
    expect((await run('new', '--from', 'template:2388', '-o', out, '--force')).code).toBe(0)
  })
})
