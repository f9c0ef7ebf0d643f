import { describe, expect, it } from 'vitest'
import { EditorState, TextSelection } from 'prosemirror-state'
import { splitBlock, joinBackward } from 'prosemirror-commands'
import { history, undo } from 'prosemirror-history'
import { Slice, Fragment } from 'prosemirror-model'
import { paragraphIds, readResolution, newPid } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'

function stateAt(textInOp: string) {
  const doc = template2388()
  let pos = -1
  doc.descendants((node, p) => {
    if (pos < 0 && node.isText && node.text!.includes(textInOp)) pos = p + node.text!.indexOf(textInOp)
  })
  const state = EditorState.create({ doc, plugins: [paragraphIds(), history()] })
  return state.apply(state.tr.setSelection(TextSelection.create(doc, pos)))
}

const pids = (state: EditorState) => readResolution(state.doc).paragraphs.map(p => p.pid!)

describe('paragraphIds', () => {
  it('gives the new half of a split paragraph a fresh id and keeps the longer half’s', () => {
    let state = stateAt('and stresses that trafficking')
    splitBlock(state, tr => { state = state.apply(tr) })
    const ids = pids(state)
    expect(ids.length).toBe(60)
    expect(new Set(ids).size).toBe(60)
    expect(ids[24]).toBe('t2388-op01')
    expect(ids[25]).not.toMatch(/^t2388/)
  })

  it('gives pasted copies of existing paragraphs fresh ids', () => {
    let state = stateAt('to remain actively')
    const op1 = state.doc.child(3).firstChild!
    const slice = new Slice(Fragment.from([op1, op1]), 1, 1)
    state = state.apply(state.tr.replaceSelection(slice))
    const ids = pids(state)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.filter(id => id === 't2388-op01').length).toBe(1)
  })

  it('leaves typing inside a paragraph alone and survives join and undo', () => {
    let state = stateAt('to remain actively')
    const before = pids(state)
    state = state.apply(state.tr.insertText('firmly '))
    expect(pids(state)).toEqual(before)
    joinBackward(state, tr => { state = state.apply(tr) })
    expect(new Set(pids(state)).size).toBe(pids(state).length)
    undo(state, tr => { state = state.apply(tr) })
    expect(pids(state)).toEqual(before)
  })

  it('makes ids of ten base-36 characters that do not repeat', () => {
    const ids = new Set(Array.from({ length: 10000 }, newPid))
    expect(ids.size).toBe(10000)
  })
})
