import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { editorDocument, paragraphText, placeCaret, selectText, startFollowUp } from './support/editor'
import { seriousViolations } from './support/axe'

const focused = (page: Page) => page.evaluate(() => {
  const e = document.activeElement as HTMLElement | null
  return e ? { tag: e.tagName, name: e.getAttribute('name') ?? e.getAttribute('aria-label') ?? e.textContent?.slice(0, 40) ?? '', inText: !!e.closest('.ph-paper-scroll .ph-document') && e.isContentEditable } : null
})

describe('the keyboard and assistive technology', () => {
  const session = useAppPage()
  let page: Page
  beforeAll(() => { ({ page } = session) })

  it('start screen: no serious or critical axe violation', async () => {
    await page.getByRole('button', { name: 'New follow-up draft from resolution 2388 (2017)' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
  })

  it('workspace: a skip link first, landmarks, and no serious or critical axe violation', async () => {
    await startFollowUp(page)
    expect(await seriousViolations(page)).toEqual([])
    // Focus the page itself, as a fresh load leaves it: the next Tab is its first stop.
    await page.evaluate(() => { document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex') })
    await page.keyboard.press('Tab')
    expect((await focused(page))?.name).toBe('Skip to the text')
    await snap(page, 'keyboard-skip-link')
    await page.keyboard.press('Enter')
    expect((await focused(page))?.inText).toBe(true)
    for (const [role, name] of [['banner', undefined], ['main', 'Text of the resolution'], ['navigation', 'Outline'], ['complementary', 'Amendments and versions'], ['contentinfo', undefined]] as const)
      expect(await page.getByRole(role, name ? { name } : {}).count()).toBe(1)
  })

  it('Tab inside a paragraph moves focus on and leaves the paragraph alone; at its start it sinks it', async () => {
    await placeCaret(page, 'PP21', 'Noting measures')
    await page.keyboard.press('Tab')
    expect((await focused(page))?.inText).toBe(false)
    expect(await paragraphText(page, 'PP21')).toMatch(/^Noting measures taken by UN peacekeeping/)
    expect(await editorDocument(page).locator('.ph-sub').count()).toBe(0)
    await placeCaret(page, 'PP21', '')
    await page.keyboard.press('Tab')
    expect(await paragraphText(page, 'PP20(a)')).toMatch(/^Noting measures taken by UN peacekeeping/)
    await page.keyboard.press('Shift+Tab')
    expect(await editorDocument(page).locator('.ph-sub').count()).toBe(0)
    await selectText(page, 'OP5', '', null)
    await page.keyboard.press('Tab')
    expect(await paragraphText(page, 'OP4(a)')).toMatch(/^Also calls upon Member States/)
    await page.keyboard.press('Control+z')
    expect(await editorDocument(page).locator('.ph-sub').count()).toBe(0)
  })

  it('reaches the heading fields from the text with Tab', async () => {
    await placeCaret(page, 'OP3', 'Calls upon')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toMatchObject({ tag: 'INPUT', name: 'symbol' })
    await page.keyboard.type('17')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toMatchObject({ name: 'distribution' })
  })

  it('Escape closes Find first, then leaves the text for the panel', async () => {
    await placeCaret(page, 'OP3', 'Calls upon')
    await page.keyboard.press('Control+f')
    await page.getByRole('search').waitFor()
    await page.keyboard.type('trafficking')
    await placeCaret(page, 'OP3', 'Calls upon')
    expect(await seriousViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await page.getByRole('search').waitFor({ state: 'detached' })
    expect((await focused(page))?.inText).toBe(true)
    await page.keyboard.press('Escape')
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', name: 'Amendments' })
  })

  it('lists every shortcut on Ctrl+/, in groups lined up as one list, and Escape closes the list', async () => {
    await placeCaret(page, 'OP3', 'Calls upon')
    await page.keyboard.press('Control+/')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await help.waitFor()
    for (const key of ['Ctrl+S', 'Ctrl+F', 'Ctrl+Shift+K', 'Alt+↑, Alt+↓', 'Escape', 'Shift+Tab'])
      expect(await help.locator('kbd', { hasText: key }).count()).toBeGreaterThan(0)
    // The groups read as one list: every action starts at the same place.
    expect(new Set(await help.locator('dd').evaluateAll(dds => dds.map(dd => Math.round(dd.getBoundingClientRect().left)))).size).toBe(1)
    expect(await seriousViolations(page)).toEqual([])
    await snap(page, 'keyboard-help-sheet')
    await page.keyboard.press('Escape')
    await help.waitFor({ state: 'hidden' })
    expect((await focused(page))?.inText).toBe(true)
  })

  it('comparisons: the text scrolls from the keyboard, no serious or critical axe violation in either view', async () => {
    await page.getByRole('tab', { name: 'Versions' }).click()
    expect(await seriousViolations(page)).toEqual([])
    for (const view of ['Inline redline', 'Side by side']) {
      await page.getByLabel('Compare view').selectOption({ label: view })
      await page.getByRole('button', { name: 'Compare', exact: true }).click()
      const dialog = page.getByRole('dialog', { name: 'Comparison' })
      await dialog.locator('.ph-document .ph-op').nth(34).waitFor()
      const region = dialog.getByRole('region')
      expect(await region.evaluate(e => e === document.activeElement)).toBe(true)
      await page.keyboard.press('PageDown')
      await page.waitForFunction(() => document.querySelector('.ph-compare-scroll')!.scrollTop > 0)
      expect(await seriousViolations(page)).toEqual([])
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'detached' })
    }
  })

  it('dark mode: no serious or critical axe violation in the workspace, the help sheet and a side-by-side comparison', async () => {
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await seriousViolations(page)).toEqual([])
    await placeCaret(page, 'OP3', 'Calls upon')
    await page.keyboard.press('Control+/')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await help.waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await snap(page, 'keyboard-help-sheet-dark')
    await page.keyboard.press('Escape')
    await help.waitFor({ state: 'hidden' })
    await page.getByRole('tab', { name: 'Versions' }).click()
    await page.getByLabel('Compare view').selectOption({ label: 'Side by side' })
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Comparison' })
    await dialog.locator('.ph-compare-pane').nth(1).locator('.ph-op').nth(34).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await snap(page, 'compare-side-by-side-dark')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await page.emulateMedia({ colorScheme: 'light' })
  })
})
