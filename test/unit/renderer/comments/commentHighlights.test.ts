import { describe, expect, it } from 'vitest'
import { EditorState } from 'prosemirror-state'
import type { DocumentComment } from '../../../../shared/file'
import { labelParagraphs } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'
import { commentHighlightsKey, commentHighlights, setCommentHighlights } from '../../../../renderer/comments/commentHighlights'

const start = EditorState.create({ doc: template2388(), plugins: [commentHighlights()] })
const labels = labelParagraphs(start.doc)
const at = (label: string) => labels.find(l => l.label === label)!
const text = (label: string) => start.doc.nodeAt(at(label).pos)!.textContent
const on = (id: string, label: string, words: string): DocumentComment => {
  const from = text(label).indexOf(words)
  return { id, author: 'Albania', date: null, text: 'Note', pid: at(label).pid, from, to: from + words.length }
}
const comments = [on('c1', 'OP4', 'amend and implement'), on('c2', 'OP7', 'Anti-Money Laundering')]

/// The words each highlight covers, and whether it is the active one.
function shown(state: EditorState): string[] {
  return commentHighlightsKey.getState(state)!.set.find().map(d => `${state.doc.textBetween(d.from, d.to)}${d.spec.active ? ' (active)' : ''}`)
}

describe('commented words highlighted in the text', () => {
  const shownState = start.apply(setCommentHighlights(start, comments, 'c2')!)

  it('highlights each comment’s words, the active one apart', () => {
    expect(shown(shownState)).toEqual(['amend and implement', 'Anti-Money Laundering (active)'])
  })

  it('keeps them on their words through typing before them, without a walk of the document', () => {
    const typed = shownState.apply(shownState.tr.insertText('urgently ', at('OP4').pos + 1))
    expect(shown(typed)).toEqual(['amend and implement', 'Anti-Money Laundering (active)'])
  })

  it('asks for no transaction when the comments and the active one are shown already', () => {
    expect(setCommentHighlights(shownState, comments, 'c2')).toBeNull()
    expect(setCommentHighlights(shownState, comments, null)).not.toBeNull()
  })

  it('leaves out a comment whose paragraph left the text', () => {
    const gone = { ...comments[0], pid: 'no-such-paragraph' }
    expect(shown(start.apply(setCommentHighlights(start, [gone], null)!))).toEqual([])
  })
})
