import { describe, expect, it } from 'vitest'
import { EditorState, TextSelection } from 'prosemirror-state'
import type { Decoration, DecorationSet } from 'prosemirror-view'
import { history } from 'prosemirror-history'
import { paragraphIds, labelParagraphs } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'
import { amendmentTracking, trackedDiff } from '../../../../shared/amend'
import { redline, redlineDecorations, redlineKey, setRedline, baseSideDecorations } from '../../../../renderer/editor/redline'

function editor() {
  return EditorState.create({ doc: template2388(), plugins: [history(), paragraphIds(), amendmentTracking(template2388()), redline()] })
}

const posOf = (state: EditorState, label: string) => labelParagraphs(state.doc).find(l => l.label === label)!.pos

/// What a set of decorations draws, as comparable data: place, kind and look.
function looks(set: DecorationSet, state: EditorState): string[] {
  return set.find(0, state.doc.content.size).map((d: Decoration) => `${d.from}-${d.to}:${d.spec.look ?? d.spec.key}`).sort()
}

function typeAt(state: EditorState, pos: number, text: string): EditorState {
  for (const ch of text) state = state.apply(state.tr.insertText(ch, pos++))
  return state
}

describe('the redline decorations', () => {
  it('mark words typed into OP4 as an insertion, exactly over them', () => {
    const start = editor()
    const at = posOf(start, 'OP4') + 1 + 'Further calls upon Member States, where appropriate, to review, amend and implement'.length
    const state = typeAt(start, at, ' national')
    const set = redlineKey.getState(state)!.set
    const inserted = set.find(0, state.doc.content.size).filter(d => d.spec.look === 'ins')
    expect(inserted).toHaveLength(1)
    expect(state.doc.textBetween(inserted[0].from, inserted[0].to).trim()).toBe('national')
  })

  it('draw a deleted PP as a widget where it stood, and nothing in the clean view', () => {
    const start = editor()
    const pos = posOf(start, 'PP5')
    const state = start.apply(start.tr.delete(pos, pos + start.doc.nodeAt(pos)!.nodeSize))
    const widgets = redlineKey.getState(state)!.set.find(0, state.doc.content.size).filter(d => String(d.spec.key).startsWith('gone:'))
    expect(widgets.map(w => w.from)).toEqual([pos])
    const clean = state.apply(setRedline(state, false))
    expect(redlineKey.getState(clean)!.set.find()).toEqual([])
  })

  it('kept up keystroke by keystroke look the same as drawn afresh from the diff', () => {
    let state = editor()
    const places = ['OP2', 'OP4', 'PP3', 'OP4', 'OP30']
    for (const [i, label] of places.entries()) {
      const pos = posOf(state, label) + 1 + 12 + i
      state = typeAt(state, pos, i % 2 ? 'new words ' : 'x')
      state = state.apply(state.tr.delete(pos + 2, pos + 3))
      expect(looks(redlineKey.getState(state)!.set, state)).toEqual(looks(redlineDecorations(trackedDiff(state)), state))
    }
    const moved = posOf(state, 'OP7')
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, moved + 1)))
    expect(looks(redlineKey.getState(state)!.set, state)).toEqual(looks(redlineDecorations(trackedDiff(state)), state))
  })

  it('mark, on the base side of a comparison, the words that went', () => {
    const start = editor()
    const at = posOf(start, 'OP2') + 1
    const state = start.apply(start.tr.delete(at + 'Urges '.length, at + 'Urges Members'.length))
    const base = baseSideDecorations(trackedDiff(state))
    const removed = base.find().filter(d => d.to - d.from > 0 && d.from > at)
    expect(removed.map(d => template2388().textBetween(d.from, d.to).trim())).toContain('Members')
  })
})
