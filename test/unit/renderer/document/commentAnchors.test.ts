import { describe, expect, it } from 'vitest'
import { EditorState } from 'prosemirror-state'
import type { DocumentComment } from '../../../../shared/file'
import { labelParagraphs } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'
import { mapComments } from '../../../../renderer/document/commentAnchors'

const state = EditorState.create({ doc: template2388() })
const op4 = labelParagraphs(state.doc).find(l => l.label === 'OP4')!
const op4Text = state.doc.nodeAt(op4.pos)!.textContent
const from = op4Text.indexOf('amend and implement'), to = from + 'amend and implement'.length
const comment: DocumentComment = { id: 'c1', author: 'Albania', date: '2026-11-30T14:45:00.000Z', text: 'Repeal?', pid: op4.pid, from, to }
const inOp4 = (offset: number) => op4.pos + 1 + offset

/// The words a comment covers after a transaction.
function quoted(tr: ReturnType<typeof state.tr.insertText>, c: DocumentComment): string {
  const pos = labelParagraphs(tr.doc).find(l => l.pid === c.pid)!.pos
  return tr.doc.nodeAt(pos)!.textContent.slice(c.from, c.to)
}

describe('comments follow their words through edits', () => {
  it.each([
    ['words typed before them', () => state.tr.insertText('urgently ', inOp4(0)), 'amend and implement'],
    ['words typed inside them', () => state.tr.insertText(' and enforce', inOp4(from + 'amend'.length)), 'amend and enforce and implement'],
    ['words typed right after them', () => state.tr.insertText(' national', inOp4(to)), 'amend and implement'],
    ['words deleted before them', () => state.tr.delete(inOp4(0), inOp4(8)), 'amend and implement'],
    ['part of them deleted', () => state.tr.delete(inOp4(from), inOp4(from + 'amend and '.length)), 'implement'],
    ['the paragraph’s text replaced whole, as a Reject does', () => state.tr.insertText(op4Text.replace('Member States', 'all States'), inOp4(0), inOp4(op4Text.length)), 'amend and implement']
  ])('%s', (_, edit, words) => {
    const tr = edit()
    const [moved] = mapComments([comment], tr)
    expect(quoted(tr, moved)).toBe(words)
  })

  it('keeps the same list for an edit elsewhere, and keeps a comment whose paragraph was deleted', () => {
    const elsewhere = state.tr.insertText('x', labelParagraphs(state.doc).find(l => l.label === 'OP30')!.pos + 1)
    const comments = [comment]
    expect(mapComments(comments, elsewhere)).toBe(comments)
    const gone = state.tr.delete(op4.pos, op4.pos + state.doc.nodeAt(op4.pos)!.nodeSize)
    expect(mapComments(comments, gone)).toBe(comments)
  })
})
