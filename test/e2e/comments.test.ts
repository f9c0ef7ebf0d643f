import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { placeCaret, selectText, startFollowUp, waitForAmendments } from './support/editor'
import { seriousViolations } from './support/axe'

const card = (page: Page, n = 0) => page.locator('.ph-margin-card:not(.ph-margin-draft)').nth(n)

describe('comments on the text, in the margin', () => {
  const session = useAppPage(startFollowUp)
  let page: Page
  beforeAll(() => { ({ page } = session) })

  it('adds a comment on the words selected, with who and when', async () => {
    await selectText(page, 'OP4', 'review, ', 'review, amend and implement')
    await page.getByRole('button', { name: 'New comment' }).click()
    await page.getByLabel(/^Comment on OP4/).fill('Does “amend” cover repeal?')
    await page.getByLabel('Author', { exact: true }).fill('Albania')
    await page.getByRole('button', { name: 'Add comment' }).click()
    await card(page).waitFor()
    expect(await card(page).locator('.ph-comment-head').textContent()).toMatch(/^OP4Albania · \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d$/)
    expect(await card(page).locator('.ph-comment-quote').textContent()).toBe('“amend and implement”')
    expect(await card(page).locator('.ph-comment-text').textContent()).toBe('Does “amend” cover repeal?')
    expect(await page.locator('.ph-paper-scroll .ph-commented').allTextContents()).toEqual(['amend and implement'])
    expect(await seriousViolations(page)).toEqual([])
    await snap(page, 'comments-added')
  })

  it('edits and deletes a comment on its card', async () => {
    await card(page).getByRole('button', { name: 'Edit' }).click()
    await card(page).getByRole('textbox', { name: 'Comment', exact: true }).fill('Does “amend” cover repeal? Ask the legal adviser.')
    await card(page).getByRole('button', { name: 'Save' }).click()
    expect(await card(page).locator('.ph-comment-text').textContent()).toBe('Does “amend” cover repeal? Ask the legal adviser.')
    await placeCaret(page, 'OP5', 'Also calls upon')
    await page.getByRole('button', { name: 'New comment' }).click()
    await page.getByLabel(/^Comment on OP5/).fill('Too long.')
    await page.getByRole('button', { name: 'Add comment' }).click()
    await card(page, 1).waitFor()
    expect(await card(page, 1).locator('.ph-comment-quote').textContent()).toMatch(/^“Also calls upon Member States/)
    await card(page, 1).getByRole('button', { name: 'Delete' }).click()
    expect(await page.locator('.ph-margin-card').count()).toBe(1)
  })

  it('keeps a comment on its words through typing before them, accept and reject, and goes to its words', async () => {
    await placeCaret(page, 'OP4', 'Further calls upon')
    await page.keyboard.type(' urgently')
    // The panels and the margin have followed the text once its amendment is listed.
    await page.locator('.ph-amendment', { hasText: 'urgently' }).waitFor()
    expect(await card(page).locator('.ph-comment-quote').textContent()).toBe('“amend and implement”')
    await placeCaret(page, 'OP4', 'review, amend and implement')
    await page.keyboard.type(' national')
    await page.locator('.ph-amendment', { hasText: 'operative paragraph 4' }).getByRole('button', { name: 'Reject' }).click()
    await page.locator('.ph-amendment', { hasText: 'preambular paragraph 1' }).getByRole('button', { name: 'Accept' }).click()
    await waitForAmendments(page, [])
    expect(await card(page).locator('.ph-comment-quote').textContent()).toBe('“amend and implement”')
    expect(await page.locator('.ph-paper-scroll .ph-commented').allTextContents()).toEqual(['amend and implement'])
    await card(page).getByRole('button', { name: 'OP4' }).click()
    expect(await page.evaluate(() => window.getSelection()!.toString())).toBe('amend and implement')
  })
})
