import { basename, join } from 'node:path'
import { app, BrowserWindow, ipcMain, Menu, nativeTheme, protocol, session, type IpcMainInvokeEvent } from 'electron'
import {
  argvFile, loadSettings, loadWindowState, RecentFiles, RecoveryJournal, saveWindowState, userDataFolderName, type WindowState
} from '../services'
import { registerDropHandler, registerHostHandlers } from '../ipc'
import {
  applicationMenu, appScheme, CloseFlow, contextMenuEntries, denyPermissions, DesktopHost, droppedDocuments, fileNameFrom,
  guardNavigation, HandOverQueue, menuTemplate, placeDocument, printProblem, RendererRecovery, serveAppFile,
  spellCheckerLanguages, WindowOrder, type HandOver, type MenuAction, type RendererGoneReason
} from '../shell'
import { NativeDialogs } from './dialogs'
import { backgroundColor, createDocumentWindow, placeWindow } from './windows'

/// The main process: Electron's events wired to the shell (electron/shell) and the
/// services (electron/services), where everything worth testing lives.

const appId = 'org.penholder.app'
const webRoot = join(__dirname, '..', 'web')

app.setName('Penholder')
app.setPath('userData', join(app.getPath('appData'), userDataFolderName(app.isPackaged)))
app.setAppUserModelId(appId)
app.enableSandbox()
/// Standard and secure: the app's pages get a real origin and a secure context. Not
/// `corsEnabled`, which would let other origins read the app's files.
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }
])

/// Documents handed over from outside, from the first line on: the command line, macOS
/// `open-file` (which comes before `ready` when a document launches the app) and second
/// launches (which may come while `start` still reads the settings). They wait until the
/// shell is ready, then are carried out one at a time.
const handOver = new HandOverQueue(message => console.warn(message))
const launched = argvFile(process.argv, process.cwd())
if (launched) handOver.push({ kind: 'document', path: launched })

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('open-file', (event, path) => {
    event.preventDefault()
    handOver.push({ kind: 'document', path })
  })
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = argvFile(argv, workingDirectory)
    handOver.push(path ? { kind: 'document', path } : { kind: 'activate' })
  })
  void app.whenReady().then(start)
}

async function start(): Promise<void> {
  const userData = app.getPath('userData')
  const { settings, problems } = await loadSettings(userData)
  for (const problem of problems) console.warn(problem)
  nativeTheme.themeSource = settings.theme
  protocol.handle(appScheme, request => serveAppFile(webRoot, request))
  denyPermissions(session.defaultSession)
  session.defaultSession.setSpellCheckerEnabled(settings.spellcheck)
  if (process.platform !== 'darwin')
    session.defaultSession.setSpellCheckerLanguages(spellCheckerLanguages(session.defaultSession.availableSpellCheckerLanguages))
  const shell = new Shell(userData, settings.spellcheck, await loadWindowState(userData))
  await shell.refreshMenu()
  shell.newWindow()
  handOver.start(request => shell.handOver(request))
}

/// The running app: its windows, the host behind their IPC, and the close flow.
class Shell {
  private readonly dialogs = new NativeDialogs()
  private readonly journal: RecoveryJournal
  private readonly recent: RecentFiles
  private readonly host: DesktopHost
  private readonly closing: CloseFlow
  private readonly order = new WindowOrder()
  private readonly recovery = new RendererRecovery()
  /// Windows whose page has painted once (`ready-to-show`).
  private readonly painted = new Set<number>()
  private lastState: WindowState | null
  private saving: Promise<void> = Promise.resolve()
  private flushed = false

  constructor(private readonly userData: string, private readonly spellcheck: boolean, remembered: WindowState | null) {
    this.lastState = remembered
    this.journal = new RecoveryJournal({ userData, onProblem: problem => this.host.journalFailed(problem.message) })
    this.recent = new RecentFiles({ userData, onProblem: problem => console.warn(problem.message) })
    this.host = new DesktopHost({
      userData,
      documents: app.getPath('documents'),
      dialogs: this.dialogs,
      journal: this.journal,
      recent: this.recent,
      addToSystemRecent: path => app.addRecentDocument(path),
      onRecentChanged: () => void this.refreshMenu(),
      onDocumentChanged: id => { const window = BrowserWindow.fromId(id); if (window) this.showDocument(window) },
      onProblem: message => console.warn(message)
    })
    this.closing = new CloseFlow({
      windows: () => this.order.recent(),
      hasUnsavedChanges: id => this.host.hasUnsavedChanges(id),
      ask: id => this.dialogs.askUnsaved(id),
      save: id => this.host.saveDraft(id),
      discard: id => this.host.abandonDraft(id),
      close: id => BrowserWindow.fromId(id)?.close(),
      quit: () => app.quit()
    })
    const windowOf = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender)?.id ?? null
    registerHostHandlers(ipcMain, this.host, windowOf)
    registerDropHandler(ipcMain, windowOf, (windowId, paths) => this.dropped(windowId, paths))
    app.on('web-contents-created', (_event, contents) => guardNavigation(contents))
    app.on('activate', () => { if (!BrowserWindow.getAllWindows().length) this.newWindow() })
    app.on('window-all-closed', () => { if (process.platform !== 'darwin') app.quit() })
    app.on('before-quit', event => { if (!this.closing.beforeQuit()) event.preventDefault() })
    app.on('will-quit', event => {
      if (this.flushed) return
      event.preventDefault()
      void Promise.all([this.journal.flush(), this.saving]).finally(() => {
        this.flushed = true
        app.quit()
      })
    })
    nativeTheme.on('updated', () => { for (const window of BrowserWindow.getAllWindows()) window.setBackgroundColor(backgroundColor()) })
  }

  newWindow(): BrowserWindow {
    const window = createDocumentWindow(placeWindow(this.lastState, BrowserWindow.getFocusedWindow()), this.spellcheck)
    const id = window.id
    this.order.opened(id)
    window.once('ready-to-show', () => this.painted.add(id))
    window.on('focus', () => this.order.focused(id))
    window.on('close', event => {
      if (!this.closing.beforeClose(id)) {
        event.preventDefault()
        return
      }
      this.remember({ bounds: window.getNormalBounds(), maximized: window.isMaximized() })
    })
    window.on('closed', () => {
      this.closing.closed(id)
      this.order.closed(id)
      this.painted.delete(id)
      this.recovery.closed(id)
      this.host.forgetWindow(id)
    })
    window.webContents.on('render-process-gone', (_event, details) => void this.pageGone(window, details.reason))
    window.webContents.on('context-menu', (_event, params) => {
      const entries = contextMenuEntries(params)
      if (entries.length) Menu.buildFromTemplate(menuTemplate(entries, action => this.run(action, window))).popup({ window })
    })
    return window
  }

  /// Carry out a hand-over: a document goes to the window showing it, to a blank window
  /// (the one dropped on, the one in front, or with the app in the background the most
  /// recently focused), or to a new one.
  async handOver(request: HandOver): Promise<void> {
    if (request.kind === 'activate') {
      const recent = this.order.recent()[0]
      return this.bringForward((recent === undefined ? null : BrowserWindow.fromId(recent)) ?? this.newWindow())
    }
    const target = request.target ?? BrowserWindow.getFocusedWindow()?.id ?? null
    const placement = placeDocument(this.host.windowShowing(request.path), target, this.order.recent(), id => this.host.isBlank(id))
    if (placement.kind === 'focus') {
      const window = BrowserWindow.fromId(placement.windowId)
      if (window) this.bringForward(window)
      return
    }
    const window = placement.kind === 'reuse' ? BrowserWindow.fromId(placement.windowId) ?? this.newWindow() : this.newWindow()
    this.bringForward(window)
    await this.host.deliver(window.id, request.path)
  }

  async refreshMenu(): Promise<void> {
    const [recent, settings] = await Promise.all([this.recent.list(), this.host.loadSettings(0)])
    const entries = applicationMenu({ platform: process.platform, recent, redline: settings.redline, development: !app.isPackaged })
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(entries, action => this.run(action, BrowserWindow.getFocusedWindow()))))
  }

  /// Carry out a menu item for the window in front (a new one when there is none).
  private run(action: MenuAction, target: BrowserWindow | null): void {
    if (action.kind === 'shell' && action.command === 'clear-recent') {
      app.clearRecentDocuments()
      return void this.recent.clear().then(() => this.refreshMenu())
    }
    const window = target ?? BrowserWindow.getFocusedWindow() ?? this.newWindow()
    switch (action.kind) {
      case 'editor':
        return this.host.send(window.id, { kind: 'command', command: action.command })
      case 'open-recent':
        return this.host.send(window.id, { kind: 'open-recent', file: { id: action.path, name: basename(action.path) } })
      case 'replace-misspelling':
        return window.webContents.replaceMisspelling(action.word)
      case 'learn-word':
        window.webContents.session.addWordToSpellCheckerDictionary(action.word)
        return
    }
    switch (action.command) {
      case 'import-text':
        return void this.host.importText(window.id)
      case 'print':
        return window.webContents.print({}, (success, reason) => {
          const problem = printProblem(success, reason)
          if (problem) void this.dialogs.showProblem(window.id, problem)
        })
      case 'export-pdf':
        return void this.exportPdf(window)
      case 'about':
        return void this.dialogs.ask(window.id, {
          type: 'info',
          message: `Penholder ${app.getVersion()}`,
          detail: `A desktop editor for drafting United Nations resolutions.\nElectron ${process.versions.electron}, Chromium ${process.versions.chrome}, Node ${process.versions.node}.`,
          buttons: ['OK'],
          defaultId: 0,
          cancelId: 0,
          answers: [undefined]
        })
    }
  }

  private async exportPdf(window: BrowserWindow): Promise<void> {
    try {
      // The page size print.css sets: A4, or Letter when the drafter chose it.
      const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: false })
      await this.host.exportBytes(window.id, `${fileNameFrom(window.getTitle())}.pdf`, 'application/pdf', pdf)
    } catch (error) {
      await this.dialogs.showProblem(window.id, `Penholder could not make a PDF: ${error instanceof Error ? error.message : String(error)}.`)
    }
  }

  /// Files dropped on a window: its documents are handed over as if opened from outside,
  /// what is not a document is named in a problem box.
  private dropped(windowId: number, paths: readonly string[]): void {
    const { documents, problem } = droppedDocuments(paths)
    for (const path of documents) handOver.push({ kind: 'document', path, target: windowId })
    if (problem) void this.dialogs.showProblem(windowId, problem)
  }

  /// A window's page process ended: reload it once; if it ends again at once, ask.
  private async pageGone(window: BrowserWindow, reason: RendererGoneReason): Promise<void> {
    this.host.forgetWindow(window.id)
    if (window.isDestroyed()) return
    const action = this.recovery.gone(window.id, reason)
    const choice = action.kind === 'reload' ? 'reload' : await this.dialogs.ask(window.id, action.question)
    if (window.isDestroyed()) return
    if (choice === 'reload') window.reload()
    else window.close()
  }

  /// The title bar's document: macOS shows its icon and marks unsaved changes.
  private showDocument(window: BrowserWindow): void {
    const path = this.host.documentOf(window.id)
    if (path) window.setRepresentedFilename(path)
    window.setDocumentEdited(this.host.hasUnsavedChanges(window.id))
  }

  /// A window still loading is left alone: it shows and takes the focus once painted
  /// (`createDocumentWindow`), and showing it now would show it blank.
  private bringForward(window: BrowserWindow): void {
    if (!this.painted.has(window.id)) return
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
  }

  /// Remember where the last closed window was, for the next window (macOS keeps running
  /// without one) and the next start.
  private remember(state: WindowState): void {
    this.lastState = state
    this.saving = this.saving
      .then(() => saveWindowState(this.userData, state))
      .catch(error => console.warn(error instanceof Error ? error.message : String(error)))
  }
}
