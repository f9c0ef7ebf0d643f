import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { build } from 'vite'
import { launchChromium } from '../e2e/support/browser'
import { serveFolder } from '../e2e/support/staticServer'

/// Build the bench page (editorPage/: Penholder's editor and a bare ProseMirror editor
/// side by side, and the comparison view), serve it cross-origin isolated (the page's
/// clock then ticks in microseconds), open it in Debian's Chromium with only a bare
/// Debian's fonts, hand the page to `measure`, and clean up whatever happens. `args` are
/// added to Chromium's switches.
export async function withBenchPage<T>(measure: (page: Page, browser: Browser) => Promise<T>, args: readonly string[] = []): Promise<T> {
  const out = mkdtempSync(join(tmpdir(), 'penholder-editor-bench-'))
  const root = fileURLToPath(new URL('./editorPage/', import.meta.url))
  await build({ root, base: './', logLevel: 'warn', build: { outDir: out, emptyOutDir: true, modulePreload: { polyfill: false }, chunkSizeWarningLimit: 4000 } })
  const server = await serveFolder(out, { isolated: true })
  const browser = await launchChromium(args)
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
    await page.goto(server.url)
    await page.waitForFunction(() => 'editorBench' in window)
    return await measure(page, browser)
  } finally {
    await browser.close()
    await server.close()
    rmSync(out, { recursive: true, force: true })
  }
}

/// The value below which a fraction `q` of `values` fall (nearest rank).
export function quantile(values: readonly number[], q: number): number {
  const sorted = values.slice().sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

/// When and where: the date, the processor and the browser.
export function measuredOn(browser: Browser): string {
  return `${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model.trim() ?? 'an unknown processor'}, Chromium ${browser.version()}`
}
