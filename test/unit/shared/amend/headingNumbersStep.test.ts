import { describe, expect, it } from 'vitest'
import { Step, Transform } from 'prosemirror-transform'
import type { Node } from 'prosemirror-model'
import { schema } from '../../../../shared/schema'
import { SetHeadingNumbersStep } from '../../../../shared/amend/headingNumbersStep'
import { sectioned, sections2388 } from './sectionedTexts'

/// 2388 set out in sections I (OP1), II (OP13), III (OP27).
const doc = sectioned(sections2388)

/// Each section heading's position and number, in reading order.
function headings(d: Node): Array<[number, string]> {
  const found: Array<[number, string]> = []
  d.descendants((node, pos) => { if (node.type.name === 'section_heading') found.push([pos, node.attrs.number]); return node.type.name !== 'section_heading' })
  return found
}

const [[first], [second], [third]] = headings(doc)

describe('SetHeadingNumbersStep', () => {
  it('numbers several headings anew in one step, mapping no position, and inverts to the numbers it replaced', () => {
    const step = new SetHeadingNumbersStep([{ pos: third, number: 'IV' }, { pos: first, number: 'II' }])
    const tr = new Transform(doc).step(step)
    expect(headings(tr.doc)).toEqual([[first, 'II'], [second, 'II'], [third, 'IV']])
    expect(tr.doc.textContent).toBe(doc.textContent)
    expect([first, second + 5, third - 1].map(pos => tr.mapping.map(pos))).toEqual([first, second + 5, third - 1])
    expect(headings(new Transform(tr.doc).step(step.invert(doc)).doc)).toEqual(headings(doc))
  })

  it('follows its headings through a change before them, and drops one that was deleted', () => {
    const step = new SetHeadingNumbersStep([{ pos: second, number: 'X' }, { pos: third, number: 'Y' }])
    const before = new Transform(doc).delete(second, second + doc.nodeAt(second)!.nodeSize)
    const mapped = step.map(before.mapping)!
    expect(headings(before.step(mapped).doc)).toEqual([[first, 'I'], [third - doc.nodeAt(second)!.nodeSize, 'Y']])
  })

  it('fails where no section heading stands, giving no document', () => {
    const result = new SetHeadingNumbersStep([{ pos: first + 1, number: 'II' }]).apply(doc)
    expect([result.failed, result.doc]).toEqual([`No section heading at position ${first + 1}`, null])
  })

  it('survives JSON, as prosemirror-history and collaboration keep steps', () => {
    const step = new SetHeadingNumbersStep([{ pos: second, number: 'II bis' }])
    const back = Step.fromJSON(schema, JSON.parse(JSON.stringify(step.toJSON())))
    expect(back).toBeInstanceOf(SetHeadingNumbersStep)
    expect(headings(back.apply(doc).doc!)[1]).toEqual([second, 'II bis'])
  })
})
