import { Schema, type NodeSpec, type MarkSpec, type Node } from 'prosemirror-model'
import { emptyMeta } from './meta'
import { footnoteMark } from './footnote'

/// The three kinds of paragraph. Each is a textblock with a stable `pid`; subparagraphs
/// sit flat after the paragraph they belong to, with a `level` (1 = `(a)`, 2 = `(i)`,
/// 3 = `a.`, 4 = `i.`). A flat sequence keeps diffing, moving and Word export simple:
/// Word itself stores numbered levels as flat paragraphs. Annexes hold the same
/// paragraphs: a `preambular_paragraph` there is an unnumbered annex paragraph
/// (`A1.P4`), an `operative_paragraph` a numbered one (`A1.3`).
const paragraphAttrs = { pid: { default: null as string | null } }

/// What a paragraph holds: text, and the footnote references standing in it.
const paragraphContent = '(text | footnote)*'

/// The marker styles a list can take instead of its level's default, as the source
/// prints them: S/RES/242 (1967) opens OP1's list with `(i)`, `(ii)` at the first level.
export const listStyles = ['letter', 'roman', 'number'] as const
export type ListStyle = typeof listStyles[number]

function readListStyle(value: string | null): ListStyle | null {
  return (listStyles as readonly string[]).includes(value ?? '') ? value as ListStyle : null
}

const pidOf = (dom: HTMLElement | string) => (dom as HTMLElement).getAttribute('data-pid')

const nodes: Record<string, NodeSpec> = {
  doc: { content: 'heading organ preamble operative_part annex*' },
  heading: {
    atom: true,
    selectable: false,
    attrs: Object.fromEntries(Object.entries(emptyMeta).map(([k, v]) => [k, { default: v }])),
    toDOM: node => ['header', { class: 'ph-heading', 'data-symbol': node.attrs.symbol }],
    parseDOM: [{ tag: 'header.ph-heading' }]
  },
  organ: {
    content: 'text*',
    marks: '',
    toDOM: () => ['p', { class: 'ph-organ' }, 0],
    parseDOM: [{ tag: 'p.ph-organ' }]
  },
  preamble: {
    content: '(preambular_paragraph subparagraph*)*',
    toDOM: () => ['section', { class: 'ph-preamble' }, 0],
    parseDOM: [{ tag: 'section.ph-preamble' }]
  },
  /// `start` is the number of the first OP: an excerpt that starts at OP8 keeps its
  /// numbers, as an HTML list keeps its `start`. Section headings (GA omnibus texts)
  /// stand between OPs; the numbering runs on across them.
  operative_part: {
    content: '(operative_paragraph subparagraph* | section_heading)*',
    attrs: { start: { default: 1 } },
    toDOM: node => ['section', node.attrs.start === 1 ? { class: 'ph-operative' } : { class: 'ph-operative', 'data-start': String(node.attrs.start) }, 0],
    parseDOM: [{ tag: 'section.ph-operative', getAttrs: dom => ({ start: Math.max(1, Math.trunc(Number((dom as HTMLElement).getAttribute('data-start') ?? 1)) || 1) }) }]
  },
  /// A heading that divides the operative part or an annex: `number` as printed (`I`,
  /// `A`, or empty), the title as its text. Not a paragraph: it takes no paragraph
  /// number and no pid.
  section_heading: {
    content: paragraphContent,
    marks: 'em',
    attrs: { number: { default: '' } },
    defining: true,
    toDOM: node => ['h3', { class: 'ph-section', 'data-number': node.attrs.number }, 0],
    parseDOM: [{ tag: 'h3.ph-section', getAttrs: dom => ({ number: (dom as HTMLElement).getAttribute('data-number') ?? '' }) }]
  },
  /// An annex after the operative part: its title, then its own paragraphs (numbered
  /// from 1 within the annex, or unnumbered), subparagraphs and section headings. The
  /// caption `Annex` / `Annex II` is derived from the annexes' order.
  annex: {
    content: 'annex_title ((preambular_paragraph | operative_paragraph) subparagraph* | section_heading)*',
    isolating: true,
    toDOM: () => ['section', { class: 'ph-annex' }, 0],
    parseDOM: [{ tag: 'section.ph-annex' }]
  },
  annex_title: {
    content: paragraphContent,
    marks: 'em',
    defining: true,
    toDOM: () => ['h2', { class: 'ph-annex-title' }, 0],
    parseDOM: [{ tag: 'h2.ph-annex-title' }]
  },
  preambular_paragraph: {
    group: 'paragraph',
    content: paragraphContent,
    attrs: paragraphAttrs,
    toDOM: node => ['p', { class: 'ph-pp', 'data-pid': node.attrs.pid }, 0],
    parseDOM: [{ tag: 'p.ph-pp', getAttrs: dom => ({ pid: pidOf(dom) }) }]
  },
  operative_paragraph: {
    group: 'paragraph',
    content: paragraphContent,
    attrs: paragraphAttrs,
    toDOM: node => ['p', { class: 'ph-op', 'data-pid': node.attrs.pid }, 0],
    parseDOM: [{ tag: 'p.ph-op', getAttrs: dom => ({ pid: pidOf(dom) }) }]
  },
  /// `listStyle` is the item's marker style where it is not its level's default (null);
  /// the importer sets it on every item of such a list. The markers themselves stay
  /// derived from the order.
  subparagraph: {
    group: 'paragraph',
    content: paragraphContent,
    attrs: { ...paragraphAttrs, level: { default: 1 }, listStyle: { default: null as ListStyle | null } },
    toDOM: node => {
      const attrs: Record<string, string> = { class: 'ph-sub', 'data-level': String(node.attrs.level), 'data-pid': node.attrs.pid }
      if (node.attrs.listStyle) attrs['data-list-style'] = node.attrs.listStyle
      return ['p', attrs, 0]
    },
    parseDOM: [{
      tag: 'p.ph-sub',
      getAttrs: dom => ({
        pid: pidOf(dom),
        level: clampLevel(Number((dom as HTMLElement).getAttribute('data-level'))),
        listStyle: readListStyle((dom as HTMLElement).getAttribute('data-list-style'))
      })
    }]
  },
  /// A footnote reference at its place in the text, holding the note. It counts as one
  /// character, `footnoteMark` (U+FFFC), in a paragraph's `textContent`, so text offsets
  /// stay document offsets; the number printed is derived from the order (`FN1`, `FN2`).
  footnote: {
    inline: true,
    atom: true,
    selectable: true,
    attrs: { text: { default: '' } },
    leafText: () => footnoteMark,
    toDOM: node => ['sup', { class: 'ph-footnote', 'data-note': node.attrs.text, title: node.attrs.text }],
    parseDOM: [{ tag: 'sup.ph-footnote', getAttrs: dom => ({ text: (dom as HTMLElement).getAttribute('data-note') ?? '' }) }]
  },
  text: {}
}

const marks: Record<string, MarkSpec> = {
  /// The italic opening phrase of a PP or OP (*Recalling*, *Further calls upon*). Not
  /// inclusive, so typing right after the phrase is roman, as the style requires.
  lead: {
    inclusive: false,
    toDOM: () => ['em', { class: 'ph-lead' }, 0],
    parseDOM: [{ tag: 'em.ph-lead' }]
  },
  /// Italics for titles of publications, the only other italics UN texts use.
  em: {
    toDOM: () => ['i', 0],
    parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }]
  }
}

export const schema = new Schema({ nodes, marks })

export type ParagraphKind = 'pp' | 'op' | 'sub'

export const maxLevel = 4

export function clampLevel(level: number): number {
  return Number.isInteger(level) ? Math.min(maxLevel, Math.max(1, level)) : 1
}

/// The kind of a paragraph node, or null for anything that is not a paragraph.
export function paragraphKind(node: Node): ParagraphKind | null {
  switch (node.type.name) {
    case 'preambular_paragraph': return 'pp'
    case 'operative_paragraph': return 'op'
    case 'subparagraph': return 'sub'
    default: return null
  }
}
