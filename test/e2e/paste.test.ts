import { readFileSync } from 'node:fs'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { exportPlainText } from '../../shared/export'
import { template2388 } from '../../shared/template'
import { snap, useAppPage } from './support/browser'
import { listedAmendments, paragraph, paragraphText, paste, placeCaret, startFromTemplate } from './support/editor'

/// What Word puts on the clipboard for two copied paragraphs, with its styles, list
/// numbering, an image and, as a foreign page might, a script.
const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{margin:0cm;font-size:12.0pt;font-family:"Times New Roman"}</style></head>
<body lang=EN-US style='tab-interval:36.0pt'><!--StartFragment-->
<p class=MsoNormal style='text-indent:36.0pt;line-height:150%'><i><span style='font-size:12.0pt'>Deeply
concerned</span></i><span style='font-size:12.0pt'> about new routes of trafficking in persons,<o:p></o:p></span></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span></span><![endif]><i>Noting with appreciation</i> the work of the Inter&#8209;Agency Coordination Group,<o:p></o:p></p>
<img src="http://127.0.0.2/tracker.png" width=1 height=1><script>window.pasted = true</script>
<!--EndFragment--></body></html>`

/// Wait until the amendments panel lists one insertion for each of these paragraph texts,
/// in order, and nothing else.
async function insertedParagraphsListed(page: Page, texts: string[]): Promise<void> {
  for (let tries = 0; tries < 50 && (await listedAmendments(page)).length !== texts.length; tries++) await page.waitForTimeout(100)
  const listed = await listedAmendments(page)
  expect(listed.map(a => /insert a new paragraph reading: “(.*)”$/.exec(a)?.[1] ?? a)).toEqual(texts)
}

/// Undo until the amendments panel is empty: the draft is the template again.
async function undoUntilUnamended(page: Page): Promise<void> {
  await page.locator('.ph-paper-scroll .ph-document').focus()
  for (let tries = 0; tries < 10 && (await listedAmendments(page)).length; tries++) {
    await page.keyboard.press('Control+z')
    await page.waitForTimeout(150)
  }
  expect(await listedAmendments(page)).toEqual([])
}

describe('paste', () => {
  const session = useAppPage(startFromTemplate)
  let page: Page
  let problems: string[]
  beforeAll(() => { ({ page, problems } = session) })

  it('turns a block of Word HTML into clean PPs after PP24, and nothing else gets in', async () => {
    await placeCaret(page, 'PP24', null)
    await paste(page, { 'text/html': wordHtml, 'text/plain': 'Deeply concerned about new routes of trafficking in persons,\n1. Noting with appreciation the work of the Inter‑Agency Coordination Group,' })
    await insertedParagraphsListed(page, ['Deeply concerned about new routes of trafficking in persons,', 'Noting with appreciation the work of the Inter‑Agency Coordination Group,'])
    expect(await paragraphText(page, 'PP25')).toBe('Deeply concerned about new routes of trafficking in persons,')
    expect(await (await paragraph(page, 'PP26')).locator('.ph-lead').textContent()).toBe('Noting with appreciation')
    const foreign = await page.evaluate(() => ({
      images: document.querySelectorAll('.ph-document img').length,
      scripts: document.querySelectorAll('.ph-document script, .ph-document style').length,
      styled: [...document.querySelectorAll('.ph-document section *')].filter(e => e.hasAttribute('style') || /Mso/.test(e.className)).length,
      ran: (window as unknown as { pasted?: boolean }).pasted === true
    }))
    expect(foreign).toEqual({ images: 0, scripts: 0, styled: 0, ran: false })
    await (await paragraph(page, 'PP25')).scrollIntoViewIfNeeded()
    await snap(page, '15-pasted-word-html')
    await undoUntilUnamended(page)
  })

  it('offers a choice for a whole resolution pasted as plain text, and changes nothing until one is made', async () => {
    const text = exportPlainText(template2388())
      .replace('Further calls upon Member States', 'Further calls upon all States')
      .replace(/\n\n35\.\tDecides[^\n]*\n$/, '\n')
    await placeCaret(page, 'OP10', 'Reiterates')
    await paste(page, { 'text/plain': text })
    await page.locator('.ph-notice-action').first().waitFor()
    expect(await page.locator('.ph-notice-text').textContent()).toContain('The clipboard holds a whole resolution (24 PPs, 34 OPs). Nothing was pasted yet')
    expect(await page.locator('.ph-notice-action').allTextContents()).toEqual(['Replace the text', 'Compare with the draft', 'Insert at the caret'])
    expect(await listedAmendments(page)).toEqual([])
    await snap(page, '16-pasted-whole-resolution-choice')
    await page.getByRole('button', { name: 'Replace the text' }).click()
    // The follow-up draft adds its recall of 2388 to PP1, which the pasted template lacks.
    const expected = ['In operative paragraph 4, replace the words “Member” with “all”', 'Delete operative paragraph 35']
    let listed: string[] = []
    for (let tries = 0; tries < 50; tries++) {
      listed = await listedAmendments(page)
      if (expected.every(e => listed.includes(e))) break
      await page.waitForTimeout(100)
    }
    expect(listed).toEqual(expect.arrayContaining(expected))
    expect(await page.locator('[data-status="counts"]').textContent()).toBe('24 PPs · 34 OPs · 0 subparagraphs')
    await undoUntilUnamended(page)
    await placeCaret(page, 'OP10', 'Reiterates')
    await paste(page, { 'text/plain': text })
    await page.getByRole('button', { name: 'Compare with the draft' }).click()
    await page.locator('.ph-compare').waitFor()
    expect(await page.locator('.ph-compare-to').textContent()).toBe('Pasted text')
    expect(await listedAmendments(page)).toEqual([])
    await page.locator('.ph-compare').getByRole('button', { name: 'Close' }).click()
    await page.locator('.ph-compare').waitFor({ state: 'detached' })
  })

  it('refuses a 10 MB paste with a clear message and changes nothing', async () => {
    const before = await page.locator('.ph-document').innerHTML()
    await placeCaret(page, 'OP2', 'Urges')
    await page.evaluate(() => {
      const data = new DataTransfer()
      data.setData('text/plain', 'Recalling '.repeat(1_000_000))
      document.querySelector('.ph-document')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    })
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('Nothing was pasted: the clipboard holds 10.0 million characters')
    expect(await page.locator('.ph-document').innerHTML()).toBe(before)
    await snap(page, '17-refused-10mb-paste')
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([])
  })
})

/// The paste cases of issue 11 (test/cases/paste/, copied from the team's cases): a new
/// draft from the 2388 template, the caret at the end of OP34, Enter, then the paste.
const caseFile = (name: string, file: string) => readFileSync(new URL(`../cases/paste/${name}/${file}`, import.meta.url), 'utf8')

describe('paste at the caret: the paste cases', () => {
  const session = useAppPage(startFromTemplate)
  let page: Page
  let problems: string[]
  beforeAll(() => { ({ page, problems } = session) })
  afterEach(async () => { await undoUntilUnamended(page) })

  async function pasteAfterOP34(flavours: Record<string, string>): Promise<void> {
    await placeCaret(page, 'OP34', null)
    await page.keyboard.press('Enter')
    await paste(page, flavours)
  }
  const labels = () => page.locator('.ph-paper-scroll .ph-document > section > p').evaluateAll(ps => ps.length)
  const lead = async (label: string) => (await paragraph(page, label)).locator('.ph-lead').textContent()

  const google = { html: caseFile('google-docs-paste', 'clipboard.html'), plain: caseFile('google-docs-paste', 'clipboard.txt') }
  const welcomes = 'Welcomes the efforts of regional organizations to combat trafficking in persons;'
  const encourages = 'Encourages Member States to share data on trafficking routes;'

  it.each([
    ['HTML and plain text', { 'text/html': google.html, 'text/plain': google.plain }],
    ['plain text only', { 'text/plain': google.plain }],
    ['HTML only', { 'text/html': google.html }],
    ['typed with numbers', { 'text/plain': `35. ${welcomes}\n36. ${encourages}` }],
    ['copied out of a PDF, with a footer and a word broken at a line end', { 'text/plain': '35. Welcomes the efforts of regional organizations to combat traffick-\ning in persons;\n17-20574 (E)    211117\n*1720574*\nS/RES/2388 (2017)\n36. Encourages Member States to share data on\ntrafficking routes;' }]
  ])('Google Docs case: two new OPs 35 and 36 after OP34 (%s)', async (_, flavours) => {
    await pasteAfterOP34(flavours)
    await insertedParagraphsListed(page, [welcomes, encourages])
    expect([await paragraphText(page, 'OP35'), await paragraphText(page, 'OP36')]).toEqual([welcomes, encourages])
    expect(await paragraphText(page, 'OP34')).toMatch(/^Requests the Secretary-General to follow-up/)
    expect([await lead('OP35'), await lead('OP36')]).toEqual(['Welcomes', 'Encourages'])
    expect(await page.locator('[data-status="counts"]').textContent()).toBe('24 PPs · 37 OPs · 0 subparagraphs')
    expect(await labels()).toBe(24 + 37)
    if ('text/html' in flavours) await snap(page, '18-pasted-google-docs-ops')
  })

  /// Google Docs puts a nested list's `ol` straight inside the outer `ol`, styles on every
  /// element, and the list numbers in CSS only.
  const googleNested = '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><ol style="margin-top:0;margin-bottom:0;padding-inline-start:48px;">' +
    '<li dir="ltr" style="list-style-type:decimal;font-size:12pt;" aria-level="1"><p dir="ltr" style="line-height:1.38;" role="presentation"><span style="font-style:italic;">Requests</span><span style="font-style:normal;"> the Secretary-General to:</span></p></li>' +
    '<ol style="margin-top:0;margin-bottom:0;"><li dir="ltr" style="list-style-type:lower-alpha;" aria-level="2"><p dir="ltr" role="presentation"><span>Establish a database of trafficking cases in conflict areas;</span></p></li>' +
    '<li dir="ltr" style="list-style-type:lower-alpha;" aria-level="2"><p dir="ltr" role="presentation"><span>Report to the Council annually;</span></p></li></ol></ol></b>'

  it.each([
    ['typed as plain text', { 'text/plain': '35. Requests the Secretary-General to:\n(a) Establish a database of trafficking cases in conflict areas;\n(b) Report to the Council annually;' }],
    ['a nested list out of Google Docs', { 'text/html': googleNested }]
  ])('Google Docs case: one numbered OP with its (a) and (b) subparagraphs (%s)', async (_, flavours) => {
    await pasteAfterOP34(flavours)
    await page.locator('[data-status="counts"]').filter({ hasText: '24 PPs · 36 OPs · 2 subparagraphs' }).waitFor()
    expect([await paragraphText(page, 'OP35'), await paragraphText(page, 'OP35(a)'), await paragraphText(page, 'OP35(b)')])
      .toEqual(['Requests the Secretary-General to:', 'Establish a database of trafficking cases in conflict areas;', 'Report to the Council annually;'])
  })

  const word = { html: caseFile('word-list-subparagraphs-paste', 'clipboard.html'), plain: caseFile('word-list-subparagraphs-paste', 'clipboard.txt') }
  it.each([
    ['HTML and plain text', { 'text/html': word.html, 'text/plain': word.plain }],
    ['HTML only', { 'text/html': word.html }],
    ['plain text only', { 'text/plain': word.plain }]
  ])('Word case: OP35 with subparagraphs (a) and (b), the typed markers gone (%s)', async (_, flavours) => {
    await pasteAfterOP34(flavours)
    await page.locator('[data-status="counts"]').filter({ hasText: '24 PPs · 36 OPs · 2 subparagraphs' }).waitFor()
    expect([await paragraphText(page, 'OP35'), await paragraphText(page, 'OP35(a)'), await paragraphText(page, 'OP35(b)')])
      .toEqual(['Requests the Secretary-General to:', 'Establish a database of trafficking cases in conflict areas;', 'Report to the Council annually;'])
    expect(await lead('OP35')).toBe('Requests')
    expect(await paragraphText(page, 'OP34')).toMatch(/^Requests the Secretary-General to follow-up on the implementation/)
    expect(await labels()).toBe(24 + 36 + 2)
    if ('text/html' in flavours) await snap(page, '19-pasted-word-list')
  })

  it('splits the paragraph at a caret inside it and puts the pasted OPs between the halves', async () => {
    await placeCaret(page, 'OP2', 'Urges')
    await paste(page, { 'text/plain': `${welcomes}\n\n${encourages}` })
    await page.locator('[data-status="counts"]').filter({ hasText: '24 PPs · 38 OPs' }).waitFor()
    expect([await paragraphText(page, 'OP2'), await paragraphText(page, 'OP3'), await paragraphText(page, 'OP4')]).toEqual(['Urges', welcomes, encourages])
    expect(await paragraphText(page, 'OP5')).toMatch(/^ ?Members States to consider/)
  })

  it('gives OPs pasted into the preamble the kind of the place, and says so', async () => {
    await placeCaret(page, 'PP24', null)
    await paste(page, { 'text/plain': `35. ${welcomes}\n36. ${encourages}` })
    await page.locator('[data-status="counts"]').filter({ hasText: '26 PPs · 35 OPs' }).waitFor()
    expect([await paragraphText(page, 'PP25'), await paragraphText(page, 'PP26')]).toEqual([welcomes, encourages])
    expect(await page.locator('.ph-notice-text').textContent()).toBe('2 pasted operative paragraphs became preambular paragraphs: the preamble holds only preambular paragraphs.')
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([])
  })
})
