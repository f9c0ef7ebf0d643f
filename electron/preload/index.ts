import { contextBridge, ipcRenderer, webUtils } from 'electron'
import type { HostApi } from '../../shared/host'
import { hostChannels, shellChannels } from '../ipc/channels'
import type { ShellEventSource } from '../../shared/host'
import { acceptFileDrops } from './fileDrop'

/// The desktop host as the page sees it: `HostApi`, each method one `ipcRenderer.invoke`
/// on its own channel. Nothing else crosses: not `ipcRenderer` itself, not a way to
/// listen to or send on any other channel, not Node. The main process checks the
/// sender and the arguments of every call (electron/ipc/registerHostHandlers.ts).
const host: HostApi & ShellEventSource = {
  capabilities: { kind: 'electron', saveInPlace: true },
  openDocument: () => ipcRenderer.invoke(hostChannels.openDocument),
  openRecent: file => ipcRenderer.invoke(hostChannels.openRecent, file),
  saveDocument: (file, text) => ipcRenderer.invoke(hostChannels.saveDocument, file, text),
  saveDocumentAs: (suggestedName, text) => ipcRenderer.invoke(hostChannels.saveDocumentAs, suggestedName, text),
  exportFile: (suggestedName, mimeType, content) => ipcRenderer.invoke(hostChannels.exportFile, suggestedName, mimeType, content),
  recentFiles: () => ipcRenderer.invoke(hostChannels.recentFiles),
  forgetRecent: file => ipcRenderer.invoke(hostChannels.forgetRecent, file),
  recordDraft: snapshot => ipcRenderer.invoke(hostChannels.recordDraft, snapshot),
  discardDraft: draftId => ipcRenderer.invoke(hostChannels.discardDraft, draftId),
  recoverableDrafts: () => ipcRenderer.invoke(hostChannels.recoverableDrafts),
  loadSettings: () => ipcRenderer.invoke(hostChannels.loadSettings),
  saveSettings: settings => ipcRenderer.invoke(hostChannels.saveSettings, settings),
  nextShellEvent: () => ipcRenderer.invoke(hostChannels.nextShellEvent)
}

/// `window.penholderHost` in the page.
contextBridge.exposeInMainWorld('penholderHost', host)

/// Files dropped on the window, by path, to the main process; the page sees none of it.
/// The main process tells of any problem itself; a refused call is only logged here.
acceptFileDrops(window, file => webUtils.getPathForFile(file), paths => {
  ipcRenderer.invoke(shellChannels.dropFiles, paths).catch(error => console.warn(error instanceof Error ? error.message : String(error)))
})
