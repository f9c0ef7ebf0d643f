import { beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { seriousViolations } from './support/axe'
import { editorDocument, listedAmendments, paragraphText, placeCaret, selectText, startFollowUp, startFromTemplate, waitForAmendments } from './support/editor'

const background = (locator: Locator) => locator.evaluate(e => getComputedStyle(e).backgroundColor)
const box = (locator: Locator) => locator.evaluate(e => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom } })
const overlap = (a: { left: number, right: number, top: number, bottom: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

describe('small things a drafter notices', () => {
  const session = useAppPage()
  let page: Page
  beforeAll(() => { ({ page } = session) })

  it('reloads without asking while nothing is unsaved, and asks once there is', async () => {
    const asked: string[] = []
    page.on('dialog', dialog => { asked.push(dialog.type()); dialog.accept() })
    await page.reload()
    await startFollowUp(page)
    await page.reload()
    expect(asked).toEqual([])
    await startFollowUp(page)
    await placeCaret(page, 'OP2', 'Urges')
    // At once, before the journal of unsaved work is written: the first keystroke counts.
    await page.keyboard.type(' strongly')
    await page.reload()
    expect(asked).toEqual(['beforeunload'])
    page.removeAllListeners('dialog')
  })

  it('dark mode darkens the window, not the paper, until a dark page is asked for; no serious axe violation on the dark page', async () => {
    await page.getByRole('button', { name: 'New follow-up draft from resolution 2388 (2017)' }).click()
    await editorDocument(page).locator('.ph-op').nth(34).waitFor()
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await background(page.locator('.ph-toolbar'))).toBe('rgb(29, 33, 41)')
    expect(await background(page.locator('.ph-paper-scroll .ph-paper'))).toBe('rgb(255, 255, 255)')
    await snap(page, 'dark-mode')
    await page.getByRole('button', { name: 'Dark page' }).click()
    expect(await background(page.locator('.ph-paper-scroll .ph-paper'))).toBe('rgb(32, 36, 44)')
    await snap(page, 'dark-mode-dark-page')
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Dark page' }).click()
    await page.emulateMedia({ colorScheme: 'light' })
    expect(await background(page.locator('.ph-toolbar'))).toBe('rgb(255, 255, 255)')
  })

  it('counts the words and characters of the text and of the selection', async () => {
    const words = page.locator('[data-status="words"]')
    expect(await words.textContent()).toMatch(/^\d{4} words, \d{5} characters$/)
    await selectText(page, 'OP35', '', null)
    await page.locator('[data-status="words"]', { hasText: 'selection' }).waitFor()
    expect(await words.textContent()).toMatch(/ \(selection: 8 words, 49 characters\)$/)
  })

  it('deletes a whole paragraph selected in one amendment, never “Replace … with “””', async () => {
    await page.getByRole('button', { name: 'Accept all' }).click()
    await waitForAmendments(page, [])
    await selectText(page, 'OP8', '', null)
    await page.keyboard.press('Delete')
    await page.locator('.ph-amendment').first().waitFor()
    const listed = await listedAmendments(page)
    expect(listed).toHaveLength(1)
    expect(listed[0]).toMatch(/^Delete operative paragraph 8/)
    expect(await paragraphText(page, 'OP8')).toMatch(/^Encourages Member States to increase efforts/)
  })

  it('names the base for what it is, and numbers the list 1, 2, 3 after an Accept', async () => {
    await placeCaret(page, 'OP2', 'Urges')
    await page.keyboard.type(' strongly')
    await placeCaret(page, 'OP3', 'Calls upon')
    await page.keyboard.type(' all')
    await page.locator('.ph-amendment').nth(2).waitFor()
    await page.locator('.ph-amendment').nth(0).getByRole('button', { name: 'Accept' }).click()
    await page.locator('.ph-amendment').nth(2).waitFor({ state: 'detached' })
    expect(await page.locator('[data-status="amendments"]').textContent()).toBe('2 amendments against the original text with 2 accepted amendments')
    expect(await listedAmendments(page)).toHaveLength(2)
    // The numbers as Chromium draws them: the list markers of its accessibility tree.
    const cdp = await page.context().newCDPSession(page)
    const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: Array<{ role?: { value: string }, name?: { value: string } }> }
    await cdp.detach()
    const markers = nodes.filter(n => n.role?.value === 'ListMarker').map(n => n.name?.value.trim())
    expect(markers.slice(0, 2)).toEqual(['1.', '2.'])
  })

  it('keeps the “Compared with” box inside its panel at 1024 px', async () => {
    await page.setViewportSize({ width: 1024, height: 700 })
    const panel = await box(page.locator('.ph-side'))
    const chooser = await box(page.getByLabel('Base'))
    expect(chooser.right).toBeLessThanOrEqual(panel.right)
    expect(chooser.left).toBeGreaterThanOrEqual(panel.left)
    await page.setViewportSize({ width: 1500, height: 950 })
  })

  it('undoes with Ctrl+Z after a click on a panel tab', async () => {
    await placeCaret(page, 'OP4', 'Further calls upon')
    await page.keyboard.type(' urgently')
    expect(await paragraphText(page, 'OP4')).toMatch(/^Further calls upon urgently/)
    await page.getByRole('tab', { name: 'Versions' }).click()
    await page.keyboard.press('Control+z')
    expect(await paragraphText(page, 'OP4')).toMatch(/^Further calls upon Member States/)
    await page.getByRole('tab', { name: 'Amendments' }).click()
  })

  it('shows Find’s current match apart from the others', async () => {
    await page.keyboard.press('Control+f')
    await page.getByLabel('Find', { exact: true }).fill('trafficking')
    await page.getByLabel('Find', { exact: true }).press('Enter')
    const current = editorDocument(page).locator('.ph-match-current')
    await current.waitFor()
    const other = editorDocument(page).locator('.ph-match:not(.ph-match-current)').first()
    expect(await background(current)).not.toBe(await background(other))
    expect(await current.evaluate(e => getComputedStyle(e).outlineStyle)).toBe('solid')
    await page.getByLabel('Find', { exact: true }).press('Escape')
  })

  it('keeps one label on the Redline button, its state shown by being pressed', async () => {
    const button = page.getByRole('button', { name: 'Redline' })
    expect([await button.textContent(), await button.getAttribute('aria-pressed')]).toEqual(['Redline', 'true'])
    await button.click()
    expect([await button.textContent(), await button.getAttribute('aria-pressed')]).toEqual(['Redline', 'false'])
    await button.click()
  })

  it('writes dates in UN form in the document’s language, and the “Saved version” notice leaves Save uncovered', async () => {
    await page.setViewportSize({ width: 1024, height: 700 })
    await page.getByRole('tab', { name: 'Versions' }).click()
    await page.getByLabel('Version name').fill('Rev.1')
    await page.getByLabel('Author').fill('France')
    await page.getByRole('button', { name: 'Save version' }).click()
    const notice = page.getByRole('status').filter({ hasText: 'Saved version' })
    await notice.waitFor()
    expect(overlap(await box(notice), await box(page.getByRole('button', { name: 'Save', exact: true })))).toBe(false)
    await snap(page, 'saved-version-notice-1024')
    const version = page.locator('[data-version="Rev.1"] .ph-muted')
    expect(await version.textContent()).toMatch(/^France · \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}, \d\d:\d\d$/)
    const language = editorDocument(page).locator('header.ph-heading select[name="lang"]')
    await language.selectOption('fr')
    await page.locator('[data-version="Rev.1"] .ph-muted', { hasText: ' h ' }).waitFor()
    expect(await version.textContent()).toMatch(/^France · (1er|\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}, \d{1,2} h \d\d$/)
  })
})

describe('the start screen', () => {
  const session = useAppPage(startFromTemplate, 'delete window.showOpenFilePicker; delete window.showSaveFilePicker')
  it('lists recent files with UN dates', async () => {
    const page = session.page
    const download = page.waitForEvent('download')
    await page.keyboard.press('Control+s')
    await download
    await page.getByRole('button', { name: 'Penholder' }).click()
    const recent = page.locator('section[aria-label="Recent files"] li .ph-muted')
    await recent.first().waitFor()
    expect(await recent.first().textContent()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d$/)
  })
})
