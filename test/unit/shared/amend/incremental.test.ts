import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state'
import { joinBackward, splitBlock } from 'prosemirror-commands'
import { insertedParagraphs, touchedParagraphs, updateDiff } from '../../../../shared/amend/incremental'
import { diffDocuments, type DocumentDiff } from '../../../../shared/amend/diffDocuments'
import { paragraphPositions } from '../../../../shared/amend/paragraphs'
import { importResolution } from '../../../../shared/import'
import { Fragment, type Node } from 'prosemirror-model'
import { newPid, schema } from '../../../../shared/schema'
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

  // A keystroke's range lies in one paragraph; a mark's may span several, each touched.
  it.each([
    ['a letter typed at the end of a paragraph', (s: EditorState) => s.tr.insertText('x', inside(s, at('OP3'), 10_000)), ['OP3']],
    ['a letter typed at its start', (s: EditorState) => s.tr.insertText('x', inside(s, at('OP3'), 0)), ['OP3']],
    ['italics over three paragraphs', (s: EditorState) => s.tr.addMark(inside(s, at('PP2'), 3), inside(s, at('PP4'), 3), schema.marks.em.create()), ['PP2', 'PP3', 'PP4']],
    ['italics from the last PP into OP1', (s: EditorState) => s.tr.addMark(inside(s, at('OP1') - 1, 2), inside(s, at('OP1'), 4), schema.marks.em.create()), ['PP', 'OP1']]
  ] as const)('names the paragraphs of %s', (_name, make, labels) => {
    const tr = make(state)
    const expected = labels.map(l => l === 'PP' ? at('OP1') - 1 : at(l))
    expect([...touchedParagraphs(tr, diff.currentParagraphs.length)!].sort((a, b) => a - b)).toEqual(expected)
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

/// Copies of the template's paragraphs `labels`, with fresh ids, as a paste makes them.
function pasted(...labels: string[]): Fragment {
  return Fragment.fromArray(labels.map(label => {
    const node = template.nodeAt(paragraphPositions(template)[at(label)])!
    return node.type.create({ ...node.attrs, pid: newPid() }, node.content)
  }))
}

/// What a diff says with the places, heads and ids of its current paragraphs too.
const detailed = (diff: DocumentDiff) => ({ ...summary(diff), records: diff.currentParagraphs.map(r => [r.pid, r.index, r.head, r.kind, r.number, r.section]) })

const withSubparagraphs = revise(ps => [...ps.slice(0, at('OP3') + 1), { kind: 'sub', level: 1, text: 'to prevent trafficking in persons;', lead: 0 }, { kind: 'sub', level: 1, text: 'to protect its victims;', lead: 0 }, ...ps.slice(at('OP3') + 1)])
const loneOp = revise(ps => ps.slice(0, at('OP1') + 1))
const sub = (text: string) => schema.nodes.subparagraph.create({ level: 1, pid: newPid() }, schema.text(text))

/// Inserting whole paragraphs, as a paste or a slice of a big one does: the base, the
/// current text, where the run goes (after `label`'s paragraph, or at a part's start),
/// the nodes, and whether the diff is brought up to date without comparing again.
const insertions: Array<[string, Node, Node, (doc: Node) => number, () => Fragment, boolean]> = [
  ['three pasted OPs of 2388 at the end of OP34', template, template, doc => end(doc, 'OP34'), () => pasted('OP1', 'OP2', 'OP3'), true],
  ['a pasted PP before PP1', template, template, doc => paragraphPositions(doc)[0], () => pasted('PP7'), true],
  ['pasted PPs between PP5 and PP6', template, template, doc => end(doc, 'PP5'), () => pasted('PP1', 'PP2'), true],
  ['pasted OPs after the last', template, template, doc => end(doc, 'OP35'), () => pasted('OP10', 'OP11'), true],
  ['subparagraphs after OP3 (b)', withSubparagraphs, withSubparagraphs, doc => paragraphPositions(doc)[at('OP4') + 2], () => Fragment.from(sub('to assist them;')), true],
  ['a subparagraph between OP3 and its (a)', withSubparagraphs, withSubparagraphs, doc => end(doc, 'OP3'), () => Fragment.from(sub('to assist them;')), false],
  ['an OP where a lone OP stood, which is numbered from then on', loneOp, loneOp, doc => end(doc, 'OP1'), () => pasted('OP2'), true],
  ['OPs into a draft with a deleted, a moved and an inserted paragraph', template, drafts, doc => end(doc, 'OP30'), () => pasted('OP1'), false],
  ['copies of OPs with the ids of the base', template, template, doc => end(doc, 'OP5'), () => Fragment.from(template.child(3).child(0)), false]
]

/// The position just after paragraph `label` of a document with no subparagraphs before it.
function end(doc: Node, label: string): number {
  const pos = paragraphPositions(doc)[at(label)]
  return pos + doc.nodeAt(pos)!.nodeSize
}

describe('updateDiff after paragraphs are inserted', () => {
  it.each(insertions)('%s says what a full comparison says', (_name, base, current, where, nodes, incremental) => {
    const diff = diffDocuments(base, current)
    const tr = EditorState.create({ doc: current }).tr
    tr.insert(where(current), nodes())
    const updated = updateDiff(diff, tr)
    expect(detailed(updated)).toEqual(detailed(diffDocuments(base, tr.doc)))
    expect(insertedParagraphs(updated, diff) !== null).toBe(incremental)
  })

  it('keeps the entries of the paragraphs before the run and says where the run is', () => {
    const diff = diffDocuments(template, template)
    const tr = EditorState.create({ doc: template }).tr.insert(end(template, 'OP34'), pasted('OP1', 'OP2'))
    const updated = updateDiff(diff, tr)
    expect(insertedParagraphs(updated, diff)).toEqual({ from: at('OP35'), count: 2 })
    expect(updated.entries.slice(0, at('OP35')).every((e, i) => e === diff.entries[i])).toBe(true)
    expect(updated.entries.slice(at('OP35'), at('OP35') + 2).map(e => e.status)).toEqual(['inserted', 'inserted'])
    expect(updated.currentParagraphs.at(-1)!.label).toBe('OP37')
  })
})
