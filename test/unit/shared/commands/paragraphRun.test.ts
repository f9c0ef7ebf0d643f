import { describe, expect, it } from 'vitest'
import { groupEnd, levelOf, paragraphAt, selectedRun, sinkParagraphs } from '../../../../shared/commands'
import { at, posOf, run, templateState } from './fixtures/editor'

describe('paragraph runs', () => {
  const start = templateState()
  const withSubs = run(at(run(at(start, 'OP6'), sinkParagraphs)!, 'OP5'), sinkParagraphs)!

  it('finds the part and index of the paragraph at a position, and nothing in the organ line', () => {
    expect(paragraphAt(start.doc.resolve(posOf(start.doc, 'PP3', 2)))).toMatchObject({ index: 2, partPos: start.doc.child(0).nodeSize + start.doc.child(1).nodeSize })
    expect(paragraphAt(start.doc.resolve(start.doc.child(0).nodeSize + 2))).toBeNull()
  })

  it('ends a group after what belongs to it', () => {
    const part = withSubs.doc.child(3)
    expect([0, 1, 2, 3, 4, 5].map(i => levelOf(part.child(i)))).toEqual([0, 0, 0, 0, 1, 2])
    expect([groupEnd(part, 3), groupEnd(part, 4), groupEnd(part, 5), groupEnd(part, 6)]).toEqual([6, 6, 6, 7])
  })

  it.each([
    ['a cursor in OP4', 'OP4', 'OP4', [3, 6]],
    ['a selection from OP2 to OP3', 'OP2', 'OP3', [1, 3]],
    ['a selection across the parts', 'PP24', 'OP1', null]
  ])('takes %s', (_what, from, to, range) => {
    const run = selectedRun(at(withSubs, from, 1, to, 1))
    expect(run ? [run.from, run.to] : null).toEqual(range)
  })
})
