import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { editorDocument, insertedTexts, paragraph, paragraphText, placeCaret, selectText, startFromTemplate, waitForAmendments } from './support/editor'

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
    expect(await editorDocument(page).locator('p:has(.ph-new)').count()).toBe(1)
    // The inserted subparagraph's green bar in the margin, drawn by the style sheet.
    expect(await (await paragraph(page, 'OP3(a)')).evaluate(element => getComputedStyle(element).boxShadow)).toContain('rgb(46, 154, 82)')
    expect((await insertedTexts(await paragraph(page, 'OP2'))).map(t => t.trim())).toEqual(['all Member', 'urgency'])
    expect((await (await paragraph(page, 'OP3(a)')).locator('.ph-ins').allTextContents()).join('')).toBe('Encourages regional organizations to share information on trafficking routes;')
    await (await paragraph(page, 'OP1')).evaluate(element => element.scrollIntoView({ block: 'start' }))
    await page.evaluate(() => document.querySelector('.ph-paper-scroll')!.scrollBy(0, -40))
    await snap(page, '20-redline-showcase')
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([])
  })
})

describe('inserted words, painted as a highlight over the text', () => {
  const session = useAppPage(startFromTemplate)
  let page: Page
  let problems: string[]
  beforeAll(() => { ({ page, problems } = session) })

  it('paints letters typed onto a word as inserted, the word itself not struck, while the list quotes whole words', async () => {
    await placeCaret(page, 'OP4', 'amend and implement anti-trafficking')
    await page.keyboard.type('-related')
    await waitForAmendments(page, ['In operative paragraph 4, replace the words “anti-trafficking” with “anti-trafficking-related”'])
    const op4 = await paragraph(page, 'OP4')
    expect(await insertedTexts(op4)).toEqual(['-related'])
    expect(await op4.locator('.ph-del').count()).toBe(0)
    expect(await op4.locator('span').count()).toBe(0)
    await page.keyboard.press('Backspace')
    expect(await insertedTexts(op4)).toEqual(['-relate'])
    for (let i = 0; i < 7; i++) await page.keyboard.press('Backspace')
    await waitForAmendments(page, [])
    expect(await insertedTexts(editorDocument(page))).toEqual([])
  })

  /// The words painted after a change, checked against a painting from nothing: the
  /// clean view and back repaints every paragraph.
  async function paintedAsFresh(): Promise<string[]> {
    const painted = await insertedTexts(editorDocument(page))
    await page.getByRole('button', { name: 'Redline' }).click()
    await page.locator('[data-status="view"]', { hasText: 'Clean view' }).waitFor()
    await page.getByRole('button', { name: 'Redline' }).click()
    await page.locator('[data-status="view"]', { hasText: 'Redline' }).waitFor()
    expect(painted).toEqual(await insertedTexts(editorDocument(page)))
    return painted
  }

  /// The list once ' firm' and ' swiftly' are typed into OP1 and OP5.
  const firmAndSwiftly = [
    'In operative paragraph 1, after the words “its”, insert “firm”',
    'In operative paragraph 5, after the words “investigate”, insert “swiftly”'
  ]

  it('keeps the painted words on the text through typing, a split of the paragraph, undo and Find', async () => {
    await placeCaret(page, 'OP5', 'to investigate')
    await page.keyboard.type(' swiftly')
    await placeCaret(page, 'OP1', 'Reaffirms its')
    await page.keyboard.type(' firm')
    await waitForAmendments(page, firmAndSwiftly)
    expect((await paintedAsFresh()).map(t => t.trim())).toEqual(['firm', 'swiftly'])
    await page.keyboard.press('Control+f')
    await page.getByRole('search').waitFor()
    await page.keyboard.type('swiftly')
    await placeCaret(page, 'OP5', 'investigate swift')
    await page.keyboard.type('e')
    expect((await insertedTexts(await paragraph(page, 'OP5'))).map(t => t.trim())).toEqual(['swiftely'])
    await page.keyboard.press('Backspace')
    await page.keyboard.press('Escape')
    await page.getByRole('search').waitFor({ state: 'detached' })
    await placeCaret(page, 'OP5', 'investigate swif')
    await page.keyboard.press('Enter')
    expect(await paragraphText(page, 'OP6')).toMatch(/^tly, disrupt and dismantle networks/)
    expect(await paintedAsFresh()).not.toContain('')
    await placeCaret(page, 'OP6', '')
    await page.keyboard.press('Backspace')
    await waitForAmendments(page, firmAndSwiftly)
    expect((await paintedAsFresh()).map(t => t.trim())).toEqual(['firm', 'swiftly'])
    await page.keyboard.press('Control+z')
    expect(await paintedAsFresh()).not.toContain('')
    await page.keyboard.press('Control+y')
    expect((await paintedAsFresh()).map(t => t.trim())).toEqual(['firm', 'swiftly'])
  })

  it('paints nothing in the clean view and paints again when the redline is back', async () => {
    await page.getByRole('button', { name: 'Redline' }).click()
    await page.locator('[data-status="view"]', { hasText: 'Clean view' }).waitFor()
    expect(await insertedTexts(editorDocument(page))).toEqual([])
    await page.getByRole('button', { name: 'Redline' }).click()
    await page.locator('[data-status="view"]', { hasText: 'Redline' }).waitFor()
    expect((await insertedTexts(editorDocument(page))).map(t => t.trim())).toEqual(['firm', 'swiftly'])
    await (await paragraph(page, 'OP1')).evaluate(element => element.scrollIntoView({ block: 'start' }))
    await snap(page, '21-inserted-highlight')
  })

  it('paints words composed with an input method (Chinese) where they went in, as a fresh painting does', async () => {
    const cdp = await page.context().newCDPSession(page)
    const composed = [['OP10', ''], ['OP12', 'Requests '], ['PP3', '']] as const
    for (const [k, [label, point]] of composed.entries()) {
      await placeCaret(page, label, point)
      for (const text of ['n', 'ni', 'nih']) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length })
      await cdp.send('Input.insertText', { text: '你好' })
      // This paragraph's own amendment listed: one more naming the composed words.
      await expect.poll(() => page.locator('.ph-amendment', { hasText: '你好' }).count()).toBe(k + 1)
      expect((await insertedTexts(await paragraph(page, label))).map(t => t.trim())).toEqual(['你好'])
    }
    expect(await paintedAsFresh()).not.toContain('')
    await cdp.detach()
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([])
  })
})

describe('inserted words in a browser without the custom highlight', () => {
  const session = useAppPage(startFromTemplate, 'delete CSS.highlights')
  let page: Page
  let problems: string[]
  beforeAll(() => { ({ page, problems } = session) })

  it('draws them as spans, as a comparison does', async () => {
    expect(await page.evaluate(() => 'highlights' in CSS)).toBe(false)
    await placeCaret(page, 'OP5', 'to investigate')
    await page.keyboard.type(' swiftly')
    await waitForAmendments(page, ['In operative paragraph 5, after the words “investigate”, insert “swiftly”'])
    expect((await (await paragraph(page, 'OP5')).locator('.ph-ins').allTextContents()).map(t => t.trim())).toEqual(['swiftly'])
    expect(problems).toEqual([])
  })
})
