import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli as run } from '../../support/cli'
import { template2388 } from '../../../shared/template'
import { exportPlainText } from '../../../shared/export'
import { createDocumentFile, saveVersion, serializeDocumentFile, setBase, updateBase, updateCurrent, type PenholderFile } from '../../../shared/file'
import { importResolution } from '../../../shared/import'
import { useTempFolder } from '../../support/tempFolder'

const folder = useTempFolder()
const root = new URL('../../..', import.meta.url).pathname
const templateText = exportPlainText(template2388())
/// Rev.1 of a follow-up draft: “and policies” added to OP4, PP3 deleted.
const rev1Text = templateText
  .replace('anti-trafficking and related legislation', 'anti-trafficking and related legislation and policies')
  .replace(/Recalling its primary responsibility[^\n]*\n\n/, '')

function write(name: string, text: string | Uint8Array) {
  const path = join(folder(), name)
  writeFileSync(path, text)
  return path
}

function documentWithRev1() {
  const rev1 = importResolution(rev1Text)
  if (!rev1.ok) throw new Error(rev1.error)
  let file = createDocumentFile(template2388())
  const saved = saveVersion(updateCurrent(file, rev1.doc), { name: 'Rev.1', author: 'United States of America' })
  if (!saved.ok) throw new Error(saved.error)
  file = saved.file
  return write('draft.penholder.json', serializeDocumentFile(file))
}

describe('penholder info', () => {
  it('describes the template in the JSON shape of cli.md', async () => {
    const { code, out } = await run('info', 'template:2388', '--json')
    expect(code).toBe(0)
    const info = JSON.parse(out)
    expect(Object.keys(info)).toEqual(['organ', 'symbol', 'language', 'adoption', 'preambular', 'operative', 'subparagraphs', 'paragraphs', 'versions', 'base', 'amendments'])
    expect(info).toMatchObject({ organ: 'The Security Council', symbol: 'S/RES/2388 (2017)', language: 'en', adoption: { meeting: '8111th meeting', date: '21 November 2017' }, preambular: 24, operative: 35, subparagraphs: {}, versions: ['base', 'current'], base: 'the original text', amendments: 0 })
    expect(info.paragraphs[7]).toEqual({ label: 'PP8', lead: 'Reiterating deep concern', text: expect.stringMatching(/^Reiterating deep concern that despite/) })
    expect(info.paragraphs[27].lead).toBe('Further calls upon')
  })

  it('reads a text file, a document file and one of its versions', async () => {
    const text = write('rev1.txt', rev1Text)
    expect(JSON.parse((await run('info', text, '--json')).out)).toMatchObject({ preambular: 23, amendments: 0 })
    const doc = documentWithRev1()
    expect(JSON.parse((await run('info', doc, '--json')).out)).toMatchObject({ preambular: 23, versions: ['base', 'Rev.1', 'current'], amendments: 2 })
    expect(JSON.parse((await run('info', doc + '#base', '--json')).out)).toMatchObject({ preambular: 24 })
    expect((await run('info', doc)).out).toMatch(/^S\/RES\/2388 \(2017\) — The Security Council\n23 preambular, 35 operative paragraphs\nversions: base, Rev.1, current \(base: the original text\); 2 amendments/)
  })

  it('names a base with accepted amendments, and the version a base came from', async () => {
    const rev1 = importResolution(rev1Text)
    if (!rev1.ok) throw new Error(rev1.error)
    const saved = saveVersion(updateCurrent(createDocumentFile(template2388()), rev1.doc), { name: 'Rev.1', author: 'United States of America' })
    if (!saved.ok) throw new Error(saved.error)
    const acceptedText = importResolution(rev1Text)
    if (!acceptedText.ok) throw new Error(acceptedText.error)
    const accepted = updateBase(saved.file, acceptedText.doc, { version: null, accepted: 2 })
    const based = setBase(saved.file, saved.file.versions[0].id)
    if (!based.ok) throw new Error(based.error)
    const cases: Array<[PenholderFile, string]> = [
      [accepted, 'the original text with 2 accepted amendments'],
      [based.file, 'version “Rev.1”'],
      [updateBase(based.file, accepted.base, { version: saved.file.versions[0].id, accepted: 1 }), 'version “Rev.1” with 1 accepted amendment']
    ]
    for (const [file, base] of cases) {
      const path = write('based.penholder', serializeDocumentFile(file))
      expect(JSON.parse((await run('info', path, '--json')).out).base).toBe(base)
    }
  })
})

describe('penholder import and export', () => {
  it('imports a press release into a document whose base and current are the text', async () => {
    const source = write('release.txt', readFileSync(join(root, 'fixtures/resolution-2388.press-release.txt')))
    const target = join(folder(), 'follow-up.penholder.json')
    const { code, out } = await run('import', source, '-o', target)
    expect(code).toBe(0)
    expect(out).toContain('24 preambular and 35 operative paragraphs imported')
    expect(out).toContain('press-release layout')
    const exported = await run('export', target, '--format', 'text')
    expect(exported.out.split('\n\n').slice(1)).toEqual(templateText.split('\n\n').slice(1))
  })

  it('exports the template as text, to standard output or a file, CRLF on request', async () => {
    expect((await run('export', 'template:2388', '--format', 'text')).out).toBe(templateText)
    const target = join(folder(), 'out.txt')
    expect((await run('export', 'template:2388', '--format', 'text', '-o', target, '--crlf')).code).toBe(0)
    expect(readFileSync(target, 'utf8')).toBe(templateText.replace(/\n/g, '\r\n'))
  })

  it('exports the amendments of a document from base to current, or between versions', async () => {
    const doc = documentWithRev1()
    const list = (await run('export', doc, '--format', 'amendments')).out
    expect(list).toContain('Delete preambular paragraph 3')
    expect(list).toContain('In operative paragraph 4, after the words “legislation”, insert “and policies”')
    const none = (await run('export', doc, '--format', 'amendments', '--from', 'Rev.1', '--to', 'current'))
    expect(none.code).toBe(0)
    expect(none.out).toBe('No amendments: the two texts read the same.\n')
  })
})

describe('penholder compare', () => {
  it('gives the changes that turn a into b in the JSON shape of cli.md', async () => {
    const rev1 = write('rev1.txt', rev1Text)
    const { code, out } = await run('compare', 'template:2388', rev1, '--json')
    expect(code).toBe(0)
    expect(JSON.parse(out).changes).toEqual([
      { kind: 'deleted', from: 'PP3', description: 'Delete preambular paragraph 3' },
      {
        kind: 'modified', from: 'OP4', to: 'OP4', edits: [{ op: 'insert', text: 'and policies', before: 'legislation' }],
        description: 'In operative paragraph 4, after the words “legislation”, insert “and policies”'
      }
    ])
    expect((await run('compare', 'template:2388', rev1)).out).toMatch(/^deleted +PP3 +Delete preambular paragraph 3\n/)
  })
})

describe('penholder on bad input', () => {
  it.each([
    ['a missing file', ['info', 'missing.txt'], /^penholder: .*missing\.txt: no such file\n$/],
    ['a text that is not a resolution', ['info', '@prose.txt'], /^penholder: .*prose\.txt: not a resolution: expected an organ line/],
    ['a binary file', ['info', '@image.png'], /^penholder: .*image\.png: not text \(byte \d+ is a control character\): it looks like an image$/m],
    ['a corrupt document file', ['info', '@broken.penholder.json'], /^penholder: .*broken\.penholder\.json: line 2, column \d+/],
    ['an unknown version', ['info', '@good.penholder.json#Rev.9'], /^penholder: .*good\.penholder\.json#Rev\.9: no version named "Rev\.9" \(available: base, current\)/],
    ['an unknown template', ['info', 'template:9999'], /^penholder: template:9999: unknown template/],
    ['an unknown command', ['frobnicate'], /^penholder: unknown command “frobnicate”/],
    ['an unknown option', ['info', 'template:2388', '--jsn'], /^penholder: Unknown option '--jsn'/],
    ['an unknown format', ['export', 'template:2388', '--format', 'pdf'], /^penholder: unknown export format “pdf” \(available: text, [a-z, -]+\)$/m],
    ['import without -o', ['import', '@prose.txt'], /^penholder: import needs -o/]
  ])('%s: one line on standard error, exit 2', async (_, args, message) => {
    write('prose.txt', 'The Council underscored the importance of cooperation.\n\nIt also requested reports.')
    write('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    write('broken.penholder.json', '{\n  "format": "penholder",, \n}')
    write('good.penholder.json', serializeDocumentFile(createDocumentFile(template2388())))
    const result = await run(...args.map(a => a.startsWith('@') ? join(folder(), a.slice(1)) : a))
    expect(result.code).toBe(2)
    expect(result.out).toBe('')
    expect(result.err).toMatch(message)
    expect(result.err.trim().split('\n')).toHaveLength(1)
  })

  it('writes nothing when the input is bad, and never replaces a file without --force', async () => {
    const prose = write('prose.txt', 'Hello,\n\nthis is a letter.')
    const target = join(folder(), 'x.penholder.json')
    expect((await run('import', prose, '-o', target)).code).toBe(2)
    expect(existsSync(target)).toBe(false)
    const existing = write('mine.penholder.json', 'my draft')
    const source = write('t.txt', templateText)
    expect((await run('import', source, '-o', existing)).err).toMatch(/already exists \(add --force to replace it\)/)
    expect(readFileSync(existing, 'utf8')).toBe('my draft')
    expect((await run('import', source, '-o', existing, '--force')).code).toBe(0)
    expect(readdirSync(folder()).filter(f => f.endsWith('.tmp') || f.endsWith('.bak'))).toEqual([])
  })
})

describe('the penholder command as installed', () => {
  it('runs through npx from the repository root', () => {
    const out = execFileSync('npx', ['penholder', 'info', 'template:2388', '--json'], { cwd: root, encoding: 'utf8' })
    expect(JSON.parse(out)).toMatchObject({ preambular: 24, operative: 35 })
  })

  it('prints help and exits 0; exits 2 without a command', () => {
    const help = spawnSync('node', [join(root, 'bin/penholder.js'), '--help'], { encoding: 'utf8' })
    expect([help.status, help.stdout]).toEqual([0, expect.stringContaining('penholder info <input> [--json]')])
    expect(spawnSync('node', [join(root, 'bin/penholder.js')], { encoding: 'utf8' }).status).toBe(2)
  })
})
