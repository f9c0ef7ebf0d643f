import { describe, expect, it } from 'vitest'
import { EditorState, type Transaction } from 'prosemirror-state'
import { history, redo, undo } from 'prosemirror-history'
import { amendmentTracking, acceptAllAmendments, SetBaseStep, trackedDiff } from '../../../../shared/amend'
import { createDocumentFile, saveVersion, serializeDocumentFile } from '../../../../shared/file'
import { exportPlainText } from '../../../../shared/export'
import { template2388 } from '../../../../shared/template'
import { paragraphIds } from '../../../../shared/schema'
import { baseName, documentTitle, fileOfEditor, newFromTemplate, sessionFromText, suggestedName } from '../../../../renderer/document/session'
import { exportFileName } from '../../../../shared/file'
import { recordBaseChanges } from '../../../../renderer/document/baseOrigin'

const ref = { id: 'r1', name: 'draft.penholder.json' }

describe('document sessions', () => {
  it.each([
    ['a Penholder document', serializeDocumentFile(createDocumentFile(template2388())), true, false],
    ['the text of a resolution, which becomes the base of a new document', exportPlainText(template2388()), true, true],
    ['broken JSON', '{"format": "penholder",', false, false],
    ['text that is no resolution', 'Dear colleagues, please find attached.', false, false]
  ])('open %s', (_what, text, ok, unsaved) => {
    const read = sessionFromText(text, ref)
    expect(read.ok).toBe(ok)
    if (read.ok) expect(read.session.unsaved).toBe(unsaved)
    else expect(read.error).toMatch(/draft\.penholder\.json/)
  })

  it('save what the editor has: its text, and the base that accepting moved', () => {
    const file = createDocumentFile(template2388(), { title: 'Rev/1: draft' })
    let state = EditorState.create({ doc: file.current, plugins: [paragraphIds(), amendmentTracking(file.base)] })
    state = state.apply(state.tr.insertText(' national', 300))
    expect(fileOfEditor(file, state).current).toBe(state.doc)
    expect(fileOfEditor(file, state).base).toBe(file.base)
    acceptAllAmendments(state, tr => { state = state.apply(tr) })
    const saved = fileOfEditor(file, state)
    expect(saved.base).not.toBe(file.base)
    expect([saved.baseVersion, saved.baseAccepted]).toEqual([null, 1])
    expect(baseName(saved, saved.base)).toBe('the original text with 1 accepted amendment')
    expect(baseName(file, saved.base)).toBe('the original text with 1 accepted amendment')
    const reopened = sessionFromText(serializeDocumentFile(saved), ref)
    if (!reopened.ok) throw new Error(reopened.error)
    expect(baseName(reopened.session.file, reopened.session.file.base)).toBe('the original text with 1 accepted amendment')
    expect(suggestedName(file)).toBe('Rev 1 draft.penholder')
  })

  it('name the base after the version it was set from', () => {
    const draft = createDocumentFile(template2388())
    let state = EditorState.create({ doc: draft.current, plugins: [amendmentTracking(draft.base)] })
    state = state.apply(state.tr.insertText(' national', 300))
    const saved = saveVersion(fileOfEditor(draft, state), { name: 'Rev.1', author: 'Albania' })
    if (!saved.ok) throw new Error(saved.error)
    const version = saved.file.versions[0]
    state = state.apply(state.tr.step(new SetBaseStep(saved.file.base, version.doc)))
    const file = fileOfEditor(saved.file, state)
    expect(file.baseVersion).toBe(version.id)
    expect(baseName(file, file.base)).toBe('version “Rev.1”')
  })

  it('count the amendments accepted into a version made base, through undo and a save', () => {
    const draft = createDocumentFile(template2388())
    let state = EditorState.create({ doc: draft.current, plugins: [history(), amendmentTracking(draft.base)] })
    const saved = saveVersion(fileOfEditor(draft, state), { name: 'Rev.1', author: 'Albania' })
    if (!saved.ok) throw new Error(saved.error)
    let file = saved.file
    const apply = (tr: Transaction) => { recordBaseChanges(tr, file); state = state.apply(tr) }
    apply(state.tr.step(new SetBaseStep(draft.base, file.versions[0].doc)))
    apply(state.tr.insertText(' national', 300))
    apply(state.tr.insertText('Firmly ', 5000))
    acceptAllAmendments(state, apply)
    expect(baseName(file, trackedDiff(state).base)).toBe('version “Rev.1” with 2 accepted amendments')
    file = fileOfEditor(file, state)
    expect([file.baseVersion, file.baseAccepted]).toEqual([file.versions[0].id, 2])
    undo(state, apply)
    expect(baseName(file, trackedDiff(state).base)).toBe('version “Rev.1”')
    redo(state, apply)
    expect(baseName(file, trackedDiff(state).base)).toBe('version “Rev.1” with 2 accepted amendments')
  })

  it('name the original text again when an accept is undone after a save', () => {
    let file = createDocumentFile(template2388())
    let state = EditorState.create({ doc: file.current, plugins: [history(), amendmentTracking(file.base)] })
    const apply = (tr: Transaction) => { recordBaseChanges(tr, file); state = state.apply(tr) }
    apply(state.tr.insertText(' national', 300))
    acceptAllAmendments(state, apply)
    file = fileOfEditor(file, state)
    expect(baseName(file, trackedDiff(state).base)).toBe('the original text with 1 accepted amendment')
    undo(state, apply)
    expect(trackedDiff(state).base).toBe(template2388())
    expect(baseName(file, trackedDiff(state).base)).toBe('the original text')
    expect([fileOfEditor(file, state).baseVersion, fileOfEditor(file, state).baseAccepted]).toEqual([null, 0])
  })

  it('start a follow-up draft of 2388 that is a draft, with the adopted text as base', () => {
    const { file } = newFromTemplate(new Date(2026, 10, 30, 14, 45))
    expect(file.base).toBe(template2388())
    expect(file.current.firstChild!.attrs).toMatchObject({ symbol: 'S/2026/…', date: '30 November 2026', meeting: '' })
    expect(file.current.child(2).firstChild!.textContent).toMatch(/resolutions.2331.\(2016\) and 2388.\(2017\),$/)
    expect(documentTitle(file, file.current)).toBe('Follow-up to resolution 2388 (2017)')
  })

  it('name the draft, its file and its exports after the heading’s title once it is typed', () => {
    const { file } = newFromTemplate()
    let state = EditorState.create({ doc: file.current, plugins: [amendmentTracking(file.base)] })
    expect(suggestedName(fileOfEditor(file, state))).toBe('Follow-up to resolution 2388 (2017).penholder')
    state = state.apply(state.tr.setNodeAttribute(0, 'title', 'Trafficking in persons in armed conflict'))
    const named = fileOfEditor(file, state)
    expect(documentTitle(named, state.doc)).toBe('Trafficking in persons in armed conflict')
    expect(suggestedName(named)).toBe('Trafficking in persons in armed conflict.penholder')
    expect(exportFileName(suggestedName(named), '.txt')).toBe('Trafficking in persons in armed conflict.txt')
  })
})
