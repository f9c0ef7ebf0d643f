import type { Node } from 'prosemirror-model'
import { template2388 } from '../../../shared/template'
import { gaScaleResolution } from '../gaScale'
import { scatterAmendments } from '../scatterAmendments'

export type BenchDocument = '2388' | 'ga-100'

/// A document to open and the base it is compared with.
export interface Setup { base: Node, current: Node }

/// The documents typed into: 2388 as a fresh draft (no change against its base), and
/// the GA-scale resolution with 100 amendments scattered over it against the original.
export const setups: Record<BenchDocument, () => Setup> = {
  '2388': () => ({ base: template2388(), current: template2388() }),
  'ga-100': () => { const base = gaScaleResolution(); return { base, current: scatterAmendments(base, 100, 7) } }
}

/// The GA-scale document and its version with 100 amendments, made once for every
/// measurement of a page.
let gaVersions: Setup | null = null
export function gaScaleVersions(): Setup {
  gaVersions ??= setups['ga-100']()
  return gaVersions
}

