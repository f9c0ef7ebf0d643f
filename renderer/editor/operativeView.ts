import type { Node } from 'prosemirror-model'
import type { NodeView } from 'prosemirror-view'

/// The operative part, whose OP counter starts where the text does: an excerpt from OP8
/// numbers 8, 9, … (the part's `start`). CSS cannot read a number from an attribute into
/// `counter-reset`, and the page's Content-Security-Policy refuses a `style` attribute,
/// so the start is set through the element's style object as a custom property that
/// resolution.css reads.
export class OperativePartView implements NodeView {
  readonly dom: HTMLElement
  readonly contentDOM: HTMLElement

  constructor(node: Node) {
    this.dom = this.contentDOM = document.createElement('section')
    this.dom.className = 'ph-operative'
    this.setStart(node)
  }

  update(node: Node): boolean {
    if (node.type.name !== 'operative_part') return false
    this.setStart(node)
    return true
  }

  /// The start the element shows, so that a keystroke in an operative paragraph, which
  /// updates this view, writes nothing to its style when the start is the same.
  private start = 0

  private setStart(node: Node): void {
    const start: number = node.attrs.start
    if (start === this.start) return
    this.start = start
    if (start > 1) this.dom.style.setProperty('--ph-op-start', String(start - 1))
    else this.dom.style.removeProperty('--ph-op-start')
  }
}
