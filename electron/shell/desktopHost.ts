import { realpathSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { DraftSnapshot, FileRef, HostResult, HostSettings, OpenedFile, RecentFile, RecoveryEntry } from '../../shared/host'
import { parseDocumentFile } from '../../shared/file'
import {
  FileProblem, loadSettings, normalizeDocumentPath, openDocument, saveDocument, saveSettings, writeAtomically,
  type Fingerprint, type RecentFiles, type RecoveryJournal, type Settings
} from '../services'
import { exportTypes, type ExportType } from '../ipc/exportTypes'
import type { WindowHost } from '../ipc/registerHostHandlers'
import type { ShellEvent } from '../../shared/host'
import { documentFilter, fileNameFrom, importFilter, openFilter, withExtension, type FileFilter } from './fileFilters'
import { ShellEventQueue } from './shellEventQueue'

/// The native dialogs the host opens, each attached to the window that asked.
export interface HostDialogs {
  /// A file to open; null when the dialog was closed.
  chooseFileToOpen(windowId: number, filter: FileFilter, folder: string): Promise<string | null>
  /// Where to write; null when the dialog was closed. The dialog itself asks before
  /// replacing a file the person picked.
  chooseSaveTarget(windowId: number, defaultPath: string, filter: FileFilter): Promise<string | null>
  /// Whether to write over `path`, which another program changed since Penholder read it
  /// (`changed-on-disk`) or which exists under the name the host completed (`exists`).
  confirmReplace(windowId: number, path: string, reason: 'changed-on-disk' | 'exists'): Promise<boolean>
  /// Tell what went wrong, for an operation the page did not ask for (it shows the
  /// `error` of an answer itself).
  showProblem(windowId: number, message: string): Promise<void>
}

export interface DesktopHostOptions {
  userData: string
  /// Where the first open and save dialogs start: the user's Documents folder.
  documents: string
  dialogs: HostDialogs
  journal: RecoveryJournal
  recent: RecentFiles
  /// Told each document opened or saved, for the operating system's own list (the Dock
  /// menu, the jump list, GNOME's recent files).
  addToSystemRecent?: (path: string) => void
  /// Told when the app's recent list changed, to rebuild File ▸ Open Recent.
  onRecentChanged?: () => void
  /// Told when the document a window shows, or whether it has unsaved changes, changed:
  /// for the title bar.
  onDocumentChanged?: (windowId: number) => void
  /// Told of a problem no one is waiting for (the recent list could not be written).
  onProblem?: (message: string) => void
  platform?: NodeJS.Platform
}

const canceled = { ok: false, canceled: true } as const
const failed = (error: string): HostResult<never> => ({ ok: false, canceled: false, error })
const ok = <T>(value: T): HostResult<T> => ({ ok: true, value })

function fileRef(path: string): FileRef {
  return { id: path, name: basename(path) }
}

/// The message of a file the parser refuses, as the rest of a `FileProblem` sentence.
function notADocument(path: string, error: string): FileProblem {
  return FileProblem.create('not-a-document', 'open', path, { stated: error.slice(basename(path).length + 2) })
}

/// The main process's side of `HostApi`, one instance for all windows: opening, saving
/// and exporting files through native dialogs, the recent list, the recovery journal and
/// the settings, plus what the shell itself needs to know about each window (which file
/// it shows, whether it has unsaved changes) to handle closing, quitting and files
/// handed over by the operating system.
///
/// The page names files by path (`FileRef.id`), and a page is not trusted with paths: a
/// window may save over, or journal a draft of, only a file the host handed to that
/// window — opened, saved, recovered, or listed as recent and then opened. A path it
/// makes up is refused.
export class DesktopHost implements WindowHost {
  private readonly granted = new Map<number, Set<string>>()
  private readonly fingerprints = new Map<string, Fingerprint>()
  /// The document each window shows, once it was opened or saved there.
  private readonly documents = new Map<number, string>()
  /// The latest snapshot of each window's unsaved changes.
  private readonly drafts = new Map<number, DraftSnapshot>()
  /// Which window a draft belongs to: its own, or one it was offered for recovery.
  private readonly draftOwners = new Map<string, number>()
  private readonly queues = new Map<number, ShellEventQueue>()
  private folder: string
  private journalProblem: string | null = null
  private settings: Promise<Settings> | null = null
  private readonly platform: NodeJS.Platform

  constructor(private readonly options: DesktopHostOptions) {
    this.folder = options.documents
    this.platform = options.platform ?? process.platform
  }

  /// Told by the journal's `onProblem`: the next `recordDraft` answers that unsaved work
  /// is not protected.
  journalFailed(message: string): void {
    this.journalProblem = message
  }

  async openDocument(windowId: number): Promise<HostResult<OpenedFile>> {
    const path = await this.options.dialogs.chooseFileToOpen(windowId, openFilter, this.folder)
    return path === null ? canceled : this.read(windowId, path)
  }

  async openRecent(windowId: number, file: FileRef): Promise<HostResult<OpenedFile>> {
    const listed = await this.options.recent.list()
    const path = listed.find(p => this.samePath(p, file.id))
    if (path === undefined) return failed(`“${file.name}” is no longer in the list of recent documents.`)
    const result = await this.read(windowId, path)
    if (!result.ok && !result.canceled && !await this.exists(path)) await this.changeRecent(recent => recent.remove(path))
    return result
  }

  async saveDocument(windowId: number, file: FileRef, text: string): Promise<HostResult<FileRef>> {
    if (!this.isGranted(windowId, file.id))
      return failed(`Penholder did not open “${file.name}” in this window; use Save As to choose where to save it.`)
    return this.write(windowId, file.id, text, this.fingerprints.get(this.key(file.id)))
  }

  async saveDocumentAs(windowId: number, suggestedName: string, text: string): Promise<HostResult<FileRef>> {
    const path = await this.chooseTarget(windowId, suggestedName, documentFilter)
    return path === null ? canceled : this.write(windowId, path, text, undefined)
  }

  async exportFile(windowId: number, suggestedName: string, mimeType: string, content: string | Uint8Array): Promise<HostResult<string>> {
    const filter = exportTypes[mimeType as ExportType]
    const path = await this.chooseTarget(windowId, suggestedName, filter)
    if (path === null) return canceled
    try {
      await writeAtomically(path, content, { action: 'save', backup: 'until-replaced' })
      this.folder = dirname(path)
      return ok(basename(path))
    } catch (error) {
      return failed(FileProblem.from(error, 'save', path).message)
    }
  }

  async recentFiles(_windowId: number): Promise<readonly RecentFile[]> {
    const paths = await this.options.recent.list()
    return Promise.all(paths.map(async path => ({ file: fileRef(path), at: await this.modified(path) })))
  }

  async forgetRecent(_windowId: number, file: FileRef): Promise<void> {
    await this.changeRecent(recent => recent.remove(file.id))
  }

  async recordDraft(windowId: number, snapshot: DraftSnapshot): Promise<HostResult<void>> {
    const owner = this.draftOwners.get(snapshot.draftId)
    if (owner !== undefined && owner !== windowId) return failed(`The draft ${snapshot.draftId} belongs to another window.`)
    if (snapshot.file && !this.isGranted(windowId, snapshot.file.id))
      return failed(`Penholder did not open “${snapshot.file.name}” in this window.`)
    this.draftOwners.set(snapshot.draftId, windowId)
    const first = !this.drafts.has(windowId)
    this.drafts.set(windowId, snapshot)
    if (first) this.options.onDocumentChanged?.(windowId)
    this.options.journal.record({ draftId: snapshot.draftId, filePath: snapshot.file?.id ?? null, title: snapshot.title, content: snapshot.content })
    const problem = this.journalProblem
    this.journalProblem = null
    return problem === null ? ok(undefined) : failed(problem)
  }

  async discardDraft(windowId: number, draftId: string): Promise<void> {
    const owner = this.draftOwners.get(draftId)
    if (owner !== undefined && owner !== windowId) return
    if (this.drafts.get(windowId)?.draftId === draftId) {
      this.drafts.delete(windowId)
      this.options.onDocumentChanged?.(windowId)
    }
    this.draftOwners.delete(draftId)
    await this.options.journal.discard(draftId)
  }

  /// The journal's drafts that no other window has: after a crash all of them go to the
  /// first window that asks, and the files they belong to are granted to it.
  async recoverableDrafts(windowId: number): Promise<readonly RecoveryEntry[]> {
    const entries = await this.options.journal.listRecoverable()
    const mine = entries.filter(entry => (this.draftOwners.get(entry.draftId) ?? windowId) === windowId)
    for (const entry of mine) {
      this.draftOwners.set(entry.draftId, windowId)
      if (entry.filePath !== null) this.grant(windowId, entry.filePath)
    }
    return mine.map(entry => ({
      draftId: entry.draftId,
      file: entry.filePath === null ? null : fileRef(entry.filePath),
      title: entry.title,
      content: entry.content,
      savedAt: entry.savedAt
    }))
  }

  async loadSettings(_windowId: number): Promise<HostSettings> {
    const { author, redline, layout, paper } = await this.appSettings()
    return { author, redline, layout, paper }
  }

  async saveSettings(_windowId: number, settings: HostSettings): Promise<HostResult<void>> {
    try {
      const { author, redline, layout, paper } = settings
      const next: Settings = { ...await this.appSettings(), author, redline, layout, paper }
      await saveSettings(this.options.userData, next)
      this.settings = Promise.resolve(next)
      return ok(undefined)
    } catch (error) {
      return failed(error instanceof Error ? error.message : String(error))
    }
  }

  nextShellEvent(windowId: number): Promise<ShellEvent> {
    return this.queue(windowId).next()
  }

  /// Queue an event for a window's page.
  send(windowId: number, event: ShellEvent): void {
    this.queue(windowId).push(event)
  }

  /// Read a document handed over from outside (command line, file manager, drop) and
  /// send it to the window. A problem is shown in a dialog: no page asked, so none would.
  async deliver(windowId: number, path: string): Promise<boolean> {
    const result = await this.read(windowId, path)
    if (result.ok) this.send(windowId, { kind: 'open', opened: result.value })
    else if (!result.canceled) await this.options.dialogs.showProblem(windowId, result.error)
    return result.ok
  }

  /// File ▸ Import Text: read a text file the person chooses and send it to the window.
  async importText(windowId: number): Promise<void> {
    const path = await this.options.dialogs.chooseFileToOpen(windowId, importFilter, this.folder)
    if (path === null) return
    try {
      const opened = await openDocument(path, { purpose: 'import' })
      this.folder = dirname(path)
      this.send(windowId, { kind: 'import', name: basename(path), text: opened.text, ...opened.notice && { notice: opened.notice } })
    } catch (error) {
      await this.options.dialogs.showProblem(windowId, FileProblem.from(error, 'open', path).message)
    }
  }

  /// Write bytes the main process made (a PDF of the page) where the person chooses.
  async exportBytes(windowId: number, suggestedName: string, mimeType: ExportType, content: Uint8Array): Promise<void> {
    const result = await this.exportFile(windowId, suggestedName, mimeType, content)
    if (!result.ok && !result.canceled) await this.options.dialogs.showProblem(windowId, result.error)
  }

  /// The window showing `path`, so a document is never open twice.
  windowShowing(path: string): number | null {
    const key = this.key(path)
    for (const [windowId, shown] of this.documents) if (this.key(shown) === key) return windowId
    return null
  }

  /// A window with neither a document file nor unsaved changes: a document handed over
  /// from outside may take its place without anything being lost.
  isBlank(windowId: number): boolean {
    return !this.documents.has(windowId) && !this.drafts.has(windowId)
  }

  hasUnsavedChanges(windowId: number): boolean {
    return this.drafts.has(windowId)
  }

  /// The file a window shows, for its title bar (macOS shows it as a proxy icon).
  documentOf(windowId: number): string | null {
    return this.documents.get(windowId) ?? null
  }

  /// Save a window's unsaved changes as it closes: to its file, or through Save As for
  /// a draft never saved. False when not saved (dialog closed, or the problem shown).
  async saveDraft(windowId: number): Promise<boolean> {
    const draft = this.drafts.get(windowId)
    if (!draft) return true
    const result = draft.file && this.isGranted(windowId, draft.file.id)
      ? await this.saveDocument(windowId, draft.file, draft.content)
      : await this.saveDocumentAs(windowId, withExtension(fileNameFrom(draft.title), documentFilter), draft.content)
    if (!result.ok) {
      if (!result.canceled) await this.options.dialogs.showProblem(windowId, result.error)
      return false
    }
    await this.discardDraft(windowId, draft.draftId)
    return true
  }

  /// Give up a window's unsaved changes as it closes.
  async abandonDraft(windowId: number): Promise<void> {
    const draft = this.drafts.get(windowId)
    if (draft) await this.discardDraft(windowId, draft.draftId)
  }

  /// The window's page is gone (closed or crashed): forget what it was granted and
  /// showed. Its journal entries stay, to be offered again.
  forgetWindow(windowId: number): void {
    this.granted.delete(windowId)
    this.documents.delete(windowId)
    this.drafts.delete(windowId)
    this.queues.delete(windowId)
    for (const [draftId, owner] of this.draftOwners) if (owner === windowId) this.draftOwners.delete(draftId)
  }

  private async read(windowId: number, path: string): Promise<HostResult<OpenedFile>> {
    try {
      const opened = await openDocument(path)
      const parsed = parseDocumentFile(opened.text, basename(opened.path))
      if (!parsed.ok) throw notADocument(opened.path, parsed.error)
      const notice = opened.notice ? { notice: opened.notice } : {}
      if (opened.imported) {
        // A document made from a Word file: a new document, granted nothing, so that
        // Save asks where to write and never puts JSON in the .docx.
        this.folder = dirname(opened.path)
        return ok({ file: fileRef(opened.path), text: opened.text, imported: true, ...notice })
      }
      this.fingerprints.set(this.key(opened.path), opened.fingerprint)
      await this.shown(windowId, opened.path)
      return ok({ file: fileRef(opened.path), text: opened.text, ...notice })
    } catch (error) {
      return failed(FileProblem.from(error, 'open', path).message)
    }
  }

  private async write(windowId: number, path: string, text: string, expected: Fingerprint | undefined): Promise<HostResult<FileRef>> {
    try {
      const backup = (await this.appSettings()).keepBackup ? 'keep' : 'until-replaced'
      const fingerprint = await saveDocument(path, text, { expected, backup })
      this.fingerprints.set(this.key(path), fingerprint)
      await this.shown(windowId, path)
      return ok(fileRef(path))
    } catch (error) {
      const problem = FileProblem.from(error, 'save', path)
      if (problem.kind !== 'changed-on-disk') return failed(problem.message)
      if (!await this.options.dialogs.confirmReplace(windowId, path, 'changed-on-disk')) return canceled
      return this.write(windowId, path, text, undefined)
    }
  }

  /// A document is now shown in a window: granted to it, its folder the next dialogs'
  /// start, at the top of the recent lists.
  private async shown(windowId: number, path: string): Promise<void> {
    this.grant(windowId, path)
    this.documents.set(windowId, path)
    this.folder = dirname(path)
    this.options.onDocumentChanged?.(windowId)
    await this.changeRecent(async recent => { this.options.addToSystemRecent?.(await recent.add(path)) })
  }

  private async chooseTarget(windowId: number, suggestedName: string, filter: FileFilter): Promise<string | null> {
    const chosen = await this.options.dialogs.chooseSaveTarget(windowId, join(this.folder, withExtension(fileNameFrom(suggestedName), filter)), filter)
    if (chosen === null) return null
    const path = withExtension(chosen, filter)
    if (path !== chosen && await this.exists(path) && !await this.options.dialogs.confirmReplace(windowId, path, 'exists')) return null
    return path
  }

  private async changeRecent(change: (recent: RecentFiles) => Promise<unknown>): Promise<void> {
    try {
      await change(this.options.recent)
      this.options.onRecentChanged?.()
    } catch (error) {
      this.options.onProblem?.(error instanceof Error ? error.message : String(error))
    }
  }

  private appSettings(): Promise<Settings> {
    this.settings ??= loadSettings(this.options.userData).then(loaded => {
      for (const problem of loaded.problems) this.options.onProblem?.(problem)
      return loaded.settings
    })
    return this.settings
  }

  private grant(windowId: number, path: string): void {
    let paths = this.granted.get(windowId)
    if (!paths) this.granted.set(windowId, paths = new Set())
    paths.add(this.key(path))
  }

  private isGranted(windowId: number, path: string): boolean {
    return this.granted.get(windowId)?.has(this.key(path)) ?? false
  }

  /// How paths compare when one decides what a window may write or which window shows a
  /// file: by the real path, as the file system resolves it (links followed, and on
  /// Windows and macOS the name's case as stored on disk), never by lower-casing: a
  /// volume may be case-sensitive on either, where `DOC.penholder` is another file than
  /// the `doc.penholder` a window was granted. A file not yet on disk keeps its name as
  /// given, under the real path of its folder.
  private key(path: string): string {
    const absolute = normalizeDocumentPath(path, this.platform)
    try {
      return realpathSync.native(absolute)
    } catch {
      try {
        return join(realpathSync.native(dirname(absolute)), basename(absolute))
      } catch {
        return absolute
      }
    }
  }

  private samePath(a: string, b: string): boolean {
    return this.key(a) === this.key(b)
  }

  private async exists(path: string): Promise<boolean> {
    try {
      await stat(path)
      return true
    } catch {
      return false
    }
  }

  /// When a recent document last changed, as the list's date: the app's list keeps
  /// paths only.
  private async modified(path: string): Promise<string> {
    try {
      return (await stat(path)).mtime.toISOString()
    } catch {
      return new Date(0).toISOString()
    }
  }

  private queue(windowId: number): ShellEventQueue {
    let queue = this.queues.get(windowId)
    if (!queue) this.queues.set(windowId, queue = new ShellEventQueue())
    return queue
  }
}
