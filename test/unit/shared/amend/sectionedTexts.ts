import { readFileSync } from 'node:fs'
import type { Node } from 'prosemirror-model'
import { buildResolution, readResolution, toRoman, type ResolutionDraft, type SectionDraft } from '../../../../shared/schema'
import { importResolution } from '../../../../shared/import'
import { template2388 } from '../../../../shared/template'

/// 2388 as a draft, the text the section-heading tests set out in sections.
export const draft2388 = readResolution(template2388())

/// Index of 2388's OP1 among its paragraphs.
export const firstOp = draft2388.paragraphs.findIndex(p => p.kind === 'op')

/// 2388's operative part set out in three sections, as a long General Assembly text is:
/// I from OP1, II from OP13, III from OP27.
export const sections2388: SectionDraft[] = [
  { number: 'I', text: 'Prevention of trafficking in persons', at: firstOp },
  { number: 'II', text: 'Protection of victims', at: firstOp + 12 },
  { number: 'III', text: 'Follow-up', at: firstOp + 26 }
]

/// A draft (2388 unless given) set out in `sections`.
export const sectioned = (sections: SectionDraft[], draft: ResolutionDraft = draft2388): Node => buildResolution({ ...draft, sections })

/// Headings of 2388's operative part, each by its number, its words and the operative
/// paragraph it stands before (0: the end of the operative part).
export const headings = (...list: Array<[string, string, number]>): SectionDraft[] =>
  list.map(([number, text, op]) => ({ number, text, at: op ? firstOp + op - 1 : draft2388.paragraphs.length }))

/// 2388 set out in sections as tabled or amended, its headings as `headings` takes them.
export const headed = (...list: Array<[string, string, number]>): Node => sectioned(headings(...list))

/// Headings numbered anew in sequence, I, II, III …, as a secretary numbers them once a
/// section is added, taken out or moved; unnumbered subheadings stay so.
export function renumbered<T extends { number: string }>(headings: readonly T[]): T[] {
  let k = 0
  return headings.map(h => h.number ? { ...h, number: toRoman(++k).toUpperCase() } : h)
}

/// A text as Penholder imports it, from a file `path` relative to this folder (a corpus
/// text, a shared case copied into test/). Throws the importer's message if it refuses.
export function importedText(path: string): Node {
  const result = importResolution(readFileSync(new URL(path, import.meta.url), 'utf8'))
  if (!result.ok) throw new Error(result.error)
  return result.doc
}
