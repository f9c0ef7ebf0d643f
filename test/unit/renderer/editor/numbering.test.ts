import { describe, expect, it } from 'vitest'
import { EditorState } from 'prosemirror-state'
import { buildResolution, completeMeta, type ParagraphDraft, type ResolutionDraft } from '../../../../shared/schema'
import { annexFootnotesDraft } from '../../../support/structuredDrafts'
import { template2388 } from '../../../../shared/template'
import { paragraphPositions } from '../../../../shared/amend'
import { holdLongText, longTextParagraphs, numbering, numberingKey, releaseLongText } from '../../../../renderer/editor/numbering'

const p = (kind: ParagraphDraft['kind'], text: string): ParagraphDraft => ({ kind, text, lead: 0 })

const attributesOf = (state: EditorState) => numberingKey.getState(state)!.attributes

const state = (draft: ResolutionDraft) => EditorState.create({ doc: buildResolution(draft), plugins: [numbering()] })

function editor(paragraphs: ParagraphDraft[], lang: 'en' | 'fr' = 'en') {
  const doc = buildResolution({ meta: completeMeta({ lang }), organ: 'The General Assembly', paragraphs })
  return EditorState.create({ doc, plugins: [numbering()] })
}

describe('numbering', () => {
  it.each<[string, EditorState, Record<string, string>]>([
    ['resolution 2388', EditorState.create({ doc: template2388(), plugins: [numbering()] }), { 'data-lang': 'en', 'data-preamble': '' }],
    ['a lone OP after a preamble', editor([p('pp', 'Recalling its resolution 70/1,'), p('op', 'Decides to remain seized of the matter.')]), { 'data-lang': 'en', 'data-preamble': '', 'data-lone-op': '' }],
    ['no preamble: the organ line takes no comma', editor([p('op', 'Decides:'), p('op', 'Requests a report.')]), { 'data-lang': 'en' }],
    ['a French text', editor([p('pp', 'Rappelant,'), p('op', 'Décide ;'), p('op', 'Prie.')], 'fr'), { 'data-lang': 'fr', 'data-preamble': '' }],
    ['an excerpt that is OP8 alone, numbered as it was', state({ meta: completeMeta({}), organ: '', start: 8, paragraphs: [p('op', 'Calls upon States.')] }), { 'data-lang': 'en' }],
    ['the annex-footnotes case, one annex', state(annexFootnotesDraft), { 'data-lang': 'en', 'data-preamble': '' }],
    ['two annexes, captioned Annex I and Annex II', state({ ...annexFootnotesDraft, annexes: [...annexFootnotesDraft.annexes!, { title: { text: 'Plan' }, paragraphs: [p('op', 'Act.')] }] }),
      { 'data-lang': 'en', 'data-preamble': '', 'data-annexes': 'several' }]
  ])('sets the facts counters cannot see on %s', (_name, state, attributes) => {
    expect(attributesOf(state)).toEqual(attributes)
  })

  /// 2388 with the numbering, and the end of its operative part, where paragraphs go in.
  const template = template2388()
  const endOfOperative = template.child(0).nodeSize + template.child(1).nodeSize + template.child(2).nodeSize + template.child(3).nodeSize - 1
  const start2388 = EditorState.create({ doc: template, plugins: [numbering()] })

  it('leaves the gutter labels to the outline past 2,000 paragraphs and headings, and gives them back below', () => {
    const ops = Array.from({ length: longTextParagraphs - template.child(2).childCount - template.child(3).childCount }, (_, i) => template.child(3).child(i % template.child(3).childCount))
    const at = endOfOperative, start = start2388
    const full = start.apply(start.tr.insert(at, ops))
    expect(attributesOf(full)).not.toHaveProperty('data-long-text')
    const long = full.apply(full.tr.insert(at, template.child(3).child(0)))
    expect(attributesOf(long)).toHaveProperty('data-long-text', '')
    expect(attributesOf(long.apply(long.tr.delete(at, at + template.child(3).child(0).nodeSize)))).not.toHaveProperty('data-long-text')
  })

  it('holds a text a big paste will make long as long from its first slice, until released', () => {
    const at = endOfOperative, start = start2388
    const slice = (s: EditorState) => s.tr.insert(at, template.child(3).child(0))
    const held = start.apply(holdLongText(slice(start), 8_000))
    expect(attributesOf(held)).toHaveProperty('data-long-text', '')
    const next = held.apply(slice(held))
    expect(attributesOf(next)).toHaveProperty('data-long-text', '')
    expect(attributesOf(next.apply(releaseLongText(slice(next))))).not.toHaveProperty('data-long-text')
    expect(attributesOf(start.apply(holdLongText(slice(start), 100)))).not.toHaveProperty('data-long-text')
  })

  it('keeps its attributes while the drafter types, and follows a deletion to a lone OP', () => {
    const start = editor([p('pp', 'Recalling,'), p('op', 'Decides:'), p('op', 'Requests a report.')])
    const positions = paragraphPositions(start.doc)
    const typed = start.apply(start.tr.insertText('also ', positions[1] + 1))
    expect(attributesOf(typed)).toBe(attributesOf(start))
    const second = typed.doc.nodeAt(paragraphPositions(typed.doc)[2])!
    const lone = typed.apply(typed.tr.delete(paragraphPositions(typed.doc)[2], paragraphPositions(typed.doc)[2] + second.nodeSize))
    expect(attributesOf(lone)).toHaveProperty('data-lone-op', '')
  })
})
