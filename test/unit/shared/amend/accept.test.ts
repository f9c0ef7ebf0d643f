import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { acceptAllChanges, acceptChange, rejectAllChanges, rejectChange } from '../../../../shared/amend/accept'
import { amendmentsOf } from '../../../../shared/amend/amendments'
import { describeAmendment } from '../../../../shared/amend/describe'
import { diffDocuments } from '../../../../shared/amend/diffDocuments'
import { buildResolution, readResolution } from '../../../../shared/schema'
import { importResolution } from '../../../../shared/import'
import { template2388 } from '../../../../shared/template'
import { all, at, insertAfter, moveAfter, remove, revise, rewordIn } from './revisions'

const template = template2388()
const sub = (text: string) => ({ kind: 'sub' as const, level: 1, lead: 0, text })
const newOp = { kind: 'op' as const, lead: 7, text: 'Decides to convene meetings:' }

/// The text of a document as the engine compares it: kinds, levels and words.
const text = (doc: Node) => readResolution(doc).paragraphs.map(p => [p.kind, p.level ?? 0, p.text])

const revision = (freshIds: boolean) => revise(all(
  rewordIn('OP12', 'within its existing mandate', 'within its mandate'),
  rewordIn('OP7', 'increase capacity', 'build capacity'),
  rewordIn('OP4', 'related legislation', 'related legislation and policies'),
  ps => { const [op30] = ps.splice(at('OP30'), 1); ps.splice(at('OP25'), 0, op30); return ps },
  insertAfter('OP20', newOp, sub('On victims;'), sub('On evidence;')),
  moveAfter('OP7', 'OP9'),
  insertAfter('OP2', sub('Law enforcement officials;')),
  remove('OP1'),
  remove('PP3')
), { freshIds })

describe.each([false, true])('accepting and rejecting (fresh ids: %s)', freshIds => {
  const current = revision(freshIds)
  const diff = diffDocuments(template, current)
  const amendments = amendmentsOf(diff)
  const descriptions = (base: Node, cur: Node) => { const d = diffDocuments(base, cur); return amendmentsOf(d).map(a => describeAmendment(a, d)) }
  const all = descriptions(template, current)

  it('has an amendment of every kind to work on', () => {
    expect(new Set(amendments.map(a => a.kind))).toEqual(new Set(['inserted', 'deleted', 'moved', 'modified']))
  })

  it.each(amendments.map((_a, i) => [all[i], i] as const))('accepts “%s” into the base alone', (_d, i) => {
    const base = acceptChange(diff, amendments[i])
    expect(descriptions(base, current).length).toBe(amendments.length - 1)
    expect(amendmentsOf(diffDocuments(base, current)).map(a => a.id)).not.toContain(amendments[i].id)
  })

  it.each(amendments.map((_a, i) => [all[i], i] as const))('rejects “%s” in the current text alone', (_d, i) => {
    const rejected = rejectChange(diff, amendments[i], new Transform(current)).doc
    expect(descriptions(template, rejected)).toEqual(all.filter((_a, k) => k !== i))
  })

  it('reaches the current text by accepting the amendments one by one', () => {
    let base = template
    for (let n = 0; n < amendments.length; n++) {
      const d = diffDocuments(base, current)
      base = acceptChange(d, amendmentsOf(d)[0])
    }
    expect(text(base)).toEqual(text(current))
  })

  it('reaches the base text by rejecting the amendments one by one, last first', () => {
    let cur = current
    for (let n = 0; n < amendments.length; n++) {
      const d = diffDocuments(template, cur)
      const list = amendmentsOf(d)
      cur = rejectChange(d, list[list.length - 1], new Transform(cur)).doc
    }
    expect(text(cur)).toEqual(text(template))
  })

  it('accepts and rejects all at once', () => {
    const accepted = acceptAllChanges(diff)
    expect(text(accepted)).toEqual(text(current))
    expect(accepted.firstChild).toBe(template.firstChild)
    expect(text(rejectAllChanges(diff, new Transform(current)).doc)).toEqual(text(template))
  })

  it('accepts and rejects all of a text with an annex, the annex going and coming with it', () => {
    const imported = importResolution(readFileSync(new URL('../../../cases/import/annex-footnotes.txt', import.meta.url), 'utf8'))
    if (!imported.ok) throw new Error(imported.error)
    const annexed = imported.doc
    const bare = annexed.copy(annexed.content.cut(0, annexed.content.size - annexed.lastChild!.nodeSize))
    for (const [from, to] of [[annexed, bare], [bare, annexed]]) {
      const both = diffDocuments(from, to)
      expect(acceptAllChanges(both).eq(to)).toBe(true)
      expect(rejectAllChanges(both, new Transform(to)).doc.eq(from)).toBe(true)
    }
  })

  it('refuses a transform of another document', () => {
    expect(() => rejectChange(diff, amendments[0], new Transform(template))).toThrow(RangeError)
  })
})

describe('accepting and rejecting a footnote', () => {
  it('accepts and rejects a note that reads otherwise, its words unchanged (the real footnotes of A/80/L.27)', () => {
    const imported = importResolution(readFileSync(new URL('../../../corpus/amendments/A-80-L.35/draft-A-80-L.27.txt', import.meta.url), 'utf8'))
    if (!imported.ok) throw new Error(imported.error)
    const tabled = imported.doc
    const draft = readResolution(tabled)
    const op1 = draft.paragraphs.findIndex(p => p.kind === 'op')
    draft.paragraphs[op1] = { ...draft.paragraphs[op1], footnotes: draft.paragraphs[op1].footnotes!.map(n => ({ ...n, text: 'A/80/395 and A/80/395/Corr.1.' })) }
    const reworded = buildResolution(draft)
    const both = diffDocuments(tabled, reworded)
    expect(amendmentsOf(both).map(a => describeAmendment(a, both))).toEqual(['In operative paragraph 1, replace the footnote after the words “disaster” with a footnote reading “A/80/395 and A/80/395/Corr.1.”'])
    expect(acceptAllChanges(both).eq(reworded)).toBe(true)
    expect(rejectAllChanges(both, new Transform(reworded)).doc.eq(tabled)).toBe(true)
  })
})
