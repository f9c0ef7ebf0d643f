import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state'
import { joinBackward, splitBlock } from 'prosemirror-commands'
import { touchedParagraphs, updateDiff } from '../../../../shared/amend/incremental'
import { diffDocuments, type DocumentDiff } from '../../../../shared/amend/diffDocuments'
import { paragraphPositions } from '../../../../shared/amend/paragraphs'
import { importResolution } from '../../../../shared/import'
import { schema } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'
import { all, at, insertAfter, moveAfter, remove, revise, rewordIn } from './revisions'

const template = template2388()
const newOp = { kind: 'op' as const, lead: 7, text: 'Decides to convene a high-level meeting on trafficking in persons;' }
const drafts = revise(all(rewordIn('OP4', 'review, amend', 'review'), moveAfter('OP7', 'OP9'), insertAfter('OP20', newOp), remove('PP3')))

/// What a diff says, without the objects that carry it, to compare two diffs.
function summary(diff: DocumentDiff) {
  return {
    entries: diff.entries.map(e => [e.status, e.moved, e.base?.index, e.current?.index, e.current?.text, e.words]),
    alignment: diff.alignment,
    labels: diff.currentParagraphs.map(r => r.label)
  }
}

/// A position inside paragraph `index` of the document, `offset` characters in.
function inside(state: EditorState, index: number, offset = 5): number {
  return paragraphPositions(state.doc)[index] + 1 + Math.min(offset, state.doc.nodeAt(paragraphPositions(state.doc)[index])!.content.size)
}

function run(state: EditorState, command: (s: EditorState, d: (tr: Transaction) => void) => boolean): Transaction {
  let result: Transaction | null = null
  command(state, tr => { result = tr })
  return result!
}

const transactions: Array<[string, (s: EditorState) => Transaction]> = [
  ['typing a letter', s => s.tr.insertText('x', inside(s, at('OP2'), 12))],
  ['deleting a word', s => s.tr.delete(inside(s, at('OP4'), 5), inside(s, at('OP4'), 12))],
  ['italicizing', s => s.tr.addMark(inside(s, at('PP2'), 0), inside(s, at('PP2'), 6), schema.marks.em.create())],
  ['typing in two paragraphs at once', s => s.tr.insertText('y', inside(s, at('OP30'))).insertText('z', inside(s, at('PP1')))],
  ['splitting a paragraph', s => run(s.apply(s.tr.setSelection(TextSelection.create(s.doc, inside(s, at('OP5'), 40)))), splitBlock)],
  ['joining two paragraphs', s => run(s.apply(s.tr.setSelection(TextSelection.create(s.doc, inside(s, at('OP6'), 0)))), joinBackward)],
  ['deleting a paragraph', s => s.tr.delete(paragraphPositions(s.doc)[at('OP10')], paragraphPositions(s.doc)[at('OP11')])],
  ['changing an id', s => s.tr.setNodeAttribute(paragraphPositions(s.doc)[at('OP8')], 'pid', 'other')],
  ['typing in the organ line', s => s.tr.insertText('x', s.doc.child(0).nodeSize + 2)]
]

describe('updateDiff', () => {
  const state = EditorState.create({ doc: drafts })
  const diff = diffDocuments(template, drafts)

  it.each(transactions)('after %s, says what a full comparison says', (_name, make) => {
    const tr = make(state)
    expect(summary(updateDiff(diff, tr))).toEqual(summary(diffDocuments(template, tr.doc)))
  })

  it('re-diffs only the paragraph typed in', () => {
    const op2 = diff.currentParagraphs.find(r => r.label === 'OP2')!.index
    const tr = state.tr.insertText('x', inside(state, op2, 12))
    const updated = updateDiff(diff, tr)
    const changed = updated.entries.filter((e, i) => e !== diff.entries[i])
    expect(changed.map(e => e.current!.label)).toEqual(['OP2'])
    expect(updated.alignment).toBe(diff.alignment)
    expect(updated.baseParagraphs).toBe(diff.baseParagraphs)
  })

  it('matches by similarity again when typing may change what matches', () => {
    const op5 = template.child(3).child(4)
    const imported = revise(ps => { ps[at('OP5')] = { ...ps[at('OP5')], text: 'Decides to consider the matter further;' }; return ps }, { freshIds: true })
    const importedDiff = diffDocuments(template, imported)
    expect(importedDiff.entries.filter(e => e.status !== 'unchanged').map(e => e.status)).toEqual(['deleted', 'inserted'])
    const s = EditorState.create({ doc: imported })
    const start = paragraphPositions(imported)[at('OP5')] + 1
    const tr = s.tr.replaceWith(start, start + imported.child(3).child(4).content.size, op5.content)
    const updated = updateDiff(importedDiff, tr)
    expect(updated.entries.every(e => e.status === 'unchanged')).toBe(true)
    expect(summary(updated)).toEqual(summary(diffDocuments(template, tr.doc)))
  })

  it('agrees with a full comparison after any sequence of typing, deleting, splitting and joining', () => {
    const step = fc.record({ kind: fc.constantFrom('type', 'delete', 'split', 'join'), paragraph: fc.nat(), offset: fc.nat(200) })
    fc.assert(fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), steps => {
      let s = state, d = diff
      for (const { kind, paragraph, offset } of steps) {
        const index = paragraph % paragraphPositions(s.doc).length
        const pos = inside(s, index, offset)
        const tr = kind === 'type' ? s.tr.insertText('new words ', pos)
          : kind === 'delete' ? s.tr.delete(pos, Math.min(pos + 8, inside(s, index, 10_000)))
          : run(s.apply(s.tr.setSelection(TextSelection.create(s.doc, kind === 'join' ? inside(s, index, 0) : pos))), kind === 'join' ? joinBackward : splitBlock)
        if (!tr) continue
        d = updateDiff(d, tr)
        s = s.apply(tr)
      }
      expect(summary(d)).toEqual(summary(diffDocuments(template, s.doc)))
    }), { numRuns: 60, seed: 2388 })
  })
})

describe('touchedParagraphs', () => {
  const state = EditorState.create({ doc: drafts })
  const diff = diffDocuments(template, drafts)

  it('names the paragraphs typed in, found once for the diff and the redline', () => {
    const tr = state.tr.insertText('y', inside(state, at('OP30'))).insertText('z', inside(state, at('PP1')))
    const touched = touchedParagraphs(tr, diff.currentParagraphs.length)
    expect([...touched!].sort((a, b) => a - b)).toEqual([at('PP1'), at('OP30')])
    expect(touchedParagraphs(tr, diff.currentParagraphs.length)).toBe(touched)
  })

  // A section heading or an annex is a child of a part that is not a paragraph: the
  // child's index is not the flat one, so the caller diffs and redraws in full.
  it.each([
    ['A/RES/80/11, its operative part divided by section headings', 'ga-80-11-text-extraction.txt'],
    ['A/RES/80/3, with an annex', 'ga-80-3-pdf-extraction.txt']
  ])('gives none for %s, and the diff still agrees with a full comparison', (_name, file) => {
    const imported = importResolution(readFileSync(new URL(`../../../corpus/${file}`, import.meta.url), 'utf8'))
    if (!imported.ok) throw new Error(imported.error)
    const doc = imported.doc, corpusDiff = diffDocuments(doc, doc)
    const s = EditorState.create({ doc })
    const last = paragraphPositions(doc).length - 1
    const tr = s.tr.insertText('x', inside(s, last, 3))
    expect(touchedParagraphs(tr, corpusDiff.currentParagraphs.length)).toBeNull()
    expect(summary(updateDiff(corpusDiff, tr))).toEqual(summary(diffDocuments(doc, tr.doc)))
  })
})
