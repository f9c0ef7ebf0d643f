import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { selectionForWord } from '../../../../../shared/export/html'
import { exportPlainText } from '../../../../../shared/export'
import { template2388 } from '../../../../../shared/template'
import type { Node } from 'prosemirror-model'
import { buildResolution, forEachParagraph, readResolution } from '../../../../../shared/schema'
import { openDocx } from '../../../../../shared/import/docx/package'
import { readParagraphs } from '../../../../../shared/import/docx/body'
import { childNamed } from '../../../../../shared/import/docx/xml'
import { useTempFolder } from '../../../../support/tempFolder'

const template = template2388()
const folder = useTempFolder()

/// Start and end of the content of the n-th paragraph (0-based, PPs first) of a document.
function paragraph(doc: Node, n: number) {
  const positions: number[] = []
  forEachParagraph(doc, (_node, pos) => { positions.push(pos) })
  const node = doc.resolve(positions[n] + 1).parent
  return { start: positions[n] + 1, end: positions[n] + 1 + node.content.size }
}

/// 2388's OP12 and OP13 as a draft splits them: a lead-in and lettered items, one roman.
const withItems = buildResolution({
  ...readResolution(template),
  paragraphs: [
    { kind: 'op', text: 'Requests the Secretary-General:', lead: 8 },
    { kind: 'sub', level: 1, text: 'To report on trafficking in persons;', lead: 0 },
    { kind: 'sub', level: 2, text: 'Within six months;', lead: 0 },
    { kind: 'op', text: 'Decides to remain actively seized of this matter.', lead: 7 }
  ]
})

/// What LibreOffice makes of pasted HTML: its own HTML import (the filter a paste goes
/// through) writing a .docx, read back paragraph by paragraph as text with its italics.
function pastedInLibreOffice(html: string): Array<{ text: string, italic: string }> {
  const source = join(folder(), 'copied.html')
  writeFileSync(source, html)
  const run = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(folder(), 'profile')).href}`, '--headless', '--infilter=HTML (StarWriter)',
    '--convert-to', 'docx:MS Word 2007 XML', '--outdir', folder(), source], { encoding: 'utf8', timeout: 120_000 })
  expect(run.status).toBe(0)
  const opened = openDocx(readFileSync(join(folder(), 'copied.docx')))
  if (!opened.ok) throw new Error(opened.error)
  return readParagraphs(childNamed(opened.parts.document, 'w:body')!).map(p => ({
    text: p.runs.map(r => r.text).join(''),
    italic: p.runs.filter(r => r.italic).map(r => r.text).join('')
  })).filter(p => p.text.trim())
}

describe('selectionForWord', () => {
  it('copies whole operative paragraphs with their numbers as text and a tab, italics kept', () => {
    const { start } = paragraph(template, 24), { end } = paragraph(template, 25)
    const copied = selectionForWord(template, start, end)
    expect(copied.text.split('\n').map(line => line.slice(0, 40))).toEqual(['1.\tReaffirms its condemnation in the str', '2.\tUrges Members States to consider, as '])
    expect(copied.html).toContain('<p class="op">1.<span style="mso-tab-count:1">\t</span><i>Reaffirms its condemnation</i> in the strongest')
  })

  it('copies subparagraphs with their letters and numerals, a tab after each', () => {
    const copied = selectionForWord(withItems, paragraph(withItems, 0).start, paragraph(withItems, 2).end)
    expect(copied.text).toBe('1.\tRequests the Secretary-General:\n(a)\tTo report on trafficking in persons;\n(i)\tWithin six months;')
    expect(copied.html).toContain('<p class="sub level-2">(i)<span style="mso-tab-count:1">\t</span>Within six months;</p>')
  })

  it('copies words inside a paragraph without a number', () => {
    const { start } = paragraph(template, 24)
    expect(selectionForWord(template, start + 10, start + 26).text).toBe('its condemnation')
  })

  it('copies the whole document with the heading and the organ line, as the text export', () => {
    const copied = selectionForWord(template, 0, template.content.size)
    expect(copied.text).toBe(exportPlainText(template))
    expect(copied.html).toContain('<p class="organ">The Security Council,</p>')
  })

  it('pastes into LibreOffice as numbered paragraphs with the italic opening phrases, heading and organ line first', () => {
    const pasted = pastedInLibreOffice(selectionForWord(template, 0, template.content.size).html)
    const draft = readResolution(template)
    expect(pasted.slice(0, 4).map(p => p.text)).toEqual(['S/RES/2388 (2017)', 'Resolution 2388 (2017)', 'Adopted by the Security Council at its 8111th meeting, on 21 November 2017', 'The Security Council,'])
    let op = 0
    const expected = draft.paragraphs.map(p => {
      const number = p.kind === 'op' ? `${++op}.` : ''
      return { text: number ? `${number} ${p.text}` : p.text, italic: p.text.slice(0, p.lead) }
    })
    expect(pasted.slice(4).map(p => ({ ...p, text: p.text.replace(/^(\d+\.)\s+/, '$1 ') }))).toEqual(expected)
  }, 130_000)
})
