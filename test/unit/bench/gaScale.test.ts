import { describe, expect, it } from 'vitest'
import { gaScaleResolution } from '../../bench/gaScale'
import { scatterAmendments } from '../../bench/scatterAmendments'
import { readResolution } from '../../../shared/schema'
import { diffDocuments, amendmentsOf } from '../../../shared/amend'

describe('gaScaleResolution', () => {
  const ga = gaScaleResolution()
  const paragraphs = readResolution(ga).paragraphs

  it('has 600 paragraphs and about 50,000 words', () => {
    expect(paragraphs.length).toBe(600)
    const words = paragraphs.reduce((n, p) => n + p.text.split(/\s+/).length, 0)
    expect(words).toBeGreaterThan(45_000)
    expect(words).toBeLessThan(55_000)
    expect(paragraphs.filter(p => p.kind === 'sub').length).toBeGreaterThan(50)
  })

  it('is the same every time', () => {
    expect(gaScaleResolution().eq(ga)).toBe(true)
  })

  it('reads like a resolution: PPs end with a comma, OPs with a semicolon, the last with a period', () => {
    expect(paragraphs.filter(p => p.kind === 'pp').every(p => p.text.endsWith(','))).toBe(true)
    expect(paragraphs[paragraphs.length - 1].text.endsWith('.')).toBe(true)
    expect(new Set(paragraphs.map(p => p.text)).size).toBeGreaterThan(500)
  })
})

describe('scatterAmendments', () => {
  it('scatters changes of every kind, the same every time', () => {
    const ga = gaScaleResolution()
    const current = scatterAmendments(ga, 100, 600)
    expect(scatterAmendments(ga, 100, 600).eq(current)).toBe(true)
    const kinds = new Set(amendmentsOf(diffDocuments(ga, current)).map(a => a.kind))
    expect(kinds).toEqual(new Set(['inserted', 'deleted', 'moved', 'modified']))
  })
})
