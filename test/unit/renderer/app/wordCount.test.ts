import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EditorState, TextSelection } from 'prosemirror-state'
import { template2388 } from '../../../../shared/template'
import { buildResolution, labelParagraphs } from '../../../../shared/schema'
import { annexFootnotesDraft } from '../../../support/structuredDrafts'
import { countText } from '../../../../renderer/app/wordCount'

const fixture = readFileSync(new URL('../../../../fixtures/resolution-2388.press-release.txt', import.meta.url), 'utf8')
/// The oracle: the fixture's paragraphs, split on blank lines, with the press release's
/// “N. prefixes and closing quotes cut by hand (as the template test does).
const paragraphs = fixture.split('\n\n').slice(2, -1).map(p => p.replace(/^“\d+\.[\s\u00a0]+/, '').replace(/”$/, ''))

function withSelection(label: string, from: number, to: number | 'end') {
  const state = EditorState.create({ doc: template2388() })
  const pos = labelParagraphs(state.doc).find(l => l.label === label)!.pos
  const end = to === 'end' ? state.doc.nodeAt(pos)!.content.size : to
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos + 1 + from, pos + 1 + end)))
}

describe('countText', () => {
  it('counts the words and characters of 2388’s paragraphs, not its numbers, heading or organ line', () => {
    const { document, selection } = countText(EditorState.create({ doc: template2388() }))
    expect(document).toEqual({
      words: paragraphs.reduce((n, p) => n + p.split(/\s+/).filter(Boolean).length, 0),
      characters: paragraphs.reduce((n, p) => n + p.length, 0)
    })
    expect(selection).toBeNull()
  })

  it.each([
    ['PP1 whole', 'PP1', 0, 'end', { words: 7, characters: 'Recalling presidential statement 2015/25, resolution 2331 (2016),'.length }],
    ['“Recalling presidential” in PP1', 'PP1', 0, 22, { words: 2, characters: 22 }],
    ['OP35 whole', 'OP35', 0, 'end', { words: 8, characters: 'Decides to remain actively seized of this matter.'.length }]
  ] as const)('counts the selection: %s', (_, label, from, to, expected) => {
    expect(countText(withSelection(label, from, to)).selection).toEqual(expected)
  })

  it('counts a paragraph typed into afresh, the others as before', () => {
    const state = EditorState.create({ doc: template2388() })
    const before = countText(state).document
    const pp1 = labelParagraphs(state.doc).find(l => l.label === 'PP1')!.pos
    const typed = state.apply(state.tr.insertText('Further ', pp1 + 1))
    expect(countText(typed).document).toEqual({ words: before.words + 1, characters: before.characters + 'Further '.length })
    expect(countText(state).document).toEqual(before)
  })

  it('leaves footnotes out', () => {
    const doc = buildResolution(annexFootnotesDraft)
    const withNotes = countText(EditorState.create({ doc })).document
    let noteWords = 0
    doc.descendants(node => { if (node.type.name === 'footnote') noteWords += String(node.attrs.text).split(/\s+/).length; return true })
    expect(noteWords).toBeGreaterThan(0)
    let text = ''
    doc.descendants(node => { if (node.isTextblock && /paragraph|subparagraph/.test(node.type.name)) { text += ' ' + node.textBetween(0, node.content.size, undefined, ''); return false } return true })
    expect(withNotes.words).toBe(text.split(/\s+/).filter(Boolean).length)
  })
})
