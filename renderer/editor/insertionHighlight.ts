import type { Node } from 'prosemirror-model'
import type { EditorState, PluginView } from 'prosemirror-state'
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
const insertedHighlight = 'ph-ins'

function registered(): Highlight {
  let highlight = CSS.highlights.get(insertedHighlight)
  if (!highlight) CSS.highlights.set(insertedHighlight, highlight = new Highlight())
  return highlight
}

/// What the painter drew for one paragraph: its ranges, the paragraph's element, and the
/// DOM nodes the ranges stand on, each with the text it had (a range of a highlight does
/// not follow its text: a node whose text changed, or that left the document, means the
/// ranges are wrong).
interface Painted {
  readonly ranges: StaticRange[]
  readonly paragraph: Element | null
  readonly nodes: Array<{ readonly node: globalThis.Node, readonly text: string | null }>
}

/// Paints a plugin's inserted words (`of`) in a view as ranges of the custom highlight
/// `ph-ins`, rather than as decorations: the text stays the text nodes ProseMirror drew,
/// unsplit and unwrapped, so a letter typed against the base costs the browser what it
/// costs a bare editor (docs/benchmarks.md, “Keystroke”). A highlight is painted, never
/// laid out, and its ranges do not follow the text, so after each update the painter
/// takes again the ranges of the paragraphs whose text the update rewrote (the stretch
/// between the first and last child that differ, `Fragment.findDiffStart`/`findDiffEnd`),
/// then checks that every other paragraph's ranges still stand on the text they were
/// drawn on and takes those again that do not (ProseMirror redraws text with the document
/// unchanged at the end of a composition, or to split it for another plugin's
/// decorations: a search, a comment); all of them when the insertions were built afresh
/// or the view drew the whole document again. A keystroke so costs the ranges of its
/// paragraph and a look at the others' nodes, and the highlight, which Chromium marks
/// again whole whenever it changes, changes only where the text did.
export class InsertionPainter implements PluginView {
  /// What was painted for each paragraph, by the owner its decorations name.
  private readonly painted = new Map<string, Painted>()
  private drawn: { generation: number, firstPart: Element | null } = { generation: -1, firstPart: null }
  private readonly highlight = registered()

  constructor(private readonly view: EditorView, private readonly of: (state: EditorState) => Insertions) {
    this.paintAll()
  }

  update(view: EditorView, previous: EditorState): void {
    const { state } = view
    if (this.of(state).generation !== this.drawn.generation || view.dom.firstElementChild !== this.drawn.firstPart) {
      this.paintAll()
      return
    }
    if (previous.doc !== state.doc) {
      const start = previous.doc.content.findDiffStart(state.doc.content)
      if (start != null) {
        const end = previous.doc.content.findDiffEnd(state.doc.content)!
        const before = paragraphsAround(previous.doc, start, Math.max(end.a, start))
        const after = paragraphsAround(state.doc, start, Math.max(end.b, start))
        for (const d of this.of(previous).inserted.find(before.from, before.to)) this.drop(d.spec.owner)
        this.paint(this.of(state).inserted.find(after.from, after.to))
      }
    }
    this.repaintRedrawn()
  }

  destroy(): void {
    for (const owner of [...this.painted.keys()]) this.drop(owner)
  }

  private paintAll(): void {
    for (const owner of [...this.painted.keys()]) this.drop(owner)
    this.paint(this.of(this.view.state).inserted.find())
    this.drawn = { generation: this.of(this.view.state).generation, firstPart: this.view.dom.firstElementChild }
  }

  /// Take again the ranges of the paragraphs whose text ProseMirror drew anew; all of
  /// them if one of those paragraphs' elements is gone (it is found by position, through
  /// its element).
  private repaintRedrawn(): void {
    const stale: Painted[] = []
    for (const painted of this.painted.values()) {
      if (!painted.nodes.every(({ node, text }) => node.isConnected && (text === null || (node as Text).data === text))) stale.push(painted)
    }
    if (!stale.length) return
    if (stale.some(p => !p.paragraph?.isConnected)) {
      this.paintAll()
      return
    }
    for (const { paragraph } of stale) {
      const pos = this.view.posAtDOM(paragraph!, 0) - 1
      const node = this.view.state.doc.nodeAt(pos)
      if (node) this.paint(this.of(this.view.state).inserted.find(pos, pos + node.nodeSize))
    }
  }

  private drop(owner: string): void {
    const painted = this.painted.get(owner)
    if (!painted) return
    for (const range of painted.ranges) this.highlight.delete(range)
    this.painted.delete(owner)
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
      let painted = this.painted.get(d.spec.owner)
      if (!painted) {
        const $at = this.view.state.doc.resolve(d.from)
        const paragraph = this.view.nodeDOM($at.before($at.depth))
        painted = { ranges: [], paragraph: paragraph instanceof Element ? paragraph : null, nodes: [] }
        this.painted.set(d.spec.owner, painted)
      }
      painted.ranges.push(range)
      for (const node of [start.node, end.node]) {
        if (!painted.nodes.some(n => n.node === node)) painted.nodes.push({ node, text: node instanceof Text ? node.data : null })
      }
    }
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
