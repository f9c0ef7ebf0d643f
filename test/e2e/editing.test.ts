import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { editorDocument, insertedTexts, listedAmendments, paragraph, paragraphText, placeCaret, renderedText, startFromTemplate, waitForAmendments } from './support/editor'

describe('editing a follow-up draft of 2388 in Chromium', () => {
  const session = useAppPage()
  let page: Page
  let problems: string[]
  beforeAll(() => { ({ page, problems } = session) })

  it('opens on the start screen and starts from the template', async () => {
    await page.getByRole('button', { name: 'New follow-up draft from resolution 2388 (2017)' }).waitFor()
    await snap(page, '01-start-screen')
    await startFromTemplate(page)
    expect(await editorDocument(page).locator('.ph-op').count()).toBe(35)
    const text = await renderedText(page)
    expect(text).toMatch(/12\.RequestsOP12/)
    expect(text).toMatch(/Condemning in the strongest termsPP15/)
    expect(await (await paragraph(page, 'PP15')).locator('.ph-lead').textContent()).toBe('Condemning in the strongest terms')
    expect(await page.locator('[data-status="counts"]').textContent()).toBe('24 PPs · 35 OPs · 0 subparagraphs')
    await snap(page, '02-template')
  })

  it('marks words typed inside OP4 as inserted and lists the amendment in UN wording', async () => {
    await placeCaret(page, 'OP4', 'review, amend and implement')
    await page.keyboard.type(' national')
    await waitForAmendments(page, ['In operative paragraph 4, after the words “implement”, insert “national”'])
    expect((await insertedTexts(await paragraph(page, 'OP4'))).map(t => t.trim())).toEqual(['national'])
    expect(await page.locator('[data-status="amendments"]').textContent()).toBe('1 amendment against the original text with 1 accepted amendment')
    await (await paragraph(page, 'OP4')).scrollIntoViewIfNeeded()
    await snap(page, '03-typed-in-op4')
  })

  it('shows a deleted PP struck through in place and lists its deletion', async () => {
    await placeCaret(page, 'PP5', '')
    await selectWholeParagraph(page, 'PP5')
    await page.keyboard.press('Backspace')
    await waitForAmendments(page, [
      'Delete preambular paragraph 5',
      'In operative paragraph 4, after the words “implement”, insert “national”'
    ])
    const struck = page.locator('.ph-deleted-paragraph[data-label="PP5"] del')
    expect(await struck.textContent()).toMatch(/^Recalling the United Nations Convention against Transnational Organized Crime/)
    expect(await editorDocument(page).locator('.ph-pp:not(.ph-deleted-paragraph)').count()).toBe(23)
    await struck.scrollIntoViewIfNeeded()
    await snap(page, '04-deleted-pp5')
  })

  it('switches to the clean view and back', async () => {
    await page.getByRole('button', { name: 'Redline' }).click()
    await page.locator('[data-status="view"]', { hasText: 'Clean view' }).waitFor()
    expect(await editorDocument(page).locator('.ph-deleted-paragraph').count()).toBe(0)
    expect(await insertedTexts(editorDocument(page))).toEqual([])
    await snap(page, '05-clean-view')
    await page.getByRole('button', { name: 'Redline' }).click()
    await page.locator('.ph-deleted-paragraph').first().waitFor()
  })

  it('rejects the deletion, restoring PP5, and accepts the insertion into the base', async () => {
    await page.locator('.ph-amendment', { hasText: 'Delete preambular paragraph 5' }).getByRole('button', { name: 'Reject' }).click()
    await waitForAmendments(page, ['In operative paragraph 4, after the words “implement”, insert “national”'])
    expect(await paragraphText(page, 'PP5')).toMatch(/^Recalling the United Nations Convention/)
    expect(await page.locator('.ph-deleted-paragraph').count()).toBe(0)
    await snap(page, '06-rejected-deletion')
    await page.locator('.ph-amendment').getByRole('button', { name: 'Accept' }).click()
    await waitForAmendments(page, [])
    expect(await paragraphText(page, 'OP4')).toContain('review, amend and implement national anti-trafficking')
    expect(await insertedTexts(editorDocument(page))).toEqual([])
    expect(await page.locator('[data-status="amendments"]').textContent()).toBe('0 amendments against the original text with 2 accepted amendments')
    await snap(page, '07-accepted-insertion')
  })

  it('undoes the accept with Ctrl+Z, and the amendment is back', async () => {
    await placeCaret(page, 'OP1', '')
    await page.keyboard.press('Control+z')
    await waitForAmendments(page, ['In operative paragraph 4, after the words “implement”, insert “national”'])
  })

  it('makes OP5 the (a) of OP4 with Tab, numbers it live, and lifts it back with Shift+Tab', async () => {
    await placeCaret(page, 'OP5', '')
    await page.keyboard.press('Tab')
    await editorDocument(page).locator('.ph-sub').waitFor()
    const sub = await paragraph(page, 'OP4(a)')
    expect(await sub.getAttribute('data-level')).toBe('1')
    expect(await renderedText(page)).toMatch(/\(a\)← OP5Also calls uponOP4\(a\)/)
    expect(await paragraphText(page, 'OP5')).toMatch(/^Calls upon Member States to combat/)
    expect(await page.locator('[data-status="counts"]').textContent()).toBe('24 PPs · 34 OPs · 1 subparagraph')
    await waitForAmendments(page, [
      'In operative paragraph 4, after the words “implement”, insert “national”',
      'Move operative paragraph 5 to become the first subparagraph of operative paragraph 4'
    ])
    await sub.scrollIntoViewIfNeeded()
    await snap(page, '08-tab-subparagraph')
    await page.keyboard.press('Shift+Tab')
    await editorDocument(page).locator('.ph-sub').waitFor({ state: 'detached' })
    expect(await paragraphText(page, 'OP5')).toMatch(/^Also calls upon/)
  })

  it('moves a paragraph with Alt+Down and starts a new OP with Enter', async () => {
    await placeCaret(page, 'OP7', 'Calls upon')
    await page.keyboard.press('Alt+ArrowDown')
    expect(await paragraphText(page, 'OP8')).toMatch(/^Calls upon Member States to strengthen compliance/)
    await page.keyboard.press('Alt+ArrowUp')
    await placeCaret(page, 'OP34', null)
    await page.keyboard.press('Enter')
    await page.keyboard.type('Decides to review the implementation of this resolution;')
    expect(await (await paragraph(page, 'OP35')).locator('.ph-lead').textContent()).toBe('Decides')
    expect(await renderedText(page)).toMatch(/35\.DecidesOP3536\.DecidesOP36/)
    await page.locator('.ph-amendment-text', { hasText: 'After operative paragraph 34, insert a new paragraph reading: “Decides to review the implementation of this resolution;”' }).waitFor()
    expect(await listedAmendments(page)).toHaveLength(2)
    await snap(page, '09-new-op35')
  })

  it('finds and replaces', async () => {
    await page.keyboard.press('Control+f')
    await page.getByLabel('Find', { exact: true }).fill('Member States')
    await page.locator('.ph-find-count', { hasText: /of \d+/ }).waitFor()
    const count = Number((await page.locator('.ph-find-count').textContent())!.split(' of ')[1])
    expect(count).toBeGreaterThan(20)
    expect(await editorDocument(page).locator('.ph-match').count()).toBe(count)
    await snap(page, '10-find')
    await page.getByLabel('Replace with').fill('States Members')
    await page.getByRole('button', { name: 'Replace all' }).click()
    await page.locator('.ph-find-count', { hasText: '0 of 0' }).waitFor()
    await page.getByLabel('Close find').click()
    await page.keyboard.press('Control+z')
    expect(await paragraphText(page, 'OP3')).toContain('Calls upon Member States')
  })

  it('italicizes with Ctrl+I, edits a heading field, and goes to a paragraph from the outline', async () => {
    await (await paragraph(page, 'OP3')).evaluate((element, length) => {
      const texts: Text[] = []
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text)
      const range = document.createRange()
      range.setStart(texts[0], 0)
      let rest = length
      for (const text of texts) {
        if (rest <= text.data.length) { range.setEnd(text, rest); break }
        rest -= text.data.length
      }
      window.getSelection()!.removeAllRanges()
      window.getSelection()!.addRange(range)
    }, 'Calls upon Member'.length)
    await page.waitForTimeout(50)
    await page.keyboard.press('Control+i')
    expect(await (await paragraph(page, 'OP3')).locator('.ph-lead').textContent()).toBe('Calls upon Member')
    await page.keyboard.press('Control+z')
    expect(await (await paragraph(page, 'OP3')).locator('.ph-lead').textContent()).toBe('Calls upon')

    const symbol = page.locator('.ph-heading input[name="symbol"]')
    await symbol.fill('S/2018/123')
    await symbol.press('Enter')
    await symbol.blur()
    expect(await symbol.inputValue()).toBe('S/2018/123')
    expect(await editorDocument(page).locator('header.ph-heading input[name="date"]').inputValue()).toBe(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()))

    await page.locator('.ph-outline button', { hasText: 'OP30' }).click()
    const selected = await page.evaluate(() => window.getSelection()!.anchorNode!.parentElement!.closest('p')!.textContent)
    expect(selected).toMatch(/^Calls upon Member States to cooperate with the investigative team/)
    expect(await page.locator('.ph-outline-changed .ph-outline-label').allTextContents()).toEqual(['OP4', 'OP35'])
  })

  it('accepts all amendments into the base at once', async () => {
    await page.getByRole('button', { name: 'Accept all' }).click()
    await waitForAmendments(page, [])
    expect(await page.locator('.ph-outline-changed').count()).toBe(0)
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([])
  })
})

/// Select the whole text of a paragraph.
async function selectWholeParagraph(page: Page, label: string) {
  await (await paragraph(page, label)).evaluate(element => {
    const range = document.createRange()
    range.selectNodeContents(element)
    const selection = window.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
  })
  await page.waitForTimeout(50)
}
