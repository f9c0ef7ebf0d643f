import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useAppPage } from './support/browser'
import { startFromTemplate } from './support/editor'

/// Printing prints the paper: 2388 on a handful of A4 pages, not the 56 pages the whole
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

  it('prints 2388 on A4 in fewer than ten pages', async () => {
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false })
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
    expect(pages).toBeGreaterThan(3)
    expect(pages).toBeLessThan(10)
  })
})
