import { readFileSync, existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../../../cli/main'
import { childNamed, descendantsNamed } from '../../../../shared/import/docx/xml'
import { useTempFolder } from '../../../support/tempFolder'
import { template2388 } from '../../../../shared/template'
import { importResolution } from '../../../../shared/import'
import { buildResolution, readResolution } from '../../../../shared/schema'
import { createDocumentFile, saveVersion, serializeDocumentFile, updateCurrent } from '../../../../shared/file'
import { bodyParagraphs, docxParts, textOf } from '../../shared/export/docx/docxParts'
import { documentLines, settledLines } from '../../shared/export/docx/settledLines'
import { handMadeDocx, p, r } from '../../shared/import/docx/handMadeDocx'
import { twoAuthorDraft } from '../../../support/trackedDocx'

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

describe('penholder export --format docx-redline and compare --format docx-redline', () => {
  /// A document whose Rev.1, saved by the United States, adds “and policies” to OP4.
  function documentWithRev1(): string {
    const template = template2388()
    const draft = readResolution(template)
    const edited = buildResolution({
      ...draft,
      paragraphs: draft.paragraphs.map(p => ({ ...p, text: p.text.replace('anti-trafficking and related legislation', 'anti-trafficking and related legislation and policies') }))
    })
    const saved = saveVersion(updateCurrent(createDocumentFile(template), edited), { name: 'Rev.1', author: 'United States of America' })
    if (!saved.ok) throw new Error(saved.error)
    const path = join(folder(), 'draft.penholder.json')
    writeFileSync(path, serializeDocumentFile(saved.file))
    return path
  }

  it('signs each tracked change with the author of the version that made it', async () => {
    const target = join(folder(), 'redline.docx')
    expect(await run('export', documentWithRev1(), '--format', 'docx-redline', '-o', target, '--author', 'Secretariat')).toEqual({ code: 0, out: '', err: '' })
    const body = bodyParagraphs(docxParts(readFileSync(target)))
    const ins = body.flatMap(p => descendantsNamed(p, 'w:ins'))
    expect(ins.map(r => [r.attrs['w:author'], textOf(r)])).toEqual([['United States of America', 'and policies ']])
    expect(settledLines(readFileSync(target), false)).toEqual(documentLines(template2388()))
  })

  it('signs the redline of two versions of one document, compared, with the author of the version between them', async () => {
    const path = documentWithRev1()
    const target = join(folder(), 'versions.docx')
    expect(await run('compare', `${path}#base`, path, '--format', 'docx-redline', '-o', target, '--author', 'Secretariat')).toEqual({ code: 0, out: '', err: '' })
    const ins = bodyParagraphs(docxParts(readFileSync(target))).flatMap(p => descendantsNamed(p, 'w:ins'))
    expect(ins.map(r => [r.attrs['w:author'], textOf(r)])).toEqual([['United States of America', 'and policies ']])
  })

  it('writes the redline of two texts, signed by --author', async () => {
    const cases = new URL('../../../cases/compare/number-thousands-compare/', import.meta.url).pathname
    const target = join(folder(), 'compare.docx')
    expect(await run('compare', join(cases, 'a.txt'), join(cases, 'b.txt'), '--format', 'docx-redline', '-o', target, '--author', 'Norway')).toEqual({ code: 0, out: '', err: '' })
    const bytes = readFileSync(target)
    const revisions = bodyParagraphs(docxParts(bytes)).flatMap(p => [...descendantsNamed(p, 'w:ins'), ...descendantsNamed(p, 'w:del')])
    expect(revisions.length).toBeGreaterThanOrEqual(2)
    expect(revisions.every(r => r.attrs['w:author'] === 'Norway')).toBe(true)
    const [a, b] = ['a', 'b'].map(side => importResolution(readFileSync(join(cases, `${side}.txt`), 'utf8')))
    if (!a.ok || !b.ok) throw new Error('the case does not import')
    expect(settledLines(bytes, true)).toEqual(documentLines(b.doc))
    expect(settledLines(bytes, false)).toEqual(documentLines(a.doc))
  })

  it('refuses a redline without -o', async () => {
    expect(await run('compare', 'template:2388', 'template:2388', '--format', 'docx-redline')).toEqual({
      code: 2, out: '', err: 'penholder: --format docx-redline writes a binary file: add -o <file.docx>\n'
    })
  })
})

describe('Word files as inputs', () => {
  it('reads its own .docx back: info, import and export agree with the template', async () => {
    const docx = join(folder(), 'template.docx')
    expect((await run('export', 'template:2388', '--format', 'docx', '-o', docx)).code).toBe(0)
    const text = await run('export', docx, '--format', 'text')
    expect(text).toEqual({ code: 0, out: (await run('export', 'template:2388', '--format', 'text')).out, err: '' })
    const imported = await run('import', docx, '-o', join(folder(), 'template.penholder.json'))
    expect(imported).toEqual({ code: 0, out: `${join(folder(), 'template.penholder.json')}: 24 preambular and 35 operative paragraphs imported from ${docx} (Word)\n`, err: '' })
  })

  it('opens a redline as base, one version per author and current', async () => {
    const docx = join(folder(), 'redline.docx')
    const cases = new URL('../../../cases/compare/reversed-ops-compare/', import.meta.url).pathname
    expect((await run('compare', join(cases, 'a.txt'), join(cases, 'b.txt'), '--format', 'docx-redline', '-o', docx, '--author', 'Chile')).code).toBe(0)
    const info = JSON.parse((await run('info', docx, '--json')).out)
    expect(info.versions).toEqual(['base', 'Chile', 'current'])
    const [base, current] = await Promise.all(['base', 'current'].map(ref => run('export', `${docx}#${ref}`, '--format', 'text')))
    const [a, b] = await Promise.all(['a', 'b'].map(side => run('export', join(cases, `${side}.txt`), '--format', 'text')))
    expect(base.out).toBe(a.out)
    expect(current.out).toBe(b.out)
  })

  it.each([
    ['encrypted.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'is encrypted or an old .doc (an OLE compound file, not a .docx zip): save it from Word as a .docx without a password'],
    ['notes.docx', new TextEncoder().encode('just text'), 'is not a .docx (not a zip file)'],
    ['cut.docx', twoAuthorDraft().slice(0, 120), 'is a damaged .docx (the zip cannot be read: '],
    ['letter.docx', handMadeDocx(p(r('Dear colleagues,')) + p(r('Please find the draft attached.'))), 'not a resolution: ']
  ])('refuses %s in one line naming the file, in info, import and export', async (name, bytes, problem) => {
    const path = join(folder(), name)
    writeFileSync(path, bytes)
    const target = join(folder(), 'out.penholder')
    for (const args of [['info', path], ['import', path, '-o', target], ['export', path, '--format', 'docx', '-o', join(folder(), 'out.docx')]]) {
      const result = await run(...args)
      expect(result.code).toBe(2)
      expect(result.out).toBe('')
      expect(result.err.startsWith(`penholder: ${path}: ${problem}`)).toBe(true)
      expect(result.err.trimEnd()).not.toContain('\n')
    }
    expect(existsSync(target) || existsSync(join(folder(), 'out.docx'))).toBe(false)
  })
})

describe('penholder export --format akn', () => {
  it('prints Akoma Ntoso to standard output', async () => {
    const result = await run('export', 'template:2388', '--format', 'akn')
    expect(result.code).toBe(0)
    expect(result.out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<akomaNtoso xmlns="http:\/\/docs.oasis-open.org\/legaldocml\/ns\/akn\/3.0"><statement name="resolution"/)
  })
})

describe('penholder export --format html', () => {
  it('prints the page of the paper alone', async () => {
    const result = await run('export', 'template:2388', '--format', 'html')
    expect(result.code).toBe(0)
    expect(result.out).toMatch(/^<!doctype html>/)
    expect(result.out).toContain('<p class="op"><span class="num">35.</span>')
  })
})

describe('penholder export --format amendments, as .docx and as text', () => {
  /// A document whose Rev.1, saved by Norway, deletes PP3 and adds words to OP4.
  function documentWithAmendments(): string {
    const template = template2388()
    const draft = readResolution(template)
    const edited = buildResolution({
      ...draft,
      paragraphs: draft.paragraphs.filter((_p, i) => i !== 2).map(p => ({ ...p, text: p.text.replace('anti-trafficking and related legislation', 'anti-trafficking and related legislation and policies') }))
    })
    const saved = saveVersion(updateCurrent(createDocumentFile(template), edited), { name: 'Rev.1', author: 'Norway' })
    if (!saved.ok) throw new Error(saved.error)
    const path = join(folder(), 'draft.penholder.json')
    writeFileSync(path, serializeDocumentFile(saved.file))
    return path
  }

  it('writes the same document both ways: symbol, proposers, title, then the amendments (a numbered Word list in the .docx)', async () => {
    const path = documentWithAmendments()
    const target = join(folder(), 'amendments.docx')
    expect(await run('export', path, '--format', 'amendments', '-o', target)).toEqual({ code: 0, out: '', err: '' })
    const body = bodyParagraphs(docxParts(readFileSync(target)))
    const front = 'S/RES/2388 (2017)\n\nNorway: amendments\n\nAmendments to draft resolution S/RES/2388 (2017)\n\n'
    const text = (await run('export', path, '--format', 'amendments', '--style', 'official')).out
    expect(text).toBe(front + '1. Delete the third preambular paragraph.\n2. In paragraph 4, after the word “legislation”, insert “and policies”.\n')
    const lines = text.trim().split(/\n+/)
    expect(lines.slice(0, 3)).toEqual(['S/RES/2388 (2017)', 'Norway: amendments', 'Amendments to draft resolution S/RES/2388 (2017)'])
    const negotiation = (await run('export', path, '--format', 'amendments')).out
    expect(negotiation).toBe(front + '1. Delete preambular paragraph 3\n2. In operative paragraph 4, after the words “legislation”, insert “and policies”\n')
    const listed = negotiation.trim().split(/\n+/).slice(3).map(line => line.replace(/^\d+\. /, ''))
    expect(body.map(p => textOf(p))).toEqual([...lines.slice(0, 3), ...listed])
    expect(listed).toEqual(['Delete preambular paragraph 3', 'In operative paragraph 4, after the words “legislation”, insert “and policies”'])
    expect(body.slice(3).every(p => descendantsNamed(p, 'w:numId').length === 1)).toBe(true)
  })

  it.each(['negotiation', 'official'])('writes a text that penholder apply reads back to the current text (%s)', async style => {
    const path = documentWithAmendments()
    const list = join(folder(), `amendments-${style}.txt`)
    expect((await run('export', path, '--format', 'amendments', '--style', style, '-o', list)).code).toBe(0)
    const applied = join(folder(), `applied-${style}.penholder`)
    expect(await run('apply', `${path}#base`, list, '-o', applied)).toMatchObject({ code: 0, err: '' })
    expect((await run('export', applied, '--format', 'text')).out).toBe((await run('export', path, '--format', 'text')).out)
  })
})
