import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { app, BrowserWindow, preventable, recorded, resetFakeElectron } from '../../../support/fakeElectron'
import { hostChannels } from '../../../../electron/ipc/channels'
import { createDocumentFile, serializeDocumentFile } from '../../../../shared/file'
import { template2388 } from '../../../../shared/template'

vi.mock('electron', async () => (await import('../../../support/fakeElectron')).electronModule)

const documentText = serializeDocumentFile(createDocumentFile(template2388(), { now: new Date('2025-03-01T10:00:00Z') }))

/// An IPC call as the app's page in `window` makes it.
function invoke(window: BrowserWindow, channel: string, ...args: unknown[]): Promise<unknown> {
  const event = { sender: window.webContents, senderFrame: { url: 'penholder://app/index.html', parent: null } }
  return Promise.resolve(recorded.handlers.get(channel)!(event, ...args))
}

function menuItem(items: any[], label: string): any {
  for (const item of items) {
    if (item.label === label) return item
    const inner = item.submenu ? menuItem(item.submenu, label) : null
    if (inner) return inner
  }
  return null
}

/// The main process, started with a stand-in for Electron (test/support/fakeElectron.ts):
/// one scenario, from launch with a document on the command line to quitting.
describe('the main process', () => {
  const root = mkdtempSync(join(tmpdir(), 'penholder-main-'))
  const documents = join(root, 'Documents')
  const launched = join(documents, 'launched.penholder.json')
  const second = join(documents, 'second.penholder.json')
  const argv = process.argv

  beforeAll(async () => {
    mkdirSync(documents, { recursive: true })
    writeFileSync(launched, documentText)
    writeFileSync(second, documentText)
    resetFakeElectron({ appData: join(root, 'appData'), documents })
    process.argv = ['/opt/Penholder/penholder', launched]
    await import('../../../../electron/main/index')
    await vi.waitFor(() => expect(BrowserWindow.getAllWindows()).toHaveLength(1))
  })

  afterAll(() => {
    process.argv = argv
    rmSync(root, { recursive: true, force: true })
  })

  it('registers its scheme as standard and secure, sandboxes every page, and runs once', () => {
    expect(recorded.privileged).toEqual([{ scheme: 'penholder', privileges: expect.objectContaining({ standard: true, secure: true }) }])
    expect(recorded.sandboxed).toBe(true)
    expect(recorded.singleInstance).toBe(true)
    expect(app.getPath('userData')).toBe(join(root, 'appData', 'Penholder'))
  })

  it('serves its pages from the app protocol with the security headers', async () => {
    const response = await recorded.protocols.get('penholder')!(new Request('penholder://app/no-such-file.js'))
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
  })

  it('refuses every permission and spell-checks English and French', () => {
    const answers: boolean[] = []
    recorded.permissionRequest!(null, 'media', granted => answers.push(granted))
    expect(answers).toEqual([false])
    expect(recorded.permissionCheck!(null, 'clipboard-read')).toBe(false)
    expect(recorded.spellLanguages).toEqual(['en-US', 'fr'])
  })

  it('handles every host channel', () => {
    expect([...recorded.handlers.keys()].sort()).toEqual(Object.values(hostChannels).sort())
  })

  it('opens a locked-down window on the app page', () => {
    const [window] = BrowserWindow.getAllWindows()
    expect(window.url).toBe('penholder://app/index.html')
    expect(window.options.webPreferences).toEqual(expect.objectContaining({
      sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false
    }))
    expect(window.options.webPreferences.preload).toMatch(/preload\.cjs$/)
    const navigation = preventable()
    window.webContents.emit('will-navigate', navigation, 'https://example.org/')
    expect(navigation.prevented).toBe(true)
    expect(window.webContents.openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' })
  })

  it('hands the document from the command line to the first window', async () => {
    const [window] = BrowserWindow.getAllWindows()
    expect(await invoke(window, hostChannels.nextShellEvent)).toEqual({
      kind: 'open', opened: { file: { id: launched, name: 'launched.penholder.json' }, text: documentText }
    })
    expect(window.represented).toBe(launched)
    expect(recorded.systemRecent).toEqual([launched])
  })

  it('sets a menu listing the recent document, whose items reach the window', async () => {
    await vi.waitFor(() => expect(menuItem(recorded.menus.at(-1).template, 'launched.penholder.json')).not.toBeNull())
    const [window] = BrowserWindow.getAllWindows()
    menuItem(recorded.menus.at(-1).template, 'Save').click()
    expect(await invoke(window, hostChannels.nextShellEvent)).toEqual({ kind: 'command', command: 'save' })
  })

  it('refuses a call from a page that is not the app', async () => {
    const [window] = BrowserWindow.getAllWindows()
    const event = { sender: window.webContents, senderFrame: { url: 'https://example.org/', parent: null } }
    expect(() => recorded.handlers.get(hostChannels.loadSettings)!(event)).toThrow(/refused/)
  })

  it('opens the document of a second launch in a new window, and focuses it when launched again', async () => {
    app.emit('second-instance', preventable(), ['/opt/Penholder/penholder', 'second.penholder.json'], documents)
    await vi.waitFor(() => expect(BrowserWindow.getAllWindows()).toHaveLength(2))
    const window = BrowserWindow.getAllWindows()[1]
    expect(await invoke(window, hostChannels.nextShellEvent)).toEqual(expect.objectContaining({ kind: 'open' }))
    app.emit('second-instance', preventable(), ['/opt/Penholder/penholder', launched], '/')
    await new Promise(resolve => setTimeout(resolve, 20))
    expect(BrowserWindow.getAllWindows()).toHaveLength(2)
    expect(BrowserWindow.getFocusedWindow()).toBe(BrowserWindow.getAllWindows()[0])
  })

  it('asks before closing a window with unsaved changes, and keeps it on Cancel', async () => {
    const window = BrowserWindow.getAllWindows()[1]
    const file = { id: second, name: 'second.penholder.json' }
    expect(await invoke(window, hostChannels.recordDraft, { draftId: 'w2', file, title: 'Second', content: documentText.replace('2025-03-01', '2025-03-02') })).toEqual({ ok: true, value: undefined })
    expect(window.edited).toBe(true)
    recorded.answers.push(2)
    window.close()
    await vi.waitFor(() => expect(recorded.messageBoxes).toHaveLength(1))
    expect(recorded.messageBoxes[0].message).toBe('Do you want to save the changes you made to “Draft on trafficking”?')
    await new Promise(resolve => setTimeout(resolve, 20))
    expect(window.isDestroyed()).toBe(false)
  })

  it('saves on Save, then quits when asked', async () => {
    const window = BrowserWindow.getAllWindows()[1]
    recorded.answers.push(0)
    app.quit()
    await vi.waitFor(() => expect(recorded.quitted).toBe(true))
    expect(readFileSync(second, 'utf8')).toContain('2025-03-02')
    expect(window.isDestroyed()).toBe(true)
    expect(recorded.messageBoxes).toHaveLength(2)
    expect(JSON.parse(readFileSync(join(root, 'appData', 'Penholder', 'window-state.json'), 'utf8')).bounds).toEqual(expect.objectContaining({ width: 1280, height: 900 }))
  })
})
