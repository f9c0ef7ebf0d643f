import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { strToU8 } from 'fflate'
import { exportDocx } from '../../shared/export/docx'
import { template2388 } from '../../shared/template'
import { handMadeDocx, p, r } from '../unit/shared/import/docx/handMadeDocx'
import { twoAuthorDraft } from '../support/trackedDocx'
import { snap, useAppPage } from './support/browser'
import { editorDocument, listedAmendments, paragraphText, waitForAmendments } from './support/editor'

/// Drop a file on an element of the page as a file manager does: a drop event whose
/// DataTransfer holds the File (`types` includes `Files`).
async function dropFile(page: Page, selector: string, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(({ selector, name, data }) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([new Uint8Array(data)], name))
    const target = document.querySelector(selector)!
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
  }, { selector, name, data: Array.from(bytes) })
}

/// Word files opened in the web edition (issue 13, “Drafts read from .docx”): by File ▸
/// Open's file input and by a drop on the window, read in the import worker.
describe('opening a Word file', () => {
  const session = useAppPage(undefined, 'delete window.showOpenFilePicker; delete window.showSaveFilePicker')
  let page: Page
  const folder = mkdtempSync(join(tmpdir(), 'penholder-docx-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))
  beforeAll(() => { page = session.page })

  const pick = async (path: string) => {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open a file…' }).click()
    await (await chooser).setFiles(path)
  }

  it('opens 2388 as exported to Word by the file input, as a new unsaved document', async () => {
    const path = join(folder, 'S-RES-2388 (2017).docx')
    writeFileSync(path, await exportDocx(template2388()))
    await pick(path)
    await editorDocument(page).locator('.ph-op').nth(34).waitFor()
    expect(await editorDocument(page).locator('.ph-op').count()).toBe(35)
    expect(await paragraphText(page, 'OP35')).toBe('Decides to remain actively seized of this matter.')
    expect(await listedAmendments(page)).toEqual([])
    await page.locator('[data-status="save"]', { hasText: /^Unsaved changes$/ }).waitFor()
    await snap(page, 'open-docx-2388')
  })

  it('opens a copy with tracked changes by two authors, dropped on the text, as a comparison with each change attributed', async () => {
    await dropFile(page, '.ph-paper-scroll .ph-document', 'returned.docx', twoAuthorDraft())
    await page.getByRole('status').filter({ hasText: 'returned.docx: tracked changes by France, Russian Federation' }).waitFor()
    await waitForAmendments(page, [
      'In operative paragraph 1, at the end of the paragraph, add “without delay”',
      'In operative paragraph 2, delete the words “every year”',
      'Delete operative paragraph 3'
    ])
    expect(await paragraphText(page, 'OP1')).toBe('Calls upon Member States to act without delay;')
    // Ghana's comment, in the comment margin (or the Comments tab where the editor has one).
    await page.getByText('Which one?').or(page.getByRole('tab', { name: 'Comments (1)' })).first().waitFor()
    await snap(page, 'open-docx-tracked')
    await page.getByRole('tab', { name: 'Versions' }).click()
    await page.getByText('Russian Federation', { exact: true }).first().waitFor()
    await expect(page.getByText('France', { exact: true }).count()).resolves.toBeGreaterThan(0)
    await snap(page, 'open-docx-tracked-versions')
    await page.getByRole('tab', { name: 'Amendments' }).click()
  })

  it.each([
    ['damaged.docx', () => twoAuthorDraft().slice(0, 200), /^damaged\.docx: is a damaged \.docx/],
    ['encrypted.docx', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /^encrypted\.docx: is encrypted or an old \.doc \(an OLE compound file, not a \.docx zip\)/],
    ['letter.docx', () => handMadeDocx(p(r('Dear colleagues,')) + p(r('Please find the draft attached.'))), /^letter\.docx: not a resolution: /],
    ['notes.docx', () => strToU8('The Security Council,\n'), /^notes\.docx: is not a \.docx \(not a zip file\)$/]
  ])('refuses %s, dropped or picked, in one line, and the open document is untouched', async (name, bytes, message) => {
    const before = await paragraphText(page, 'OP1')
    await dropFile(page, '.ph-paper-scroll .ph-document', name, bytes())
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.locator('.ph-notice-text').textContent()).toMatch(message)
    await alert.getByRole('button', { name: 'Dismiss' }).click()
    expect(await paragraphText(page, 'OP1')).toBe(before)
    expect(await listedAmendments(page)).toHaveLength(3)
  })

  it('refuses a damaged .docx picked from the start screen with the file named', async () => {
    await page.getByRole('button', { name: 'Penholder' }).click()
    const path = join(folder, 'broken.docx')
    writeFileSync(path, twoAuthorDraft().slice(0, 300))
    await pick(path)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.locator('.ph-notice-text').textContent()).toMatch(/^broken\.docx: is a damaged \.docx/)
    await snap(page, 'open-docx-refused')
  })
})
