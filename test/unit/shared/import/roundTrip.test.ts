import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Node } from 'prosemirror-model'
import { importResolution } from '../../../../shared/import'
import { exportPlainText } from '../../../../shared/export'
import { readResolution } from '../../../../shared/schema'
import { generatedStructuredResolution } from '../../../support/generatedResolutions'

/// Cases per property: a seeded few hundred in `npm test`; set PENHOLDER_PROPERTY_RUNS
/// (e.g. 10000) for a long run.
const runs = Number(process.env.PENHOLDER_PROPERTY_RUNS ?? 300)
const seed = Number(process.env.PENHOLDER_PROPERTY_SEED ?? 11)

/// A document as plain data without paragraph ids: the same text whatever ids it has.
function structureOf(doc: Node) {
  const { paragraphs, annexes, ...rest } = readResolution(doc)
  const withoutIds = <T extends { pid?: string }>(ps: readonly T[]) => ps.map(({ pid: _pid, ...p }) => p)
  return { ...rest, paragraphs: withoutIds(paragraphs), annexes: (annexes ?? []).map(a => ({ ...a, paragraphs: withoutIds(a.paragraphs) })) }
}

describe('import(export(doc)) is doc, for resolutions with sections, footnotes, (i)-first lists, a first number and annexes', () => {
  it(`holds for ${runs} generated resolutions (seed ${seed})`, () => {
    fc.assert(fc.property(generatedStructuredResolution, doc => {
      const back = importResolution(exportPlainText(doc))
      if (!back.ok) throw new Error(back.error)
      expect(structureOf(back.doc)).toEqual(structureOf(doc))
    }), { numRuns: runs, seed })
  }, runs * 40)
})
