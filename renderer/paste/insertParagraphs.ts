import { Fragment, type Node, type NodeType } from 'prosemirror-model'
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state'
import { buildResolution, newPid, paragraphKind, schema, type ParagraphDraft, type ResolutionMeta } from '../../shared/schema'
import { openingPhraseLength } from '../../shared/style'
import type { FragmentParagraph } from '../../shared/import'

/// What inserting pasted paragraphs did: the transaction, how many paragraphs went in, and
/// how many took the kind of the place instead of the one their text shows (OPs pasted
/// into the preamble become PPs, PPs pasted among OPs become OPs), with those kinds.
export interface Insertion {
  tr: Transaction
  paragraphs: number
  changed: number
  from: 'pp' | 'op'
  to: 'pp' | 'op'
}

const topType = { pp: schema.nodes.preambular_paragraph, op: schema.nodes.operative_paragraph }

/// The part of the document the caret is in and the kind a paragraph there has when its
/// text does not say: PPs in the preamble, OPs in the operative part; in an annex, the
/// kind of the paragraph at the caret (numbered or not).
function placeOf(state: EditorState): { part: string, top: 'pp' | 'op', free: boolean } | null {
  const { $from } = state.selection
  if ($from.depth < 2 || !paragraphKind($from.parent)) return null
  const part = $from.node(1).type.name
  if (part === 'preamble') return { part, top: 'pp', free: false }
  if (part === 'operative_part') return { part, top: 'op', free: false }
  const at = $from.parent.type === schema.nodes.preambular_paragraph ? 'pp' : 'op'
  return { part, top: at, free: true }
}

/// Whether a paragraph stands before the caret's paragraph in its part (or is the caret's
/// paragraph itself, kept before the paste), so that a pasted subparagraph has a
/// paragraph to belong to.
function hasParagraphBefore(state: EditorState, keepsCaretParagraph: boolean): boolean {
  const { $from } = state.selection
  return keepsCaretParagraph || $from.index(1) > 0
}

/// The nodes of the pasted paragraphs, built by the same code that builds imported
/// documents (italic opening phrase, italic spans, footnotes, list style), with the types
/// of the place and each a fresh id: the paragraph-id plugin then has nothing to add (an
/// added transaction would make the diff and the redline of a big paste's slice start
/// over).
function nodesOf(drafts: readonly ParagraphDraft[], types: readonly NodeType[]): Node[] {
  const anchor: ParagraphDraft = { kind: 'pp', text: '', lead: 0 }
  const built = buildResolution({ meta: {} as ResolutionMeta, organ: '', paragraphs: [anchor, ...drafts.map(d => d.kind === 'sub' ? d : { ...d, kind: 'pp' as const })] })
  const nodes: Node[] = []
  built.child(2).forEach((node, _offset, i) => {
    if (i === 0) return
    const type = types[i - 1]
    nodes.push(type === node.type ? node : type.create(node.attrs, node.content))
  })
  return nodes
}

/// Insert pasted paragraphs at the caret: in an empty paragraph they take its place; at
/// the end of one they follow it, at its start they precede it; inside one, it is split
/// at the caret and they go between the halves. Each takes the kind its text shows where
/// the place allows it, else the kind of the place. Returns null where paragraphs cannot
/// go (the organ line, the heading). `scroll` false leaves the view where it is (the
/// slices of a big paste, which scrolls to the caret once the frame after its last has
/// laid the text out: scrolling in a slice forces a layout of the whole text).
export function insertParagraphs(state: EditorState, paragraphs: readonly FragmentParagraph[], scroll = true): Insertion | null {
  const place = placeOf(state)
  if (!place || !paragraphs.length) return null
  const tr = state.tr.deleteSelection()
  const $pos = tr.selection.$from
  const size = $pos.parent.content.size, offset = $pos.parentOffset
  const keepsCaretParagraph = size > 0 && offset > 0
  let changed = 0
  let from: 'pp' | 'op' = place.top === 'pp' ? 'op' : 'pp'
  let parentBefore = hasParagraphBefore(state, keepsCaretParagraph)
  const drafts: ParagraphDraft[] = []
  const types: NodeType[] = []
  for (const p of paragraphs) {
    let kind: 'pp' | 'op' | 'sub' = p.kind ?? place.top
    if (kind === 'sub' && !parentBefore) kind = place.top
    if (kind !== 'sub' && kind !== place.top && !place.free) { changed++; from = kind; kind = place.top }
    parentBefore = true
    const draft: ParagraphDraft = { kind, text: p.text, lead: kind === 'sub' ? 0 : openingPhraseLength(p.text, kind) }
    if (p.em) draft.em = p.em
    if (p.footnotes) draft.footnotes = p.footnotes
    if (kind === 'sub') { draft.level = p.level ?? 1; if (p.listStyle) draft.listStyle = p.listStyle }
    drafts.push(draft)
    types.push(kind === 'sub' ? schema.nodes.subparagraph : topType[kind])
  }
  const nodes = Fragment.fromArray(nodesOf(drafts, types))
  let at: number
  if (size === 0) {
    at = $pos.before()
    tr.replaceWith(at, $pos.after(), nodes)
  } else if (offset === size) {
    at = $pos.after()
    tr.insert(at, nodes)
  } else if (offset === 0) {
    at = $pos.before()
    tr.insert(at, nodes)
  } else {
    tr.split($pos.pos, 1, [{ type: $pos.parent.type, attrs: { ...$pos.parent.attrs, pid: newPid() } }])
    at = $pos.pos + 1
    tr.insert(at, nodes)
  }
  tr.setSelection(TextSelection.near(tr.doc.resolve(at + nodes.size - 1), -1))
  tr.setMeta('paste', true).setMeta('uiEvent', 'paste')
  if (scroll) tr.scrollIntoView()
  return { tr, paragraphs: nodes.childCount, changed, from, to: place.top }
}
