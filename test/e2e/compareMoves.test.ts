import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { compareDialog, compareSide, inCompareView } from './support/compare'
import { paragraph, placeCaret, startFromTemplate } from './support/editor'
import { seriousViolations } from './support/axe'

const dialog = compareDialog, side = compareSide, inView = inCompareView

describe('side by side, a moved paragraph is linked between its two places', () => {
  const session = useAppPage(async page => {
    await page.setViewportSize({ width: 1440, height: 900 })
    await startFromTemplate(page)
  })
  let page: Page
  beforeAll(async () => {
    ({ page } = session)
    // OP5 (evidence of trafficking) moved two places down: it becomes OP7.
    await placeCaret(page, 'OP5', 'Also calls upon')
    await page.keyboard.press('Alt+ArrowDown')
    await page.keyboard.press('Alt+ArrowDown')
    await page.locator('.ph-amendment-moved').waitFor()
    await page.getByRole('tab', { name: 'Versions' }).click()
    await page.getByLabel('Compare from').selectOption({ label: 'Base' })
    await page.getByLabel('Compare to').selectOption({ label: 'Current text' })
    await page.getByLabel('Compare view').selectOption('side-by-side')
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    await side(page, 1).locator('.ph-op').nth(34).waitFor()
  })

  it('marks both places with a link to the other, which scrolls to it and marks it', async () => {
    const left = await paragraph(side(page, 0), 'OP5'), right = await paragraph(side(page, 1), 'OP7')
    expect(await right.textContent()).toMatch(/^Also calls upon Member States/)
    const there = dialog(page).getByRole('button', { name: 'Moved: now OP7, on the right →' })
    const back = dialog(page).getByRole('button', { name: '← Moved here from OP5, on the left' })
    expect(await there.count()).toBe(1)
    expect(await back.count()).toBe(1)
    await dialog(page).locator('.ph-compare-scroll').evaluate(e => { e.scrollTop = e.scrollHeight })
    await there.click()
    expect(await inView(right)).toBe(true)
    expect(await right.evaluate(e => e.classList.contains('ph-compare-current'))).toBe(true)
    expect(await back.evaluate(e => e === document.activeElement)).toBe(true)
    await snap(page, 'compare-moves-1440x900')
    await dialog(page).locator('.ph-compare-scroll').evaluate(e => { e.scrollTop = e.scrollHeight })
    await page.keyboard.press('Enter')
    expect(await inView(left)).toBe(true)
    expect(await left.evaluate(e => e.classList.contains('ph-compare-current'))).toBe(true)
    expect(await there.evaluate(e => e === document.activeElement)).toBe(true)
    expect(await seriousViolations(page)).toEqual([])
  })

  it('at 1024×700 the links still take the drafter across', async () => {
    await page.setViewportSize({ width: 1024, height: 700 })
    // The columns line up again at the new width before a link is followed.
    const top = async (pane: number, label: string) => (await paragraph(side(page, pane), label)).evaluate(e => e.getBoundingClientRect().top + parseFloat(getComputedStyle(e).borderTopWidth))
    await expect.poll(async () => Math.abs(await top(0, 'OP20') - await top(1, 'OP20'))).toBeLessThan(1.5)
    await dialog(page).getByRole('button', { name: 'Moved: now OP7, on the right →' }).click()
    expect(await inView(await paragraph(side(page, 1), 'OP7'))).toBe(true)
    await snap(page, 'compare-moves-1024x700')
    expect(await seriousViolations(page)).toEqual([])
  })
})
