import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  app, BrowserWindow, launch, leaveApp, preventable, recorded, resetFakeElectron, secondLaunch, type FakeMenuItem
} from '../../../support/fakeElectron'
import { hostChannels, shellChannels } from '../../../../electron/ipc/channels'
import { saveWindowState } from '../../../../electron/services'
import { createDocumentFile, serializeDocumentFile } from '../../../../shared/file'
import { template2388 } from '../../../../shared/template'

vi.mock('electron', async () => (await import('../../../support/fakeElectron')).electronModule)

const documentText = serializeDocumentFile(createDocumentFile(template2388(), { now: new Date('2025-03-01T10:00:00Z') }))
const executable = '/opt/Penholder/penholder'

/// An IPC call as the app's page in `window` makes it.
function invoke(window: BrowserWindow, channel: string, ...args: unknown[]): Promise<unknown> {
  const event = { sender: window.webContents, senderFrame: { url: 'penholder://app/index.html', parent: null } }
  return Promise.resolve(recorded.handlers.get(channel)!(event, ...args))
}

function menuItem(label: string): FakeMenuItem {
  const item = recorded.menus.at(-1)!.allItems().find(i => i.label === label)
  if (!item) throw new Error(`no menu item ${label}`)
  return item
}

const settle = () => new Promise(resolve => setTimeout(resolve, 20))
const windows = () => BrowserWindow.getAllWindows()

/// A machine for one run of the app: a home folder with documents on disk.
function machine(prefix: string) {
  const root = mkdtempSync(join(tmpdir(), prefix))
  const documents = join(root, 'Documents')
  mkdirSync(documents, { recursive: true })
  const appData = join(root, 'appData')
  return {
    root,
    documents,
    appData,
    userData: join(appData, 'Penholder Development'),
    document(name: string): string {
      const path = join(documents, name)
      writeFileSync(path, documentText)
      return path
    }
  }
}

let runs = 0

/// Run the main process as a new process would, with `argv`: its first lines (a fresh
/// copy of the module each time), then (after `beforeReady`) Electron's `ready`.
async function startMain(home: ReturnType<typeof machine>, argv: string[], beforeReady: () => void = () => {}): Promise<void> {
  resetFakeElectron({ appData: home.appData, documents: home.documents })
  process.argv = [executable, ...argv]
  const main = `../../../../electron/main/index.ts?run=${++runs}`
  await import(/* @vite-ignore */ main)
  beforeReady()
  launch()
}

const argv = process.argv
afterAll(() => { process.argv = argv })

/// One scenario, from launch with a document on the command line to quitting.
describe('the main process, from launch to quit', () => {
  const home = machine('penholder-main-')
  let launched: string
  let second: string

  beforeAll(async () => {
    launched = home.document('launched.penholder')
    second = home.document('second.penholder.json')
    await startMain(home, [launched])
    // Explorer's Open on two files: the second process reaches the first while it is
    // still reading its settings.
    secondLaunch([executable, second], home.documents)
    await vi.waitFor(() => expect(windows()).toHaveLength(2))
  })

  afterAll(() => rmSync(home.root, { recursive: true, force: true }))

  it('registers its scheme as standard and secure, sandboxes every page, and runs once', () => {
    expect(recorded.privileged).toEqual([{ scheme: 'penholder', privileges: expect.objectContaining({ standard: true, secure: true }) }])
    expect(recorded.sandboxed).toBe(true)
    expect(recorded.singleInstance).toBe(true)
  })

  it('keeps a development run’s settings, journal and single-instance lock apart from the installed app’s', () => {
    expect(app.getPath('userData')).toBe(home.userData)
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

  it('handles every host channel and the preload’s drop channel', () => {
    expect([...recorded.handlers.keys()].sort()).toEqual([...Object.values(hostChannels), ...Object.values(shellChannels)].sort())
  })

  it('opens locked-down windows on the app page, shown once painted', async () => {
    const [window] = windows()
    expect(window.url).toBe('penholder://app/index.html')
    expect(window.options.webPreferences).toEqual(expect.objectContaining({
      sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false, navigateOnDragDrop: false
    }))
    expect(window.options.webPreferences.preload).toMatch(/preload\.cjs$/)
    const navigation = preventable()
    window.webContents.emit('will-navigate', navigation, 'file:///home/ana/draft.penholder')
    expect(navigation.prevented).toBe(true)
    expect(window.webContents.openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(windows().every(w => w.isVisible())).toBe(true))
    expect(windows().map(w => w.shownBeforeReady)).toEqual([false, false])
  })

  it('hands the document from the command line to the first window', async () => {
    const [window] = windows()
    expect(await invoke(window, hostChannels.nextShellEvent)).toEqual({
      kind: 'open', opened: { file: { id: launched, name: 'launched.penholder' }, text: documentText }
    })
    expect(window.represented).toBe(launched)
  })

  it('hands the document of a second launch during start-up to a window of its own', async () => {
    const window = windows()[1]
    expect(await invoke(window, hostChannels.nextShellEvent)).toEqual({
      kind: 'open', opened: { file: { id: second, name: 'second.penholder.json' }, text: documentText }
    })
    expect(recorded.systemRecent).toEqual([launched, second])
  })

  it('sets a menu listing the recent documents, whose items reach the window in front', async () => {
    await vi.waitFor(() => expect(recorded.menus.at(-1)!.allItems().map(i => i.label)).toContain('launched.penholder'))
    const window = BrowserWindow.getFocusedWindow()!
    menuItem('Save').click()
    expect(await invoke(window, hostChannels.nextShellEvent)).toEqual({ kind: 'command', command: 'save' })
  })

  it('refuses a call from a page that is not the app', () => {
    const [window] = windows()
    const event = { sender: window.webContents, senderFrame: { url: 'https://example.org/', parent: null } }
    expect(() => recorded.handlers.get(hostChannels.loadSettings)!(event)).toThrow(/refused/)
  })

  it('focuses the window showing a document launched again', async () => {
    secondLaunch([executable, launched], '/')
    await settle()
    expect(windows()).toHaveLength(2)
    expect(BrowserWindow.getFocusedWindow()).toBe(windows()[0])
  })

  it('asks before closing a window with unsaved changes, and keeps it on Cancel', async () => {
    const window = windows()[1]
    const file = { id: second, name: 'second.penholder.json' }
    expect(await invoke(window, hostChannels.recordDraft, { draftId: 'w2', file, title: 'Second', content: documentText.replace('2025-03-01', '2025-03-02') })).toEqual({ ok: true, value: undefined })
    expect(window.edited).toBe(true)
    recorded.answers.push(2)
    window.close()
    await vi.waitFor(() => expect(recorded.messageBoxes).toHaveLength(1))
    expect(recorded.messageBoxes[0].message).toBe('Do you want to save the changes you made to “Draft on trafficking”?')
    await settle()
    expect(window.isDestroyed()).toBe(false)
  })

  it('saves on Save, then quits when asked, without window-all-closed on the way', async () => {
    const window = windows()[1]
    recorded.answers.push(0)
    app.quit()
    await vi.waitFor(() => expect(recorded.quitted).toBe(true))
    expect(readFileSync(second, 'utf8')).toContain('2025-03-02')
    expect(window.isDestroyed()).toBe(true)
    expect(recorded.messageBoxes).toHaveLength(2)
    expect(recorded.windowAllClosed).toBe(0)
    expect(JSON.parse(readFileSync(join(home.userData, 'window-state.json'), 'utf8')).bounds).toEqual(expect.objectContaining({ width: 1280, height: 900 }))
  })
})

describe('documents from Explorer or Finder while the app is in the background', () => {
  const home = machine('penholder-main-explorer-')

  beforeAll(async () => {
    await startMain(home, [])
    await vi.waitFor(() => expect(windows()[0]?.isVisible()).toBe(true))
    leaveApp()
  })

  afterAll(() => rmSync(home.root, { recursive: true, force: true }))

  it('go to the blank start window, not to a second one', async () => {
    const [start] = windows()
    const path = home.document('from-explorer.penholder')
    secondLaunch(['C:\\Program Files\\Penholder\\Penholder.exe', path], home.documents)
    await vi.waitFor(() => expect(start.represented).toBe(path))
    expect(windows()).toEqual([start])
    expect(BrowserWindow.getFocusedWindow()).toBe(start)
  })

  it('one window each when several arrive at once, never two in the same window', async () => {
    leaveApp()
    const paths = [home.document('first.penholder'), home.document('second.penholder')]
    for (const path of paths) app.emit('open-file', preventable(), path)
    await vi.waitFor(() => expect(windows()).toHaveLength(3))
    await settle()
    expect(windows().slice(1).map(w => w.represented)).toEqual(paths)
  })
})

describe('a document macOS hands over before the app is ready', () => {
  const home = machine('penholder-main-openfile-')
  afterAll(() => rmSync(home.root, { recursive: true, force: true }))

  it('opens in the start window', async () => {
    const path = home.document('double-clicked.penholder')
    await startMain(home, [], () => app.emit('open-file', preventable(), path))
    await vi.waitFor(() => expect(windows()[0]?.represented).toBe(path))
    expect(windows()).toHaveLength(1)
  })
})

describe('a window remembered maximized', () => {
  const home = machine('penholder-main-maximized-')
  afterAll(() => rmSync(home.root, { recursive: true, force: true }))

  it('is maximized and shown once its page has painted, never blank before', async () => {
    await saveWindowState(home.userData, { bounds: { x: 10, y: 10, width: 1000, height: 700 }, maximized: true })
    await startMain(home, [])
    await vi.waitFor(() => expect(windows()[0]?.isVisible()).toBe(true))
    const [window] = windows()
    expect([window.isMaximized(), window.shownBeforeReady]).toEqual([true, false])
  })
})

describe('the window menu and the page', () => {
  const home = machine('penholder-main-page-')
  let window: BrowserWindow

  beforeAll(async () => {
    await startMain(home, [])
    await vi.waitFor(() => expect(windows()[0]?.isVisible()).toBe(true))
    window = windows()[0]
  })

  afterAll(() => rmSync(home.root, { recursive: true, force: true }))

  it('says nothing when the person cancels the print dialog', async () => {
    recorded.printOutcomes.push([false, 'Print job canceled'])
    menuItem('Print…').click()
    await settle()
    expect(recorded.messageBoxes).toEqual([])
  })

  it('says why when printing fails', async () => {
    recorded.printOutcomes.push([false, 'Print job failed'])
    menuItem('Print…').click()
    await vi.waitFor(() => expect(recorded.messageBoxes).toHaveLength(1))
    expect(recorded.messageBoxes[0]).toEqual(expect.objectContaining({ type: 'error', message: 'Penholder could not print.', detail: 'Print job failed.' }))
    recorded.messageBoxes.length = 0
  })

  it('opens a document dropped on the window, and names what it did not open', async () => {
    const path = home.document('dropped.penholder')
    await invoke(window, shellChannels.dropFiles, [path, join(home.documents, 'notes.txt')])
    await vi.waitFor(() => expect(window.represented).toBe(path))
    await vi.waitFor(() => expect(recorded.messageBoxes).toHaveLength(1))
    expect(recorded.messageBoxes[0].message).toBe('Penholder did not open “notes.txt”.')
    recorded.messageBoxes.length = 0
  })

  it('pops up a context menu Electron accepts for a misspelt word', () => {
    window.webContents.emit('context-menu', preventable(), {
      isEditable: true, selectionText: '', misspelledWord: 'traffiking', dictionarySuggestions: ['trafficking'],
      editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }
    })
    expect(recorded.popups).toBe(1)
  })

  it('reloads a page that crashed once, and asks when it crashes again at once', async () => {
    window.webContents.crash('crashed')
    await settle()
    expect([window.reloads, recorded.messageBoxes.length]).toEqual([1, 0])
    recorded.answers.push(1)
    window.webContents.crash('crashed')
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true))
    expect(window.reloads).toBe(1)
    expect(recorded.messageBoxes.map(box => box.message)).toEqual(['This window’s page stopped again: it crashed.'])
  })
})
