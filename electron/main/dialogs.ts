import { BrowserWindow, dialog } from 'electron'
import type { CloseChoice, FileFilter, HostDialogs, Question } from '../shell'
import { dialogFilter, problemBox, replaceQuestion, unsavedChangesQuestion } from '../shell'

/// Native dialogs, each sheet-attached to its window (macOS) or modal to it.
export class NativeDialogs implements HostDialogs {
  async chooseFileToOpen(windowId: number, filter: FileFilter, folder: string): Promise<string | null> {
    const options = {
      defaultPath: folder,
      properties: ['openFile' as const],
      filters: [this.filter(filter), { name: 'All files', extensions: ['*'] }]
    }
    const window = BrowserWindow.fromId(windowId)
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
    return result.canceled || !result.filePaths.length ? null : result.filePaths[0]
  }

  async chooseSaveTarget(windowId: number, defaultPath: string, filter: FileFilter): Promise<string | null> {
    const options = { defaultPath, filters: [this.filter(filter)], properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] }
    const window = BrowserWindow.fromId(windowId)
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  }

  confirmReplace(windowId: number, path: string, reason: 'changed-on-disk' | 'exists'): Promise<boolean> {
    return this.ask(windowId, replaceQuestion(path, reason))
  }

  async showProblem(windowId: number, message: string): Promise<void> {
    await this.ask(windowId, problemBox(message))
  }

  /// Save / Don't Save / Cancel for a window about to close, brought to the front first
  /// so the person sees which draft the question is about.
  askUnsaved(windowId: number): Promise<CloseChoice> {
    const window = BrowserWindow.fromId(windowId)
    if (window) {
      if (window.isMinimized()) window.restore()
      window.show()
      window.focus()
    }
    return this.ask(windowId, unsavedChangesQuestion(window?.getTitle() ?? ''))
  }

  async ask<T>(windowId: number | null, question: Question<T>): Promise<T> {
    const { answers, ...options } = question
    const box = { ...options, buttons: [...options.buttons], noLink: true }
    const window = windowId === null ? null : BrowserWindow.fromId(windowId)
    const { response } = window ? await dialog.showMessageBox(window, box) : await dialog.showMessageBox(box)
    return answers[response] ?? answers[question.cancelId]
  }

  private filter(filter: FileFilter): Electron.FileFilter {
    const shown = dialogFilter(filter, process.platform)
    return { name: shown.name, extensions: [...shown.extensions] }
  }
}
