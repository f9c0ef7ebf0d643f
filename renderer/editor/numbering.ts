import type { Node } from 'prosemirror-model'
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { isInlineStep } from '../../shared/schema'

/// The attributes the editor's root element carries for the numbering's CSS.
type NumberingAttributes = Readonly<Record<string, string>>

export const numberingKey = new PluginKey<NumberingAttributes>('numbering')

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

/// The facts of the numbering that CSS counters cannot see: the language (`(a)` or
/// `a)`, `Annex` or `Annexe`), a lone OP, which is not numbered (unless the text is an
/// excerpt that starts after OP1), whether the organ line takes its comma (only when a
/// preamble follows), and whether there are several annexes (`Annex I`, `Annex II`
/// rather than `Annex`).
function numberingAttributes(doc: Node): NumberingAttributes {
  const attributes: Record<string, string> = { 'data-lang': String(doc.firstChild!.attrs.lang) }
  if (doc.child(2).childCount) attributes['data-preamble'] = ''
  if (operativeCount(doc) === 1 && doc.child(3).attrs.start === 1) attributes['data-lone-op'] = ''
  if (doc.childCount > 5) attributes['data-annexes'] = 'several'
  return attributes
}

/// The numbering of the text: `12.`, `(a)`, `(ii)` before the paragraphs and `PP3`,
/// `OP12(a)` in the margin come from CSS counters over the paragraphs (resolution.css),
/// so they follow every insertion, deletion and move as the browser lays the text out,
/// at no cost to a keystroke. Decorations would: ProseMirror looks up the decorations of
/// every paragraph of a part whenever one of them changes, a scan at every keystroke that
/// grows with each decorated paragraph. The plugin adds only attributes of the editor's
/// root, recomputed when the structure changes.
export function numbering(): Plugin<NumberingAttributes> {
  return new Plugin<NumberingAttributes>({
    key: numberingKey,
    state: {
      init: (_config, state) => numberingAttributes(state.doc),
      apply: (tr, attributes) => tr.docChanged && structural(tr) ? numberingAttributes(tr.doc) : attributes
    },
    props: {
      attributes: state => numberingKey.getState(state)!
    }
  })
}
