import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isWholeResolution, readPastedParagraphs, readPastedText } from '../../../../shared/import'
import { exportPlainText } from '../../../../shared/export'
import { template2388 } from '../../../../shared/template'

const caseFile = (name: string, file: string) => readFileSync(new URL(`../../../cases/paste/${name}/${file}`, import.meta.url), 'utf8')
const brief = (ps: ReturnType<typeof readPastedText>) => ps.map(p => [p.kind, p.text, p.level ?? null])

describe('readPastedText', () => {
  it.each([
    ['the Google Docs case as plain text: two OPs by their verbs', caseFile('google-docs-paste', 'clipboard.txt'), [
      ['op', 'Welcomes the efforts of regional organizations to combat trafficking in persons;', null],
      ['op', 'Encourages Member States to share data on trafficking routes;', null]]],
    ['the Word case as plain text: typed markers go, (a) and (b) are subparagraphs', caseFile('word-list-subparagraphs-paste', 'clipboard.txt'), [
      ['op', 'Requests the Secretary-General to:', null],
      ['sub', 'Establish a database of trafficking cases in conflict areas;', 1],
      ['sub', 'Report to the Council annually;', 1]]],
    ['a PDF copy: lines joined, the word broken at a line end whole, the footer gone', '14. Calls upon Member States to strengthen their partner-\nships against trafficking in persons;\n17-20574 (E)    211117\n*1720574*\n15. Decides to remain seized of the matter.', [
      ['op', 'Calls upon Member States to strengthen their partnerships against trafficking in persons;', null],
      ['op', 'Decides to remain seized of the matter.', null]]],
    ['a preambular paragraph and words that say nothing', 'Recalling its resolution 2331 (2016),\n\nMember States and the United Nations', [
      ['pp', 'Recalling its resolution 2331 (2016),', null],
      [null, 'Member States and the United Nations', null]]],
    ['negotiation labels', 'PP3. Noting the report,\nOP7. Decides to act;', [['pp', 'Noting the report,', null], ['op', 'Decides to act;', null]]]
  ])('%s', (_, text, paragraphs) => {
    expect(brief(readPastedText(text))).toEqual(paragraphs)
  })
})

describe('readPastedParagraphs', () => {
  it('takes Word list levels and hidden markers as subparagraphs and keeps italics without the typed number', () => {
    const read = readPastedParagraphs([
      { text: 'Requests the Secretary-General to:', em: [[0, 8]], marker: '35.' },
      { text: 'Establish a database of trafficking cases in conflict areas;', level: 1, marker: '(a)' },
      { text: 'Report to the Council annually;', level: 1, marker: '(b)' }
    ])
    expect(read.map(p => [p.kind, p.level ?? null, p.em ?? null])).toEqual([['op', null, [[0, 8]]], ['sub', 1, null], ['sub', 1, null]])
  })
  it('counts nested list levels from the shallowest and strips a typed number before the italics', () => {
    const read = readPastedParagraphs([
      { text: '35. Welcomes the efforts;', em: [[4, 12]], level: 2 },
      { text: 'To report;', level: 3 }
    ])
    expect(read).toEqual([{ kind: 'op', text: 'Welcomes the efforts;', em: [[0, 8]] }, { kind: 'sub', text: 'To report;', level: 1 }])
  })
})

describe('isWholeResolution', () => {
  it.each([
    ['the 2388 template as text', exportPlainText(template2388()), true],
    ['two OPs', caseFile('google-docs-paste', 'clipboard.txt'), false],
    ['a sentence that starts with the Council', 'The Security Council reiterated its call.', false]
  ])('%s', (_, text, whole) => {
    expect(isWholeResolution(text)).toBe(whole)
  })
})
