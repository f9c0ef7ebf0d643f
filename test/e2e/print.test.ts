import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useAppPage } from './support/browser'
import { startFromTemplate } from './support/editor'
import { printedPdf } from './support/exports'

/// The number of pages of the PDF the page prints (`printedPdf`).
async function printedPages(page: Page): Promise<number> {
  return ((await printedPdf(page)).match(/\/Type\s*\/Page[^s]/g) ?? []).length
}

/// Printing prints the paper: 2388 on its own A4 pages, not the 56 pages the whole
/// window printed before the print stylesheet (issue 13), and none of the interface.
describe('printing the web edition', () => {
  let page: Page
  const session = useAppPage(async p => { await startFromTemplate(p) })
  beforeAll(() => { ({ page } = session) })

  it('hides the interface and prints the text only', async () => {
    await page.emulateMedia({ media: 'print' })
    const shown = await page.evaluate(() => ['.ph-toolbar', '.ph-side', '.ph-outline-pane', '.ph-margin', '.ph-status', '.ph-document']
      .map(selector => { const e = document.querySelector(selector); return e ? getComputedStyle(e).display !== 'none' : null }))
    expect(shown).toEqual([false, false, false, false, false, true])
    const label = await page.evaluate(() => getComputedStyle(document.querySelector('.ph-op')!, '::after').display)
    expect(label).toBe('none')
    await page.emulateMedia({ media: 'screen' })
  })

  /// 2388's 4,400 words in the draft layout (12 pt on 1.5 lines, 2.5 cm margins) fill some
  /// eleven A4 pages, as Word prints them; the whole window printed 56.
  it('prints 2388 on A4 in the pages of its text alone', async () => {
    const pages = await printedPages(page)
    expect(pages).toBeGreaterThan(8)
    expect(pages).toBeLessThan(14)
  })

  /// The official layout (`data-print-layout="official"` on the root, as the page setup
  /// puts it there): 10 pt on 12 pt with 6 pt between paragraphs, which sets 2388 on six
  /// A4 pages in LibreOffice (seven here, the paper's own padding kept); the draft
  /// layout's eleven.
  it('prints the official layout when the drafter chooses it: 10 pt on 12 pt, in about half the pages', async () => {
    // Chosen as the drafter does, beside Export Word, so the page setup's path to the root
    // is what is printed, not a root the test marked itself.
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('official')
    expect(await page.evaluate(() => document.documentElement.dataset.printLayout)).toBe('official')
    await page.emulateMedia({ media: 'print' })
    const type = await page.evaluate(() => { const s = getComputedStyle(document.querySelector('.ph-document')!); return [s.fontSize, s.lineHeight] })
    expect(type).toEqual(['13.3333px', '16px'])
    const pages = await printedPages(page)
    expect(pages).toBeGreaterThan(4)
    expect(pages).toBeLessThan(9)
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('draft')
  })
})
