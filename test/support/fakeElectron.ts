/// A stand-in for the `electron` module, enough of it for the main process to start, open
/// windows, answer IPC and quit, recording what it was asked. Electron's binary cannot run
/// on these machines; with this, the wiring in electron/main is exercised for real.
///
/// Where Electron's behaviour decides whether the app works, the fake follows Electron
/// 41.7.1 (node_modules/electron/electron.d.ts, and Electron's docs and source as cited at
/// each point) rather than what is convenient for a test: a test that passes here should
/// not fail on a real machine for a reason the fake could have shown.

type Listener = (...args: any[]) => unknown

class Emitter {
  private readonly listeners = new Map<string, Listener[]>()
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
    return this
  }
  /// Node's `EventEmitter.once`, which Electron's objects are: the listener runs for the
  /// first event only.
  once(name: string, listener: Listener): this {
    const wrapper: Listener = (...args) => {
      this.removeListener(name, wrapper)
      return listener(...args)
    }
    return this.on(name, wrapper)
  }
  removeListener(name: string, listener: Listener): this {
    this.listeners.set(name, (this.listeners.get(name) ?? []).filter(l => l !== listener))
    return this
  }
  emit(name: string, ...args: unknown[]): void {
    for (const listener of [...this.listeners.get(name) ?? []]) listener(...args)
  }
  removeAllListeners(): this {
    this.listeners.clear()
    return this
  }
}

/// An event whose default can be prevented, as Electron passes to `close`, `before-quit`….
export function preventable(): { prevented: boolean, preventDefault(): void } {
  return { prevented: false, preventDefault() { this.prevented = true } }
}

const fresh = () => ({
  privileged: [] as unknown[],
  protocols: new Map<string, (request: Request) => Promise<Response>>(),
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  menus: [] as FakeMenu[],
  popups: 0,
  sandboxed: false,
  singleInstance: false,
  spellLanguages: [] as string[],
  systemRecent: [] as string[],
  messageBoxes: [] as any[],
  /// Button indexes the next message boxes answer with.
  answers: [] as number[],
  /// How the next print dialogs end: `[success, failureReason]` as `webContents.print`
  /// calls back. Without one, the page prints.
  printOutcomes: [] as [boolean, string][],
  /// Roles macOS carried out itself (the first responder's `undo:`, `copy:`…).
  nativeRoles: [] as string[],
  windowAllClosed: 0,
  quitted: false,
  permissionRequest: null as null | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
  permissionCheck: null as null | ((contents: unknown, permission: string) => boolean)
})

export const recorded = fresh()

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
  /// The print dialog, closed some time later. Electron calls back with `(false, reason)`
  /// when nothing printed; a Cancel is `"Print job canceled"` (electron.d.ts lists the
  /// reasons; Electron's patches/chromium/printing.patch, `PrintReasonFromPrintStatus`).
  print(_options: unknown, callback?: (success: boolean, failureReason: string) => void): void {
    const [success, reason] = recorded.printOutcomes.shift() ?? [true, '']
    setTimeout(() => callback?.(success, reason), 0)
  }
  async printToPDF(): Promise<Uint8Array> { return new Uint8Array([0x25, 0x50, 0x44, 0x46]) }
  /// The renderer process ends (a crash, the out-of-memory killer); `reason` as in
  /// Electron's `RenderProcessGoneDetails`.
  crash(reason: 'crashed' | 'oom' | 'killed' | 'launch-failed' = 'crashed'): void {
    this.emit('render-process-gone', preventable(), { reason, exitCode: 1 })
  }
}

const paths = new Map<string, string>()
let windows: BrowserWindow[] = []
let nextId = 1
let focused: BrowserWindow | null = null
let ready = false
let becomeReady: () => void = () => {}
let whenReady = new Promise<void>(resolve => { becomeReady = resolve })

function focus(window: BrowserWindow | null): void {
  if (focused === window) return
  const before = focused
  focused = window
  before?.emit('blur')
  window?.emit('focus')
}

class App extends Emitter {
  isPackaged = false
  private quitting = false
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
  /// Resolves on the `ready` event, which comes after the main script's first run (the
  /// fake's `launch()`), never during it: what arrives before (macOS `open-file`) finds
  /// the app not ready.
  whenReady(): Promise<void> { return whenReady }
  isReady(): boolean { return ready }
  getVersion(): string { return '0.1.0' }
  addRecentDocument(path: string): void { recorded.systemRecent.push(path) }
  clearRecentDocuments(): void { recorded.systemRecent = [] }
  /// Electron's order: `before-quit`, then each window's `close`, then `will-quit`. No
  /// `window-all-closed` on the way: "if the developer called app.quit(), Electron will
  /// first try to close all the windows and then emit the will-quit event, and in this case
  /// the window-all-closed event would not be emitted" (docs/api/app.md; shell/browser/
  /// browser.cc, `Browser::OnWindowAllClosed`, shuts down instead when quitting).
  quit(): void {
    const before = preventable()
    this.emit('before-quit', before)
    if (before.prevented) return
    this.quitting = true
    try {
      for (const window of BrowserWindow.getAllWindows()) {
        window.close()
        if (!window.isDestroyed()) return
      }
    } finally {
      this.quitting = false
    }
    const will = preventable()
    this.emit('will-quit', will)
    if (!will.prevented) recorded.quitted = true
  }
  isQuitting(): boolean { return this.quitting }
}

export const app = new App()

/// The `ready` event: `app.whenReady()` resolves.
export function launch(): void {
  ready = true
  app.emit('ready')
  becomeReady()
}

/// A second launch of the app (a double-click in the file manager while it runs).
/// Electron emits `second-instance` only once the app is ready: "This event is
/// guaranteed to be emitted after the ready event of app gets emitted" (docs/api/app.md).
export function secondLaunch(argv: string[], workingDirectory: string): void {
  if (!ready) throw new Error('second-instance comes only after ready')
  app.emit('second-instance', preventable(), argv, workingDirectory)
}

/// The person turns to another program (Explorer, Finder): no window of the app has
/// the focus, and `BrowserWindow.getFocusedWindow()` is null.
export function leaveApp(): void {
  focus(null)
}

export class BrowserWindow extends Emitter {
  readonly id = nextId++
  readonly webContents = new WebContents()
  url = ''
  represented = ''
  edited = false
  reloads = 0
  /// Whether the window was on screen before its page had painted (a blank frame).
  shownBeforeReady = false
  private destroyed = false
  private visible = false
  private maximized = false
  private painted = false

  /// A new window is neither shown nor focused while `show: false`; it takes the focus
  /// when shown (docs/api/browser-window.md, `win.show()`: "Shows and gives focus to the
  /// window").
  constructor(readonly options: any) {
    super()
    windows.push(this)
    app.emit('web-contents-created', preventable(), this.webContents)
    if (options.show !== false) this.show()
  }

  static getAllWindows(): BrowserWindow[] { return windows.filter(w => !w.destroyed) }
  static getFocusedWindow(): BrowserWindow | null { return focused && !focused.destroyed ? focused : null }
  static fromId(id: number): BrowserWindow | null { return windows.find(w => w.id === id && !w.destroyed) ?? null }
  static fromWebContents(contents: unknown): BrowserWindow | null { return windows.find(w => w.webContents === contents && !w.destroyed) ?? null }

  /// `ready-to-show` comes once the page has painted, some time after the load starts.
  async loadURL(url: string): Promise<void> {
    this.url = url
    setTimeout(() => {
      if (this.destroyed) return
      this.painted = true
      this.emit('ready-to-show')
    }, 0)
  }
  show(): void {
    this.appear()
    focus(this)
  }
  focus(): void { focus(this) }
  restore(): void {}
  /// "This will also show (but not focus) the window if it isn't being displayed
  /// already" (docs/api/browser-window.md, `win.maximize()`).
  maximize(): void {
    this.maximized = true
    this.appear()
  }
  isVisible(): boolean { return this.visible }
  isMinimized(): boolean { return false }
  isMaximized(): boolean { return this.maximized }
  isDestroyed(): boolean { return this.destroyed }
  getNormalBounds() { return { x: this.options.x, y: this.options.y, width: this.options.width, height: this.options.height } }
  getTitle(): string { return 'Draft on trafficking' }
  setRepresentedFilename(path: string): void { this.represented = path }
  setDocumentEdited(edited: boolean): void { this.edited = edited }
  setBackgroundColor(): void {}
  reload(): void { this.reloads++ }
  close(): void {
    const event = preventable()
    this.emit('close', event)
    if (event.prevented) return
    this.destroyed = true
    if (focused === this) focused = null
    this.emit('closed')
    if (!BrowserWindow.getAllWindows().length && !app.isQuitting()) {
      recorded.windowAllClosed++
      app.emit('window-all-closed')
    }
  }
  private appear(): void {
    if (!this.visible && !this.painted) this.shownBeforeReady = true
    this.visible = true
  }
}

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => { recorded.privileged.push(...schemes) },
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) => { recorded.protocols.set(scheme, handler) }
}

export const ipcMain = {
  handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
    if (recorded.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    recorded.handlers.set(channel, handler)
  }
}

/// The roles macOS carries out itself, through the first responder (`undo:`, `copy:`…);
/// Electron runs the others, and every role on Windows and Linux (lib/browser/api/
/// menu-item-roles.ts, `canExecuteRole`: `nonNativeMacOSRole`).
const nonNativeMacRoles = new Set(['forcereload', 'reload', 'resetzoom', 'toggledevtools', 'zoomin', 'zoomout', 'togglespellchecker'])
/// The accelerators Electron gives roles that have none of their own (menu-item-roles.ts).
const roleAccelerators: Record<string, string> = { undo: 'CommandOrControl+Z', redo: 'Shift+CommandOrControl+Z', close: 'CommandOrControl+W' }
/// Roles whose accelerator Electron does not register (menu-item-roles.ts).
const unregisteredRoles = new Set(['copy', 'cut', 'paste', 'pasteandmatchstyle'])
const itemTypes = ['normal', 'separator', 'submenu', 'checkbox', 'radio', 'header', 'palette']

/// The keyboard event a menu item's click receives (structures/keyboard-event.md).
export interface FakeKeyboardEvent { triggeredByAccelerator?: boolean }

/// A menu item as Electron builds it from a template (lib/browser/api/menu-item.ts).
export class FakeMenuItem {
  readonly label: string
  readonly role: string | undefined
  readonly type: string
  readonly accelerator: string | undefined
  readonly registerAccelerator: boolean
  readonly enabled: boolean
  readonly checked: boolean
  readonly submenu: FakeMenu | undefined
  private readonly onClick: ((item: FakeMenuItem, window: BrowserWindow | undefined, event: FakeKeyboardEvent) => void) | undefined

  constructor(options: any) {
    this.role = typeof options.role === 'string' ? options.role.toLowerCase() : undefined
    this.submenu = options.submenu ? Menu.buildFromTemplate(options.submenu) : undefined
    this.type = options.type ?? (this.submenu ? 'submenu' : 'normal')
    if (this.type === 'submenu' && !this.submenu) throw new Error('Invalid submenu')
    if (!itemTypes.includes(this.type)) throw new Error(`Unknown menu item type: ${this.type}`)
    this.label = options.label ?? ''
    this.accelerator = options.accelerator ?? (this.role ? roleAccelerators[this.role] : undefined)
    this.registerAccelerator = options.registerAccelerator ?? !(this.role && unregisteredRoles.has(this.role))
    this.enabled = options.enabled ?? true
    this.checked = options.checked ?? false
    this.onClick = options.click
  }

  /// A click with the mouse, or (`triggeredByAccelerator`) the item's shortcut. A role's
  /// action replaces the click function: "when specified the click property will be
  /// ignored" (electron.d.ts, `MenuItemConstructorOptions.role`).
  click(event: FakeKeyboardEvent = {}, platform: NodeJS.Platform = process.platform): void {
    if (!this.enabled) return
    if (this.role) {
      if (platform === 'darwin' && !nonNativeMacRoles.has(this.role)) recorded.nativeRoles.push(this.role)
      return
    }
    this.onClick?.(this, BrowserWindow.getFocusedWindow() ?? undefined, event)
  }
}

export class FakeMenu {
  constructor(readonly items: FakeMenuItem[]) {}
  popup(): void { recorded.popups++ }

  /// A key the page did not handle, as the menu receives it. On macOS every item's key
  /// equivalent works (`registerAccelerator` is for Linux and Windows only, electron.d.ts);
  /// elsewhere only registered accelerators do. Returns whether an item took the key.
  pressUnhandledKey(accelerator: string, platform: NodeJS.Platform): boolean {
    const wanted = normalizeAccelerator(accelerator)
    for (const item of this.allItems()) {
      if (!item.accelerator || normalizeAccelerator(item.accelerator) !== wanted) continue
      if (platform !== 'darwin' && !item.registerAccelerator) continue
      item.click({ triggeredByAccelerator: true }, platform)
      return true
    }
    return false
  }

  allItems(): FakeMenuItem[] {
    return this.items.flatMap(item => [item, ...item.submenu?.allItems() ?? []])
  }
}

function normalizeAccelerator(accelerator: string): string {
  return accelerator.split('+').map(key => key === 'CmdOrCtrl' ? 'CommandOrControl' : key).sort().join('+')
}

/// `Menu.buildFromTemplate`, with Electron's checks (lib/browser/api/menu.ts): the
/// template is an array, each item has a label, a role or is a separator.
export const Menu = {
  buildFromTemplate(template: unknown): FakeMenu {
    if (!Array.isArray(template)) throw new TypeError('Invalid template for Menu: Menu template must be an array')
    const valid = template.every(item => item != null && typeof item === 'object' &&
      (Object.hasOwn(item, 'label') || Object.hasOwn(item, 'role') || item.type === 'separator'))
    if (!valid) throw new TypeError('Invalid template for MenuItem: must have at least one of label, role or type')
    return new FakeMenu(template.map(item => new FakeMenuItem(item)))
  },
  setApplicationMenu(menu: FakeMenu) {
    if (menu && !(menu instanceof FakeMenu)) throw new TypeError('Invalid menu')
    recorded.menus.push(menu)
  }
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

/// Start afresh, as a new process would: the folders the app uses, no windows, no
/// listeners, nothing recorded, not ready.
export function resetFakeElectron(folders: { appData: string, documents: string }): void {
  Object.assign(recorded, fresh())
  app.removeAllListeners()
  nativeTheme.removeAllListeners()
  app.isPackaged = false
  paths.clear()
  paths.set('appData', folders.appData)
  paths.set('documents', folders.documents)
  windows = []
  focused = null
  ready = false
  whenReady = new Promise<void>(resolve => { becomeReady = resolve })
}

/// The module as `import … from 'electron'` sees it.
export const electronModule = { app, BrowserWindow, protocol, ipcMain, Menu, nativeTheme, screen, dialog, session: sessionModule }
