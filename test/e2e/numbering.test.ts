import { beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { buildResolution, completeMeta, type ParagraphDraft } from '../../shared/schema'
import { exportPlainText } from '../../shared/export'
import { snap, useAppPage } from './support/browser'
import { editorDocument, paragraph, paste, placeCaret, renderedText, startFromTemplate } from './support/editor'


/// A General Assembly text with no preamble and a single operative paragraph whose 28
/// subparagraphs run past (z): every numbering fact CSS counters alone would get wrong.
const loneOperative = exportPlainText(buildResolution({
  meta: completeMeta({ symbol: 'A/RES/80/1', date: '18 December 2025', title: 'Scale of assessments' }),
  organ: 'The General Assembly',
  paragraphs: [
    { kind: 'op', lead: 7, text: 'Decides that the following apply:' },
    ...Array.from({ length: 28 }, (_, i): ParagraphDraft => ({ kind: 'sub', level: 1, lead: 0, text: `Rule ${i + 1} of the scale${i === 27 ? '.' : ';'}` }))
  ]
}))

/// The `content` of a pseudo-element as computed: `none` when nothing is drawn.
async function drawn(locator: Locator, pseudo: '::before' | '::after'): Promise<string> {
  return locator.evaluate((element, pseudo) => getComputedStyle(element, pseudo).content, pseudo)
}

describe('numbering drawn by CSS counters', () => {
  const session = useAppPage(startFromTemplate)
  let page: Page
  let problems: string[]
  beforeAll(() => { ({ page, problems } = session) })

  it('gives the organ line of 2388 its comma, before a preamble', async () => {
    expect(await drawn(editorDocument(page).locator('.ph-organ'), '::after')).toBe('","')
  })

  it('leaves a lone OP unnumbered, the organ line without comma with no preamble, and counts (z), (aa), (bb)', async () => {
    await placeCaret(page, 'OP1', '')
    await paste(page, { 'text/plain': loneOperative })
    await editorDocument(page).locator('.ph-sub').nth(27).waitFor()
    await page.getByRole('button', { name: 'Redline' }).click()
    await page.locator('[data-status="view"]', { hasText: 'Clean view' }).waitFor()
    expect(await editorDocument(page).locator('.ph-pp').count()).toBe(0)
    expect(await drawn(editorDocument(page).locator('.ph-organ'), '::after')).toBe('none')
    expect(await drawn(await paragraph(page, 'OP1'), '::before')).toBe('none')
    expect(await renderedText(page)).toContain('(y)OP1(y)(z)OP1(z)(aa)OP1(aa)(bb)OP1(bb)')
    expect(await (await paragraph(page, 'OP1(bb)')).textContent()).toBe('Rule 28 of the scale.')
    await snap(page, '24-lone-op-aa-bb')
  })

  it('numbers the OPs once a second one comes', async () => {
    await placeCaret(page, 'OP1(bb)', null)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.type('Requests a report.')
    expect(await (await paragraph(page, 'OP2')).textContent()).toBe('Requests a report.')
    expect(await drawn(await paragraph(page, 'OP1'), '::before')).toBe('counter(op) "."')
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([])
  })
})
