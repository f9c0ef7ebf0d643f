import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { replaceResolutionText } from '../../../../shared/commands'
import { summarizeResolution } from '../../../../shared/schema'
import { importResolution } from '../../../../shared/import'
import { exportPlainText } from '../../../../shared/export'
import { template2388 } from '../../../../shared/template'
import { amendments, run, templateState } from './fixtures/editor'

describe('replaceResolutionText', () => {
  it('puts a whole pasted resolution in place of the text, keeping the heading', () => {
    const edited = exportPlainText(template2388()).replace('Further calls upon', 'Further urges').replace(/\n\n35\.\tDecides[^\n]*\n$/, '\n')
    const imported = importResolution(edited)
    if (!imported.ok) throw new Error(imported.error)
    const state = run(templateState(), replaceResolutionText(imported.doc))!
    expect(state.doc.child(0).eq(template2388().child(0))).toBe(true)
    expect(summarizeResolution(state.doc).operative).toBe(34)
    expect(amendments(state)).toEqual([
      'In operative paragraph 4, replace the words “calls upon” with “urges”',
      'Delete operative paragraph 35'
    ])
  })

  it('brings the pasted text’s annex in, and takes the draft’s own annex out', () => {
    const withAnnex = importResolution(readFileSync(new URL('../../../cases/import/annex-footnotes.txt', import.meta.url), 'utf8'))
    if (!withAnnex.ok) throw new Error(withAnnex.error)
    const annexed = run(templateState(), replaceResolutionText(withAnnex.doc))!
    expect(annexed.doc.childCount).toBe(withAnnex.doc.childCount)
    expect(annexed.doc.lastChild!.eq(withAnnex.doc.lastChild!)).toBe(true)
    const back = run(annexed, replaceResolutionText(template2388()))!
    expect(back.doc.eq(template2388())).toBe(true)
  })
})
