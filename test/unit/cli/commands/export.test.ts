import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../../../cli/main'
import { childNamed, descendantsNamed } from '../../../../shared/import/docx/xml'
import { useTempFolder } from '../../../support/tempFolder'
import { docxParts } from '../../shared/export/docx/docxParts'

const folder = useTempFolder()

async function run(...args: string[]) {
  let out = '', err = ''
  const code = await main(args, { out: t => { out += t }, err: t => { err += t } })
  return { code, out, err }
}

describe('penholder export --format docx', () => {
  it('writes a .docx in the layout, paper and author asked for', async () => {
    const target = join(folder(), 'out.docx')
    const result = await run('export', 'template:2388', '--format', 'docx', '-o', target, '--layout', 'official', '--paper', 'letter', '--author', 'France')
    expect(result).toEqual({ code: 0, out: '', err: '' })
    const parts = docxParts(readFileSync(target))
    expect(childNamed(parts.get('docProps/core.xml')!, 'dc:creator')!.children.join('')).toBe('France')
    expect(descendantsNamed(parts.get('word/document.xml')!, 'w:pgSz')[0].attrs['w:w']).toBe('12240')
    expect([...parts.keys()].some(k => k.startsWith('word/header'))).toBe(true)
  })

  it.each([
    [['--format', 'docx'], 'penholder: --format docx writes a binary file: add -o <file.docx>\n'],
    [['--format', 'docx', '-o', 'x.docx', '--layout', 'typeset'], 'penholder: unknown --layout “typeset” (available: draft, official)\n'],
    [['--format', 'docx', '-o', 'x.docx', '--paper', 'a3'], 'penholder: unknown --paper “a3” (available: a4, letter)\n']
  ])('refuses %j in one line and writes nothing', async (flags, message) => {
    const result = await run('export', 'template:2388', ...flags.map(f => f === 'x.docx' ? join(folder(), f) : f))
    expect(result).toEqual({ code: 2, out: '', err: message })
    expect(existsSync(join(folder(), 'x.docx'))).toBe(false)
  })
})
