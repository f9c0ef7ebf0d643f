import type { Node } from 'prosemirror-model'
import { buildResolution, readResolution } from '../schema'
import { importResolution } from '../import'
import { resolution2388PressRelease } from './resolution2388Text'

/// The heading facts that lie outside the resolution part of press release SC/13081: the
/// meeting number stands in its header and the date in its dateline.
const adoption = { meeting: '8111th', date: '21 November 2017' }

let cached: Node | null = null

/// Resolution 2388 (2017) on trafficking in persons, the template for a follow-up draft.
/// Its paragraph ids are fixed (`t2388-pp01` … `t2388-op35`), so every draft started from
/// the template shares them and compares paragraph by paragraph.
export function template2388(): Node {
  if (cached) return cached
  const imported = importResolution(resolution2388PressRelease)
  if (!imported.ok) throw new Error(`fixtures/resolution-2388.press-release.txt: ${imported.error}`)
  const draft = readResolution(imported.doc)
  let pp = 0, op = 0
  const paragraphs = draft.paragraphs.map(p => {
    const n = p.kind === 'pp' ? ++pp : ++op
    return { ...p, pid: `t2388-${p.kind}${String(n).padStart(2, '0')}` }
  })
  cached = buildResolution({ ...draft, meta: { ...draft.meta, ...adoption }, paragraphs })
  return cached
}
