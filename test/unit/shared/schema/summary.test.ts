import { describe, expect, it } from 'vitest'
import { summarizeResolution, buildResolution, completeMeta } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'

describe('summarizeResolution', () => {
  it('summarizes the template as info --json reports it', () => {
    const s = summarizeResolution(template2388())
    expect({ ...s, paragraphs: s.paragraphs.length }).toEqual({
      organ: 'The Security Council', symbol: 'S/RES/2388 (2017)', preambular: 24, operative: 35, subparagraphs: {}, paragraphs: 59
    })
    expect(s.paragraphs[0]).toEqual({ label: 'PP1', lead: 'Recalling', text: 'Recalling presidential statement\u00a02015/25, resolution\u00a02331 (2016),' })
    expect(s.paragraphs[58]).toEqual({ label: 'OP35', lead: 'Decides', text: 'Decides to remain actively seized of this matter.' })
  })

  it('counts subparagraphs per operative paragraph and lists them as their own entries', () => {
    const s = summarizeResolution(buildResolution({
      meta: completeMeta({}), organ: 'The General Assembly', paragraphs: [
        { kind: 'op', text: 'Decides;', lead: 7 }, { kind: 'op', text: 'Urges:', lead: 5 },
        { kind: 'sub', text: 'To act;', lead: 0 }, { kind: 'sub', text: 'Now;', lead: 0, level: 2 }, { kind: 'sub', text: 'To report.', lead: 0 }
      ]
    }))
    expect(s.subparagraphs).toEqual({ 2: 3 })
    expect(s.paragraphs.map(p => p.label)).toEqual(['OP1', 'OP2', 'OP2(a)', 'OP2(a)(i)', 'OP2(b)'])
  })
})
