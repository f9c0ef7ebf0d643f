import { describe, expect, it } from 'vitest'
import { TextSelection } from 'prosemirror-state'
import { fragmentLines, insertFragment, replaceResolutionText } from '../../../../shared/commands'
import { readParagraph, summarizeResolution } from '../../../../shared/schema'
import { importResolution } from '../../../../shared/import'
import { exportPlainText } from '../../../../shared/export'
import { template2388 } from '../../../../shared/template'
import { amendments, at, outline, run, templateState } from './fixtures/editor'

describe('fragmentLines', () => {
  it.each([
    ['one line', ['one line']],
    ['  Recalling   its resolutions,\r\n\r\nNoting\tthe report,\n', ['Recalling its resolutions,', 'Noting the report,']],
    ['\n \n', []]
  ])('splits %j', (text, lines) => {
    expect(fragmentLines(text)).toEqual(lines)
  })
})

describe('insertFragment', () => {
  const start = templateState()

  it('puts a single line into the current paragraph at the cursor', () => {
    const state = run(at(start, 'OP4', 'Further calls upon Member States,'.length), insertFragment([' and regional organizations']))!
    expect(amendments(state)).toEqual(['In operative paragraph 4, before the words “where”, insert “and regional organizations”'])
  })

  it('makes several lines new paragraphs of the same kind, with their opening phrases italic', () => {
    const lines = ['Deeply concerned about new routes,', 'Noting with appreciation the work of the Team,']
    const state = run(at(start, 'PP2', -1), insertFragment(lines))!
    expect(outline(state.doc).slice(1, 4)).toEqual(['PP2 Taking note of the S', 'PP3 Deeply concerned abo', 'PP4 Noting with apprecia'])
    expect(readParagraph(state.doc.child(2).child(3))).toMatchObject({ lead: 'Noting with appreciation'.length })
    expect(state.doc.child(2).child(1).eq(template2388().child(2).child(1))).toBe(true)
    const pids = new Set<string>()
    state.doc.child(2).forEach(n => pids.add(n.attrs.pid))
    expect(pids.size).toBe(26)
  })

  it('puts lines pasted at the start of a paragraph before it, the cursor after them', () => {
    const state = run(at(start, 'OP2'), insertFragment(['Decides one thing;', 'Decides another;']))!
    expect(outline(state.doc).slice(25, 28)).toEqual(['OP2 Decides one thing;', 'OP3 Decides another;', 'OP4 Urges Members States'])
    expect(state.selection.$head.parent.textContent).toBe('Decides another;')
  })

  it('splits the current paragraph around the lines, the first line continuing it', () => {
    const state = run(at(start, 'OP35', 'Decides'.length), insertFragment([' to act', 'Requests a report']))!
    expect(outline(state.doc).slice(-2)).toEqual(['OP35 Decides to act', 'OP36 Requests a report to'])
  })

  it('joins lines pasted into the organ line', () => {
    const organ = start.apply(start.tr.setSelection(TextSelection.create(start.doc, start.doc.child(0).nodeSize + 1)))
    const state = run(organ, insertFragment(['Le', 'Conseil ']))!
    expect(state.doc.child(1).textContent).toBe('Le Conseil The Security Council')
  })
})

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
})
