import { describe, expect, it } from 'vitest'
import { readParagraphs, paragraphPositions, withNode } from '../../../../shared/amend/paragraphs'
import { schema } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'
import { insertAfter, revise } from './revisions'

describe('readParagraphs', () => {
  const doc = revise(insertAfter('OP12',
    { kind: 'sub', level: 1, lead: 0, text: 'Border control;' },
    { kind: 'sub', level: 2, lead: 0, text: 'At airports;' }))
  const records = readParagraphs(doc)

  it.each([
    [0, 'PP1', '', 'pp', 0, 0],
    [24, 'OP1', '1.', 'op', 0, 24],
    [35, 'OP12', '12.', 'op', 0, 35],
    [36, 'OP12(a)', '(a)', 'sub', 1, 35],
    [37, 'OP12(a)(i)', '(i)', 'sub', 2, 35],
    [38, 'OP13', '13.', 'op', 0, 38]
  ])('record %i is %s, printed %j', (index, label, number, kind, level, head) => {
    expect(records[index]).toMatchObject({ index, label, number, kind, level, head })
  })

  it('carries ids and texts', () => {
    expect(records[0].pid).toBe('t2388-pp01')
    expect(records[0].text.replace(/\s/g, ' ')).toBe('Recalling presidential statement 2015/25, resolution 2331 (2016),')
    expect(records.length).toBe(61)
  })

  it('finds each paragraph at its position', () => {
    const positions = paragraphPositions(doc)
    records.forEach((r, i) => expect(doc.nodeAt(positions[i])).toBe(r.node))
  })

  it('keeps the place of a paragraph whose text changed', () => {
    const [first] = readParagraphs(template2388())
    const node = schema.nodes.preambular_paragraph.create(first.node.attrs, schema.text('Recalling,'))
    expect(withNode(first, node)).toEqual({ ...first, node, text: 'Recalling,' })
  })
})
