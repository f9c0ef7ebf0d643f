import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { editorDocument, listedAmendments, paragraph, paragraphText, startFromTemplate, waitForAmendments } from './support/editor'
import { seriousViolations } from './support/axe'

/// The official-style list of test/corpus/amendments/own (twenty amendments to 2388 as the
/// draft S/2017/983), with one slip of the kind issued documents have: amendment 9 quotes
/// “a multi-dimensional strategy” where the text reads “a multi-dimensional approach”.
/// Pasted onto 2388 as the template has it, whose operative paragraph 13 has no
/// subparagraphs, amendments 14 and 15 name what the text lacks.
const list = readFileSync(new URL('../corpus/amendments/own/official-en.txt', import.meta.url), 'utf8')
  .replace('“a multi-dimensional approach”', '“a multi-dimensional strategy”')

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Apply amendments to the text as tabled' })
const field = (page: Page) => dialog(page).getByLabel('Amendments, as the UN words them (English or French, either register)')
const inDialog = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('dialog'))

describe('Apply amendments…', () => {
  const session = useAppPage(startFromTemplate)
  let page: Page
  let problems: string[]
  let tabled: string[]
  beforeAll(async () => {
    ({ page, problems } = session)
    tabled = await Promise.all(['PP20', 'OP3', 'OP5'].map(label => paragraphText(page, label)))
  })

  it('reads a pasted list: each amendment with what it does, the ones left out with their numbers, the near-miss with the closest text', async () => {
    await page.getByRole('button', { name: 'Apply amendments…' }).click()
    await dialog(page).waitFor()
    expect(await inDialog(page)).toBe(true)
    await field(page).fill(list)
    await dialog(page).getByText('20 amendments read, 2 left out, 1 near-miss').waitFor()
    const items = await dialog(page).getByRole('list', { name: 'Amendments read' }).getByRole('listitem').allTextContents()
    expect(items).toHaveLength(20)
    expect(items[4]).toBe('5. In operative paragraph 4, replace the existing text after the words “related legislation” by the following: “to ensure that all forms of trafficking in persons are addressed;”')
    expect(items[13]).toBe('14. Left out (line 31): names operative paragraph 13 (c), which the text as tabled lacks')
    expect(items[14]).toMatch(/^15\. Left out \(line 33\): names operative paragraph 13 \(a\)/)
    expect(await dialog(page).getByRole('region', { name: 'Words not found exactly' }).textContent()).toContain('Amendment 9: “a multi-dimensional strategy” is not in operative paragraph 8 as written; closest: “a multi-dimensional approach”')
    expect(await dialog(page).getByRole('button', { name: 'Apply 17 amendments' }).isEnabled()).toBe(true)
    await dialog(page).getByRole('checkbox', { name: 'Use the closest text found for these words' }).check()
    await dialog(page).getByRole('button', { name: 'Apply 18 amendments' }).waitFor()
    await snap(page, 'apply-amendments-dialog')
    expect(await seriousViolations(page)).toEqual([])
  })

  it('keeps the keyboard in the dialog, and Escape closes it changing nothing', async () => {
    await field(page).focus()
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab')
      expect(await inDialog(page)).toBe(true)
    }
    await page.keyboard.press('Escape')
    await dialog(page).waitFor({ state: 'detached' })
    expect(await listedAmendments(page)).toEqual([])
    expect(await Promise.all(['PP20', 'OP3', 'OP5'].map(label => paragraphText(page, label)))).toEqual(tabled)
  })

  it('applies them to the text as tabled: the redline and the amendments panel show them', async () => {
    await page.getByRole('button', { name: 'Apply amendments…' }).click()
    await field(page).fill(list)
    await dialog(page).getByRole('checkbox', { name: 'Use the closest text found for these words' }).check()
    await dialog(page).getByRole('button', { name: 'Apply 18 amendments' }).click()
    await dialog(page).waitFor({ state: 'detached' })
    await page.locator('.ph-amendment').first().waitFor()
    const listed = await listedAmendments(page)
    expect(listed).toContain('In operative paragraph 5, replace the words “step up” with “redouble”')
    expect(listed).toContain('In operative paragraph 8, replace the words “a multi-dimensional” with “an integrated”; and after the words “and”, insert “teacher”')
    expect(listed).toContain('Delete preambular paragraph 20')
    expect(listed).toContain('Move operative paragraph 9 to follow operative paragraph 11')
    expect(await editorDocument(page).locator('.ph-deleted-paragraph').count()).toBe(2)
    expect(await editorDocument(page).locator('.ph-deleted-paragraph[data-label="OP3"]').count()).toBe(1)
    expect(await editorDocument(page).locator('.ph-mark-moved').count()).toBe(2)
    await editorDocument(page).locator('.ph-deleted-paragraph[data-label="OP3"]').evaluate(element => element.scrollIntoView({ block: 'start' }))
    await snap(page, 'apply-amendments-redline')
  })

  it('takes the whole list back with one Ctrl+Z', async () => {
    await page.keyboard.press('Control+z')
    await page.locator('.ph-amendment').first().waitFor({ state: 'detached' })
    expect(await editorDocument(page).locator('.ph-deleted-paragraph').count()).toBe(0)
    expect(await Promise.all(['PP20', 'OP3', 'OP5'].map(label => paragraphText(page, label)))).toEqual(tabled)
  })

  it('a paragraph set out again with subparagraphs it lacked is one amendment in the panel, set out the same way, and accepting it clears it', async () => {
    const lead = 'Calls upon Member States to enhance the capabilities of professionals interacting with persons forcibly displaced by armed conflict, including refugees, to identify victims or persons vulnerable to trafficking, in particular:'
    await page.getByRole('button', { name: 'Apply amendments…' }).click()
    await field(page).fill(`1. Paragraph 13 should read:\n\n    ${lead}\n\n    (a) Law enforcement and border control officials;\n\n    (b) Criminal justice systems personnel;\n`)
    await dialog(page).getByRole('button', { name: 'Apply 1 amendment' }).click()
    await dialog(page).waitFor({ state: 'detached' })
    await waitForAmendments(page, [`Replace operative paragraph 13 with the following: “${lead}\n(a) Law enforcement and border control officials;\n(b) Criminal justice systems personnel;”`])
    expect(await paragraphText(page, 'OP13(b)')).toBe('Criminal justice systems personnel;')
    // Shown as set out: each subparagraph on a line of its own (innerText follows the layout).
    expect(await page.locator('.ph-amendment-text').innerText()).toContain('in particular:\n(a) Law enforcement and border control officials;\n(b) Criminal')
    await (await paragraph(page, 'OP13')).evaluate(element => element.scrollIntoView({ block: 'start' }))
    await snap(page, 'apply-amendments-set-out')
    await page.locator('.ph-amendment').getByRole('button', { name: 'Accept' }).click()
    await page.locator('.ph-amendment').first().waitFor({ state: 'detached' })
    expect([await paragraphText(page, 'OP13'), await paragraphText(page, 'OP13(a)')]).toEqual([lead, 'Law enforcement and border control officials;'])
    await page.keyboard.press('Control+z')
    await page.keyboard.press('Control+z')
    await page.locator('.ph-amendment').first().waitFor({ state: 'detached' })
    expect(await Promise.all(['PP20', 'OP3', 'OP5'].map(label => paragraphText(page, label)))).toEqual(tabled)
  })

  it('reads a list opened from a text file: the French one of the corpus, lettered a), b) …', async () => {
    await page.getByRole('button', { name: 'Apply amendments…' }).click()
    await dialog(page).getByLabel('Or open a text file:').setInputFiles(new URL('../corpus/amendments/own/official-fr.txt', import.meta.url).pathname)
    await dialog(page).getByText('20 amendments read, 2 left out').waitFor()
    expect(await field(page).inputValue()).toMatch(/^États-Unis d’Amérique : amendements au projet de résolution S\/2017\/983\n/)
    await dialog(page).getByRole('button', { name: 'Cancel' }).click()
    await dialog(page).waitFor({ state: 'detached' })
    expect(await listedAmendments(page)).toEqual([])
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([])
  })
})
