import type { Node } from 'prosemirror-model'
import type { EditorState, Plugin, PluginView } from 'prosemirror-state'
import type { Decoration, DecorationSet, EditorView } from 'prosemirror-view'

/// What the painter reads from an editor state: the inserted words as inline decorations
/// over the document, each naming the paragraph it belongs to (`spec.owner`), and a count
/// that grows whenever they were built afresh rather than mapped through a transaction.
export interface Insertions {
  readonly inserted: DecorationSet
  readonly generation: number
}

/// The name of the CSS custom highlight the inserted words are painted with
/// (`::highlight(ph-ins)` in resolution.css; CSS Custom Highlight API, W3C).
export const insertedHighlight = 'ph-ins'

function registered(): Highlight {
  let highlight = CSS.highlights.get(insertedHighlight)
  if (!highlight) CSS.highlights.set(insertedHighlight, highlight = new Highlight())
  return highlight
}

/// Paints a plugin's inserted words (`of`) in a view as ranges of the custom highlight
/// `ph-ins`, rather than as decorations: the text stays the text nodes ProseMirror drew,
/// unsplit and unwrapped, so a letter typed against the base costs the browser what it
/// costs a bare editor (docs/benchmarks.md, “Keystroke”). A highlight is painted, never
/// laid out, and its ranges do not follow the text, so after each update the painter
/// takes again the ranges of the paragraphs whose text the update rewrote (the stretch
/// between the first and last child that differ, `Fragment.findDiffStart`/`findDiffEnd`),
/// all of them when the insertions were built afresh, when another plugin's decorations
/// changed with the text unchanged (a search, a comment set: they may split the text
/// ProseMirror draws anywhere) or when the view drew the whole document again. Where the
/// text changed, other decorations mapped through the change (comments, a title's
/// redline) or found again in the paragraphs it rewrote (Find's matches) split no other
/// paragraph's text differently. A keystroke so costs the ranges of its paragraph.
export class InsertionPainter implements PluginView {
  /// The ranges painted for each paragraph, by the owner its decorations name.
  private readonly ranges = new Map<string, StaticRange[]>()
  private painted: { generation: number, firstPart: Element | null } = { generation: -1, firstPart: null }
  private readonly highlight = registered()

  constructor(private readonly view: EditorView, private readonly plugin: Plugin, private readonly of: (state: EditorState) => Insertions) {
    this.paintAll()
  }

  update(view: EditorView, previous: EditorState): void {
    const { state } = view
    const docChanged = previous.doc !== state.doc
    if (this.of(state).generation !== this.painted.generation || view.dom.firstElementChild !== this.painted.firstPart ||
      previous.plugins !== state.plugins || (!docChanged && this.otherDecorationsChanged(previous, state))) {
      this.paintAll()
      return
    }
    if (!docChanged) return
    const start = previous.doc.content.findDiffStart(state.doc.content)
    if (start == null) return
    const end = previous.doc.content.findDiffEnd(state.doc.content)!
    const before = paragraphsAround(previous.doc, start, Math.max(end.a, start))
    const after = paragraphsAround(state.doc, start, Math.max(end.b, start))
    for (const d of this.of(previous).inserted.find(before.from, before.to)) this.drop(d.spec.owner)
    this.paint(this.of(state).inserted.find(after.from, after.to))
  }

  destroy(): void {
    for (const owner of [...this.ranges.keys()]) this.drop(owner)
  }

  private paintAll(): void {
    for (const owner of [...this.ranges.keys()]) this.drop(owner)
    this.paint(this.of(this.view.state).inserted.find())
    this.painted = { generation: this.of(this.view.state).generation, firstPart: this.view.dom.firstElementChild }
  }

  private drop(owner: string): void {
    const ranges = this.ranges.get(owner)
    if (!ranges) return
    for (const range of ranges) this.highlight.delete(range)
    this.ranges.delete(owner)
  }

  /// Paint `decorations`, every one of their paragraphs' (any ranges those had are dropped
  /// first).
  private paint(decorations: readonly Decoration[]): void {
    for (const d of decorations) this.drop(d.spec.owner)
    for (const d of decorations) {
      if (d.from >= d.to) continue
      const start = this.view.domAtPos(d.from, 1), end = this.view.domAtPos(d.to, -1)
      const range = new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset })
      this.highlight.add(range)
      const owned = this.ranges.get(d.spec.owner)
      if (owned) owned.push(range)
      else this.ranges.set(d.spec.owner, [range])
    }
  }

  /// Whether a plugin other than the painter's own gives the view other decorations:
  /// ProseMirror may then draw the text of any paragraph again.
  private otherDecorationsChanged(previous: EditorState, state: EditorState): boolean {
    for (const plugin of state.plugins) {
      const decorations = plugin.props.decorations
      if (plugin === this.plugin || !decorations) continue
      if (decorations.call(plugin, previous) !== decorations.call(plugin, state)) return true
    }
    return false
  }
}

/// The range `from`…`to` of `doc` widened to the whole paragraphs it starts and ends in.
function paragraphsAround(doc: Node, from: number, to: number): { from: number, to: number } {
  const $from = doc.resolve(from), $to = doc.resolve(to)
  return {
    from: $from.parent.isTextblock ? $from.before() : from,
    to: $to.parent.isTextblock ? $to.after() : to
  }
}
