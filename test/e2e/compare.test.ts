import { beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { compareDialog, compareSide, inCompareView } from './support/compare'
import { paragraph, placeCaret, selectText, startFromTemplate } from './support/editor'

/// The top of a paragraph's text in the comparison's scrolled content, in CSS pixels
/// (below the gap a lined-up paragraph may have above it).
const top = (element: Locator) => element.evaluate(e => e.getBoundingClientRect().top + parseFloat(getComputedStyle(e).borderTopWidth) - document.querySelector('.ph-compare-scroll')!.getBoundingClientRect().top)

const dialog = compareDialog, side = compareSide, inView = inCompareView

describe('comparing two versions', () => {
  const session = useAppPage(startFromTemplate)
  let page: Page
  beforeAll(async () => {
    ({ page } = session)
    await page.getByRole('tab', { name: 'Versions' }).click()
    await page.getByLabel('Version name').fill('Rev.1')
    await page.getByLabel('Author').fill('United States of America')
    await page.getByRole('button', { name: 'Save version' }).click()
    await page.locator('[data-version="Rev.1"]').waitFor()
    // Rev.2: OP9 gains subparagraphs (a) and (b); OP8 is deleted.
    await placeCaret(page, 'OP9', null)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.type('through financial intelligence units;')
    await page.keyboard.press('Enter')
    await page.keyboard.type('through the Analytical Support and Sanctions Monitoring Team;')
    await (await paragraph(page, 'OP9(b)')).waitFor()
    await selectText(page, 'OP8', '', null)
    await page.keyboard.press('Backspace')
    await page.getByRole('tab', { name: 'Amendments' }).click()
    await page.locator('.ph-amendment', { hasText: 'Delete operative paragraph 8' }).waitFor()
  })

  it('side by side: the columns line up paragraph by paragraph, with gaps opposite what one side lacks', async () => {
    await page.getByRole('tab', { name: 'Versions' }).click()
    await page.getByLabel('Compare view').selectOption('side-by-side')
    await page.locator('[data-version="Rev.1"]').getByRole('button', { name: 'Compare with current' }).click()
    await side(page, 1).locator('.ph-op').nth(33).waitFor()
    const left = side(page, 0), right = side(page, 1)
    // Lined up once the gaps are placed (after layout and the fonts): the last OPs level.
    await expect.poll(async () => Math.abs(await top(await paragraph(left, 'OP35')) - await top(await paragraph(right, 'OP34')))).toBeLessThan(1.5)
    for (const [l, r] of [['OP7', 'OP7'], ['OP9', 'OP8'], ['OP10', 'OP9'], ['OP20', 'OP19'], ['OP35', 'OP34']]) {
      const [a, b] = [await top(await paragraph(left, l)), await top(await paragraph(right, r))]
      expect(Math.abs(a - b), `${l} opposite ${r}`).toBeLessThan(1.5)
    }
    // The deleted OP8 has a gap opposite it; OP9(a) and (b) have one on the left.
    const deleted = await paragraph(left, 'OP8')
    const deletedHeight = await deleted.evaluate(e => e.getBoundingClientRect().height)
    expect(await (await paragraph(right, 'OP8')).evaluate(e => parseFloat(getComputedStyle(e).borderTopWidth))).toBeGreaterThan(deletedHeight * 0.8)
    expect(await (await paragraph(left, 'OP10')).evaluate(e => parseFloat(getComputedStyle(e).borderTopWidth))).toBeGreaterThan(20)
    await (await paragraph(left, 'OP8')).scrollIntoViewIfNeeded()
    await snap(page, 'compare-side-by-side-aligned')
  })

  it('side by side: each heading, in a column half the window wide, stacks its fields and shows the symbol whole', async () => {
    for (const pane of [side(page, 0), side(page, 1)]) {
      const symbol = pane.locator('header.ph-heading [name="symbol"]')
      expect(await symbol.evaluate(e => (e as HTMLInputElement).scrollWidth <= e.clientWidth + 1)).toBe(true)
      expect(await pane.locator('header.ph-heading').evaluate(e => getComputedStyle(e).gridTemplateColumns.split(' ').length)).toBe(1)
    }
  })

  it('scrolls both sides as one, and marks the changes in an overview beside the scroll bar', async () => {
    const left = await paragraph(side(page, 0), 'OP20'), right = await paragraph(side(page, 1), 'OP19')
    const before = [await top(left), await top(right)]
    await dialog(page).locator('.ph-compare-scroll').evaluate(e => { e.scrollTop += 400 })
    const after = [await top(left), await top(right)]
    expect(before[0] - after[0]).toBeCloseTo(400, 0)
    expect(before[1] - after[1]).toBeCloseTo(400, 0)
    const marks = dialog(page).locator('.ph-overview-mark')
    expect(await marks.count()).toBe(await dialog(page).locator('.ph-compare-amendments li').count())
    expect(await marks.count()).toBeGreaterThanOrEqual(2)
  })

  it('names who each version is from', async () => {
    expect(await dialog(page).locator('.ph-compare-pane h3').first().textContent()).toMatch(/^Rev\.1 \(United States of America, \d{1,2} \w+ \d{4}, \d\d:\d\d\)$/)
    expect(await dialog(page).locator('.ph-compare-pane h3').nth(1).textContent()).toBe('Current text')
  })

  it('goes to an amendment from the list, and to the next and previous with the keyboard', async () => {
    const items = dialog(page).locator('.ph-compare-amendments li')
    const texts = await items.allTextContents()
    expect(texts.filter(t => t.startsWith('Delete operative paragraph 8'))).toHaveLength(1)
    await dialog(page).locator('.ph-compare-scroll').evaluate(e => { e.scrollTop = e.scrollHeight })
    await items.filter({ hasText: 'Delete operative paragraph 8' }).getByRole('button').click()
    expect(await inView(await paragraph(side(page, 0), 'OP8'))).toBe(true)
    expect(await items.filter({ hasText: 'Delete operative paragraph 8' }).getAttribute('aria-current')).toBe('true')
    await dialog(page).locator('.ph-compare-scroll').focus()
    await page.keyboard.press('n')
    const next = texts.findIndex(t => t.startsWith('Delete operative paragraph 8')) + 1
    expect(await items.nth(next % texts.length).getAttribute('aria-current')).toBe('true')
    expect(await inView(await paragraph(side(page, 1), 'OP8(a)'))).toBe(true)
    await page.keyboard.press('p')
    expect(await items.nth(next - 1).getAttribute('aria-current')).toBe('true')
    await page.keyboard.press('Escape')
    await dialog(page).waitFor({ state: 'detached' })
  })

  it('inline: a click on an amendment goes to it', async () => {
    await page.getByLabel('Compare view').selectOption('inline')
    await page.locator('[data-version="Rev.1"]').getByRole('button', { name: 'Compare with current' }).click()
    const only = side(page, 0)
    await only.locator('.ph-op').nth(33).waitFor()
    await dialog(page).locator('.ph-compare-amendments li', { hasText: 'insert' }).first().getByRole('button').click()
    expect(await inView(await paragraph(only, 'OP8(a)'))).toBe(true)
    await snap(page, 'compare-inline-go-to')
    await dialog(page).getByRole('button', { name: 'Close' }).click()
  })
})
