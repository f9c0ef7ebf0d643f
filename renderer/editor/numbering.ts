import type { Node } from 'prosemirror-model'
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { isInlineStep } from '../../shared/schema'

/// The attributes the editor's root element carries for the numbering's CSS.
type NumberingAttributes = Readonly<Record<string, string>>

/// The plugin's state: the root's attributes, and whether a big paste under way holds
/// the text as long already (`holdLong`, see `holdLongText`).
interface NumberingState {
  readonly attributes: NumberingAttributes
  readonly holdLong: boolean
}

export const numberingKey = new PluginKey<NumberingState>('numbering')

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

/// Paragraphs and headings in a text past which the labels in the gutter (`PP3`,
/// `OP12(a)`) are left to the outline (`data-long-text`) and the paragraphs out of view
/// are neither laid out nor painted (`content-visibility: auto`, resolution.css). Each
/// label is an absolutely positioned box of its own, some 30% of what Chromium does for
/// every paragraph in each frame, and a frame laid out the whole part: 8,000 pasted
/// paragraphs made frames of 200 to 270 ms, 86 to 103 ms with both (docs/reliability.md).
/// The longest real resolutions hold a few hundred.
/// Taking the labels away lays every paragraph out again (a task of 623 ms at 2,000,
/// 415 ms of it layout), so a big paste that will cross the line crosses it first
/// (`holdLongText`).
export const longTextParagraphs = 2_000

/// The paragraphs and headings of all the parts: the preamble, the operative part and the
/// annexes (children 2, 3 and 4 on), as many as the parts' children.
function partChildren(doc: Node): number {
  let count = doc.child(2).childCount + doc.child(3).childCount
  for (let i = 4; i < doc.childCount; i++) count += doc.child(i).childCount
  return count
}

/// The facts of the numbering that CSS counters cannot see: the language (`(a)` or
/// `a)`, `Annex` or `Annexe`), a lone OP, which is not numbered (unless the text is an
/// excerpt that starts after OP1), whether the organ line takes its comma (only when a
/// preamble follows), whether there are several annexes (`Annex I`, `Annex II` rather
/// than `Annex`), and whether the text is too long for labels in the gutter.
function numberingAttributes(doc: Node, holdLong: boolean): NumberingAttributes {
  const attributes: Record<string, string> = { 'data-lang': String(doc.firstChild!.attrs.lang) }
  if (doc.child(2).childCount) attributes['data-preamble'] = ''
  if (operativeCount(doc) === 1 && doc.child(3).attrs.start === 1) attributes['data-lone-op'] = ''
  if (doc.childCount > 5) attributes['data-annexes'] = 'several'
  if (holdLong || partChildren(doc) > longTextParagraphs) attributes['data-long-text'] = ''
  return attributes
}

/// The numbering of the text: `12.`, `(a)`, `(ii)` before the paragraphs and `PP3`,
/// `OP12(a)` in the margin come from CSS counters over the paragraphs (resolution.css),
/// so they follow every insertion, deletion and move as the browser lays the text out,
/// at no cost to a keystroke. Decorations would: ProseMirror looks up the decorations of
/// every paragraph of a part whenever one of them changes, a scan at every keystroke that
/// grows with each decorated paragraph. The plugin adds only attributes of the editor's
/// root, recomputed when the structure changes.
export function numbering(): Plugin<NumberingState> {
  return new Plugin<NumberingState>({
    key: numberingKey,
    state: {
      init: (_config, state) => ({ attributes: numberingAttributes(state.doc, false), holdLong: false }),
      apply: (tr, value) => {
        const hold: boolean | undefined = tr.getMeta(numberingKey)
        if (hold === undefined && !(tr.docChanged && structural(tr))) return value
        const holdLong = hold ?? value.holdLong
        return { attributes: numberingAttributes(tr.doc, holdLong), holdLong }
      }
    },
    props: {
      attributes: state => numberingKey.getState(state)!.attributes
    }
  })
}

/// Mark `tr` as the first of a big paste of `paragraphs` paragraphs: if the text will be
/// long (`longTextParagraphs`), it is held as long from now, while it is still short and
/// taking the labels away costs nothing, until `releaseLongText` (the paste's last
/// transaction, or its undo on Cancel).
export function holdLongText(tr: Transaction, paragraphs: number): Transaction {
  return partChildren(tr.before) + paragraphs > longTextParagraphs ? tr.setMeta(numberingKey, true) : tr
}

/// The end of a hold: the text is long again only by its own count.
export const releaseLongText = (tr: Transaction): Transaction => tr.setMeta(numberingKey, false)
