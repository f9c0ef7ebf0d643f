import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import type { Page } from 'playwright-core'
import { maxDocumentBytes, serializeDocumentFile } from '../../shared/file'
import { exportPlainText } from '../../shared/export'
import { exportRedlineDocx } from '../../shared/export/docx'
import { scatterAmendments } from '../bench/scatterAmendments'
import { draftWithVersions } from '../support/manyVersions'
import { template2388 } from '../../shared/template'
import { launchChromium, openApp } from '../e2e/support/browser'
import { placeCaret, startFromTemplate } from '../e2e/support/editor'
import { serveFolder } from '../e2e/support/staticServer'

export interface MainThreadRun {
  /// The longest task (ms) on the page's main thread while each action ran, and how long
  /// the action took until the page answered again.
  rows: Array<{ action: string, longestTask: number, over200: number, total: number }>
}

/// The longest task (PerformanceObserver `longtask`, every task over 50 ms) since the
/// action started (`actionStarts`), and how many took over 200 ms.
async function tasks(page: Page): Promise<{ longestTask: number, over200: number }> {
  const all = await page.evaluate(() => (window as unknown as { penholderTasks: number[] }).penholderTasks)
  return { longestTask: Math.max(0, ...all), over200: all.filter(t => t > 200).length }
}

/// Forget the tasks before the action (the page's load, compiling its script), and the
/// time it starts at.
async function actionStarts(page: Page): Promise<number> {
  await page.evaluate(() => { (window as unknown as { penholderTasks: number[] }).penholderTasks.length = 0 })
  return Date.now()
}

/// Wait, polling the page's own text every second (a locator's scans of thousands of
/// paragraphs would slow down what it waits for), until the notice says `text`.
async function noticeSays(page: Page, text: RegExp): Promise<void> {
  await page.waitForFunction(source => new RegExp(source).test(document.querySelector('.ph-notice-text')?.textContent ?? ''), text.source, { timeout: 600_000, polling: 1000 })
}

/// Put the text to paste in the page before the action starts: handed over with the paste
/// itself, its 1.3 MB crossing the DevTools protocol made one task of 0.4 to 1.1 s, the
/// test's own, not the editor's (a drafter's paste comes from the clipboard).
async function stagePaste(page: Page, text: string): Promise<void> {
  await page.evaluate(text => { (window as unknown as { penholderPaste: string }).penholderPaste = text }, text)
}

/// Paste the staged text into the editor, as `paste` of the e2e support does.
async function pasteStaged(page: Page): Promise<void> {
  await page.evaluate(() => {
    const data = new DataTransfer()
    data.setData('text/plain', (window as unknown as { penholderPaste: string }).penholderPaste)
    document.querySelector('.ph-paper-scroll .ph-document')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  })
}

const watchTasks = `window.penholderTasks = []
new PerformanceObserver(list => { for (const entry of list.getEntries()) window.penholderTasks.push(entry.duration) }).observe({ type: 'longtask', buffered: true })`

/// The largest document file the limits allow, near `maxDocumentBytes`: the 2388 template
/// with as many saved versions as fit.
function largestDocument(): string {
  const one = serializeDocumentFile(draftWithVersions(0)).length
  return serializeDocumentFile(draftWithVersions(Math.floor(maxDocumentBytes / one) - 2))
}

/// Measure in Debian's Chromium, on the built web edition: pasting 16,000 lines of a PDF
/// copy at the end of OP34 (read in the import worker, inserted in slices: done when the
/// notice says how many paragraphs went in), opening the largest document the limits
/// allow, and opening 2388 with 100 amendments as a .docx with tracked changes.
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
    // Again with the outline and the side panel closed: what the panels' lists of 8,000
    // new paragraphs and amendments cost apart from the text itself.
    for (const panels of [true, false]) {
      const { page } = await openApp(browser, server.url, watchTasks)
      await startFromTemplate(page)
      if (!panels) for (const name of ['Outline', 'Panel']) await page.getByRole('button', { name }).click()
      await placeCaret(page, 'OP34', null)
      await stagePaste(page, sixteenThousand)
      const start = await actionStarts(page)
      await pasteStaged(page)
      await noticeSays(page, /^Pasted 8,000 paragraphs\.$/)
      await page.evaluate(() => new Promise(requestAnimationFrame))
      rows.push({ action: `paste 16,000 lines of 2388's operative part at the end of OP34${panels ? '' : ', outline and side panel closed'}`, ...await tasks(page), total: Date.now() - start })
      log(`main thread: paste ${rows.at(-1)!.longestTask.toFixed(0)} ms longest task`)
      await page.context().close()
    }
    {
      const path = join(folder, 'largest.penholder')
      writeFileSync(path, largestDocument())
      const { page } = await openApp(browser, server.url, `delete window.showOpenFilePicker; delete window.showSaveFilePicker; ${watchTasks}`)
      const chooser = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: 'Open a file…' }).click()
      const start = await actionStarts(page)
      await (await chooser).setFiles(path)
      await page.locator('.ph-document .ph-op').nth(34).waitFor({ timeout: 120_000 })
      await page.evaluate(() => new Promise(requestAnimationFrame))
      rows.push({ action: `open the largest document the limits allow (${(maxDocumentBytes / 1048576).toFixed(0)} MB: the template with its versions)`, ...await tasks(page), total: Date.now() - start })
      log(`main thread: open ${rows.at(-1)!.longestTask.toFixed(0)} ms longest task`)
      await page.context().close()
    }
    {
      const path = join(folder, '2388 with 100 amendments.docx')
      writeFileSync(path, await exportRedlineDocx(template2388(), scatterAmendments(template2388(), 100, 2388), { author: 'France' }))
      const { page } = await openApp(browser, server.url, `delete window.showOpenFilePicker; delete window.showSaveFilePicker; ${watchTasks}`)
      const chooser = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: 'Open a file…' }).click()
      const start = await actionStarts(page)
      await (await chooser).setFiles(path)
      await noticeSays(page, /tracked changes by France/)
      await page.evaluate(() => new Promise(requestAnimationFrame))
      rows.push({ action: 'open 2388 with 100 amendments as a .docx with tracked changes (read in the import worker)', ...await tasks(page), total: Date.now() - start })
      log(`main thread: open .docx ${rows.at(-1)!.longestTask.toFixed(0)} ms longest task`)
      await page.context().close()
    }
  } finally {
    await browser.close()
    await server.close()
    rmSync(folder, { recursive: true, force: true })
  }
  return { rows }
}
