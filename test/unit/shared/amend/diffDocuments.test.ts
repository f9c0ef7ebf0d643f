import { describe, expect, it } from 'vitest'
import { diffDocuments, isChange, type ParagraphDiff } from '../../../../shared/amend/diffDocuments'
import { template2388 } from '../../../../shared/template'
import { alignmentQuality } from '../../../bench/alignmentQuality'
import { all, insertAfter, moveAfter, remove, revise, rewordIn } from './revisions'

const template = template2388()

/// An entry as `status moved? base label → current label`.
const show = (e: ParagraphDiff) => `${e.status}${e.moved ? ' moved' : ''} ${e.base?.label ?? '-'}→${e.current?.label ?? '-'}`

const newOp = { kind: 'op' as const, lead: 7, text: 'Decides to convene a high-level meeting on the protection of victims of trafficking in persons in armed conflict;' }
const newSub = { kind: 'sub' as const, level: 1, lead: 0, text: 'Law enforcement and border control officials;' }

describe('diffDocuments', () => {
  it.each<[string, ReturnType<typeof all>, string[]]>([
    ['a word edit', rewordIn('OP4', 'related legislation', 'related legislation and policies'), ['modified OP4→OP4']],
    ['a deletion, renumbering those after it', remove('PP3'), ['deleted PP3→-']],
    ['an insertion', insertAfter('OP12', newOp), ['inserted -→OP13']],
    ['a move', moveAfter('OP7', 'OP9'), ['unchanged moved OP7→OP9']],
    ['a move with a word edit', all(rewordIn('OP7', 'increase capacity', 'build capacity'), moveAfter('OP7', 'OP9')), ['modified moved OP7→OP9']],
    ['a subparagraph added', insertAfter('OP13', newSub), ['inserted -→OP13(a)']],
    ['a paragraph with its subparagraph', insertAfter('OP13', newOp, newSub), ['inserted -→OP14', 'inserted -→OP14(a)']]
  ])('classifies %s', (_name, edit, changes) => {
    for (const freshIds of [false, true]) {
      const diff = diffDocuments(template, revise(edit, { freshIds }))
      expect(diff.entries.filter(isChange).map(show)).toEqual(changes)
    }
  })

  it('lists every paragraph of both documents once, a deleted one where it stood', () => {
    const diff = diffDocuments(template, revise(all(remove('OP3'), insertAfter('OP12', newOp))))
    expect(diff.entries.length).toBe(60)
    expect(diff.entries.slice(25, 28).map(show)).toEqual(['unchanged OP2→OP2', 'deleted OP3→-', 'unchanged OP4→OP3'])
    expect(diff.entryOfCurrent.every((e, c) => diff.entries[e].current === diff.currentParagraphs[c])).toBe(true)
  })

  it('puts a deleted paragraph after the subparagraphs of the one before it', () => {
    const base = revise(insertAfter('OP2', newSub))
    const current = revise(ps => ps.filter(p => p.text !== ps[27].text), { base })
    expect(diffDocuments(base, current).entries.slice(25, 29).map(show)).toEqual([
      'unchanged OP2→OP2', 'unchanged OP2(a)→OP2(a)', 'deleted OP3→-', 'unchanged OP4→OP3'
    ])
  })

  it('reuses the word diffs of pairs whose nodes did not change', () => {
    const edited = revise(all(rewordIn('OP4', 'review, amend', 'review'), rewordIn('OP5', 'step up', 'redouble')))
    const first = diffDocuments(template, edited)
    const again = diffDocuments(template, edited, first)
    const words = (d: typeof first) => d.entries.filter(e => e.words).map(e => e.words)
    expect(words(again)).toEqual(words(first))
    words(again).forEach((w, i) => expect(w).toBe(words(first)[i]))
    expect(again.baseParagraphs).toBe(first.baseParagraphs)
  })

  it.each([false, true])('classifies the changes of 200 seeded revisions with precision and recall of at least 0.98 (shared ids: %s)', sharedIds => {
    const quality = alignmentQuality(200, sharedIds)
    expect(quality.precision).toBeGreaterThanOrEqual(0.98)
    expect(quality.recall).toBeGreaterThanOrEqual(0.98)
    for (const kind of ['inserted', 'deleted', 'moved', 'modified']) expect(quality.byKind[kind][2]).toBeGreaterThan(100)
  })
})
