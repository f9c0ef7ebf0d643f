import { paragraphPositions, type DocumentDiff } from '../../shared/amend'
import type { EditorView } from 'prosemirror-view'

/// A pair of paragraphs that stand opposite each other in a side-by-side comparison:
/// the same paragraph, kept in place (modified or not), on both sides.
interface Anchor {
  readonly left: HTMLElement
  readonly right: HTMLElement
}

/// The paragraphs of both sides that line up, in reading order: every paragraph present
/// on both sides and not moved. Between two anchors each side shows what the other
/// lacks (deleted paragraphs on the left, inserted or moved-in ones on the right), so the
/// next anchor, lined up, leaves a gap opposite them. Moved paragraphs are no anchors:
/// the base order and the current order differ there.
function anchorsOf(diff: DocumentDiff, left: EditorView, right: EditorView): Anchor[] {
  const leftPositions = paragraphPositions(diff.base), rightPositions = paragraphPositions(diff.current)
  const anchors: Anchor[] = []
  for (const entry of diff.entries) {
    if (!entry.base || !entry.current || entry.moved) continue
    const l = left.nodeDOM(leftPositions[entry.base.index]), r = right.nodeDOM(rightPositions[entry.current.index])
    if (l instanceof HTMLElement && r instanceof HTMLElement) anchors.push({ left: l, right: r })
  }
  return anchors
}

/// Line up the two sides of a comparison paragraph by paragraph: each anchor pair gets
/// its tops level by a gap (`--ph-gap`, a transparent top border, which neither collapses
/// with margins nor moves a paragraph's number away from its text) before the one that
/// stands higher, and the shorter side is lengthened to the longer, so one scroll moves
/// both. Reads every top once, then writes: one layout, linear in the paragraphs.
export function alignSides(diff: DocumentDiff, left: EditorView, right: EditorView): void {
  const anchors = anchorsOf(diff, left, right)
  const leftColumn = left.dom.parentElement!, rightColumn = right.dom.parentElement!
  for (const element of left.dom.querySelectorAll<HTMLElement>('.ph-gap-before')) element.classList.remove('ph-gap-before')
  for (const element of right.dom.querySelectorAll<HTMLElement>('.ph-gap-before')) element.classList.remove('ph-gap-before')
  leftColumn.style.minHeight = rightColumn.style.minHeight = ''
  const leftOrigin = leftColumn.getBoundingClientRect().top, rightOrigin = rightColumn.getBoundingClientRect().top
  const tops = anchors.map(a => [a.left.getBoundingClientRect().top - leftOrigin, a.right.getBoundingClientRect().top - rightOrigin])
  const heights = [leftColumn.getBoundingClientRect().height, rightColumn.getBoundingClientRect().height]
  let leftShift = 0, rightShift = 0
  anchors.forEach((anchor, i) => {
    const l = tops[i][0] + leftShift, r = tops[i][1] + rightShift
    if (Math.abs(l - r) < 0.5) return
    const lower = l > r ? anchor.right : anchor.left
    lower.classList.add('ph-gap-before')
    lower.style.setProperty('--ph-gap', `${Math.abs(l - r)}px`)
    if (l > r) rightShift += l - r
    else leftShift += r - l
  })
  const height = `${Math.max(heights[0] + leftShift, heights[1] + rightShift)}px`
  leftColumn.style.minHeight = rightColumn.style.minHeight = height
}
