import type { Node } from 'prosemirror-model'
import { annexLabel, schema } from '../schema'
import { paragraphNotes } from './paragraphs'
import { headingLabel } from './labels'
import { sameHeadingWords, sameNotes, type TitleText } from './titles'
import type { DocumentDiff } from './diffDocuments'

/// A section heading whose words differ between the text as tabled and the amended text:
/// the `ordinal`-th heading (1-based) of the operative part (`annex` 0) or of annex
/// `annex`, where both texts have as many headings in that part and this one keeps its
/// number, a number no other heading of the part has. `label` is its label in a comparison (`S2`, `A1.S2`; docs/cli.md, “Paragraph
/// labels”), `target` the label amendments name it by, its number as tabled (`section
/// II`: “In the heading of section II, replace the words …”). `base` and `current` hold
/// its words as titles do (`node` the `section_heading`). Headings added, removed or
/// renumbered are not such a change.
export interface HeadingChange {
  readonly label: string
  readonly target: string
  readonly annex: number
  readonly ordinal: number
  readonly number: string
  readonly base: TitleText
  readonly current: TitleText
}

/// The section headings of each part that can hold them: the operative part's first
/// (index 0), then each annex's, in order.
function headingsOf(doc: Node): Node[][] {
  const parts: Node[][] = []
  for (let i = 3; i < doc.childCount; i++) {
    const headings: Node[] = []
    doc.child(i).forEach(node => { if (node.type === schema.nodes.section_heading) headings.push(node) })
    parts.push(headings)
  }
  return parts
}

const cache = new WeakMap<DocumentDiff, readonly HeadingChange[]>()

/// The section headings a diff rewords, in reading order. Found from the two documents,
/// like titles (titles.ts), so a diff brought up to date by typing never carries a stale
/// answer. Cost: one walk of each document's part children.
export function headingChangesOf(diff: DocumentDiff): readonly HeadingChange[] {
  const known = cache.get(diff)
  if (known) return known
  const base = headingsOf(diff.base), current = headingsOf(diff.current)
  const changes: HeadingChange[] = []
  for (let annex = 0; annex < Math.min(base.length, current.length); annex++) {
    if (base[annex].length !== current[annex].length) continue
    const numbers = base[annex].map(h => h.attrs.number as string)
    base[annex].forEach((b, k) => {
      const c = current[annex][k], number = numbers[k]
      // A heading amendments cannot name: no number, or one two headings of the part share.
      if (!number || c.attrs.number !== number || numbers.indexOf(number) !== numbers.lastIndexOf(number)) return
      const was = wordsOf(b), now = wordsOf(c)
      if (sameHeadingWords(was.text, now.text) && sameNotes(was.notes, now.notes)) return
      const ordinal = k + 1
      changes.push({ label: annex ? `${annexLabel(annex)}.S${ordinal}` : `S${ordinal}`, target: headingLabel(annex, number), annex, ordinal, number, base: was, current: now })
    })
  }
  cache.set(diff, changes)
  return changes
}

const wordsOf = (node: Node): TitleText => ({ text: node.textContent, notes: paragraphNotes(node), node })
