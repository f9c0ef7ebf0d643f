import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'

/// The rows of a list that are in the page: `start` to `end` (end excluded), indexes in
/// the whole list.
export interface RowWindow {
  readonly start: number
  readonly end: number
}

/// Rows kept in the page beyond the visible ones, on each side: enough that Tab and
/// Shift+Tab from a visible row always find the next one in the page, and that a short
/// list (a resolution's hundred paragraphs) is in the page whole.
export const rowMargin = 100
/// The window moves by this many rows, so that scrolling renders again only every
/// `rowChunk` rows, not at every pixel.
export const rowChunk = 50

/// The rows to have in the page of a list of `count` rows about `rowHeight` px high each,
/// when the scroll container shows `viewportHeight` px of it from `scrolledPast` px below
/// its top (negative while the list starts lower in the container): the visible rows,
/// `rowMargin` more on each side, widened to whole chunks of `rowChunk`.
export function rowWindow(count: number, rowHeight: number, scrolledPast: number, viewportHeight: number): RowWindow {
  const first = Math.floor(scrolledPast / rowHeight)
  const last = Math.ceil((scrolledPast + viewportHeight) / rowHeight)
  const start = Math.min(count, Math.max(0, Math.floor((first - rowMargin) / rowChunk) * rowChunk))
  const end = Math.min(count, Math.max(start, Math.ceil((last + rowMargin) / rowChunk) * rowChunk))
  return { start, end }
}

/// The element whose scrolling moves `element`: its nearest ancestor that scrolls and
/// has more content than it shows, else its nearest ancestor that scrolls, else the page.
function scrollerOf(element: HTMLElement): HTMLElement {
  let scrolling: HTMLElement | null = null
  for (let at = element.parentElement; at; at = at.parentElement) {
    if (!/auto|scroll/.test(getComputedStyle(at).overflowY)) continue
    if (at.scrollHeight > at.clientHeight) return at
    scrolling ??= at
  }
  return scrolling ?? document.documentElement
}

/// A list of `count` rows of which only those near the visible part are rendered (see
/// `rowWindow`), so that a text of 8,000 paragraphs costs the outline or the amendments
/// panel some 250 rows, not 8,000. Put `box` on an element holding, in order, a spacer
/// `before` px high, the list (`list`, whose children are the rows `start` to `end`), and
/// a spacer `after` px high: the spacers stand for the rows left out, at the rows' mean
/// height as measured in the page (`estimate` px until then), so that the scroll bar is
/// that of the whole list. The window follows the container's scrolling and resizing.
export function useRowWindow(count: number, estimate: number) {
  const box = useRef<HTMLElement>(null)
  const list = useRef<HTMLOListElement>(null)
  const rowHeight = useRef(estimate)
  const [shown, setShown] = useState<RowWindow>(() => rowWindow(count, estimate, 0, window.innerHeight))
  const update = useCallback(() => {
    const element = box.current
    if (!element) return
    const rows = list.current
    const firstRow = rows?.firstElementChild, lastRow = rows?.lastElementChild
    if (firstRow && lastRow && rows.childElementCount > 1) {
      const measured = (lastRow.getBoundingClientRect().bottom - firstRow.getBoundingClientRect().top) / rows.childElementCount
      if (measured > 0) rowHeight.current = measured
    }
    const scroller = scrollerOf(element)
    const top = scroller === document.documentElement ? 0 : scroller.getBoundingClientRect().top
    const next = rowWindow(count, rowHeight.current, top - element.getBoundingClientRect().top, scroller.clientHeight)
    setShown(now => now.start === next.start && now.end === next.end ? now : next)
  }, [count])
  // Measured in the next animation frame, whose layout it is, not in a layout effect:
  // there a render that changed the rows (250 of them after a big paste) made a layout
  // of its own inside React's commit, some 100 ms in a text of 8,000 paragraphs.
  useEffect(() => {
    const frame = requestAnimationFrame(update)
    return () => cancelAnimationFrame(frame)
  }, [update, shown])
  useEffect(() => {
    const element = box.current
    if (!element) return
    let frame = 0
    const onScroll = (event: Event) => {
      if (frame || !(event.target instanceof Node) || !event.target.contains(element)) return
      frame = requestAnimationFrame(() => { frame = 0; update() })
    }
    document.addEventListener('scroll', onScroll, { capture: true, passive: true })
    const resized = new ResizeObserver(() => update())
    resized.observe(scrollerOf(element))
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('scroll', onScroll, { capture: true })
      resized.disconnect()
    }
  }, [update])
  const start = Math.min(shown.start, count), end = Math.min(shown.end, count)
  return {
    box: box as RefObject<never>,
    list,
    start,
    end,
    before: start * rowHeight.current,
    after: (count - end) * rowHeight.current
  }
}
