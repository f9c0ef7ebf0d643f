import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useAppPage } from './support/browser'
import { startFromTemplate } from './support/editor'

/// Printing prints the paper: 2388 on its own A4 pages, not the 56 pages the whole
/// window printed before the print stylesheet (issue 13), and none of the interface.
describe('printing the web edition', () => {
  let page: Page
  const session = useAppPage(async p => { await startFromTemplate(p) })
  beforeAll(() => { ({ page } = session) })

  it('hides the interface and prints the text only', async () => {
    await page.emulateMedia({ media: 'print' })
    const shown = await page.evaluate(() => ['.ph-toolbar', '.ph-side', '.ph-outline-pane', '.ph-status', '.ph-document']
      .map(selector => { const e = document.querySelector(selector); return e ? getComputedStyle(e).display !== 'none' : null }))
    expect(shown).toEqual([false, false, false, false, true])
    const label = await page.evaluate(() => getComputedStyle(document.querySelector('.ph-op')!, '::after').display)
    expect(label).toBe('none')
    await page.emulateMedia({ media: 'screen' })
  })

  /// 2388's 4,400 words in the draft layout (12 pt on 1.5 lines, 2.5 cm margins) fill some
  /// eleven A4 pages, as Word prints them; the whole window printed 56.
  it('prints 2388 on A4 in the pages of its text alone', async () => {
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false })
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
    expect(pages).toBeGreaterThan(8)
    expect(pages).toBeLessThan(14)
  })
})
