import { createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { flushSync } from 'react-dom'
import { CompareView } from '../../../renderer/panels/CompareView'
import { gaScaleVersions } from './documents'

let shown: Root | null = null

/// Whether the side-by-side comparison has its columns lined up: `alignSides` gives both
/// columns the same minimum height once it has placed the gaps.
function aligned(): boolean {
  const panes = window.document.querySelectorAll<HTMLElement>('.ph-compare-pane .ph-paper')
  return panes.length === 2 && panes[0].style.minHeight !== '' && panes[0].style.minHeight === panes[1].style.minHeight
}

/// Show the GA-scale document and its version with 100 amendments side by side, as the
/// Versions panel's Compare does, and time it from the command to the aligned columns
/// laid out: the diff, both read-only views with their decorations, the alignment and
/// the layout it leaves (forced by reading the scrolled height). Returns milliseconds.
export async function showComparison(): Promise<number> {
  const { base, current } = gaScaleVersions()
  shown?.unmount()
  const place = window.document.getElementById('compare')!
  place.replaceChildren()
  await new Promise(resolve => requestAnimationFrame(resolve))
  const start = performance.now()
  shown = createRoot(place)
  flushSync(() => shown!.render(createElement(CompareView, {
    comparison: { from: { name: 'A/RES/72/999', doc: base }, to: { name: 'Rev.1', doc: current }, mode: 'side-by-side' },
    lang: 'en',
    onClose() {}
  })))
  while (!aligned()) await new Promise(resolve => setTimeout(resolve, 0))
  void window.document.querySelector('.ph-compare-scroll')!.scrollHeight
  return performance.now() - start
}

/// Scroll the comparison shown from top to bottom, `step` pixels a frame (the scroll
/// position set in each `requestAnimationFrame` callback, as a smooth scroll does), and
/// return the intervals between frames in milliseconds. It starts `settle` frames after
/// it is called, once the view has done what it does after it is shown (its overview laid
/// out again when its size is first observed).
export async function scrollComparison(step: number, settle = 10): Promise<number[]> {
  const scroller = window.document.querySelector<HTMLElement>('.ph-compare-scroll')!
  scroller.scrollTop = 0
  for (let i = 0; i < settle; i++) await new Promise(resolve => requestAnimationFrame(resolve))
  const intervals: number[] = []
  return new Promise(resolve => {
    let last = -1
    const frame = (time: number) => {
      if (last >= 0) intervals.push(time - last)
      last = time
      const end = scroller.scrollHeight - scroller.clientHeight
      if (scroller.scrollTop >= end - 1) { resolve(intervals); return }
      scroller.scrollTop = Math.min(end, scroller.scrollTop + step)
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  })
}
