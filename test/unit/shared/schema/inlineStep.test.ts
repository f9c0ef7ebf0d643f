import { describe, expect, it } from 'vitest'
import { Transform } from 'prosemirror-transform'
import { isInlineStep, schema } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'

const doc = template2388()
/// Start of the text of OP1 and of OP2.
const op1 = doc.child(0).nodeSize + doc.child(1).nodeSize + doc.child(2).nodeSize + 2
const op2 = op1 + doc.child(3).child(0).nodeSize

describe('isInlineStep', () => {
  it.each<[string, (tr: Transform) => Transform, boolean]>([
    ['typing a word', tr => tr.insert(op1 + 8, schema.text('firmly ')), true],
    ['deleting within a paragraph', tr => tr.delete(op1 + 8, op1 + 20), true],
    ['italicizing words', tr => tr.addMark(op1 + 8, op1 + 20, schema.marks.em.create()), true],
    ['splitting a paragraph', tr => tr.split(op1 + 20), false],
    ['deleting across two paragraphs', tr => tr.delete(op1 + 20, op2 + 5), false],
    ['changing a paragraph id', tr => tr.setNodeAttribute(op1 - 1, 'pid', 'x'), false]
  ])('%s: %s', (_, change, inline) => {
    const tr = change(new Transform(doc))
    expect(isInlineStep(tr.steps[0], tr.docs[0])).toBe(inline)
  })
})
