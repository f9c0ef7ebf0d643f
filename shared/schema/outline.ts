import type { Node } from 'prosemirror-model'
import { schema, paragraphKind } from './schema'
import { forEachPartChild } from './parts'
import { annexLabel, labelParagraphs, type ParagraphLabel } from './numbering'
import { withoutFootnoteMarks } from './footnote'

/// A section heading as listed (cli.md): `label` `S1`, or `A1.S2` in an annex; `number`
/// and `title` as stored; `text` the heading as printed on one line (`I. Revitalization
/// of …`); `before` the label of the paragraph it stands before, null at the end of its
/// part.
export interface SectionLabel {
  label: string
  number: string
  title: string
  text: string
  before: string | null
  annex: number
  pos: number
}

/// A footnote as listed: `FN1`, `FN2`… in document order, its note, and the label of
/// what it stands in: a paragraph (`PP1`, `A1.3`), a section heading (`S1`) or an annex
/// title (`A1`). `pos` is the position of the footnote node.
export interface FootnoteLabel {
  label: string
  text: string
  paragraph: string
  pos: number
}

/// The heading as printed on one line: `I. Title`, the title alone when it has no
/// number, the number alone when it has no title.
export function sectionText(number: string, title: string): string {
  return number && title ? `${number}. ${title}` : number || title
}

/// The section headings and footnotes of a document, with their labels, in one walk;
/// `labels` are the document's paragraph labels when the caller has them already.
export function outlineResolution(doc: Node, labels: readonly ParagraphLabel[] = labelParagraphs(doc)): { sections: SectionLabel[], footnotes: FootnoteLabel[] } {
  const sections: SectionLabel[] = []
  const footnotes: FootnoteLabel[] = []
  let paragraph = 0
  const count = new Map<number, number>()
  let waiting: SectionLabel[] = []
  let waitingPart: Node | null = null
  forEachPartChild(doc, (node, pos, part) => {
    if (part.node !== waitingPart) { waiting = []; waitingPart = part.node }
    let owner: string
    if (paragraphKind(node)) {
      owner = labels[paragraph++].label
      for (const s of waiting) s.before = owner
      waiting = []
    } else if (node.type === schema.nodes.section_heading) {
      const n = (count.get(part.annex) ?? 0) + 1
      count.set(part.annex, n)
      owner = part.annex ? `${annexLabel(part.annex)}.S${n}` : `S${n}`
      const title = withoutFootnoteMarks(node.textContent)
      const section: SectionLabel = { label: owner, number: node.attrs.number, title, text: sectionText(node.attrs.number, title), before: null, annex: part.annex, pos }
      sections.push(section)
      waiting.push(section)
    } else {
      owner = annexLabel(part.annex)
    }
    node.forEach((child, offset) => {
      if (child.type === schema.nodes.footnote) footnotes.push({ label: `FN${footnotes.length + 1}`, text: child.attrs.text, paragraph: owner, pos: pos + 1 + offset })
    })
  })
  return { sections, footnotes }
}
