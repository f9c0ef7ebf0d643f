import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import type { EditorView } from 'prosemirror-view'
import { positionsOf } from '../document/commentAnchors'
import { stackCards } from './stackCards'

/// Space between two stacked cards, in CSS pixels.
const cardGap = 8

/// Lines the margin's cards (the `[data-pid]` children of `list`, in reading order) up
/// with their words in the text: each card's top level with the first line of its words
/// (`data-from`, an offset in its paragraph), stacked without overlap; a card whose
/// paragraph left the text keeps to the top. Every top and height is read in one batch
/// in an animation frame, then every card placed: one layout whatever the number of
/// cards. It runs after a render of the margin (the workspace renders it at most every
/// 120 ms while typing, never at each keystroke) and when the text's height changes
/// (lines wrapping anew, the window resized); several requests in one frame measure once.
export function useCardPlacement(view: EditorView | null, list: RefObject<HTMLElement | null>): void {
  const frame = useRef(0)
  const place = useRef(() => {})
  place.current = () => {
    frame.current = 0
    const box = list.current
    if (!view || view.isDestroyed || !box) return
    const cards = [...box.querySelectorAll<HTMLElement>(':scope > [data-pid]')]
    if (!cards.length) return
    const doc = view.state.doc
    const at = positionsOf(doc, new Set(cards.map(card => card.dataset.pid!)))
    const origin = box.getBoundingClientRect().top
    const boxes = cards.map(card => {
      const pos = at.get(card.dataset.pid!)
      const height = card.offsetHeight
      if (pos === undefined) return { wanted: 0, height }
      const offset = Math.min(Number(card.dataset.from), doc.nodeAt(pos)!.content.size)
      return { wanted: view.coordsAtPos(pos + 1 + offset, 1).top - origin, height }
    })
    stackCards(boxes, cardGap).forEach((top, i) => { cards[i].style.top = `${Math.round(top)}px` })
  }
  const schedule = () => { if (!frame.current) frame.current = requestAnimationFrame(() => place.current()) }

  useLayoutEffect(schedule)

  useEffect(() => {
    if (!view) return
    const observer = new ResizeObserver(schedule)
    observer.observe(view.dom)
    return () => { observer.disconnect(); cancelAnimationFrame(frame.current); frame.current = 0 }
  }, [view])
}
