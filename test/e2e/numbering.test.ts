import { beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { buildResolution, completeMeta, type ParagraphDraft } from '../../shared/schema'
import { exportPlainText } from '../../shared/export'
import { createDocumentFile, serializeDocumentFile } from '../../shared/file'
import { annexFootnotesDraft } from '../support/structuredDrafts'
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
    await page.getByRole('button', { name: 'Replace the text' }).click()
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

/// The annex-footnotes case with an excerpt's start, a body section and a list printed
/// (i), (ii) at the first level, opened as a *.penholder document.
const structuredFile = serializeDocumentFile(createDocumentFile(buildResolution({
  ...annexFootnotesDraft,
  start: 5,
  sections: [{ number: 'I', text: 'Endorsement', at: 2 }],
  paragraphs: [
    ...annexFootnotesDraft.paragraphs.slice(0, 3),
    { kind: 'sub', level: 1, listStyle: 'roman', lead: 0, text: 'Withdrawal of armed forces from areas occupied in the recent conflict;' },
    { kind: 'sub', level: 1, listStyle: 'roman', lead: 0, text: 'Respect for the sovereignty of every State in the area;' },
    ...annexFootnotesDraft.paragraphs.slice(3)
  ]
})))

describe('numbering of sections, annexes, footnotes, list styles and a start', () => {
  const session = useAppPage(undefined, 'delete window.showOpenFilePicker; delete window.showSaveFilePicker')
  let page: Page
  let problems: string[]
  beforeAll(() => { ({ page, problems } = session) })

  it('draws them as the UN prints them, with their labels in the gutter', async () => {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open a file…' }).click()
    await (await chooser).setFiles({ name: 'declaration.penholder', mimeType: 'application/json', buffer: Buffer.from(structuredFile) })
    await editorDocument(page).locator('.ph-annex .ph-op').nth(3).waitFor()
    const text = await renderedText(page)
    for (const drawn of [
      'Recalling1PP1', 'Noting with appreciation2PP2',
      'IS15.EndorsesOP5(i)OP5(i)(ii)OP5(ii)6.RequestsOP6',
      'AnnexDeclaration on cooperation against trafficking in persons',
      'A1IA1.S11.A1.12.A1.2IIA1.S23.A1.3(a)A1.3(a)(b)A1.3(b)4.A1.4'
    ]) expect(text).toContain(drawn)
    expect(await editorDocument(page).locator('.ph-footnote').first().getAttribute('title')).toBe('See also resolution 79/888.')
    expect(await page.locator('[data-status="counts"]').textContent()).toBe('2 PPs · 3 OPs · 2 subparagraphs')
    await snap(page, '25-annex-sections-footnotes')
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([])
  })
})
