import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Node } from 'prosemirror-model'
import { exportRedlineDocx } from '../../../../shared/export/docx'
import { template2388 } from '../../../../shared/template'
import { buildResolution, readResolution } from '../../../../shared/schema'
import { scatterAmendments } from '../../../bench/scatterAmendments'
import { compareCaseDocument, documentLines, excerptDraft } from '../../shared/export/docx/settledLines'
import { useTempFolder } from '../../../support/tempFolder'

const folder = useTempFolder()
const script = new URL('../../../../scripts/libreoffice/accept_reject.py', import.meta.url).pathname
const python = '/usr/bin/python3'

/// LibreOffice's text export prints a list paragraph as its number, a space and the
/// text, indented, and a footnote reference as its number; the expected lines put a tab
/// after the number and the footnote's mark where its reference stands.
function asLibreOfficePrints(lines: string[]): string[] {
  let note = 0
  return lines.map(line => line.replace('\t', ' ').replace(/\ufffc/g, () => String(++note)))
}
const readLines = (path: string) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split('\n').map(l => l.trim()).filter(l => l)

/// The 2388 text as a draft: every heading line replaced.
function asDraft(doc: Node): Node {
  const draft = readResolution(doc)
  return buildResolution({ ...draft, meta: { ...draft.meta, symbol: 'S/2017/983', distribution: 'Provisional', original: 'English', sponsors: 'United States of America' } })
}

describe('LibreOffice Accept All / Reject All on redline .docx files', () => {
  it('has LibreOffice and its Python bridge to run (apt-get install libreoffice-writer-nogui python3-uno, as .ci/run does)', () => {
    expect(existsSync(python) && spawnSync(python, ['-c', 'import uno'], { stdio: 'ignore' }).status).toBe(0)
    expect(spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status).toBe(0)
  })

  it('gives the current text and the base text exactly', async () => {
    const template = template2388()
    const cases: Array<[string, Node, Node]> = [
      ['scatter-2388', template, scatterAmendments(template, 100, 2388)],
      ['scatter-7', template, scatterAmendments(template, 100, 7)],
      ['number-thousands', compareCaseDocument('number-thousands-compare', 'a'), compareCaseDocument('number-thousands-compare', 'b')],
      ['reversed-ops', compareCaseDocument('reversed-ops-compare', 'a'), compareCaseDocument('reversed-ops-compare', 'b')],
      ['heading-replaced', template, asDraft(template)],
      ['excerpt-sections-annexes', buildResolution(excerptDraft()), buildResolution({
        ...excerptDraft(),
        sections: [{ number: 'II', text: 'Reporting', at: 4 }],
        annexes: [{ ...excerptDraft().annexes![0], title: { text: 'Revised terms of reference' } }]
      })]
    ]
    const args: string[] = [join(folder(), 'profile')]
    for (const [name, base, current] of cases) {
      const docx = join(folder(), `${name}.docx`)
      writeFileSync(docx, await exportRedlineDocx(base, current, { author: 'Penholder tests' }))
      args.push(docx, join(folder(), `${name}.accepted.txt`), join(folder(), `${name}.rejected.txt`))
    }
    const run = spawnSync(python, [script, ...args], { encoding: 'utf8', timeout: 170_000 })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    for (const [name, base, current] of cases) {
      expect(readLines(join(folder(), `${name}.accepted.txt`)), name).toEqual(asLibreOfficePrints(documentLines(current)))
      expect(readLines(join(folder(), `${name}.rejected.txt`)), name).toEqual(asLibreOfficePrints(documentLines(base)))
    }
  }, 180_000)
})
