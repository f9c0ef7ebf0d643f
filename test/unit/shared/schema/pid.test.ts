import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { EditorState, TextSelection } from 'prosemirror-state'
import { splitBlock, joinBackward } from 'prosemirror-commands'
import { history, undo } from 'prosemirror-history'
import { Slice, Fragment } from 'prosemirror-model'
import { paragraphIds, paragraphIdsKey, readResolution, newPid } from '../../../../shared/schema'
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

  it('gives a pasted copy of OP1 a fresh id wherever it goes, and OP1 keeps its own', () => {
    for (const text of ['to remain actively', 'United Nations system organizations to enhance', 'efforts undertaken by United Nations']) {
      let state = stateAt(text)
      const op1 = state.doc.child(3).firstChild!
      state = state.apply(state.tr.insert(state.selection.$from.before(), op1))
      const ids = pids(state)
      expect(new Set(ids).size).toBe(ids.length)
      expect(state.doc.child(3).child(ids.indexOf('t2388-op01') - 24)).toBe(op1)
    }
  })

  /// Edits of 2388 from a seed: split, join, paste copies of paragraphs (with their ids,
  /// without, or as one slice that opens into paragraphs), delete across paragraphs, undo.
  const edit = fc.record({ kind: fc.constantFrom('split', 'join', 'copies', 'bare copies', 'open paste', 'delete', 'undo'), at: fc.nat(), size: fc.nat(3000) })

  it('keeps every id present and unique, and its counts those of the document, over any sequence of edits', () => {
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 10 }), edits => {
      let state = stateAt('to remain actively')
      for (const { kind, at, size } of edits) {
        const end = state.doc.content.size
        const pos = state.doc.resolve(at % end).parent.isTextblock ? at % end : state.selection.from
        const tr = state.tr.setSelection(TextSelection.create(state.doc, pos))
        if (kind === 'split') splitBlock(state.apply(tr), t => { state = state.apply(tr).apply(t) })
        else if (kind === 'join') joinBackward(state.apply(tr), t => { state = state.apply(tr).apply(t) })
        else if (kind === 'undo') undo(state, t => { state = state.apply(t) })
        else if (kind === 'delete') state = state.apply(tr.deleteRange(pos, Math.min(end - 2, pos + size)))
        else {
          const op = state.doc.child(3).child(at % state.doc.child(3).childCount)
          const nodes = kind === 'bare copies' ? [op.type.create({ ...op.attrs, pid: null }, op.content), op] : [op, op]
          state = state.apply(tr.replaceSelection(new Slice(Fragment.from(nodes), kind === 'open paste' ? 1 : 0, kind === 'open paste' ? 1 : 0)))
        }
        const ids = pids(state)
        expect(ids.every(Boolean)).toBe(true)
        expect(new Set(ids).size).toBe(ids.length)
        expect(paragraphIdsKey.getState(state)!.counts).toEqual(new Map(ids.map(id => [id, 1])))
      }
    }), { numRuns: 150, seed: 2388 })
  })
})
