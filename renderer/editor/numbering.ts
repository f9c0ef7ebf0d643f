import type { Node } from 'prosemirror-model'
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { isInlineStep } from '../../shared/schema'

export const numberingKey = new PluginKey<DecorationSet>('numbering')

/// Whether a transaction may have changed the structure: anything but typing, deleting
/// and marking text inside single paragraphs.
function structural(tr: Transaction): boolean {
  return tr.steps.some((step, i) => !isInlineStep(step, tr.docs[i]))
}

function operativeCount(doc: Node): number {
  let count = 0
  doc.child(3).forEach(node => { if (node.type.name === 'operative_paragraph') count++ })
  return count
}

/// The two facts of the numbering that CSS counters cannot see: a lone OP is not
/// numbered, and the organ line takes a comma only when a preamble follows.
function partDecorations(state: EditorState): DecorationSet {
  const { doc } = state
  const organEnd = doc.child(0).nodeSize + doc.child(1).nodeSize
  const operativeStart = organEnd + doc.child(2).nodeSize
  const decorations: Decoration[] = []
  if (doc.child(2).childCount) decorations.push(Decoration.node(doc.child(0).nodeSize, organEnd, { class: 'ph-organ-comma' }))
  if (operativeCount(doc) === 1) decorations.push(Decoration.node(operativeStart, operativeStart + doc.child(3).nodeSize, { class: 'ph-lone-op' }))
  return DecorationSet.create(doc, decorations)
}

/// The numbering of the text: `12.`, `(a)`, `(ii)` before the paragraphs and `PP3`,
/// `OP12(a)` in the margin come from CSS counters over the paragraphs (resolution.css),
/// so they follow every insertion, deletion and move as the browser lays the text out,
/// at no cost to a keystroke. Per-paragraph decorations would: ProseMirror looks up the
/// decorations of every paragraph of a part whenever one of them changes, which with
/// hundreds of paragraphs is a scan at every keystroke. The plugin adds what counters
/// cannot know: the language (`(a)` or `a)`), the lone OP, the organ line's comma.
export function numbering(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: numberingKey,
    state: {
      init: (_config, state) => partDecorations(state),
      apply: (tr, set, _old, state) => !tr.docChanged ? set : structural(tr) ? partDecorations(state) : set.map(tr.mapping, tr.doc)
    },
    props: {
      decorations: state => numberingKey.getState(state),
      attributes: state => ({ 'data-lang': String(state.doc.firstChild!.attrs.lang) })
    }
  })
}
