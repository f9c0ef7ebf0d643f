import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useAppPage } from './support/browser'
import { placeCaret, startFollowUp } from './support/editor'
import { fakeDesktopHost } from './support/desktopHost'

describe('the desktop app’s keys and closing', () => {
  const session = useAppPage(startFollowUp, fakeDesktopHost)
  let page: Page
  beforeAll(() => { ({ page } = session) })

  it('opens the help sheet with F1', async () => {
    await placeCaret(page, 'OP2', 'Urges')
    await page.keyboard.press('F1')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await help.waitFor()
    await page.keyboard.press('Escape')
    await help.waitFor({ state: 'hidden' })
  })

  it('leaves closing with unsaved work to the desktop’s own Save / Don’t Save / Cancel: no beforeunload', async () => {
    const asked: string[] = []
    page.on('dialog', dialog => { asked.push(dialog.type()); dialog.accept() })
    await placeCaret(page, 'OP2', 'Urges')
    await page.keyboard.type(' strongly')
    await page.locator('[data-status="save"]', { hasText: 'Unsaved changes' }).waitFor()
    await page.reload()
    await page.getByRole('button', { name: 'New follow-up draft from resolution 2388 (2017)' }).waitFor()
    expect(asked).toEqual([])
  })
})

describe('the web edition and F1', () => {
  const session = useAppPage(startFollowUp)
  it('leaves F1 to the browser', async () => {
    const page = session.page
    await placeCaret(page, 'OP2', 'Urges')
    await page.keyboard.press('F1')
    await page.waitForTimeout(300)
    expect(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count()).toBe(0)
  })
})
