import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { snap, useAppPage } from './support/browser'
import { editorDocument, paragraphText, placeCaret, startFromTemplate } from './support/editor'

/// Headless Chromium has the File System Access API but cannot show its pickers, so they
/// are replaced by stubs that answer with real handles from the Origin Private File System:
/// `getFile` and `createWritable` on them are the browser's own, and the web edition's open
/// and save run unchanged. The stubs keep the options of every call, and throw the
/// `AbortError` of a closed picker while `__pickers.cancel` is set.
const opfsPickers = `
  window.__pickers = { open: [], save: [], cancel: false, openName: '' }
  const folder = () => navigator.storage.getDirectory()
  window.showSaveFilePicker = async options => {
    window.__pickers.save.push(options)
    if (window.__pickers.cancel) throw new DOMException('cancelled', 'AbortError')
    return (await folder()).getFileHandle(options.suggestedName, { create: true })
  }
  window.showOpenFilePicker = async options => {
    window.__pickers.open.push(options)
    if (window.__pickers.cancel) throw new DOMException('cancelled', 'AbortError')
    return [await (await folder()).getFileHandle(window.__pickers.openName)]
  }
`

interface Pickers {
  open: unknown[]
  save: Array<{ suggestedName: string }>
  cancel: boolean
  openName: string
}

const savedName = 'Follow-up to resolution 2388 (2017).penholder'

async function pickers(page: Page): Promise<Pickers> {
  return page.evaluate(() => (window as unknown as { __pickers: Pickers }).__pickers)
}

async function setPickers(page: Page, change: Partial<Pickers>): Promise<void> {
  await page.evaluate(change => Object.assign((window as unknown as { __pickers: Pickers }).__pickers, change), change)
}

/// The text of a file in the Origin Private File System, read in the page.
async function opfsText(page: Page, name: string): Promise<string> {
  return page.evaluate(async name => (await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile()).text(), name)
}

async function writeOpfs(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(async ({ name, text }) => {
    const handle = await (await navigator.storage.getDirectory()).getFileHandle(name, { create: true })
    const writable = await handle.createWritable()
    await writable.write(text)
    await writable.close()
  }, { name, text })
}

const saveState = (page: Page) => page.locator('[data-status="save"]')

/// Wait for the status bar to say the text is saved. A string `hasText` would not do:
/// Playwright matches it as a substring, ignoring case, and “Unsaved changes” has it.
async function saved(page: Page): Promise<void> {
  await saveState(page).filter({ hasText: /^Saved$/ }).waitFor()
}

describe('files in a browser with the File System Access API', () => {
  const session = useAppPage(undefined, opfsPickers)
  let page: Page
  let problems: string[]

  beforeAll(() => { ({ page, problems } = session) })

  it('saves a new draft through the save picker, into the file it returns', async () => {
    await startFromTemplate(page)
    await placeCaret(page, 'OP2', 'Urges')
    await page.keyboard.type(' strongly')
    expect(await saveState(page).textContent()).toBe('Unsaved changes')
    await page.keyboard.press('Control+s')
    await saved(page)
    expect((await pickers(page)).save.map(options => options.suggestedName)).toEqual([savedName])
    const file = JSON.parse(await opfsText(page, savedName))
    expect(file.format).toBe('penholder')
    expect(JSON.stringify(file.current)).toContain('"text":" strongly Members States to consider')
    await snap(page, '30-fs-access-saved')
  })

  it('saves again in place, without asking where', async () => {
    await placeCaret(page, 'OP2', 'strongly')
    await page.keyboard.type(' and urgently')
    expect(await saveState(page).textContent()).toBe('Unsaved changes')
    await page.keyboard.press('Control+s')
    await saved(page)
    expect((await pickers(page)).save).toHaveLength(1)
    expect(await opfsText(page, savedName)).toContain(' strongly and urgently Members States')
  })

  it('writes nothing and says nothing when the save picker is closed', async () => {
    const before = await opfsText(page, savedName)
    await setPickers(page, { cancel: true })
    await page.getByRole('button', { name: 'Save as…' }).click()
    await page.waitForFunction(() => (window as unknown as { __pickers: Pickers }).__pickers.save.length === 2)
    await page.locator('[data-status="save"]:not(.ph-save-saving)').waitFor()
    await setPickers(page, { cancel: false })
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(await opfsText(page, savedName)).toBe(before)
    expect(await paragraphText(page, 'OP2')).toMatch(/^Urges strongly and urgently Members States/)
    expect(await saveState(page).textContent()).toBe('Saved')
  })

  it('ignores a closed open picker, then opens the file picked, saves it in place and lists it in the recent files', async () => {
    const other = JSON.parse(await opfsText(page, savedName))
    other.meta.title = 'Draft on small arms'
    await writeOpfs(page, 'small-arms.penholder.json', JSON.stringify(other).replace(' strongly and urgently Members', ' resolutely Members'))
    await page.getByRole('button', { name: 'Penholder' }).click()
    await setPickers(page, { cancel: true })
    await page.getByRole('button', { name: 'Open a file…' }).click()
    await page.waitForFunction(() => (window as unknown as { __pickers: Pickers }).__pickers.open.length === 1)
    await setPickers(page, { cancel: false, openName: 'small-arms.penholder.json' })
    await page.getByRole('button', { name: 'Open a file…' }).click()
    await editorDocument(page).locator('.ph-op').nth(34).waitFor()
    expect((await pickers(page)).open).toHaveLength(2)
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(await page.locator('.ph-title').textContent()).toBe('Draft on small arms')
    expect(await paragraphText(page, 'OP2')).toMatch(/^Urges resolutely Members States/)
    expect(await saveState(page).textContent()).toBe('Saved')
    await placeCaret(page, 'OP2', 'resolutely')
    await page.keyboard.type(' and promptly')
    await page.keyboard.press('Control+s')
    await saved(page)
    expect((await pickers(page)).save).toHaveLength(2)
    expect(await opfsText(page, 'small-arms.penholder.json')).toContain(' resolutely and promptly Members States')
    await page.getByRole('button', { name: 'Penholder' }).click()
    const recent = page.locator('section[aria-label="Recent files"] li button')
    await recent.first().waitFor()
    expect(await recent.allTextContents()).toEqual(['small-arms.penholder.json', savedName])
    await snap(page, '31-fs-access-recent')
    await recent.nth(1).click()
    await editorDocument(page).locator('.ph-op').nth(34).waitFor()
    expect(await paragraphText(page, 'OP2')).toMatch(/^Urges strongly and urgently Members States/)
  })

  it('says why a file that is not JSON cannot be opened, and stays where it was', async () => {
    await page.getByRole('button', { name: 'Penholder' }).click()
    await writeOpfs(page, 'broken.penholder.json', '{not json')
    await setPickers(page, { openName: 'broken.penholder.json' })
    await page.getByRole('button', { name: 'Open a file…' }).click()
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/^broken\.penholder\.json: line 1, column \d+: invalid JSON/)
    expect(await editorDocument(page).count()).toBe(0)
    expect(await opfsText(page, 'broken.penholder.json')).toBe('{not json')
    await snap(page, '32-fs-access-open-refused')
    await page.reload()
    const recent = page.locator('section[aria-label="Recent files"] li button')
    await recent.first().waitFor()
    expect(await recent.allTextContents()).toEqual([savedName, 'small-arms.penholder.json'])
  })

  it('ran without console errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([])
  })
})
