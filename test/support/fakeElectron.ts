/// A stand-in for the `electron` module, enough of it for the main process to start, open
/// windows, answer IPC and quit, recording what it was asked. Electron's binary cannot run
/// on these machines; with this, the wiring in electron/main is exercised for real.

type Listener = (...args: any[]) => unknown

class Emitter {
  private readonly listeners = new Map<string, Listener[]>()
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
    return this
  }
  once(name: string, listener: Listener): this {
    return this.on(name, listener)
  }
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(...args)
  }
}

/// An event whose default can be prevented, as Electron passes to `close`, `before-quit`….
export function preventable(): { prevented: boolean, preventDefault(): void } {
  return { prevented: false, preventDefault() { this.prevented = true } }
}

export const recorded = {
  privileged: [] as unknown[],
  protocols: new Map<string, (request: Request) => Promise<Response>>(),
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  menus: [] as any[],
  popups: 0,
  sandboxed: false,
  singleInstance: false,
  spellLanguages: [] as string[],
  systemRecent: [] as string[],
  messageBoxes: [] as any[],
  /// Button indexes the next message boxes answer with.
  answers: [] as number[],
  quitted: false,
  permissionRequest: null as null | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
  permissionCheck: null as null | ((contents: unknown, permission: string) => boolean)
}

const session = {
  availableSpellCheckerLanguages: ['de-DE', 'en-GB', 'en-US', 'fr'],
  setPermissionRequestHandler: (handler: typeof recorded.permissionRequest) => { recorded.permissionRequest = handler },
  setPermissionCheckHandler: (handler: typeof recorded.permissionCheck) => { recorded.permissionCheck = handler },
  setSpellCheckerEnabled: () => {},
  setSpellCheckerLanguages: (languages: string[]) => { recorded.spellLanguages = languages },
  addWordToSpellCheckerDictionary: () => true
}

class WebContents extends Emitter {
  readonly session = session
  openHandler: ((details: { url: string }) => unknown) | null = null
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void { this.openHandler = handler }
  replaceMisspelling(): void {}
  print(): void {}
  async printToPDF(): Promise<Uint8Array> { return new Uint8Array([0x25, 0x50, 0x44, 0x46]) }
}

const paths = new Map<string, string>()
let windows: BrowserWindow[] = []
let nextId = 1
let focused: BrowserWindow | null = null

class App extends Emitter {
  readonly isPackaged = false
  setName(): void {}
  getPath(name: string): string {
    const path = paths.get(name)
    if (!path) throw new Error(`no path ${name} in the fake`)
    return path
  }
  setPath(name: string, path: string): void { paths.set(name, path) }
  setAppUserModelId(): void {}
  enableSandbox(): void { recorded.sandboxed = true }
  requestSingleInstanceLock(): boolean { recorded.singleInstance = true; return true }
  whenReady(): Promise<void> { return Promise.resolve() }
  isReady(): boolean { return true }
  getVersion(): string { return '0.1.0' }
  addRecentDocument(path: string): void { recorded.systemRecent.push(path) }
  clearRecentDocuments(): void { recorded.systemRecent = [] }
  /// Electron's order: `before-quit`, then each window's `close`, then `will-quit`.
  quit(): void {
    const before = preventable()
    this.emit('before-quit', before)
    if (before.prevented) return
    for (const window of BrowserWindow.getAllWindows()) {
      window.close()
      if (!window.isDestroyed()) return
    }
    const will = preventable()
    this.emit('will-quit', will)
    if (!will.prevented) recorded.quitted = true
  }
}

export const app = new App()

export class BrowserWindow extends Emitter {
  readonly id = nextId++
  readonly webContents = new WebContents()
  url = ''
  represented = ''
  edited = false
  private destroyed = false

  constructor(readonly options: any) {
    super()
    windows.push(this)
    focused = this
    app.emit('web-contents-created', preventable(), this.webContents)
  }

  static getAllWindows(): BrowserWindow[] { return windows.filter(w => !w.destroyed) }
  static getFocusedWindow(): BrowserWindow | null { return focused && !focused.destroyed ? focused : null }
  static fromId(id: number): BrowserWindow | null { return windows.find(w => w.id === id && !w.destroyed) ?? null }
  static fromWebContents(contents: unknown): BrowserWindow | null { return windows.find(w => w.webContents === contents && !w.destroyed) ?? null }

  async loadURL(url: string): Promise<void> { this.url = url }
  show(): void {}
  focus(): void { focused = this }
  restore(): void {}
  maximize(): void {}
  isMinimized(): boolean { return false }
  isMaximized(): boolean { return false }
  isDestroyed(): boolean { return this.destroyed }
  getNormalBounds() { return { x: this.options.x, y: this.options.y, width: this.options.width, height: this.options.height } }
  getTitle(): string { return 'Draft on trafficking' }
  setRepresentedFilename(path: string): void { this.represented = path }
  setDocumentEdited(edited: boolean): void { this.edited = edited }
  setBackgroundColor(): void {}
  reload(): void {}
  close(): void {
    const event = preventable()
    this.emit('close', event)
    if (event.prevented) return
    this.destroyed = true
    if (focused === this) focused = null
    this.emit('closed')
    if (!BrowserWindow.getAllWindows().length) app.emit('window-all-closed')
  }
}

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => { recorded.privileged.push(...schemes) },
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) => { recorded.protocols.set(scheme, handler) }
}

export const ipcMain = {
  handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => { recorded.handlers.set(channel, handler) }
}

export const Menu = {
  buildFromTemplate: (template: unknown[]) => ({ template, popup: () => { recorded.popups++ } }),
  setApplicationMenu: (menu: unknown) => { recorded.menus.push(menu) }
}

export const nativeTheme = Object.assign(new Emitter(), { themeSource: 'system', shouldUseDarkColors: false })

export const screen = {
  getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
  getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]
}

export const dialog = {
  showMessageBox: async (...args: any[]) => {
    recorded.messageBoxes.push(args.at(-1))
    return { response: recorded.answers.shift() ?? args.at(-1).cancelId }
  },
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true, filePath: '' })
}

export const sessionModule = { defaultSession: session }

/// Start afresh: the folders the app uses, no windows.
export function resetFakeElectron(folders: { appData: string, documents: string }): void {
  paths.clear()
  paths.set('appData', folders.appData)
  paths.set('documents', folders.documents)
  windows = []
  focused = null
}

/// The module as `import … from 'electron'` sees it.
export const electronModule = { app, BrowserWindow, protocol, ipcMain, Menu, nativeTheme, screen, dialog, session: sessionModule }
