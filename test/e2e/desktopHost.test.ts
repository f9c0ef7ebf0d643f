import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { editorDocument, placeCaret } from './support/editor'
import { fakeDesktopHost } from './support/desktopHost'
import { exportPlainText } from '../../shared/export'
import { docxFile } from '../../shared/import/docx'
import { serializeDocumentFile } from '../../shared/file'
import { template2388 } from '../../shared/template'
import { twoAuthorDraft } from '../support/trackedDocx'

describe('the renderer on a desktop host, driven by its menus', () => {
  const session = useAppPage(undefined, fakeDesktopHost)
  let page: Page
  let problems: string[]

  beforeAll(() => { ({ page, problems } = session) })

  const send = (event: unknown) => page.evaluate(event => (window as unknown as { __send(e: unknown): void }).__send(event), event)

  it('starts a draft from the menu and turns the last PP into the first OP', async () => {
    await send({ kind: 'command', command: 'new-from-template' })
    await editorDocument(page).locator('.ph-op').nth(34).waitFor()
    await placeCaret(page, 'PP24', 'Reaffirming')
    await send({ kind: 'command', command: 'toggle-kind' })
    await editorDocument(page).locator('.ph-op').nth(35).waitFor()
    expect(await editorDocument(page).locator('.ph-pp').count()).toBe(23)
  })

  it('switches to the clean view and saves through the host', async () => {
    await send({ kind: 'command', command: 'view-clean' })
    await page.locator('[data-status="view"]', { hasText: 'Clean view' }).waitFor()
    await send({ kind: 'command', command: 'save' })
    await page.locator('[data-status="save"]', { hasText: /^Saved$/ }).waitFor()
    const saved = await page.evaluate(() => (window as unknown as { __saved: string[] }).__saved)
    expect(saved).toHaveLength(1)
    expect(JSON.parse(saved[0])).toMatchObject({ format: 'penholder' })
    await snap(page, '21-desktop-host-saved')
  })

  it('exports Word documents from File ▸ Export, clean and with tracked changes', async () => {
    const exported = () => page.evaluate(() => (window as unknown as { __exported: Array<{ name: string, type: string, size: number, head: string }> }).__exported)
    await send({ kind: 'command', command: 'export-docx' })
    await expect.poll(async () => (await exported()).length, { timeout: 20_000 }).toBe(1)
    await send({ kind: 'command', command: 'export-docx-redline' })
    await expect.poll(async () => (await exported()).length, { timeout: 20_000 }).toBe(2)
    const [clean, tracked] = await exported()
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    expect([clean.name, clean.type, clean.head]).toEqual([expect.stringMatching(/\.docx$/), docx, 'PK'])
    expect([tracked.name, tracked.type, tracked.head]).toEqual([expect.stringMatching(/ \(tracked changes\)\.docx$/), docx, 'PK'])
    expect(clean.size).toBeGreaterThan(5000)
  })

  it('shows the notice of a text the desktop read as Windows-1252 (File ▸ Import Text)', async () => {
    const notice = 'plain.txt: not UTF-8, read as Windows-1252 (Word’s “Plain text” encoding); check accented letters and quotes'
    await send({ kind: 'import', name: 'plain.txt', text: exportPlainText(template2388()), notice })
    await page.getByRole('status').filter({ hasText: notice }).waitFor()
    await page.locator('[data-status="save"]', { hasText: /^Unsaved changes$/ }).waitFor()
    expect(await editorDocument(page).locator('.ph-op').count()).toBe(35)
  })

  it('opens a Word file the desktop read (a drop, File ▸ Open) as a new document with its notice', async () => {
    const read = docxFile(twoAuthorDraft(), 'returned.docx')
    if (!read.ok) throw new Error(read.error)
    await send({ kind: 'open', opened: { file: { id: '/drafts/returned.docx', name: 'returned.docx' }, text: serializeDocumentFile(read.file), imported: true, notice: read.notice } })
    await page.getByRole('status').filter({ hasText: /^returned\.docx: tracked changes by France, Russian Federation/ }).waitFor()
    await page.locator('[data-status="amendments"]', { hasText: /^3 amendments/ }).waitFor()
    await page.locator('[data-status="save"]', { hasText: /^Unsaved changes$/ }).waitFor()
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([])
  })
})
