import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import type { Page } from 'playwright-core'
import { createDocumentFile, maxDocumentBytes, saveVersion, serializeDocumentFile, type PenholderFile } from '../../shared/file'
import { exportPlainText } from '../../shared/export'
import { template2388 } from '../../shared/template'
import { launchChromium, openApp } from '../e2e/support/browser'
import { paste, placeCaret, startFromTemplate } from '../e2e/support/editor'
import { serveFolder } from '../e2e/support/staticServer'

export interface MainThreadRun {
  /// The longest task (ms) on the page's main thread while each action ran, and how long
  /// the action took until the page answered again.
  rows: Array<{ action: string, longestTask: number, total: number }>
}

/// The longest tasks (PerformanceObserver `longtask`, every task over 50 ms) since the
/// observer was put in the page by `watchTasks`.
async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...((window as unknown as { penholderTasks: number[] }).penholderTasks)))
}

const watchTasks = `window.penholderTasks = []
new PerformanceObserver(list => { for (const entry of list.getEntries()) window.penholderTasks.push(entry.duration) }).observe({ type: 'longtask', buffered: true })`

/// The largest document file the limits allow, near `maxDocumentBytes`: the 2388 template
/// with as many saved versions as fit.
function largestDocument(): string {
  let file: PenholderFile = createDocumentFile(template2388(), { now: new Date('2026-11-30T10:00:00Z'), title: 'Trafficking' })
  const one = serializeDocumentFile(file).length
  for (let i = 1; i < Math.floor(maxDocumentBytes / one) - 1; i++) {
    const saved = saveVersion(file, { name: `Rev.${i}`, author: 'United States of America' })
    if (!saved.ok) throw new Error(saved.error)
    file = saved.file
  }
  return serializeDocumentFile(file)
}

/// Measure in Debian's Chromium, on the built web edition: pasting 16,000 lines of a PDF
/// copy at the end of OP34, and opening the largest document the limits allow.
export async function runMainThread(log: (line: string) => void = () => {}): Promise<MainThreadRun> {
  const root = new URL('../..', import.meta.url).pathname
  await build({ configFile: `${root}renderer/vite.config.ts`, logLevel: 'warn' })
  const server = await serveFolder(`${root}dist/web`)
  const browser = await launchChromium()
  const folder = mkdtempSync(join(tmpdir(), 'penholder-main-thread-'))
  const rows: MainThreadRun['rows'] = []
  try {
    // The operative part's lines only: with the organ line, the paste would be a whole
    // resolution, which asks before doing anything.
    const all = exportPlainText(template2388()).split('\n')
    const lines = all.slice(all.findIndex(line => /^1\.\s/.test(line)))
    const sixteenThousand = Array.from({ length: 16_000 }, (_, i) => lines[i % lines.length]).join('\n')
    {
      const { page } = await openApp(browser, server.url, watchTasks)
      await startFromTemplate(page)
      await placeCaret(page, 'OP34', null)
      const start = Date.now()
      await paste(page, { 'text/plain': sixteenThousand })
      await page.evaluate(() => new Promise(requestAnimationFrame))
      await page.locator('.ph-paper-scroll .ph-document .ph-op').nth(100).waitFor({ timeout: 120_000 })
      rows.push({ action: 'paste 16,000 lines of 2388\'s operative part at the end of OP34', longestTask: await longestTask(page), total: Date.now() - start })
      log(`main thread: paste ${rows.at(-1)!.longestTask.toFixed(0)} ms longest task`)
      await page.context().close()
    }
    {
      const path = join(folder, 'largest.penholder')
      writeFileSync(path, largestDocument())
      const { page } = await openApp(browser, server.url, `delete window.showOpenFilePicker; delete window.showSaveFilePicker; ${watchTasks}`)
      const chooser = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: 'Open a file…' }).click()
      const start = Date.now()
      await (await chooser).setFiles(path)
      await page.locator('.ph-document .ph-op').nth(34).waitFor({ timeout: 120_000 })
      await page.evaluate(() => new Promise(requestAnimationFrame))
      rows.push({ action: `open the largest document the limits allow (${(maxDocumentBytes / 1048576).toFixed(0)} MB: the template with its versions)`, longestTask: await longestTask(page), total: Date.now() - start })
      log(`main thread: open ${rows.at(-1)!.longestTask.toFixed(0)} ms longest task`)
      await page.context().close()
    }
  } finally {
    await browser.close()
    await server.close()
    rmSync(folder, { recursive: true, force: true })
  }
  return { rows }
}
