import { describe, expect, it } from 'vitest'
import type { Node } from 'prosemirror-model'
import { EditorState, type Command, type Transaction } from 'prosemirror-state'
import { history, redo, undo } from 'prosemirror-history'
import { readFileSync } from 'node:fs'
import { acceptAllAmendments, acceptAmendment, applyAsTabled, rejectAllAmendments, rejectAmendment } from '../../../../shared/amend/commands'
import { applyAmendments } from '../../../../shared/amend/applyAmendments'
import { readAmendments } from '../../../../shared/amend/readAmendments'
import { describeAmendment } from '../../../../shared/amend/describe'
import { amendmentTracking, trackedDiff } from '../../../../shared/amend/tracking'
import { amendmentsOf } from '../../../../shared/amend/amendments'
import { paragraphPositions } from '../../../../shared/amend/paragraphs'
import { buildResolution, paragraphIds, readResolution } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'
import { all, at, insertAfter, moveAfter, remove, revise, rewordIn } from './revisions'

const template = template2388()
/// Paragraphs inserted, deleted, moved and reworded, and a title given: the commands work on
/// a change of title (a heading field, not a paragraph) as on any other amendment.
const revised = readResolution(revise(all(
  rewordIn('OP4', 'related legislation', 'related legislation and policies'),
  insertAfter('OP20', { kind: 'op', lead: 7, text: 'Decides to convene a high-level meeting on trafficking in persons;' }),
  moveAfter('OP7', 'OP9'),
  remove('PP3')
)))
const current = buildResolution({ ...revised, meta: { ...revised.meta, title: 'Trafficking in persons in armed conflict' } })
const text = (doc: Node) => readResolution(doc).paragraphs.map(p => p.text)

/// A headless editor: history, paragraph ids and amendment tracking, as in the app.
class Editor {
  state = EditorState.create({ doc: current, plugins: [history(), paragraphIds(), amendmentTracking(template)] })
  run(command: Command): boolean { return command(this.state, (tr: Transaction) => { this.state = this.state.apply(tr) }) }
  get amendments() { return amendmentsOf(trackedDiff(this.state)).map(a => a.id) }
  get base() { return trackedDiff(this.state).base }
}

const ids = new Editor().amendments

it('has a change of title among the amendments, listed first', () => {
  expect(ids[0]).toBe('title')
})

describe('amendment commands with undo and redo', () => {
  it.each(ids)('accepts %s, then undoes and redoes the acceptance', id => {
    const editor = new Editor()
    expect(editor.run(acceptAmendment(id))).toBe(true)
    expect(editor.amendments).toEqual(ids.filter(i => i !== id))
    expect(editor.state.doc).toBe(current)
    const accepted = editor.base
    expect(editor.run(undo)).toBe(true)
    expect(editor.amendments).toEqual(ids)
    expect(editor.base).toBe(template)
    expect(editor.run(redo)).toBe(true)
    expect(editor.base).toBe(accepted)
    expect(editor.amendments).toEqual(ids.filter(i => i !== id))
  })

  it.each(ids)('rejects %s, then undoes and redoes the rejection', id => {
    const editor = new Editor()
    expect(editor.run(rejectAmendment(id))).toBe(true)
    expect(editor.amendments).toEqual(ids.filter(i => i !== id))
    const rejected = text(editor.state.doc)
    editor.run(undo)
    expect(text(editor.state.doc)).toEqual(text(current))
    expect(editor.amendments).toEqual(ids)
    editor.run(redo)
    expect(text(editor.state.doc)).toEqual(rejected)
  })

  it('accepts all and rejects all, each undone in one step', () => {
    const editor = new Editor()
    editor.run(acceptAllAmendments)
    expect(editor.amendments).toEqual([])
    expect(text(editor.base)).toEqual(text(current))
    editor.run(undo)
    expect(editor.base).toBe(template)
    editor.run(rejectAllAmendments)
    expect(editor.amendments).toEqual([])
    expect(text(editor.state.doc)).toEqual(text(template))
    editor.run(undo)
    expect(text(editor.state.doc)).toEqual(text(current))
    editor.run(redo)
    expect(text(editor.state.doc)).toEqual(text(template))
  })

  it('undoes accepts and rejects in the order they were made, keeping typing apart', () => {
    const editor = new Editor()
    const pos = paragraphPositions(editor.state.doc)[at('OP1') - 1] + 1
    editor.run((state, dispatch) => { dispatch!(state.tr.insertText('Further ', pos)); return true })
    const typed = text(editor.state.doc)
    const [first, second] = editor.amendments
    editor.run(acceptAmendment(first))
    editor.run(rejectAmendment(second))
    expect(editor.amendments.length).toBe(ids.length - 1)
    editor.run(undo)
    expect(editor.amendments.length).toBe(ids.length)
    expect(editor.amendments).not.toContain(first)
    editor.run(undo)
    expect(editor.amendments.length).toBe(ids.length + 1)
    expect(text(editor.state.doc)).toEqual(typed)
    editor.run(undo)
    expect(text(editor.state.doc)).toEqual(text(current))
    expect(editor.base).toBe(template)
  })

  it('does nothing for an amendment that is not there, or when none are left', () => {
    const editor = new Editor()
    expect(editor.run(acceptAmendment('nothing'))).toBe(false)
    expect(editor.run(rejectAmendment('nothing'))).toBe(false)
    editor.run(acceptAllAmendments)
    expect(editor.run(acceptAllAmendments)).toBe(false)
    expect(editor.run(rejectAllAmendments)).toBe(false)
  })
})

describe('applyAsTabled', () => {
  const list = readAmendments(readFileSync(new URL('../../../corpus/amendments/own/official-en.txt', import.meta.url), 'utf8'))

  it('makes the text as it stands the base and the amended text the document, one undo taking both back', () => {
    const editor = new Editor()
    const before = editor.state.doc
    const applied = applyAmendments(before, list.map(a => a.ok ? a.operations : []))
    expect(applied.refused.find(r => r.amendment === 14)?.reason).toBe('names operative paragraph 13 (c), which the text as tabled lacks')
    expect(editor.run(applyAsTabled(applied.doc))).toBe(true)
    expect(editor.base).toBe(before)
    expect(text(editor.state.doc)).toEqual(text(applied.doc))
    const diff = trackedDiff(editor.state)
    expect(amendmentsOf(diff).map(a => describeAmendment(a, diff))).toContain('In operative paragraph 5, replace the words “step up” with “redouble”')
    editor.run(undo)
    expect(editor.state.doc.eq(before)).toBe(true)
    expect(editor.base).toBe(template)
    expect(editor.amendments).toEqual(ids)
  })
})
