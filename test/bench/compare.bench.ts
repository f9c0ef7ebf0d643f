import type { Page } from 'playwright-core'
import { measuredOn, quantile, withBenchPage } from './benchPage'

export interface CompareBenchRun {
  measured: string
  /// Time to show the side-by-side comparison, in milliseconds, each repetition.
  show: number[]
  /// Intervals between frames while scrolling through it, in milliseconds, each repetition.
  scrolls: number[][]
}

const repetitions = 3
/// Pixels scrolled a frame: 2,400 pixels a second at 60 frames a second, a brisk smooth
/// scroll through the 40-odd screens of the GA-scale text.
const step = 40
const frameTarget = 1000 / 60
/// Frames as fast as the compositor makes them, not held to a display's 60 Hz: a headless
/// browser has no display, and each interval then is what the frame cost.
const frameSwitches = ['--disable-gpu-vsync', '--disable-frame-rate-limit']

type PageBench = {
  showComparison(): Promise<number>
  scrollComparison(step: number): Promise<number[]>
}
const bench = (page: Page) => page.evaluateHandle(() => (window as unknown as { editorBench: PageBench }).editorBench)

/// The side-by-side comparison of the GA-scale resolution with its version with 100
/// amendments, in Debian's Chromium: the time from the command to the two columns shown,
/// aligned and laid out, and the frame intervals while scrolling through the whole
/// text, `repetitions` times each, after one untimed showing.
export async function runCompareBench(log: (line: string) => void = () => {}): Promise<CompareBenchRun> {
  return withBenchPage(async (page, browser) => {
    const handle = await bench(page)
    await handle.evaluate(b => b.showComparison())
    const show: number[] = [], scrolls: number[][] = []
    for (let r = 0; r < repetitions; r++) {
      show.push(await handle.evaluate(b => b.showComparison()))
      scrolls.push(await handle.evaluate((b, step) => b.scrollComparison(step), step))
      log(`compare ${r + 1}: shown in ${show[r].toFixed(1)} ms, ${scrolls[r].length} frames, p95 ${quantile(scrolls[r], 0.95).toFixed(2)} ms`)
    }
    return { measured: measuredOn(browser), show, scrolls }
  }, frameSwitches)
}

const verdict = (met: boolean) => met ? 'met' : 'missed'

/// The comparison's section of docs/benchmarks.md.
export function compareBenchMarkdown({ measured, show, scrolls }: CompareBenchRun): string {
  const all = scrolls.flat()
  const p95 = quantile(all, 0.95)
  const lines = [
    '## Side-by-side comparison, in Chromium',
    '',
    `Measured ${measured}, headless with software rendering and Chromium's frame-rate switches \`${frameSwitches.join(' ')}\`: without a display there is no vertical sync, and these let frames come as fast as the browser makes them, so an interval between two \`requestAnimationFrame\` callbacks is what that frame cost (script, style, layout, paint) rather than a fixed 16.7 ms tick.`,
    '',
    `The GA-scale resolution (600 paragraphs, 50,000 words) against its version with 100 amendments, side by side (\`CompareView\`, as the Versions panel's Compare shows it), in a 1200 × 900 window. *Show*: from the command (React rendering the view) to both columns drawn with their decorations, aligned paragraph by paragraph (\`alignSides\`) and laid out. *Scroll*: the comparison scrolled from top to bottom, ${step} pixels a frame (the scroll position set in each \`requestAnimationFrame\` callback), the intervals between frames, from ten frames after the view was shown (it lays its overview out again when it first sees its size). ${repetitions} repetitions after one untimed showing. Target: 95th percentile of the frame intervals ≤ ${frameTarget.toFixed(1)} ms.`,
    '',
    '| repetition | show (ms) | frames | frame interval median (ms) | p95 (ms) | max (ms) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |'
  ]
  show.forEach((time, r) => {
    const frames = scrolls[r]
    lines.push(`| ${r + 1} | ${time.toFixed(1)} | ${frames.length} | ${quantile(frames, 0.5).toFixed(2)} | ${quantile(frames, 0.95).toFixed(2)} | ${Math.max(...frames).toFixed(2)} |`)
  })
  lines.push('', '| show, median (ms) | show, range (ms) | frame intervals, all repetitions: p95 (ms) | frames over 16.7 ms | target p95 ≤ 16.7 ms |', '| ---: | ---: | ---: | ---: | --- |')
  lines.push(`| ${quantile(show, 0.5).toFixed(1)} | ${Math.min(...show).toFixed(1)}–${Math.max(...show).toFixed(1)} | ${p95.toFixed(2)} | ${all.filter(t => t > frameTarget).length} of ${all.length} | ${verdict(p95 <= frameTarget)} |`)
  return lines.join('\n')
}
