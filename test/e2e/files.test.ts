import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { paragraphText, placeCaret, startFromTemplate, waitForAmendments } from './support/editor'

/// Open and save in a browser without the File System Access API (Firefox, Safari): the
/// web edition downloads what it saves and uploads what it opens, and remembers a copy
/// of each file for the recent list. Chromium has the API, so the test takes it away.
describe('files in a browser without the File System Access API', () => {
  const session = useAppPage(undefined, 'delete window.showOpenFilePicker; delete window.showSaveFilePicker')
  let page: Page
  let problems: string[]
  const folder = mkdtempSync(join(tmpdir(), 'penholder-e2e-'))

  beforeAll(() => { ({ page, problems } = session) })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('saves a draft as a download of a valid document file', async () => {
    await startFromTemplate(page)
    await placeCaret(page, 'OP2', 'Urges')
    await page.keyboard.type(' strongly')
    const download = page.waitForEvent('download')
    await page.keyboard.press('Control+s')
    const file = await download
    expect(file.suggestedFilename()).toBe('Follow-up to resolution 2388 (2017).penholder')
    const path = join(folder, file.suggestedFilename())
    await file.saveAs(path)
    const saved = JSON.parse(readFileSync(path, 'utf8'))
    expect(saved.format).toBe('penholder')
    expect([saved.baseVersion, saved.baseAccepted]).toEqual([null, 1])
    expect(JSON.stringify(saved.current)).toContain(' strongly Members States to consider')
    await page.locator('[data-status="save"]', { hasText: /^Saved$/ }).waitFor()
  })

  it('opens it again by upload, and from the recent files', async () => {
    await page.getByRole('button', { name: 'Penholder' }).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open a file…' }).click()
    await (await chooser).setFiles(join(folder, 'Follow-up to resolution 2388 (2017).penholder'))
    await page.locator('.ph-document .ph-op').nth(34).waitFor()
    expect(await paragraphText(page, 'OP2')).toMatch(/^Urges strongly Members States/)
    await waitForAmendments(page, ['In operative paragraph 2, after the words “Urges”, insert “strongly”'])
    // The recall of 2388 was accepted before the save: the base is no longer the text
    // the draft was made from, and says so after reopening (issue 14).
    expect(await page.locator('[data-status="amendments"]').textContent()).toBe('1 amendment against the original text with 1 accepted amendment')
    expect(await page.getByLabel('Base').evaluate(s => (s as HTMLSelectElement).selectedOptions[0].text)).toBe('the original text with 1 accepted amendment')
    await page.getByRole('button', { name: 'Penholder' }).click()
    const recent = page.locator('section[aria-label="Recent files"] li')
    await recent.first().waitFor()
    expect(await recent.count()).toBe(2)
    await snap(page, '22-recent-files')
    await recent.first().getByRole('button').click()
    await page.locator('.ph-document .ph-op').nth(34).waitFor()
    expect(await paragraphText(page, 'OP2')).toMatch(/^Urges strongly/)
  })

  it('says why a file that is not a Penholder document cannot be opened', async () => {
    await page.getByRole('button', { name: 'Penholder' }).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open a file…' }).click()
    await (await chooser).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "penholder", "version": 2,') })
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/^notes\.json: line 1, column \d+: invalid JSON/)
    await snap(page, '23-open-refused')
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([])
  })
})
