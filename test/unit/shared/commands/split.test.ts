import { describe, expect, it } from 'vitest'
import { TextSelection } from 'prosemirror-state'
import { sinkParagraphs, splitParagraph } from '../../../../shared/commands'
import { summarizeResolution } from '../../../../shared/schema'
import { amendments, at, cursorLabel, outline, run, templateState } from './fixtures/editor'

const type = (state: ReturnType<typeof templateState>, text: string) => state.apply(state.tr.insertText(text))

describe('splitParagraph', () => {
  const start = templateState()

  it('Enter at the end of an OP starts OP5, and the old OP5 becomes OP6', () => {
    const split = run(at(start, 'OP4', -1), splitParagraph)!
    expect(cursorLabel(split)).toBe('OP5')
    const typed = type(split, 'Decides to act;')
    expect(outline(typed.doc)[28]).toBe('OP5 Decides to act;')
    expect(amendments(typed)).toEqual(['After operative paragraph 4, insert a new paragraph reading: “Decides to act;”'])
  })

  it('Enter at the start of a PP opens a PP before it, keeping the id with the text', () => {
    const split = run(at(start, 'PP3'), splitParagraph)!
    expect(cursorLabel(split)).toBe('PP4')
    expect(split.doc.child(2).child(3).attrs.pid).toBe('t2388-pp03')
    expect(split.doc.child(2).child(2).textContent).toBe('')
  })

  it('Enter in the middle splits into two of the same kind with different ids', () => {
    const split = run(at(start, 'OP2', 6), splitParagraph)!
    const [a, b] = [split.doc.child(3).child(1), split.doc.child(3).child(2)]
    expect([a.type.name, b.type.name]).toEqual(['operative_paragraph', 'operative_paragraph'])
    expect(a.attrs.pid).toBe('t2388-op02')
    expect(b.attrs.pid).toMatch(/^[0-9a-z]{10}$/)
    expect(b.textContent.startsWith('Members States')).toBe(true)
  })

  it('Enter in a subparagraph gives the next subparagraph at its level, and in an empty one lifts it', () => {
    const sub = run(at(start, 'OP5', -1), sinkParagraphs)!
    const next = run(sub, splitParagraph)!
    expect(cursorLabel(next)).toBe('OP4(b)')
    const lifted = run(next, splitParagraph)!
    expect(cursorLabel(lifted)).toBe('OP5')
  })

  it('Enter in the empty last PP turns it into OP1; Enter in the organ line opens PP1', () => {
    let state = run(at(start, 'PP24', -1), splitParagraph)!
    state = run(state, splitParagraph)!
    expect(cursorLabel(state)).toBe('OP1')
    expect(summarizeResolution(state.doc).operative).toBe(36)
    const organ = start.apply(start.tr.setSelection(TextSelection.create(start.doc, start.doc.child(0).nodeSize + 5)))
    const opened = run(organ, splitParagraph)!
    expect(cursorLabel(opened)).toBe('PP1')
    expect(opened.doc.child(1).textContent).toBe('The Security Council')
  })

  it('Enter over a selection across paragraphs deletes it and splits there', () => {
    const state = run(at(start, 'OP1', 10, 'OP2', 6), splitParagraph)!
    expect(outline(state.doc).slice(24, 26)).toEqual(['OP1 Reaffirms ', 'OP2 Members States to co'])
  })
})
