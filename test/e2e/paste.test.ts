import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { exportPlainText } from '../../shared/export'
import { template2388 } from '../../shared/template'
import { snap, useAppPage } from './support/browser'
import { paragraph, paragraphText, paste, placeCaret, startFromTemplate, waitForAmendments } from './support/editor'

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

describe('paste', () => {
  const session = useAppPage(startFromTemplate)
  let page: Page
  let problems: string[]
  beforeAll(() => { ({ page, problems } = session) })

  it('turns a block of Word HTML into clean PPs after PP24, and nothing else gets in', async () => {
    await placeCaret(page, 'PP24', null)
    await paste(page, { 'text/html': wordHtml, 'text/plain': 'Deeply concerned about new routes of trafficking in persons,\n1. Noting with appreciation the work of the Inter‑Agency Coordination Group,' })
    await waitForAmendments(page, [
      'After preambular paragraph 24, insert a new paragraph reading: “Deeply concerned about new routes of trafficking in persons,”',
      'After new preambular paragraph 25, insert a new paragraph reading: “Noting with appreciation the work of the Inter‑Agency Coordination Group,”'
    ])
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
  })

  it('puts a whole resolution pasted as plain text in place of the text, compared with the base', async () => {
    const text = exportPlainText(template2388())
      .replace('Further calls upon Member States', 'Further calls upon all States')
      .replace(/\n\n35\.\tDecides[^\n]*\n$/, '\n')
    await placeCaret(page, 'OP10', 'Reiterates')
    await paste(page, { 'text/plain': text })
    await waitForAmendments(page, [
      'In operative paragraph 4, replace the words “Member” with “all”',
      'Delete operative paragraph 35'
    ])
    expect(await page.locator('.ph-notice').textContent()).toContain('Pasted a whole resolution (24 PPs, 34 OPs)')
    expect(await page.locator('[data-status="counts"]').textContent()).toBe('24 PPs · 34 OPs · 0 subparagraphs')
    await snap(page, '16-pasted-whole-resolution')
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
