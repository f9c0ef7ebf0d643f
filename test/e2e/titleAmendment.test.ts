import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { listedAmendments, startFromTemplate, waitForAmendments } from './support/editor'

/// A change of title is an amendment like a paragraph's (shared/amend/titles.ts): the
/// amendments panel lists it, marked as a title, and Reject and Accept work on it.
describe('a change of title in the amendments panel', () => {
  const session = useAppPage()
  let page: Page
  beforeAll(() => { ({ page } = session) })

  const setTitle = async (title: string) => {
    const field = page.getByRole('textbox', { name: 'Title' })
    await field.fill(title)
    await field.press('Enter')
  }

  it('lists the new title first, rejects it back to none, and accepts it into the base', async () => {
    await startFromTemplate(page)
    await setTitle('Maintenance of international peace and security')
    await waitForAmendments(page, ['Replace the title with the following: “Maintenance of international peace and security”'])
    expect(await page.locator('.ph-amendment-kind').first().textContent()).toBe('Title')
    const tabled = page.locator('.ph-document .ph-title-tabled')
    expect([await tabled.isVisible(), await tabled.textContent()]).toEqual([true, 'As tabled: no title'])
    expect(await page.getByRole('textbox', { name: 'Title' }).getAttribute('aria-describedby')).toBe(await tabled.getAttribute('id'))
    await page.locator('.ph-amendment').first().getByRole('button', { name: 'Reject' }).click()
    await waitForAmendments(page, [])
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('')
    await setTitle('Trafficking in persons in armed conflict')
    await page.locator('.ph-amendment').first().waitFor()
    await page.locator('.ph-amendment').first().getByRole('button', { name: 'Accept' }).click()
    await waitForAmendments(page, [])
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Trafficking in persons in armed conflict')
    expect(await listedAmendments(page)).toEqual([])
    expect(await tabled.isVisible()).toBe(false)
    await setTitle('Trafficking in persons in situations of armed conflict')
    await tabled.waitFor()
    expect(await tabled.textContent()).toBe('As tabled: Trafficking in persons in armed conflict')
    expect(await tabled.locator('del').textContent()).toBe('Trafficking in persons in armed conflict')
    await snap(page, 'title-changed-redline')
    await page.getByRole('button', { name: 'Redline' }).click()
    expect(await tabled.isVisible()).toBe(false)
  })
})
