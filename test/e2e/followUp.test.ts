import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { importResolution } from '../../shared/import'
import { createDocumentFile, serializeDocumentFile } from '../../shared/file'
import { snap, useAppPage } from './support/browser'
import { editorDocument, insertedTexts, paragraphText, startFollowUp, waitForAmendments } from './support/editor'

const heading = (page: Page, name: string) => editorDocument(page).locator(`header.ph-heading [name="${name}"]`)
const today = () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date())

/// A follow-up draft is a draft: the web edition without the File System Access API, so
/// what it would save and export comes as downloads whose names the test reads.
describe('a follow-up draft of resolution 2388 (2017)', () => {
  const session = useAppPage(startFollowUp, 'delete window.showOpenFilePicker; delete window.showSaveFilePicker')
  let page: Page
  beforeAll(() => { ({ page } = session) })

  it('has a draft’s heading: a symbol to come, today’s date in UN form, no meeting, a draft resolution’s status', async () => {
    expect(await heading(page, 'symbol').inputValue()).toBe(`S/${new Date().getFullYear()}/…`)
    expect(await heading(page, 'date').inputValue()).toBe(today())
    expect(await heading(page, 'meeting').inputValue()).toBe('')
    expect(await heading(page, 'sponsors').inputValue()).toBe('')
    expect(await heading(page, 'distribution').inputValue()).toBe('Provisional')
    expect(await editorDocument(page).locator('header.ph-heading .ph-heading-status').textContent()).toBe('Draft resolution')
  })

  it('recalls 2388 in PP1, shown as its amendment against the adopted text', async () => {
    expect((await paragraphText(page, 'PP1')).replace(/\u00a0/g, ' ')).toBe('Recalling presidential statement 2015/25, resolutions 2331 (2016) and 2388 (2017),')
    // Worded as one replacement of the citation; the redline still marks each change.
    await waitForAmendments(page, ['In preambular paragraph 1, replace the words “resolution\u00a02331 (2016)” with “resolutions\u00a02331 (2016) and 2388 (2017)”'])
    expect(await insertedTexts(editorDocument(page).locator('.ph-pp').first())).toEqual(['s', ' and 2388 (2017)'])
    expect(await editorDocument(page).locator('.ph-pp').first().locator('.ph-del').count()).toBe(0)
    expect((await paragraphText(page, 'OP35'))).toBe('Decides to remain actively seized of this matter.')
    await snap(page, 'follow-up-draft')
  })

  it('wraps a long list of sponsors instead of cutting it', async () => {
    const sponsors = heading(page, 'sponsors')
    const oneLine = await sponsors.evaluate(e => e.getBoundingClientRect().height)
    await sponsors.fill('Albania, Belgium, Bulgaria, Croatia, Cyprus, Czechia, Denmark, Estonia, Finland, France, Germany, Greece, Ireland, Italy, Latvia, Lithuania, Luxembourg, Malta, Netherlands (Kingdom of the), Poland, Portugal, Romania, Slovakia, Slovenia, Spain, Sweden, United Kingdom of Great Britain and Northern Ireland and United States of America')
    await sponsors.blur()
    const box = await sponsors.evaluate(e => ({ height: e.getBoundingClientRect().height, scroll: e.scrollHeight, client: e.clientHeight, width: e.scrollWidth - e.clientWidth }))
    expect(box.height).toBeGreaterThan(oneLine * 2)
    expect(box.scroll).toBeLessThanOrEqual(box.client + 1)
    expect(box.width).toBe(0)
  })

  it('takes its name from the title once typed: the window, the file saved, the export', async () => {
    expect(await page.title()).toBe('Follow-up to resolution 2388 (2017) – Penholder')
    const title = heading(page, 'title')
    await title.fill('Trafficking in persons in armed conflict')
    await title.blur()
    await page.locator('h1.ph-title', { hasText: 'Trafficking in persons in armed conflict' }).waitFor()
    expect(await page.title()).toBe('Trafficking in persons in armed conflict – Penholder')
    const saved = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    expect((await saved).suggestedFilename()).toBe('Trafficking in persons in armed conflict.penholder')
    const exported = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export text' }).click()
    expect((await exported).suggestedFilename()).toBe('Trafficking in persons in armed conflict.txt')
  })

  it('refuses to follow up a draft, saying why', async () => {
    await page.getByRole('button', { name: 'Follow up' }).click()
    expect(await page.getByRole('alert').textContent()).toMatch(/No follow-up draft: the text is not an adopted resolution \(symbol “S\/\d{4}\/…”/)
    await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click()
  })

  it('follows up any adopted resolution opened: General Assembly resolution 80/1', async () => {
    await page.getByRole('button', { name: 'Penholder' }).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open a file…' }).click()
    // As `penholder import` writes it from the UN's PDF, then opened in the web edition.
    const text = readFileSync(new URL('../corpus/ga-80-1-pdf-extraction.txt', import.meta.url), 'utf8')
    const imported = importResolution(text)
    if (!imported.ok) throw new Error(imported.error)
    const file = serializeDocumentFile(createDocumentFile(imported.doc, { title: 'A/RES/80/1' }))
    await (await chooser).setFiles({ name: 'A_RES_80_1.penholder', mimeType: 'application/json', buffer: Buffer.from(file) })
    await editorDocument(page).locator('.ph-op').first().waitFor()
    expect(await editorDocument(page).locator('header.ph-heading .ph-heading-status').textContent()).toBe('Adopted resolution')
    await page.getByRole('button', { name: 'Follow up' }).click()
    // A General Assembly draft keeps the title of the resolution it follows up.
    await page.locator('h1.ph-title', { hasText: 'Participation by the State of Palestine during the eightieth session' }).waitFor()
    await editorDocument(page).locator('.ph-pp').first().waitFor()
    expect(await paragraphText(page, 'PP1')).toBe('Recalling its resolution 80/1 of 19 September 2025,')
    expect(await heading(page, 'symbol').inputValue()).toBe('A/…/L.…')
    await waitForAmendments(page, ['Insert, as the first preambular paragraph, a new paragraph reading: “Recalling its resolution 80/1 of 19 September 2025,”'])
  })
})
