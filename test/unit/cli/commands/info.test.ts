import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli as run } from '../../../support/cli'
import { buildResolution } from '../../../../shared/schema'
import { createDocumentFile, serializeDocumentFile } from '../../../../shared/file'
import { useTempFolder } from '../../../support/tempFolder'
import { annexFootnotesDraft, romanFirstListDraft } from '../../../support/structuredDrafts'

const folder = useTempFolder()

function writeDocument(name: string, draft = annexFootnotesDraft) {
  const path = join(folder(), name)
  writeFileSync(path, serializeDocumentFile(createDocumentFile(buildResolution(draft))))
  return path
}

describe('penholder info on the parts real texts add', () => {
  it('reports adoption, footnotes and annexes in the cli.md shape, from a *.penholder file', async () => {
    const { code, out } = await run('info', writeDocument('declaration.penholder'), '--json')
    expect(code).toBe(0)
    const info = JSON.parse(out)
    expect(Object.keys(info)).toEqual([
      'organ', 'symbol', 'language', 'adoption', 'preambular', 'operative', 'subparagraphs', 'paragraphs', 'footnotes', 'annexes', 'versions', 'base', 'amendments'
    ])
    expect(info.adoption).toEqual({ meeting: '50th plenary meeting', date: '14 December 2026' })
    expect(info.footnotes).toEqual([
      { label: 'FN1', paragraph: 'PP1', text: 'See also resolution 79/888.' },
      { label: 'FN2', paragraph: 'PP2', text: 'See A/81/123, sect. II.' }
    ])
    expect(info.annexes[0].sections).toEqual([{ label: 'A1.S1', text: 'I. Shared commitments', before: 'A1.1' }, { label: 'A1.S2', text: 'II. Action', before: 'A1.3' }])
    expect(info.annexes[0].paragraphs.map((p: { label: string }) => p.label)).toEqual(['A1.1', 'A1.2', 'A1.3', 'A1.3(a)', 'A1.3(b)', 'A1.4'])
  })

  it('reads a version of a *.penholder file as of a *.penholder.json one', async () => {
    const path = writeDocument('excerpt.penholder', { ...romanFirstListDraft, start: 8 })
    const info = JSON.parse((await run('info', path + '#base', '--json')).out)
    expect(info.paragraphs.map((p: { label: string }) => p.label)).toEqual(['PP1', 'OP8', 'OP8(i)', 'OP8(ii)', 'OP9', 'OP9(a)', 'OP9(b)', 'OP9(c)', 'OP10'])
  })

  it('prints section headings before their paragraph, annexes and footnotes in the text summary', async () => {
    const { out } = await run('info', writeDocument('declaration.penholder', { ...annexFootnotesDraft, sections: [{ number: 'I', text: 'Endorsement', at: 2 }] }))
    const lines = out.split('\n')
    expect(lines[1]).toBe('2 preambular, 3 operative paragraphs, 1 section, 2 footnotes, 1 annex')
    expect(lines.slice(6, 8)).toEqual(['S1          I. Endorsement', 'OP1         Endorses the declaration on cooperation against trafficking in persons, annexed to the pr…'])
    expect(lines.slice(10, 13)).toEqual([
      'A1          Declaration on cooperation against trafficking in persons',
      'A1.S1       I. Shared commitments',
      'A1.1        We, the representatives of the States Members of the United Nations, reaffirm our commitm…'
    ])
    expect(lines.slice(-3)).toEqual(['FN1         (PP1) See also resolution 79/888.', 'FN2         (PP2) See A/81/123, sect. II.', ''])
  })
})
