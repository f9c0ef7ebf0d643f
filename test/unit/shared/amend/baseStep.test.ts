import { describe, expect, it } from 'vitest'
import { Step } from 'prosemirror-transform'
import { SetBaseStep } from '../../../../shared/amend/baseStep'
import { schema } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'
import { remove, revise } from './revisions'

const template = template2388()
const revised = revise(remove('PP3'))

describe('SetBaseStep', () => {
  const step = new SetBaseStep(template, revised)

  it('leaves the document as it is', () => {
    const result = step.apply(revised)
    expect(result.doc).toBe(revised)
    expect(step.getMap().forEach).toBeDefined()
    expect(step.getMap().map(17)).toBe(17)
  })

  it('inverts to the base it replaced', () => {
    const inverted = step.invert() as SetBaseStep
    expect([inverted.from, inverted.to]).toEqual([revised, template])
  })

  it('is not moved by other changes', () => {
    expect(step.map()).toBe(step)
  })

  it('survives a round trip through JSON, as collaboration and journals need', () => {
    const back = Step.fromJSON(schema, JSON.parse(JSON.stringify(step.toJSON()))) as SetBaseStep
    expect(back).toBeInstanceOf(SetBaseStep)
    expect(back.from.eq(template)).toBe(true)
    expect(back.to.eq(revised)).toBe(true)
  })

  it('refuses JSON without both bases', () => {
    expect(() => Step.fromJSON(schema, { stepType: 'penholder.setBase', from: template.toJSON() })).toThrow(RangeError)
  })
})
