import type { Node } from 'prosemirror-model'
import { labelParagraphs, annexLabel } from './numbering'
import { forEachParagraph, readParagraph } from './draft'
import { adoptionFacts, type AdoptionFacts, type Language, type ResolutionMeta } from './meta'
import { outlineResolution } from './outline'
import { withoutFootnoteMarks } from './footnote'

/// One paragraph as listed by `penholder info`: its label, its italic opening phrase and
/// its whole text (an OP without its number, without footnote reference marks).
export interface ParagraphSummary {
  label: string
  lead: string
  text: string
}

/// A section heading as listed: `S1` or `A1.S2`, the heading as printed, and the label of
/// the paragraph it stands before (left out at the end of its part).
export interface SectionSummary {
  label: string
  text: string
  before?: string
}

export interface FootnoteSummary {
  label: string
  paragraph: string
  text: string
}

export interface AnnexSummary {
  label: string
  title: string
  paragraphs: Array<{ label: string, text: string }>
  sections?: SectionSummary[]
}

/// The structure of a resolution at a glance: what `penholder info` prints (cli.md,
/// "JSON shapes", in that key order) and the status bar counts. `adoption`, `sections`,
/// `footnotes` and `annexes` are left out when the text has none.
export interface ResolutionSummary {
  organ: string
  symbol: string
  language: Language
  adoption?: AdoptionFacts
  preambular: number
  operative: number
  /// Number of subparagraphs of each OP that has any, keyed by its number (`{"12": 7}`).
  subparagraphs: Record<string, number>
  /// The paragraphs of the body; annex paragraphs are listed under their annex.
  paragraphs: ParagraphSummary[]
  sections?: SectionSummary[]
  footnotes?: FootnoteSummary[]
  annexes?: AnnexSummary[]
}

export function summarizeResolution(doc: Node): ResolutionSummary {
  const meta = doc.firstChild!.attrs as ResolutionMeta
  const labels = labelParagraphs(doc)
  const paragraphs: ParagraphSummary[] = []
  const subparagraphs: Record<string, number> = {}
  const annexes: AnnexSummary[] = []
  for (let i = 4; i < doc.childCount; i++) {
    annexes.push({ label: annexLabel(i - 3), title: withoutFootnoteMarks(doc.child(i).firstChild!.textContent), paragraphs: [] })
  }
  let preambular = 0, operative = 0, i = 0
  forEachParagraph(doc, (node, _pos, part) => {
    const label = labels[i++]
    const p = readParagraph(node)
    if (part.kind === 'annex') {
      annexes[part.annex - 1].paragraphs.push({ label: label.label, text: p.text })
      return
    }
    if (p.kind === 'pp') preambular++
    else if (p.kind === 'op') operative++
    else {
      const parent = /^OP(\d+)/.exec(label.label)
      if (parent) subparagraphs[parent[1]] = (subparagraphs[parent[1]] ?? 0) + 1
    }
    paragraphs.push({ label: label.label, lead: p.text.slice(0, p.lead), text: p.text })
  })
  const outline = outlineResolution(doc, labels)
  const sections: SectionSummary[] = []
  for (const s of outline.sections) {
    const listed: SectionSummary = s.before ? { label: s.label, text: s.text, before: s.before } : { label: s.label, text: s.text }
    if (!s.annex) sections.push(listed)
    else (annexes[s.annex - 1].sections ??= []).push(listed)
  }
  const adoption = adoptionFacts(meta)
  const footnotes = outline.footnotes.map(({ label, paragraph, text }) => ({ label, paragraph, text }))
  return {
    organ: doc.child(1).textContent, symbol: meta.symbol, language: meta.lang,
    ...(adoption ? { adoption } : {}),
    preambular, operative, subparagraphs, paragraphs,
    ...(sections.length ? { sections } : {}),
    ...(footnotes.length ? { footnotes } : {}),
    ...(annexes.length ? { annexes } : {})
  }
}
