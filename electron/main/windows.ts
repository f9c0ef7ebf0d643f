import { join } from 'node:path'
import { BrowserWindow, nativeTheme, screen } from 'electron'
import { appEntryUrl } from '../shell'
import { fitToDisplays, minimumWindowSize, restoreWindowState, type Rect, type WindowState } from '../services'

/// The work areas of the connected displays, the primary one first, as the window
/// state services want them.
export function displayAreas(): Rect[] {
  const primary = screen.getPrimaryDisplay()
  return [primary, ...screen.getAllDisplays().filter(d => d.id !== primary.id)].map(d => d.workArea)
}

/// Where a new window goes: the remembered place for the first one, then each next one
/// a step down and right of the window in front, kept on a visible display.
export function placeWindow(remembered: WindowState | null, inFront: BrowserWindow | null): WindowState {
  if (!inFront) return restoreWindowState(remembered, displayAreas())
  const { x, y, width, height } = inFront.getNormalBounds()
  return { bounds: fitToDisplays({ x: x + 28, y: y + 28, width, height }, displayAreas()), maximized: false }
}

export function backgroundColor(): string {
  return nativeTheme.shouldUseDarkColors ? '#1f1f1f' : '#ffffff'
}

/// A document window. Its page is the built renderer, served by the app protocol; it
/// runs sandboxed, with context isolation and without Node, and reaches the machine only
/// through the preload's `HostApi`.
export function createDocumentWindow(state: WindowState, spellcheck: boolean): BrowserWindow {
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    show: false,
    title: 'Penholder',
    backgroundColor: backgroundColor(),
    webPreferences: {
      /// Reviewed (electronegativity asks for a review of every preload): the preload
      /// exposes only `HostApi`, each method one `ipcRenderer.invoke` on a fixed channel,
      /// no Node and no `ipcRenderer`; it runs sandboxed and context-isolated.
      preload: join(__dirname, 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck,
      /// Dropped files are taken by the preload (electron/preload/fileDrop.ts).
      navigateOnDragDrop: false
    }
  })
  /// Shown once the page has painted. `maximize()` shows a window too (Electron's
  /// docs: "This will also show (but not focus) the window"), so it waits as well.
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize()
    window.show()
  })
  void window.loadURL(appEntryUrl)
  return window
}
