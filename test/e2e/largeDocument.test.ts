import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { serializeDocumentFile } from '../../shared/file'
import { draftWithVersions } from '../support/manyVersions'
import { workerOpenCharacters } from '../../renderer/document/openSession'
import { useAppPage } from './support/browser'
import { paragraphText } from './support/editor'

describe('a document of many versions', () => {
  const session = useAppPage(undefined, 'delete window.showOpenFilePicker; delete window.showSaveFilePicker')
  let page: Page
  let problems: string[]
  const folder = mkdtempSync(join(tmpdir(), 'penholder-e2e-'))
  const path = join(folder, 'Trafficking.penholder')
  // 3.7 MB: read in the import worker and rebuilt on the page in slices (`openSession`),
  // as the largest document the limits allow is (test/reliability/mainThread.ts).
  const text = serializeDocumentFile(draftWithVersions(60))
  beforeAll(() => { ({ page, problems } = session); writeFileSync(path, text) })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('opens through the import worker with all its versions, and again from the recent files', async () => {
    expect(text.length).toBeGreaterThan(workerOpenCharacters)
    for (const again of [false, true]) {
      if (again) {
        await page.getByRole('button', { name: 'Penholder' }).click()
        await page.locator('section[aria-label="Recent files"] li').first().getByRole('button').click()
      } else {
        const chooser = page.waitForEvent('filechooser')
        await page.getByRole('button', { name: 'Open a file…' }).click()
        await (await chooser).setFiles(path)
      }
      await page.locator('.ph-document .ph-op').nth(34).waitFor()
      expect(await paragraphText(page, 'OP35')).toMatch(/^Decides to remain actively seized/)
      await page.getByRole('tab', { name: 'Versions' }).click()
      // The last version listed first, so that the count is of the list once drawn.
      await page.locator('.ph-version-list li[data-version="Rev.60"]').waitFor()
      expect(await page.locator('.ph-version-list li').count()).toBe(60)
      await page.getByRole('tab', { name: 'Amendments' }).click()
    }
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([])
  })
})
