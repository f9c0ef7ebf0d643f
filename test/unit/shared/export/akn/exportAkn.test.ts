import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'
import { exportAkn } from '../../../../../shared/export/akn'
import { template2388 } from '../../../../../shared/template'
import { buildResolution, readResolution } from '../../../../../shared/schema'
import { parseXml, descendantsNamed, childNamed, type XmlElement } from '../../../../../shared/import/docx/xml'

const folder = new URL('../../../../schemas/akn/', import.meta.url)
const schemaFiles = ['akomantoso30.xsd', 'xml.xsd'].map(fileName => ({ fileName, contents: readFileSync(new URL(fileName, folder), 'utf8') }))

async function validate(xml: string) {
  const result = await validateXML({ xml: [{ fileName: 'resolution.xml', contents: xml }], schema: [schemaFiles[0]], preload: [schemaFiles[1]] })
  return result.errors.map(e => e.rawMessage)
}

const template = template2388()

/// An excerpt from OP8 of a General Assembly draft with a roman-first list, nested
/// subparagraphs, a footnote, a section heading and two annexes.
const richDoc = () => buildResolution({
  meta: { ...readResolution(template).meta, symbol: 'A/RES/80/12', title: 'Oceans and the law of the sea', date: '14 December 2025', meeting: '45th plenary', sponsors: '' },
  organ: 'The General Assembly',
  start: 8,
  paragraphs: [
    { kind: 'pp', text: 'Recalling its resolutions, in particular:', lead: 9, footnotes: [{ at: 24, text: 'A/RES/79/144.' }] },
    { kind: 'sub', level: 1, text: 'Resolution 70/1;', lead: 0 },
    { kind: 'op', text: 'Decides:', lead: 7 },
    { kind: 'sub', level: 1, listStyle: 'roman', text: 'To act;', lead: 0 },
    { kind: 'sub', level: 2, text: 'At once;', lead: 0 },
    { kind: 'op', text: 'Requests a report.', lead: 8 }
  ],
  sections: [{ number: 'I', text: 'Follow-up', at: 5 }],
  annexes: [
    { title: { text: 'Terms of reference' }, paragraphs: [{ kind: 'pp', text: 'The panel is independent.', lead: 0 }, { kind: 'op', text: 'The panel meets yearly.', lead: 0 }] },
    { title: { text: 'Members' }, paragraphs: [{ kind: 'op', text: 'Five experts.', lead: 0 }] }
  ]
})

describe('exportAkn', () => {
  it.each([
    ['resolution 2388 (2017)', () => template],
    ['a General Assembly excerpt with lists, footnotes, a section and two annexes', richDoc]
  ])('validates against the OASIS Akoma Ntoso 3.0 schema: %s', async (_name, make) => {
    expect(await validate(exportAkn(make(), { generated: '2026-11-30' }))).toEqual([])
  })

  it('validates the shared minimal example, so that the validator itself can be trusted, and refuses a broken copy', async () => {
    const example = readFileSync(new URL('example-minimal-resolution.xml', folder), 'utf8')
    expect(await validate(example)).toEqual([])
    expect((await validate(example.replace('<mainBody>', '<mainBody><bogus/>'))).length).toBeGreaterThan(0)
  })

  it('writes the 2388 structure: statement, preface, formula, containers with GUIDs, numbered paragraphs', () => {
    const root = parseXml(exportAkn(template, { generated: '2026-11-30' }))
    const statement = childNamed(root, 'statement')!
    expect(statement.attrs).toEqual({ name: 'resolution', contains: 'originalVersion' })
    expect(textOf(descendantsNamed(statement, 'docNumber')[0])).toBe('S/RES/2388 (2017)')
    expect(textOf(descendantsNamed(statement, 'formula')[0])).toBe('The Security Council,')
    const containers = descendantsNamed(statement, 'container')
    expect(containers).toHaveLength(24)
    expect(containers[0].attrs).toEqual({ name: 'preambularParagraph', eId: 'pp_1', GUID: 't2388-pp01' })
    expect(textOf(descendantsNamed(containers[0], 'i')[0])).toBe('Recalling')
    const paragraphs = descendantsNamed(childNamed(statement, 'mainBody')!, 'paragraph')
    expect(paragraphs.map(p => textOf(childNamed(p, 'num')!))).toEqual(Array.from({ length: 35 }, (_, i) => `${i + 1}.`))
    expect(paragraphs[34].attrs).toEqual({ eId: 'para_35', GUID: 't2388-op35' })
    expect(descendantsNamed(statement, 'FRBRdate')[0].attrs).toEqual({ date: '2017-11-21', name: 'adoption' })
  })

  it('writes subparagraphs as list/intro/point, sections as divisions, notes and annexes as attachments', () => {
    const statement = childNamed(parseXml(exportAkn(richDoc(), { generated: '2026-11-30' })), 'statement')!
    const points = descendantsNamed(statement, 'point')
    expect(points.map(p => [p.attrs.eId, textOf(childNamed(p, 'num')!)])).toEqual([
      ['para_8__list_1__point_i', '(i)'], ['para_8__list_1__point_i__list_1__point_i', '(i)']
    ])
    expect(textOf(descendantsNamed(statement, 'intro')[0])).toBe('Decides:')
    expect(descendantsNamed(statement, 'division').map(d => textOf(childNamed(d, 'heading')!))).toEqual(['Follow-up'])
    expect(descendantsNamed(statement, 'authorialNote').map(n => [n.attrs.marker, textOf(n)])).toEqual([['1', 'A/RES/79/144.']])
    expect(descendantsNamed(statement, 'attachment').map(a => textOf(descendantsNamed(a, 'docTitle')[0]))).toEqual(['Terms of reference', 'Members'])
    expect(textOf(childNamed(statement, 'conclusions')!)).toBe('45th plenary meeting14 December 2025')
  })
})

function textOf(element: XmlElement): string {
  return element.children.map(c => typeof c === 'string' ? c : textOf(c)).join('')
}
