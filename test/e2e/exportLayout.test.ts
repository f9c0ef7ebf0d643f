import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { startFromTemplate } from './support/editor'
import { seriousViolations } from './support/axe'
import { exportedWord, printedPdf } from './support/exports'

/// Width and height, in points, of each page of the PDF the page prints (`printedPdf`).
async function printedSizes(page: Page): Promise<string[]> {
  return [...new Set([...(await printedPdf(page)).matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(m => `${Math.round(+m[1])}×${Math.round(+m[2])}`))]
}

/// The page of the Word exports and of printing, set once beside Export Word (issue 13:
/// "Draft" and "Official", A4 by default, Letter as an option).
describe('the layout and paper of Word exports and printing', () => {
  const session = useAppPage(startFromTemplate, 'delete window.showOpenFilePicker; delete window.showSaveFilePicker')
  const layout = () => session.page.getByRole('combobox', { name: 'Layout' })
  const paper = () => session.page.getByRole('combobox', { name: 'Paper' })

  it('starts as the draft layout on A4, and prints so', async () => {
    const { page } = session
    expect([await layout().inputValue(), await paper().inputValue()]).toEqual(['draft', 'a4'])
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ printLayout: 'draft', printPaper: 'a4' })
    expect(await printedSizes(page)).toEqual(['595×842'])
  })

  it('is set from the keyboard, next to the export buttons, and labelled for axe', async () => {
    const { page } = session
    await page.getByRole('button', { name: 'Export tracked changes', exact: true }).focus()
    await page.keyboard.press('Tab')
    expect(await layout().evaluate(e => e === document.activeElement)).toBe(true)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Tab')
    expect(await paper().evaluate(e => e === document.activeElement)).toBe(true)
    await page.keyboard.press('ArrowDown')
    expect([await layout().inputValue(), await paper().inputValue()]).toEqual(['official', 'letter'])
    await snap(page, 'export-layout-official-letter')
    expect(await seriousViolations(page)).toEqual([])
  })

  it.each(['Export Word', 'Export tracked changes'])('%s writes the official layout on Letter: 8.5 × 11 in, 10 pt, the running head', async button => {
    const { parts } = await exportedWord(session.page, button)
    expect(parts['word/document.xml']).toMatch(/<w:pgSz w:w="12240" w:h="15840"/)
    expect(parts['word/styles.xml']).toMatch(/<w:docDefaults>.*?<w:sz w:val="20"\/>/s)
    expect(Object.keys(parts).some(name => name.startsWith('word/header'))).toBe(true)
  })

  it('prints the official layout on Letter: the root carries both, the PDF pages are 612 × 792 pt', async () => {
    const { page } = session
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ printLayout: 'official', printPaper: 'letter' })
    await page.emulateMedia({ media: 'print' })
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.ph-document')!).fontSize)).toBe('13.3333px')
    await page.emulateMedia({ media: 'screen' })
    expect(await printedSizes(page)).toEqual(['612×792'])
  })

  it('is kept in the settings: the next document opens with it', async () => {
    const { page } = session
    await page.getByRole('button', { name: 'Penholder', exact: true }).click()
    await startFromTemplate(page)
    // The workspace reads the settings after it shows: polled, not read once.
    await expect.poll(async () => [await layout().inputValue(), await paper().inputValue()]).toEqual(['official', 'letter'])
    await paper().selectOption('a4')
    expect(await printedSizes(page)).toEqual(['595×842'])
    const { parts } = await exportedWord(page, 'Export Word')
    expect(parts['word/document.xml']).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
  })
})
