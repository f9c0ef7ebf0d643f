import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useAppPage } from './support/browser'
import { placeCaret, selectText, startFromTemplate } from './support/editor'
import { exportedWord } from './support/exports'

describe('Word files from the editor', () => {
  const session = useAppPage(startFromTemplate, 'delete window.showOpenFilePicker; delete window.showSaveFilePicker')
  let page: Page
  beforeAll(async () => {
    ({ page } = session)
    await placeCaret(page, 'OP4', 'review, amend and implement')
    await page.keyboard.type(' national')
  })

  it('exports the text as a Word document with real numbering and the italic opening phrases', async () => {
    const { name, parts } = await exportedWord(page, 'Export Word')
    expect(name).toMatch(/\.docx$/)
    const body = parts['word/document.xml']
    expect(parts['word/numbering.xml']).toContain('<w:lvlText w:val="%1."/>')
    expect((body.match(/<w:numPr>/g) ?? []).length).toBe(35)
    expect(body).toContain('implement national')
    expect(body).not.toContain('<w:ins ')
    const italic = [...body.matchAll(/<w:r><w:rPr><w:i\/>.*?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)].map(m => m[1])
    expect(italic.slice(0, 3)).toEqual(['Recalling', 'Taking note', 'Recalling'])
  })

  it('exports the amendments as tracked changes against the base', async () => {
    const { name, parts } = await exportedWord(page, 'Export tracked changes')
    expect(name).toMatch(/ \(tracked changes\)\.docx$/)
    const body = parts['word/document.xml']
    const insertions = [...body.matchAll(/<w:ins [^>]*>(.*?)<\/w:ins>/gs)].map(m => m[1].replace(/<[^>]+>/g, ''))
    expect(insertions.map(text => text.trim())).toContain('national')
    expect(body.match(/<w:ins [^>]*w:author="[^"]+"/)).not.toBeNull()
  })

  it('takes a comment made in the margin to Word and back: who, the words, the text', async () => {
    await selectText(page, 'OP7', 'strengthen ', 'strengthen compliance with international')
    await page.keyboard.press('Control+Alt+KeyM')
    await page.getByLabel('Author', { exact: true }).fill('Albania')
    await page.getByRole('textbox', { name: /^Comment on OP7/ }).fill('FATF wording?')
    await page.keyboard.press('Control+Enter')
    await page.locator('.ph-margin-draft').waitFor({ state: 'detached' })
    const { bytes, parts } = await exportedWord(page, 'Export Word')
    const comments = parts['word/comments.xml']
    expect(comments).toMatch(/<w:comment [^>]*w:author="Albania"/)
    expect(comments).toContain('FATF wording?')
    await page.getByRole('button', { name: 'Penholder' }).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open a file…' }).click()
    await (await chooser).setFiles({ name: 'exported.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: bytes })
    const card = page.locator('.ph-margin-card:not(.ph-margin-draft)', { hasText: 'FATF wording?' })
    await card.waitFor()
    expect(await card.locator('.ph-comment-head').textContent()).toMatch(/^OP7Albania · /)
    expect(await card.locator('.ph-comment-quote').textContent()).toBe('“compliance with international”')
  })
})
