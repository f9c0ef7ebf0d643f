import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { paragraph, placeCaret, startFromTemplate, waitForAmendments } from './support/editor'

describe('versions: save one, compare it, make it the base', () => {
  const session = useAppPage(startFromTemplate)
  let page: Page
  let problems: string[]
  beforeAll(() => { ({ page, problems } = session) })

  it('shows the base’s whole name in the “Compared with” box, at 1440 and at 1024 px', async () => {
    /// How much of the chosen name the box cuts off, in CSS pixels (its arrow and padding
    /// allowed for).
    const cut = () => page.getByLabel('Base').evaluate(select => {
      const s = select as HTMLSelectElement, style = getComputedStyle(s)
      const context = document.createElement('canvas').getContext('2d')!
      context.font = `${style.fontSize} ${style.fontFamily}`
      return context.measureText(s.selectedOptions[0].text).width + 24 - s.clientWidth
    })
    expect(await page.getByLabel('Base').evaluate(s => (s as HTMLSelectElement).selectedOptions[0].text)).toBe('the original text with 1 accepted amendment')
    for (const [width, height] of [[1440, 900], [1024, 700]]) {
      await page.setViewportSize({ width, height })
      expect(await cut(), `${width} px`).toBeLessThanOrEqual(0)
    }
    await snap(page, 'base-name-whole-1024x700')
    await page.setViewportSize({ width: 1500, height: 950 })
  })

  it('saves a named version with its author', async () => {
    await placeCaret(page, 'OP2', 'Urges')
    await page.keyboard.type(' strongly')
    await page.getByRole('tab', { name: 'Versions' }).click()
    await page.getByLabel('Version name').fill('Rev.1')
    await page.getByLabel('Author').fill('Penholder delegation')
    await page.getByRole('button', { name: 'Save version' }).click()
    const saved = page.locator('.ph-version-list li[data-version="Rev.1"]')
    await saved.waitFor()
    expect(await saved.textContent()).toContain('Penholder delegation')
    await snap(page, '11-version-saved')
  })

  it('refuses a second version of the same name, saying why', async () => {
    await page.getByLabel('Version name').fill('rev.1')
    await page.getByRole('button', { name: 'Save version' }).click()
    expect(await page.locator('.ph-versions .ph-error').textContent()).toBe('a version named "Rev.1" already exists')
  })

  it('compares the version with the current text, inline and side by side', async () => {
    await placeCaret(page, 'OP3', 'Calls upon Member States')
    await page.keyboard.type(' and regional organizations')
    await page.getByRole('tab', { name: 'Versions' }).click()
    await page.locator('.ph-version-list li[data-version="Rev.1"]').getByRole('button', { name: 'Compare with current' }).click()
    const dialog = page.getByRole('dialog', { name: 'Comparison' })
    await dialog.locator('.ph-document .ph-ins').waitFor()
    const compared = dialog.locator('.ph-document')
    expect(await (await paragraph(compared, 'OP3')).locator('.ph-ins').textContent()).toMatch(/and regional organizations/)
    expect(await dialog.locator('h2').textContent()).toMatch(/^Rev\.1 \(Penholder delegation, \d+ \w+ \d{4}, \d\d:\d\d\) → Current text$/)
    expect(await dialog.locator('.ph-compare-amendments li').allTextContents()).toEqual([
      'In operative paragraph 3, after the words “upon Member States”, insert “and regional organizations”'
    ])
    expect(await dialog.locator('.ph-document[contenteditable="false"]').count()).toBe(1)
    await (await paragraph(compared, 'OP3')).scrollIntoViewIfNeeded()
    await snap(page, '12-compare-inline')
    await dialog.getByRole('button', { name: 'Close' }).click()

    await page.getByLabel('Compare from').selectOption({ label: 'Base' })
    await page.getByLabel('Compare to').selectOption({ label: 'Rev.1' })
    await page.getByLabel('Compare view').selectOption('side-by-side')
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    await dialog.locator('.ph-compare-pane').nth(1).locator('.ph-ins').waitFor()
    const right = dialog.locator('.ph-compare-pane').nth(1).locator('.ph-document')
    expect(await (await paragraph(right, 'OP2')).locator('.ph-ins').textContent()).toMatch(/strongly/)
    expect(await dialog.locator('.ph-compare-pane h3').allTextContents()).toEqual(['Base', expect.stringMatching(/^Rev\.1 \(Penholder delegation, /)])
    expect(await dialog.locator('.ph-compare-pane').nth(0).locator('.ph-del').count()).toBe(0)
    await (await paragraph(right, 'OP2')).scrollIntoViewIfNeeded()
    await snap(page, '13-compare-side-by-side')
    await dialog.getByRole('button', { name: 'Close' }).click()
  })

  it('makes the version the base: only what changed since Rev.1 is an amendment', async () => {
    await page.locator('.ph-version-list li[data-version="Rev.1"]').getByRole('button', { name: 'Use as base' }).click()
    await page.getByRole('tab', { name: 'Amendments' }).click()
    await waitForAmendments(page, ['In operative paragraph 3, after the words “upon Member States”, insert “and regional organizations”'])
    expect(await page.locator('[data-status="amendments"]').textContent()).toBe('1 amendment against version “Rev.1”')
    // Saving the version kept the base the editor had: the text with the recall of 2388
    // accepted, and named so.
    await page.getByLabel('Base').selectOption({ label: 'the original text with 1 accepted amendment' })
    await waitForAmendments(page, [
      'In operative paragraph 2, after the words “Urges”, insert “strongly”',
      'In operative paragraph 3, after the words “upon Member States”, insert “and regional organizations”'
    ])
    await snap(page, '14-base-original')
  })

  it('names a version made base, with the amendments accepted into it since', async () => {
    await page.getByLabel('Base').selectOption({ label: 'version “Rev.1”' })
    await waitForAmendments(page, ['In operative paragraph 3, after the words “upon Member States”, insert “and regional organizations”'])
    await page.locator('.ph-amendment').first().getByRole('button', { name: 'Accept' }).click()
    await waitForAmendments(page, [])
    expect(await page.locator('[data-status="amendments"]').textContent()).toBe('0 amendments against version “Rev.1” with 1 accepted amendment')
    expect(await page.getByLabel('Base').evaluate(s => (s as HTMLSelectElement).selectedOptions[0].text)).toBe('version “Rev.1” with 1 accepted amendment')
  })

  it('lists a version made base, and saved so, once among the bases to compare with', async () => {
    await page.getByLabel('Base').selectOption({ label: 'version “Rev.1”' })
    await waitForAmendments(page, ['In operative paragraph 3, after the words “upon Member States”, insert “and regional organizations”'])
    await page.getByRole('tab', { name: 'Versions' }).click()
    await page.getByLabel('Version name').fill('Rev.2')
    await page.getByRole('button', { name: 'Save version' }).click()
    await page.locator('.ph-version-list li[data-version="Rev.2"]').waitFor()
    await page.getByRole('tab', { name: 'Amendments' }).click()
    const base = page.getByLabel('Base')
    expect(await base.evaluate(s => [...(s as HTMLSelectElement).options].map(o => o.text))).toEqual(['version “Rev.1”', 'version “Rev.2”'])
    expect(await base.evaluate(s => (s as HTMLSelectElement).selectedOptions[0].text)).toBe('version “Rev.1”')
  })

  it('renames a version, refusing a name taken, and deletes the base’s version, which the base still names', async () => {
    await page.getByRole('tab', { name: 'Versions' }).click()
    const rev2 = page.locator('.ph-version-list li[data-version="Rev.2"]')
    await rev2.getByRole('button', { name: 'Rename…' }).click()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('rev.1')
    await page.keyboard.press('Enter')
    expect(await rev2.getByRole('alert').textContent()).toBe('a version named "Rev.1" already exists')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('Rev.2 (Ghana)')
    await page.keyboard.press('Enter')
    await page.locator('.ph-version-list li[data-version="Rev.2 (Ghana)"]').waitFor()
    const rev1 = page.locator('.ph-version-list li[data-version="Rev.1"]')
    await rev1.getByRole('button', { name: 'Delete…' }).click()
    await snap(page, 'version-delete-asked')
    await rev1.getByRole('group', { name: 'Delete version “Rev.1”?' }).getByRole('button', { name: 'Delete', exact: true }).click()
    await rev1.waitFor({ state: 'detached' })
    expect(await page.locator('.ph-version-list li').evaluateAll(items => items.map(i => i.getAttribute('data-version')))).toEqual(['Rev.2 (Ghana)'])
    await page.getByRole('tab', { name: 'Amendments' }).click()
    await waitForAmendments(page, ['In operative paragraph 3, after the words “upon Member States”, insert “and regional organizations”'])
    expect(await page.getByLabel('Base').evaluate(s => (s as HTMLSelectElement).selectedOptions[0].text)).toBe('deleted version “Rev.1”')
    expect(await page.locator('[data-status="amendments"]').textContent()).toBe('1 amendment against deleted version “Rev.1”')
    await page.locator('[data-status="save"]', { hasText: 'Unsaved changes' }).waitFor()
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([])
  })
})
