import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, snap, useAppPage } from './support/browser'
import { editorDocument, startFollowUp } from './support/editor'
import { seriousViolations } from './support/axe'

/// The width of the text column: the editor's text, numbers of OPs hanging in it
/// included, in CSS pixels.
const textColumn = (page: Page) => editorDocument(page).evaluate(e => e.getBoundingClientRect().width)

/// Whether a heading field shows its whole value, inside the window.
const fieldShown = (page: Page, name: string) => editorDocument(page).locator(`header.ph-heading [name="${name}"]`).evaluate(e => {
  const box = e.getBoundingClientRect()
  return box.width > 40 && box.left >= 0 && box.right <= window.innerWidth && (e as HTMLInputElement).scrollWidth <= e.clientWidth + 1
})

describe('any window size', () => {
  const session = useAppPage(startFollowUp)
  let page: Page
  beforeAll(() => { ({ page } = session) })

  it('at 800 px wide the panels lie closed and the text column keeps 480 px; an opened panel lies over the paper, with no serious axe violation', async () => {
    await page.setViewportSize({ width: 800, height: 700 })
    await page.locator('.ph-side').waitFor({ state: 'hidden' })
    expect(await textColumn(page)).toBeGreaterThanOrEqual(480)
    await page.getByRole('button', { name: 'Panel' }).click()
    await page.locator('.ph-side').waitFor()
    expect(await textColumn(page)).toBeGreaterThanOrEqual(480)
    await snap(page, 'layout-800-panel-over')
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Panel' }).click()
    await page.locator('.ph-side').waitFor({ state: 'hidden' })
  })

  it('at 1024×700 the symbol, date and language show whole beside a usable text column, with no serious axe violation', async () => {
    await page.setViewportSize({ width: 1024, height: 700 })
    await page.locator('.ph-side').waitFor()
    for (const field of ['symbol', 'date', 'lang']) expect(await fieldShown(page, field), field).toBe(true)
    expect(await textColumn(page)).toBeGreaterThanOrEqual(480)
    await snap(page, 'layout-1024x700')
    expect(await seriousViolations(page)).toEqual([])
  })

  it('remembers a closed panel after a reload', async () => {
    await page.setViewportSize({ width: 1500, height: 950 })
    const outline = page.getByRole('button', { name: 'Outline' })
    if (await outline.getAttribute('aria-pressed') === 'false') await outline.click()
    await page.locator('.ph-outline-pane').waitFor()
    await outline.click()
    await page.locator('.ph-outline-pane').waitFor({ state: 'hidden' })
    const wide = await textColumn(page)
    await page.reload()
    await startFollowUp(page)
    expect(await page.locator('.ph-outline-pane').isHidden()).toBe(true)
    expect(await page.getByRole('button', { name: 'Outline' }).getAttribute('aria-pressed')).toBe('false')
    expect(await textColumn(page)).toBeCloseTo(wide, 0)
    await page.getByRole('button', { name: 'Outline' }).click()
    await page.locator('.ph-outline-pane').waitFor()
  })
})

describe('150 % zoom of a 1024×700 window', () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchChromium()
    const context = await browser.newContext({ viewport: { width: Math.round(1024 / 1.5), height: Math.round(700 / 1.5) }, deviceScaleFactor: 1.5 })
    page = await context.newPage()
    await page.goto(inject('webUrl'))
    await startFollowUp(page)
  })
  afterAll(() => browser?.close())

  it('keeps the heading fields whole, wrapped under each other, the gutter labels and every toolbar button on screen, with no serious axe violation', async () => {
    for (const field of ['symbol', 'date', 'lang', 'sponsors', 'title']) expect(await fieldShown(page, field), field).toBe(true)
    // The negotiators' labels in the gutter stay inside the window.
    const labelLeft = await editorDocument(page).locator('.ph-pp').first().evaluate(e => e.getBoundingClientRect().left + parseFloat(getComputedStyle(e, '::after').left))
    expect(labelLeft).toBeGreaterThanOrEqual(0)
    expect(await textColumn(page)).toBeGreaterThanOrEqual(400)
    const offscreen = await page.locator('.ph-toolbar button').evaluateAll(buttons => buttons.filter(b => b.getBoundingClientRect().right > window.innerWidth).length)
    expect(offscreen).toBe(0)
    await snap(page, 'layout-150-percent')
    expect(await seriousViolations(page)).toEqual([])
  })
})
