import { Schema, type NodeSpec, type MarkSpec, type Node } from 'prosemirror-model'
import { emptyMeta } from './meta'

/// The three kinds of paragraph. Each is a textblock with a stable `pid`; subparagraphs
/// sit flat after the paragraph they belong to, with a `level` (1 = `(a)`, 2 = `(i)`,
/// 3 = `a.`, 4 = `i.`). A flat sequence keeps diffing, moving and Word export simple:
/// Word itself stores numbered levels as flat paragraphs.
const paragraphAttrs = { pid: { default: null as string | null } }

const nodes: Record<string, NodeSpec> = {
  doc: { content: 'heading organ preamble operative_part' },
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
  operative_part: {
    content: '(operative_paragraph subparagraph*)*',
    toDOM: () => ['section', { class: 'ph-operative' }, 0],
    parseDOM: [{ tag: 'section.ph-operative' }]
  },
  preambular_paragraph: {
    group: 'paragraph',
    content: 'text*',
    attrs: paragraphAttrs,
    toDOM: node => ['p', { class: 'ph-pp', 'data-pid': node.attrs.pid }, 0],
    parseDOM: [{ tag: 'p.ph-pp', getAttrs: dom => ({ pid: (dom as HTMLElement).getAttribute('data-pid') }) }]
  },
  operative_paragraph: {
    group: 'paragraph',
    content: 'text*',
    attrs: paragraphAttrs,
    toDOM: node => ['p', { class: 'ph-op', 'data-pid': node.attrs.pid }, 0],
    parseDOM: [{ tag: 'p.ph-op', getAttrs: dom => ({ pid: (dom as HTMLElement).getAttribute('data-pid') }) }]
  },
  subparagraph: {
    group: 'paragraph',
    content: 'text*',
    attrs: { ...paragraphAttrs, level: { default: 1 } },
    toDOM: node => ['p', { class: 'ph-sub', 'data-level': String(node.attrs.level), 'data-pid': node.attrs.pid }, 0],
    parseDOM: [{
      tag: 'p.ph-sub',
      getAttrs: dom => ({
        pid: (dom as HTMLElement).getAttribute('data-pid'),
        level: clampLevel(Number((dom as HTMLElement).getAttribute('data-level')))
      })
    }]
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
