import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { paragraphText, placeCaret, startFromTemplate, waitForAmendments } from './support/editor'
import { waitForJournal } from './support/journal'
import { seriousViolations } from './support/axe'

describe('unsaved work survives a reload', () => {
  const session = useAppPage()
  let page: Page
  let problems: string[]
  beforeAll(() => { ({ page, problems } = session) })

  it('offers the draft back after a reload, with its text, versions and amendments', async () => {
    expect(await page.locator('section[aria-label="Recover unsaved work"]').count()).toBe(0)
    await startFromTemplate(page)
    await placeCaret(page, 'OP4', 'Further calls upon Member States')
    await page.keyboard.type(' and regional organizations')
    await page.getByRole('tab', { name: 'Versions' }).click()
    await page.getByLabel('Version name').fill('Zero draft')
    await page.getByLabel('Author').fill('Albania')
    await page.getByRole('button', { name: 'Save version' }).click()
    await page.locator('[data-version="Zero draft"]').waitFor()
    await waitForJournal(page, 'Zero draft')
    await page.reload()
    const recover = page.locator('section[aria-label="Recover unsaved work"]')
    await recover.waitFor()
    expect(await recover.textContent()).toContain('Recover “Follow-up to resolution 2388 (2017)”')
    expect(await seriousViolations(page)).toEqual([])
    await snap(page, '18-recover-offered')
    await recover.getByRole('button', { name: /^Recover/ }).click()
    await page.locator('.ph-document .ph-op').nth(34).waitFor()
    expect(await paragraphText(page, 'OP4')).toContain('Further calls upon Member States and regional organizations, where appropriate')
    await waitForAmendments(page, ['In operative paragraph 4, after the words “States”, insert “and regional organizations”'])
    expect(await page.locator('[data-status="save"]').textContent()).toBe('Unsaved changes')
    await page.getByRole('tab', { name: 'Versions' }).click()
    expect(await page.locator('[data-version="Zero draft"]').textContent()).toContain('Albania')
    await snap(page, '19-recovered')
  })

  it('lets a draft be discarded from the start screen', async () => {
    await page.getByRole('button', { name: 'Penholder' }).click()
    const recover = page.locator('section[aria-label="Recover unsaved work"]')
    await recover.getByRole('button', { name: 'Discard' }).click()
    await recover.waitFor({ state: 'detached' })
    await page.reload()
    await page.getByRole('button', { name: 'New follow-up draft from resolution 2388 (2017)' }).waitFor()
    expect(await page.locator('section[aria-label="Recover unsaved work"]').count()).toBe(0)
  })

  it('keeps the keystrokes typed just before a reload', async () => {
    await startFromTemplate(page)
    await placeCaret(page, 'OP5', 'Also calls upon Member States')
    await page.keyboard.type(' urgently')
    // The real condition, not a pause: the keystrokes are in the text. The reload follows
    // at once, before the journal's own delay, so only the page's leaving can keep them.
    await expect.poll(() => paragraphText(page, 'OP5')).toContain('States urgently')
    await page.reload()
    const recover = page.locator('section[aria-label="Recover unsaved work"]')
    await recover.waitFor()
    await recover.getByRole('button', { name: /^Recover/ }).click()
    await page.locator('.ph-document .ph-op').nth(34).waitFor()
    expect(await paragraphText(page, 'OP5')).toContain('Also calls upon Member States urgently to step up')
    expect(await page.evaluate(() => Object.keys(localStorage).filter(k => k.startsWith('penholder.rescue.')))).toEqual([])
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([])
  })
})
