import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import type { Node } from 'prosemirror-model'
import { importResolution } from '../../../../shared/import'
import { buildResolution, readResolution } from '../../../../shared/schema'
import { exportPlainText } from '../../../../shared/export'
import { template2388 } from '../../../../shared/template'
import { diffDocuments } from '../../../../shared/amend/diffDocuments'
import { planAmendmentList } from '../../../../shared/amend/plan'
import { applyAmendments } from '../../../../shared/amend/applyAmendments'
import { compareDocuments } from '../../../../shared/amend/compare'
import { readAmendments } from '../../../../shared/amend/readAmendments'
import { seededRevision } from './seededRevisions'
import { inFrench, roundTripProblem } from './roundTrip'

/// Cases run inside `npm test`; `AMEND_PROPERTY_RUNS=5000` runs the long property.
const runs = Number(process.env.AMEND_PROPERTY_RUNS ?? 60)

function imported(path: string): Node {
  const result = importResolution(readFileSync(new URL(path, import.meta.url), 'utf8'))
  if (!result.ok) throw new Error(result.error)
  return result.doc
}

const reversedCase = (name: string) => [imported(`../../../cases/compare/${name}/a.txt`), imported(`../../../cases/compare/${name}/b.txt`)] as const

describe('applying a comparison’s own amendment list to its base gives its current text', () => {
  it.each(['negotiation', 'official'] as const)('on seeded revisions of 2388, in English and French, %s register', style => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.boolean(), fc.boolean(), (seed, freshIds, french) => {
      let { base, current } = seededRevision(seed, { freshIds })
      if (french) { base = inFrench(base); current = inFrench(current) }
      const problem = roundTripProblem(base, current, style)
      if (problem) throw new Error(`seed ${seed}${freshIds ? ', fresh ids' : ''}${french ? ', French' : ''}: ${problem}`)
    }), { numRuns: runs, seed: 12 })
  }, Math.max(30_000, runs * 60))

  it('on the 2388 template with its operative paragraphs reversed, in the fewest moves', () => {
    const template = template2388()
    const draft = readResolution(template)
    const reversed = buildResolution({ ...draft, paragraphs: [...draft.paragraphs.filter(p => p.kind === 'pp'), ...draft.paragraphs.filter(p => p.kind !== 'pp').reverse()] })
    const { changes } = compareDocuments(template, reversed)
    expect(changes.length).toBe(34)
    expect(changes.every(c => c.kind === 'moved')).toBe(true)
    for (const style of ['negotiation', 'official'] as const) expect(roundTripProblem(template, reversed, style)).toBeNull()
  })

  it.each([
    ['the last PP made the first OP', (ps: ReturnType<typeof readResolution>['paragraphs']) => { ps[23] = { ...ps[23], kind: 'op' as const }; return ps }],
    ['an OP made a subparagraph of the one before', (ps: ReturnType<typeof readResolution>['paragraphs']) => { ps[28] = { ...ps[28], kind: 'sub' as const, level: 1, lead: 0 }; return ps }]
  ])('when %s, by a move whose place gives the kind', (_name, edit) => {
    const template = template2388()
    const draft = readResolution(template)
    const current = buildResolution({ ...draft, paragraphs: edit(draft.paragraphs.map(p => ({ ...p }))) })
    expect(compareDocuments(template, current).changes.map(c => c.kind)).toEqual(['moved'])
    for (const style of ['negotiation', 'official'] as const) expect(roundTripProblem(template, current, style)).toBeNull()
  })

  it('on the reversed-ops case: three moves, each placed by a paragraph that stays or first', () => {
    const [a, b] = reversedCase('reversed-ops-compare')
    expect(compareDocuments(a, b).changes.map(c => c.description)).toEqual([
      'Move operative paragraph 4 to become the first operative paragraph',
      'Move operative paragraph 3 to precede operative paragraph 1',
      'Move operative paragraph 2 to precede operative paragraph 1'
    ])
    expect(roundTripProblem(a, b, 'official')).toBeNull()
  })

  it('on the number-thousands case: the whole number quoted', () => {
    const [a, b] = reversedCase('number-thousands-compare')
    expect(compareDocuments(a, b).changes.map(c => c.description))
      .toEqual(['In operative paragraph 2, replace the words “1,500,000” with “1,750,000”'])
    expect(roundTripProblem(a, b, 'negotiation')).toBeNull()
  })
})

describe('applyAmendments', () => {
  const template = template2388()
  const apply = (text: string, accept = false) => applyAmendments(template, readAmendments(text).map(a => a.ok ? a.operations : []), { acceptNearMisses: accept })
  const op = (doc: Node, n: number) => readResolution(doc).paragraphs.filter(p => p.kind === 'op')[n - 1].text

  it('reads every number against the text as tabled, whatever comes before', () => {
    const { doc, refused } = apply('1. Delete paragraph 1.\n2. In paragraph 3, replace the words “Calls upon” with “Also calls upon”.\n')
    expect(refused).toEqual([])
    expect(op(doc, 2)).toMatch(/^Also calls upon Member States to reinforce/)
  })

  it('reports a near-miss with the closest text and applies nothing without consent', () => {
    const text = '1. In paragraph 4, after the words “related Legislation”, insert “and policies”.\n'
    const strict = apply(text)
    expect(strict.nearMisses).toEqual([{ amendment: 1, paragraph: 'OP4', looked: 'related Legislation', closest: 'related legislation' }])
    expect(exportPlainText(strict.doc)).toBe(exportPlainText(template))
    expect(op(apply(text, true).doc, 4)).toContain('related legislation and policies')
  })

  it('refuses, with its number, an amendment naming a paragraph the text lacks', () => {
    expect(apply('1. Delete paragraph 3.\n2. Delete paragraph 99.\n').refused).toEqual([{ amendment: 2, reason: 'names operative paragraph 99, which the text as tabled lacks' }])
  })

  it('puts two insertions after one paragraph in the order listed', () => {
    const { doc } = apply('1. After paragraph 12, insert the following paragraph:\n    Decides to convene a meeting;\n2. After paragraph 12, insert the following paragraph:\n    Requests a report on the meeting;\n')
    expect([op(doc, 13), op(doc, 14)]).toEqual(['Decides to convene a meeting;', 'Requests a report on the meeting;'])
  })

  it('agrees with the plan it reads back, not only with the text', () => {
    const { base, current } = seededRevision(7)
    expect(exportPlainText(applyAmendments(base, planAmendmentList(diffDocuments(base, current))).doc)).toBe(exportPlainText(current))
  })
})
