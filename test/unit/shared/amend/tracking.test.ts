import { describe, expect, it } from 'vitest'
import { EditorState } from 'prosemirror-state'
import { amendmentTracking, trackedDiff } from '../../../../shared/amend/tracking'
import { SetBaseStep } from '../../../../shared/amend/baseStep'
import { amendmentsOf } from '../../../../shared/amend/amendments'
import { paragraphPositions } from '../../../../shared/amend/paragraphs'
import { template2388 } from '../../../../shared/template'
import { at, remove, revise, rewordIn } from './revisions'

const template = template2388()
const current = revise(rewordIn('OP4', 'related legislation', 'related legislation and policies'))
const kinds = (state: EditorState) => amendmentsOf(trackedDiff(state)).map(a => `${a.kind} ${a.entries[0].current?.label ?? a.entries[0].base!.label}`)

describe('amendmentTracking', () => {
  const state = EditorState.create({ doc: current, plugins: [amendmentTracking(template)] })

  it('compares the document with its base from the start', () => {
    expect(trackedDiff(state).base).toBe(template)
    expect(kinds(state)).toEqual(['modified OP4'])
  })

  it('follows typing', () => {
    const pos = paragraphPositions(state.doc)[at('OP9')] + 1
    const typed = state.apply(state.tr.insertText('Further ', pos))
    expect(kinds(typed)).toEqual(['modified OP4', 'modified OP9'])
    expect(trackedDiff(typed).current).toBe(typed.doc)
  })

  it('compares afresh when the base changes', () => {
    const newBase = revise(remove('PP3'))
    const rebased = state.apply(state.tr.step(new SetBaseStep(template, newBase)))
    expect(trackedDiff(rebased).base).toBe(newBase)
    expect(kinds(rebased)).toEqual(['inserted PP3', 'modified OP4'])
    expect(rebased.doc).toBe(state.doc)
  })

  it('says when an editor has no tracking', () => {
    expect(() => trackedDiff(EditorState.create({ doc: current }))).toThrow(/amendmentTracking/)
  })
})
