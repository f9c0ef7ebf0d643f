import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useAppPage } from './support/browser'
import { editorDocument, selectText, startFromTemplate } from './support/editor'

/// What a copy (or cut) from the editor puts on the clipboard, caught from a synthetic
/// copy event on the editor as the browser dispatches one.
async function copied(page: Page, kind: 'copy' | 'cut' = 'copy'): Promise<{ html: string, text: string }> {
  return editorDocument(page).evaluate((element, kind) => {
    const data = new DataTransfer()
    element.dispatchEvent(new ClipboardEvent(kind, { clipboardData: data, bubbles: true, cancelable: true }))
    return { html: data.getData('text/html'), text: data.getData('text/plain') }
  }, kind)
}

describe('copying from the editor for Word', () => {
  let page: Page
  const session = useAppPage(async p => { await startFromTemplate(p) })
  beforeAll(() => { ({ page } = session) })

  it('puts the numbers the editor draws with CSS into the copied text and HTML', async () => {
    await page.keyboard.press('Control+a')
    const all = await copied(page)
    expect(all.text).toMatch(/^S\//)
    expect(all.text).toContain('\n\nThe Security Council,\n\n')
    expect(all.text).toContain('\n\n35.\tDecides to remain actively seized of this matter.\n')
    expect(all.html).toContain('<span class="num">1.</span><span style="mso-tab-count:1">\t</span><i>Reaffirms its condemnation</i>')
  })

  it('copies words inside a paragraph as words, and cut removes them', async () => {
    await selectText(page, 'OP1', 'Reaffirms ', 'Reaffirms its condemnation')
    expect((await copied(page)).text).toBe('its condemnation')
    expect((await copied(page, 'cut')).text).toBe('its condemnation')
    // The redline shows the cut words as deleted.
    expect(await editorDocument(page).locator('.ph-op').first().locator('.ph-del').allTextContents()).toEqual([expect.stringMatching(/^its condemnation\s*$/)])
  })
})
