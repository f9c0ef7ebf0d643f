import { describe, expect, it } from 'vitest'
import { exportHtml } from '../../../../../shared/export/html'
import { template2388 } from '../../../../../shared/template'
import { buildResolution, readResolution } from '../../../../../shared/schema'

const template = template2388()

describe('exportHtml', () => {
  const html = exportHtml(template)

  it('writes one page with the paper only: heading, organ line, paragraphs', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/)
    expect(html).toContain('<title>S/RES/2388 (2017)</title>')
    expect(html).toContain('<p class="heading">S/RES/2388 (2017)</p>')
    expect(html).toContain('<p class="organ">The Security Council,</p>')
    expect(html.match(/<p class="pp">/g)).toHaveLength(24)
  })

  it('writes the numbers as text and a tab, and the opening phrases in italics', () => {
    expect(html).toContain('<p class="op"><span class="num">1.</span><span style="mso-tab-count:1">\t</span><i>Reaffirms its condemnation</i> in the strongest terms')
    expect(html).toContain('<p class="op"><span class="num">35.</span>')
    expect(html).toContain('<p class="pp"><i>Taking note</i> of the Secretary-General’s report')
  })

  it('writes subparagraphs in their list style, footnotes as numbered notes, sections and annexes', () => {
    const doc = buildResolution({
      meta: { ...readResolution(template).meta, lang: 'fr', symbol: 'S/2017/983' },
      organ: 'Le Conseil de sécurité',
      paragraphs: [
        { kind: 'pp', text: 'Rappelant ses résolutions,', lead: 9, footnotes: [{ at: 25, text: 'S/RES/2331 (2016).' }] },
        { kind: 'op', text: 'Décide :', lead: 6 },
        { kind: 'sub', level: 1, text: 'D’agir;', lead: 0 },
        { kind: 'op', text: 'Prie le Secrétaire général de faire rapport.', lead: 4 }
      ],
      sections: [{ number: 'I', text: 'Suivi', at: 3 }],
      annexes: [{ title: { text: 'Mandat' }, paragraphs: [{ kind: 'op', text: 'Le groupe se réunit.', lead: 0 }] }]
    })
    const page = exportHtml(doc)
    expect(page).toContain('<p class="sub level-1"><span class="num">a)</span>')
    expect(page).toContain('Rappelant</i> ses résolutions<sup><a href="#note-1">1</a></sup>,')
    expect(page).toContain('<div class="notes"><p id="note-1"><sup>1</sup> S/RES/2331 (2016).</p></div>')
    expect(page).toContain('<p class="section">I. Suivi</p>')
    expect(page).toContain('<p class="annex">Annexe</p>\n<p class="annex-title">Mandat</p>\n<p class="op"><span class="num">1.</span>')
  })
})
