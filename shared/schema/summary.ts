import type { Node } from 'prosemirror-model'
import { labelParagraphs } from './numbering'
import { forEachParagraph, readParagraph } from './draft'
import type { ResolutionMeta } from './meta'

/// One paragraph as listed by `penholder info`: its label, its italic opening phrase and
/// its whole text (an OP without its number).
export interface ParagraphSummary {
  label: string
  lead: string
  text: string
}

/// The structure of a resolution at a glance: what `penholder info` prints and the
/// status bar counts.
export interface ResolutionSummary {
  organ: string
  symbol: string
  preambular: number
  operative: number
  /// Number of subparagraphs of each OP that has any, keyed by its number (`{"12": 7}`).
  subparagraphs: Record<string, number>
  paragraphs: ParagraphSummary[]
}

export function summarizeResolution(doc: Node): ResolutionSummary {
  const labels = labelParagraphs(doc)
  const paragraphs: ParagraphSummary[] = []
  const subparagraphs: Record<string, number> = {}
  let preambular = 0, operative = 0, i = 0
  forEachParagraph(doc, node => {
    const label = labels[i++]
    const p = readParagraph(node)
    if (p.kind === 'pp') preambular++
    else if (p.kind === 'op') operative++
    else {
      const parent = /^OP(\d+)/.exec(label.label)
      if (parent) subparagraphs[parent[1]] = (subparagraphs[parent[1]] ?? 0) + 1
    }
    paragraphs.push({ label: label.label, lead: p.text.slice(0, p.lead), text: p.text })
  })
  return {
    organ: doc.child(1).textContent,
    symbol: (doc.firstChild!.attrs as ResolutionMeta).symbol,
    preambular, operative, subparagraphs, paragraphs
  }
}
