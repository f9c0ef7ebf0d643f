import { describe, expect, it } from 'vitest'
import { amendmentsOf } from '../../../../shared/amend/amendments'
import { diffDocuments } from '../../../../shared/amend/diffDocuments'
import { template2388 } from '../../../../shared/template'
import { all, insertAfter, moveAfter, remove, revise, rewordIn } from './revisions'

const template = template2388()
const sub = (text: string) => ({ kind: 'sub' as const, level: 1, lead: 0, text })
const newOp = { kind: 'op' as const, lead: 7, text: 'Decides to convene meetings:' }

describe('amendmentsOf', () => {
  const current = revise(all(
    insertAfter('OP20', newOp, sub('On victims;'), sub('On evidence;')),
    moveAfter('OP7', 'OP9'),
    rewordIn('OP4', 'related legislation', 'related legislation and policies'),
    insertAfter('OP2', sub('Law enforcement officials;')),
    remove('PP3')
  ))
  const diff = diffDocuments(template, current)
  const amendments = amendmentsOf(diff)

  it('makes one amendment of each change, in reading order', () => {
    expect(amendments.map(a => [a.kind, a.entries[0].base?.label ?? null, a.entries[0].current?.label ?? null])).toEqual([
      ['deleted', 'PP3', null],
      ['inserted', null, 'OP2(a)'],
      ['modified', 'OP4', 'OP4'],
      ['moved', 'OP7', 'OP9'],
      ['inserted', null, 'OP21']
    ])
  })

  it('takes the subparagraphs of an inserted paragraph with it', () => {
    expect(amendments[4].entries.map(e => e.current!.label)).toEqual(['OP21', 'OP21(a)', 'OP21(b)'])
  })

  it('names amendments by paragraph ids, which typing does not change', () => {
    expect(amendments.map(a => a.id)).toEqual([
      't2388-pp03>', `>${amendments[1].entries[0].current!.pid}`, 't2388-op04>t2388-op04', 't2388-op07>t2388-op07', `>${amendments[4].entries[0].current!.pid}`
    ])
  })

  it('computes them once per diff', () => {
    expect(amendmentsOf(diff)).toBe(amendments)
  })

  it('has none for a renumbering alone', () => {
    expect(amendmentsOf(diffDocuments(template, revise(ps => ps)))).toEqual([])
  })
})
