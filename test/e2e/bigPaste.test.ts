import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { exportPlainText } from '../../shared/export'
import { template2388 } from '../../shared/template'
import { snap, useAppPage } from './support/browser'
import { editorDocument, paste, placeCaret, startFromTemplate } from './support/editor'

/// 16,000 lines of 2388's operative part (8,000 numbered paragraphs, 3.6 million
/// characters), as the main-thread measurement pastes them (test/reliability/mainThread.ts).
function sixteenThousandLines(): string {
  const all = exportPlainText(template2388()).split('\n')
  const lines = all.slice(all.findIndex(line => /^1\.\s/.test(line)))
  return Array.from({ length: 16_000 }, (_, i) => lines[i % lines.length]).join('\n')
}

/// A big paste (issue 15): read in the import worker, inserted in slices, its progress
/// shown with a Cancel button; canceling leaves the draft as it was.
describe('a big paste', () => {
  const session = useAppPage(startFromTemplate)
  let page: Page
  const text = sixteenThousandLines()
  beforeAll(() => { page = session.page })

  const draft = () => editorDocument(page).evaluate(element => element.textContent)
  const task = () => page.locator('.ph-notice-task')
  /// What OP1's label in the gutter draws.
  const label = () => editorDocument(page).evaluate(element => getComputedStyle(element.querySelector('.ph-op')!, '::after').content)
  /// Scroll a panel to its end, again at each poll, until a row (`row`, holding `text`) is
  /// there: a panel renders its rows as a React transition and measures them in a frame,
  /// so on a busy machine its end can still grow after a first scroll (a drafter scrolls
  /// on too).
  const scrolledTo = (panel: string, row: string, text = '') => page.waitForFunction(([panel, row, text]) => {
    const element = document.querySelector(panel)!
    element.scrollTop = element.scrollHeight
    return [...document.querySelectorAll(row)].some(r => r.textContent!.includes(text))
  }, [panel, row, text], { timeout: 60_000, polling: 500 })
  /// Whether Chromium may skip OP1500's layout and paint while it is out of view.
  const skipped = () => editorDocument(page).evaluate(element => getComputedStyle(element.querySelectorAll('.ph-op')[Math.min(1499, element.querySelectorAll('.ph-op').length - 1)]).contentVisibility)

  it('shows its progress while read, and a cancel then leaves the draft unchanged', async () => {
    await placeCaret(page, 'OP34', null)
    const before = await draft()
    await paste(page, { 'text/plain': text })
    await task().getByText('Reading 16,000 pasted lines…').waitFor()
    await task().getByRole('button', { name: 'Cancel' }).click()
    await page.getByRole('status').getByText('Paste canceled: the text is as it was.').waitFor()
    expect(await draft()).toBe(before)
    expect(await editorDocument(page).locator('.ph-op').count()).toBe(35)
  })

  it('shows how many paragraphs are in while they go in, and a cancel then takes them all out', async () => {
    await placeCaret(page, 'OP34', null)
    const before = await draft()
    // How many operative paragraphs the text held when it first became long, and what
    // OP1's label drew then.
    await editorDocument(page).evaluate(element => {
      new MutationObserver((_, observer) => {
        if (!element.hasAttribute('data-long-text')) return
        element.setAttribute('data-test-long-at', String(element.querySelectorAll('.ph-op').length))
        element.setAttribute('data-test-label', getComputedStyle(element.querySelector('.ph-op')!, '::after').content)
        observer.disconnect()
      }).observe(element, { attributes: true, attributeFilter: ['data-long-text'] })
    })
    await paste(page, { 'text/plain': text })
    await task().getByText(/^Pasting 8,000 paragraphs: [\d,]+ in…$/).waitFor({ timeout: 30_000 })
    // At once: the whole paste takes some 3 s.
    expect(Number(await task().locator('progress').getAttribute('value'))).toBeGreaterThan(0)
    await task().getByRole('button', { name: 'Cancel' }).click()
    // A paste that will make the text long takes the labels away with its first slice,
    // while the text is far from 2,000 paragraphs.
    expect(await editorDocument(page).getAttribute('data-test-label')).toBe('none')
    expect(Number(await editorDocument(page).getAttribute('data-test-long-at'))).toBeLessThan(35 + 400)
    await page.getByRole('status').getByText('Paste canceled: the text is as it was.').waitFor()
    expect(await label()).toBe('"OP" counter(op)')
    expect(await draft()).toBe(before)
    expect(await editorDocument(page).locator('.ph-op').count()).toBe(35)
  })

  it('then pastes all 8,000 paragraphs after OP34, undone in one step', async () => {
    await placeCaret(page, 'OP34', null)
    await paste(page, { 'text/plain': text })
    // Polled by the page's own text, not a locator, whose scans of 8,000 paragraphs would
    // slow down what it waits for.
    await page.waitForFunction(() => document.querySelector('.ph-notice-text')?.textContent === 'Pasted 8,000 paragraphs.', undefined, { timeout: 240_000, polling: 1000 })
    expect(await editorDocument(page).locator('.ph-op').count()).toBe(8035)
    expect(await editorDocument(page).locator('.ph-op').nth(34).textContent()).toMatch(/^Reaffirms its condemnation/)
    // The caret ends the last pasted paragraph (OP8034), and the text is scrolled to it.
    const caret = await page.evaluate(() => {
      const selection = window.getSelection()!
      const paragraph = selection.anchorNode!.parentElement!.closest('p')!
      const ops = [...document.querySelectorAll('.ph-paper-scroll .ph-document .ph-op')]
      const box = paragraph.getBoundingClientRect(), view = document.querySelector('.ph-paper-scroll')!.getBoundingClientRect()
      return { index: ops.indexOf(paragraph), inView: box.bottom > view.top && box.top < view.bottom, focused: document.activeElement!.classList.contains('ph-document') }
    })
    expect(caret).toEqual({ index: 8033, inView: true, focused: true })
    // A text this long leaves the labels in the gutter to the outline (numbering.ts), and
    // its paragraphs out of view are neither laid out nor painted.
    expect(await label()).toBe('none')
    expect(await skipped()).toBe('auto')
    await snap(page, 'big-paste-done')
    // The outline and the amendments panel hold only the rows near the visible ones; the
    // last is reached by scrolling, and a click on it goes there.
    const outline = page.locator('.ph-outline li')
    expect(await outline.count()).toBeLessThan(400)
    expect(Number(await outline.first().getAttribute('aria-setsize'))).toBeGreaterThan(8035)
    await scrolledTo('.ph-outline-pane', '.ph-outline button', 'OP8035')
    await page.locator('.ph-outline button', { hasText: 'OP8035' }).click()
    expect(await page.evaluate(() => window.getSelection()!.anchorNode!.parentElement!.closest('p')!.textContent)).toMatch(/^Decides to remain actively seized/)
    const amendments = page.locator('.ph-amendment')
    expect(await page.locator('.ph-amendments .ph-count').textContent()).toBe('8000 amendments')
    expect(await amendments.count()).toBeLessThan(400)
    await scrolledTo('.ph-amendments', '.ph-amendment[aria-posinset="8000"]')
    expect(await page.locator('.ph-amendment[aria-posinset="8000"] .ph-amendment-text').textContent()).toMatch(/^Insertion.* insert a new paragraph reading/)
    // The caret is back in the text: its undo takes the 8,000 paragraphs out in one step.
    await page.keyboard.press('Control+z')
    await page.waitForFunction(() => document.querySelectorAll('.ph-paper-scroll .ph-document .ph-op').length === 35, undefined, { timeout: 120_000, polling: 1000 })
    expect(await label()).toBe('"OP" counter(op)')
    expect(await skipped()).toBe('visible')
  }, 300_000)
})
