import { describe, expect, it } from 'vitest'
import { EditorState } from 'prosemirror-state'
import { amendmentTracking, acceptAllAmendments, SetBaseStep } from '../../../../shared/amend'
import { createDocumentFile, saveVersion, serializeDocumentFile } from '../../../../shared/file'
import { exportPlainText } from '../../../../shared/export'
import { template2388 } from '../../../../shared/template'
import { paragraphIds } from '../../../../shared/schema'
import { baseName, fileOfEditor, sessionFromText, suggestedName } from '../../../../renderer/document/session'

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
    expect(saved.baseVersion).toBeNull()
    expect(baseName(saved, saved.base)).toBe('the original text')
    expect(baseName(file, saved.base)).toBe('the original text with accepted amendments')
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
})
