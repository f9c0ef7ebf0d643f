import { describe, expect, it } from 'vitest'
import { EditorState, TextSelection } from 'prosemirror-state'
import { amendmentsOf, describeAmendment, trackedDiff } from '../../../../shared/amend'
import { labelParagraphs } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'
import { createEditorState } from '../../../../renderer/editor/editorState'
import { atParagraphBoundaries, deleteWholeParagraphs } from '../../../../renderer/editor/keymap'

const paragraphAt = (state: EditorState, label: string) => {
  const pos = labelParagraphs(state.doc).find(l => l.label === label)!.pos
  return { start: pos + 1, end: pos + 1 + state.doc.nodeAt(pos)!.content.size }
}

/// The 2388 editor with a selection from `anchor` to `head`, each a paragraph label and
/// an offset in its text (`end` for its end).
function selected(from: [string, number | 'end'], to: [string, number | 'end'] = from): EditorState {
  const state = createEditorState(template2388(), template2388())
  const at = ([label, offset]: [string, number | 'end']) => {
    const p = paragraphAt(state, label)
    return offset === 'end' ? p.end : p.start + offset
  }
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, at(from), at(to))))
}

const amendments = (state: EditorState) => {
  const diff = trackedDiff(state)
  return amendmentsOf(diff).map(a => describeAmendment(a, diff))
}

describe('Tab changes the level only at paragraph boundaries', () => {
  it.each([
    ['the caret at the start of OP21', ['OP21', 0], ['OP21', 0], true],
    ['OP20 to OP21 selected whole', ['OP20', 0], ['OP21', 'end'], true],
    ['the caret inside OP21', ['OP21', 12], ['OP21', 12], false],
    ['part of OP21 selected', ['OP21', 0], ['OP21', 30], false],
    ['from inside OP20 to the end of OP21', ['OP20', 3], ['OP21', 'end'], false]
  ] as const)('%s', (_, from, to, level) => {
    expect(atParagraphBoundaries(selected(from as [string, number], to as [string, number]))).toBe(level)
  })

})

describe('deleting whole paragraphs', () => {
  it('OP8 selected whole and deleted is one amendment, “Delete operative paragraph 8”', () => {
    let state = selected(['OP8', 0], ['OP8', 'end'])
    expect(deleteWholeParagraphs(state, tr => { state = state.apply(tr) })).toBe(true)
    expect(amendments(state)).toEqual(['Delete operative paragraph 8'])
  })

  it('OP8 and OP9 selected whole are deleted together', () => {
    let state = selected(['OP8', 0], ['OP9', 'end'])
    expect(deleteWholeParagraphs(state, tr => { state = state.apply(tr) })).toBe(true)
    expect(amendments(state)).toEqual(['Delete operative paragraph 8', 'Delete operative paragraph 9'])
  })

  it.each([
    ['part of OP8', ['OP8', 0], ['OP8', 20]],
    ['the caret alone', ['OP8', 0], ['OP8', 0]]
  ] as const)('leaves %s to the ordinary deletion', (_, from, to) => {
    expect(deleteWholeParagraphs(selected(from as [string, number], to as [string, number]))).toBe(false)
  })
})
