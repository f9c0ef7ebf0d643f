import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { editorDocument, paragraph, placeCaret, selectText, startFromTemplate, waitForAmendments } from './support/editor'

describe('a redline with every kind of amendment', () => {
  const session = useAppPage(startFromTemplate)
  let page: Page
  let problems: string[]
  beforeAll(() => { ({ page, problems } = session) })

  it('shows words replaced and inserted, a paragraph deleted, one moved and one added, each in UN wording', async () => {
    await selectText(page, 'OP2', '', 'Members States to consider, as a matter of priority')
    await page.keyboard.type('Urges all Member States to consider, as a matter of urgency')
    await (await paragraph(page, 'OP3')).evaluate(element => {
      const range = document.createRange()
      range.selectNodeContents(element)
      window.getSelection()!.removeAllRanges()
      window.getSelection()!.addRange(range)
    })
    await page.waitForTimeout(50)
    await page.keyboard.press('Backspace')
    await placeCaret(page, 'OP3', 'review, amend and implement')
    await page.keyboard.type(' national')
    await placeCaret(page, 'OP3', null)
    await page.keyboard.press('Enter')
    await page.keyboard.type('Encourages regional organizations to share information on trafficking routes;')
    await placeCaret(page, 'OP4', '')
    await page.keyboard.press('Tab')
    await placeCaret(page, 'OP5', 'Calls upon')
    await page.keyboard.press('Alt+ArrowUp')
    await waitForAmendments(page, [
      'In operative paragraph 2, replace the words “Members” with “all Member”; and replace the words “priority” with “urgency”',
      'Delete operative paragraph 3',
      'In operative paragraph 4, after the words “implement”, insert “national”',
      'In operative paragraph 4, insert, as the first subparagraph, a new subparagraph reading: “Encourages regional organizations to share information on trafficking routes;”',
      'Move operative paragraph 6 to follow operative paragraph 4'
    ])
    expect(await editorDocument(page).locator('.ph-deleted-paragraph').count()).toBe(1)
    expect(await (await paragraph(page, 'OP2')).locator('.ph-deleted-paragraph[data-label="OP3"] del').textContent()).toMatch(/^Calls upon Member States to reinforce their political commitment/)
    expect(await editorDocument(page).locator('.ph-mark-moved').getAttribute('data-moved-from')).toBe('OP6')
    expect(await editorDocument(page).locator('.ph-mark-inserted').count()).toBe(1)
    await (await paragraph(page, 'OP1')).evaluate(element => element.scrollIntoView({ block: 'start' }))
    await page.evaluate(() => document.querySelector('.ph-paper-scroll')!.scrollBy(0, -40))
    await snap(page, '20-redline-showcase')
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([])
  })
})
