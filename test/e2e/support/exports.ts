import { strFromU8, unzipSync } from 'fflate'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'

/// The .docx an export button of the editor downloads: its suggested name, its bytes,
/// and its XML parts as text, by path in the zip (`word/document.xml`).
export async function exportedWord(page: Page, button: string): Promise<{ name: string, bytes: Buffer, parts: Record<string, string> }> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: button, exact: true }).click()
  const file = await download
  const bytes = readFileSync((await file.path())!)
  const parts = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(bytes))).filter(([n]) => n.endsWith('.xml')).map(([n, data]) => [n, strFromU8(data)]))
  return { name: file.suggestedFilename(), bytes, parts }
}

/// The PDF Chromium prints of the page with the stylesheet's own page size, as Electron's
/// Print and PDF (`printToPDF`) do, as Latin-1 text to look for its page objects in.
/// Chromium prints with the screen's styles while `emulateMedia` asks for them, so the
/// page is set to print media first, and back to the screen after.
export async function printedPdf(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false })
  await page.emulateMedia({ media: 'screen' })
  return pdf.toString('latin1')
}
