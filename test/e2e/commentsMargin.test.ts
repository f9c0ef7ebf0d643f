import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { editorDocument, placeCaret, selectText, startFollowUp } from './support/editor'
import { seriousViolations } from './support/axe'

const card = (page: Page, n: number) => page.locator('.ph-margin-card:not(.ph-margin-draft)').nth(n)

/// Top of a card and of the first highlighted passage in the text, in CSS pixels.
const cardTop = (page: Page, n: number) => card(page, n).evaluate(e => e.getBoundingClientRect().top)
const passageTop = (page: Page, words: string) => editorDocument(page).locator('.ph-commented', { hasText: words }).first().evaluate(e => e.getBoundingClientRect().top)

/// Add a comment on the words selected with the keyboard alone: Ctrl+Alt+M, type, Ctrl+Enter.
async function commentByKeyboard(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+Alt+KeyM')
  await page.getByRole('textbox', { name: /^Comment on / }).waitFor()
  expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('comment-text')
  await page.keyboard.type(text)
  await page.keyboard.press('Control+Enter')
  await page.locator('.ph-margin-draft').waitFor({ state: 'detached' })
}

/// Wait until card `n` stands level with the first passage holding `words` (within
/// 3 CSS pixels): the margin follows the text after the panels' 120 ms and a frame.
const level = (page: Page, n: number, words: string) =>
  expect.poll(async () => Math.abs(await cardTop(page, n) - await passageTop(page, words))).toBeLessThan(3)

describe('comments in the margin beside their words', () => {
  const session = useAppPage(async page => {
    await page.setViewportSize({ width: 1440, height: 900 })
    await startFollowUp(page)
  })
  let page: Page
  beforeAll(() => { ({ page } = session) })

  it('adds from the keyboard (Ctrl+Alt+M, Ctrl+Enter) a card level with its words, the words highlighted, the caret back in the text', async () => {
    await selectText(page, 'OP7', 'strengthen ', 'strengthen compliance with international Anti-Money Laundering')
    await page.keyboard.press('Control+Alt+KeyM')
    await page.getByLabel('Author', { exact: true }).fill('Albania')
    await page.getByRole('textbox', { name: /^Comment on OP7/ }).focus()
    await page.keyboard.type('FATF wording?')
    await page.keyboard.press('Control+Enter')
    await card(page, 0).waitFor()
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ph-document'))).toBe(true)
    await level(page, 0, 'compliance with')
    expect(await card(page, 0).locator('.ph-margin-body').isVisible()).toBe(true)
  })

  it('stacks cards of nearby words without overlap, in reading order', async () => {
    await placeCaret(page, 'OP7', 'Calls upon')
    await commentByKeyboard(page, 'Whole paragraph: keep?')
    await selectText(page, 'OP7', 'international ', 'international Anti-Money Laundering')
    await commentByKeyboard(page, 'Capitals as in FATF.')
    await level(page, 0, 'Calls upon')
    const boxes = await page.locator('.ph-margin-card').evaluateAll(cards => cards.map(c => { const r = c.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, text: c.querySelector('.ph-comment-text')?.textContent } }))
    expect(boxes.map(b => b.text)).toEqual(['Whole paragraph: keep?', 'FATF wording?', 'Capitals as in FATF.'])
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).toBeGreaterThanOrEqual(boxes[i - 1].bottom)
    expect(Math.abs(boxes[0].top - await passageTop(page, 'Calls upon'))).toBeLessThan(3)
    expect(await seriousViolations(page)).toEqual([])
    await card(page, 0).scrollIntoViewIfNeeded()
    await snap(page, 'comments-margin-1440x900')
  })

  it('places the cards in one batch a frame after the panels follow, never at each keystroke', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { placements: number }
      w.placements = 0
      const read = Element.prototype.getBoundingClientRect
      Element.prototype.getBoundingClientRect = function (this: Element) {
        if (this.classList.contains('ph-margin-cards')) w.placements++
        return read.call(this)
      }
    })
    await placeCaret(page, 'OP6', 'Calls upon')
    await page.keyboard.type(' all States and regional organizations, and', { delay: 15 })
    await level(page, 0, 'Calls upon')
    const placements = await page.evaluate(() => (window as unknown as { placements: number }).placements)
    expect(placements).toBeGreaterThan(0)
    expect(placements).toBeLessThan(15)
  })

  it('is in the help sheet', async () => {
    await page.keyboard.press('Control+/')
    expect(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).textContent()).toContain('Ctrl+Alt+M')
    await page.keyboard.press('Escape')
  })

  it('at 1024×700 folds the cards to markers beside their words, each unfolding its card, edited there', async () => {
    await page.setViewportSize({ width: 1024, height: 700 })
    await expect.poll(() => card(page, 0).locator('.ph-margin-body').isVisible()).toBe(false)
    const markerTop = (n: number) => card(page, n).locator('.ph-margin-marker').evaluate(e => e.getBoundingClientRect())
    expect(Math.abs((await markerTop(0)).top - await passageTop(page, 'Calls upon'))).toBeLessThan(3)
    expect((await markerTop(1)).top).toBeGreaterThanOrEqual((await markerTop(0)).bottom)
    const marker = card(page, 1).getByRole('button', { name: 'Comment by Albania on OP7' })
    // Both panels open: the markers take the paper's own right margin, not the text's width.
    expect(await editorDocument(page).evaluate(e => e.getBoundingClientRect().width)).toBeGreaterThanOrEqual(385)
    await marker.focus()
    await page.keyboard.press('Enter')
    expect(await marker.getAttribute('aria-expanded')).toBe('true')
    await card(page, 1).getByRole('button', { name: 'Edit' }).click()
    await page.keyboard.type(' And “financing of terrorism”.')
    await page.keyboard.press('Control+Enter')
    expect(await card(page, 1).locator('.ph-comment-text').textContent()).toBe('FATF wording? And “financing of terrorism”.')
    expect(await seriousViolations(page)).toEqual([])
    await snap(page, 'comments-margin-1024x700-unfolded')
    await page.keyboard.press('Escape')
    expect(await marker.getAttribute('aria-expanded')).toBe('false')
  })

  it('at 1024×700 with the panels collapsed the cards stand in the margin again', async () => {
    await page.getByRole('button', { name: 'Outline' }).click()
    await page.getByRole('button', { name: 'Panel' }).click()
    await expect.poll(() => card(page, 0).locator('.ph-margin-body').isVisible()).toBe(true)
    expect(await editorDocument(page).evaluate(e => e.getBoundingClientRect().width)).toBeGreaterThanOrEqual(480)
    await level(page, 0, 'Calls upon')
    await card(page, 0).scrollIntoViewIfNeeded()
    await snap(page, 'comments-margin-1024x700-panels-closed')
    await card(page, 2).getByRole('button', { name: 'Delete' }).click()
    expect(await page.locator('.ph-margin-card').count()).toBe(2)
  })
})
