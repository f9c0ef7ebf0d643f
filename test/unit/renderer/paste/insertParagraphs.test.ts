import { describe, expect, it } from 'vitest'
import { EditorState, TextSelection } from 'prosemirror-state'
import { labelParagraphs, readResolution } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'
import { readPastedText } from '../../../../shared/import'
import { exportPlainText } from '../../../../shared/export'
import { insertParagraphs } from '../../../../renderer/paste/insertParagraphs'

/// The 2388 template with the caret in a paragraph, `offset` characters into its text
/// (`end` for its end).
function caretIn(label: string, offset: number | 'end'): EditorState {
  const state = EditorState.create({ doc: template2388() })
  const { pos } = labelParagraphs(state.doc).find(l => l.label === label)!
  const size = state.doc.nodeAt(pos)!.content.size
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos + 1 + (offset === 'end' ? size : offset))))
}

const welcomes = 'Welcomes the efforts of regional organizations;'
const encourages = 'Encourages Member States to share data;'
const around = (state: EditorState, from: number, to: number) => readResolution(state.doc).paragraphs.slice(from, to).map(p => [p.kind, p.text.slice(0, 24), p.level ?? null])

describe('insertParagraphs', () => {
  it('puts pasted OPs after the paragraph whose end the caret is at', () => {
    const state = caretIn('OP34', 'end')
    const done = insertParagraphs(state, readPastedText(`${welcomes}\n\n${encourages}`))!
    const next = state.apply(done.tr)
    expect(done).toMatchObject({ paragraphs: 2, changed: 0 })
    expect(around(next, 57, 61)).toEqual([['op', 'Requests the Secretary-G', null], ['op', 'Welcomes the efforts of ', null], ['op', 'Encourages Member States', null], ['op', 'Decides to remain active', null]])
    expect(readResolution(next.doc).paragraphs[58].lead).toBe('Welcomes'.length)
  })

  it('splits a paragraph at a caret inside it, the second half with an id of its own', () => {
    const state = caretIn('OP2', 'Urges'.length)
    const next = state.apply(insertParagraphs(state, readPastedText(`${welcomes}\n${encourages}`))!.tr)
    const ps = readResolution(next.doc).paragraphs
    expect(ps.slice(25, 29).map(p => p.text.slice(0, 24))).toEqual(['Urges', welcomes.slice(0, 24), encourages.slice(0, 24), ' Members States to consi'])
    expect(ps[25].pid).toBe(readResolution(state.doc).paragraphs[25].pid)
  })

  // Ids the paragraph-id plugin would otherwise add in a transaction of its own, which
  // makes the diff and the redline of each slice of a big paste start over.
  it.each<[string, string, number | 'end']>([
    ['OPs of 2388 pasted at the end of OP34', 'OP34', 'end'],
    ['OPs of 2388 pasted into the middle of OP2', 'OP2', 'Urges'.length],
    ['OPs of 2388 pasted at the end of PP24, as PPs', 'PP24', 'end']
  ])('gives every paragraph of %s an id no other paragraph has', (_name, label, offset) => {
    const state = caretIn(label, offset)
    const next = state.apply(insertParagraphs(state, readPastedText(exportPlainText(template2388()).split('\n').filter(line => /^\d+\.\s/.test(line)).join('\n')))!.tr)
    const ids = readResolution(next.doc).paragraphs.map(p => p.pid)
    expect(ids.length).toBeGreaterThan(90)
    expect(ids.every(Boolean)).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gives OPs pasted into the preamble the kind of the place, and counts them', () => {
    const state = caretIn('PP24', 'end')
    const done = insertParagraphs(state, readPastedText(`1. ${welcomes}\n2. ${encourages}`))!
    expect(done).toMatchObject({ paragraphs: 2, changed: 2, from: 'op', to: 'pp' })
    expect(around(state.apply(done.tr), 24, 26)).toEqual([['pp', 'Welcomes the efforts of ', null], ['pp', 'Encourages Member States', null]])
  })

  it('keeps subparagraphs under the pasted OP, and makes a leading one a paragraph where none is before it', () => {
    const state = caretIn('OP34', 'end')
    const next = state.apply(insertParagraphs(state, readPastedText('35. Requests a report:\n(a) To act;\n(b) To report.'))!.tr)
    expect(around(next, 58, 61)).toEqual([['op', 'Requests a report:', null], ['sub', 'To act;', 1], ['sub', 'To report.', 1]])
    const first = caretIn('PP1', 0)
    const lone = first.apply(insertParagraphs(first, readPastedText('(a) To act;'))!.tr)
    expect(around(lone, 0, 2)).toEqual([['pp', 'To act;', null], ['pp', 'Recalling presidential s', null]])
  })

  it('refuses the organ line, where paragraphs cannot go', () => {
    const state = EditorState.create({ doc: template2388() })
    const organ = state.apply(state.tr.setSelection(TextSelection.create(state.doc, state.doc.child(0).nodeSize + 2)))
    expect(insertParagraphs(organ, readPastedText(`${welcomes}\n${encourages}`))).toBeNull()
  })
})
