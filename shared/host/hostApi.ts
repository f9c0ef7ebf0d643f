/// The seam between the editor and the machine it runs on. The renderer talks to the
/// outside world through this interface only; it is implemented twice, by the Electron
/// preload (each method one `ipcRenderer.invoke`) and by the browser (File System Access
/// API, downloads, IndexedDB). Everything crossing it is plain data that survives
/// structured cloning, every method returns a promise, and a user's mistake or a refused
/// dialog is an answer, never an exception.

import type { DocxLayout, DocxPaper } from '../export/docx'

/// The outcome of an operation the user can cancel or that can fail on the disk.
export type HostResult<T> =
  | { readonly ok: true, readonly value: T }
  /// The user closed the dialog: not an error, nothing to show.
  | { readonly ok: false, readonly canceled: true }
  /// Why it failed, in one line naming the file.
  | { readonly ok: false, readonly canceled: false, readonly error: string }

/// A document file as the host knows it. `id` means something to the host only (a path
/// for Electron, a key of a stored file handle in the browser); `name` is what the user
/// sees.
export interface FileRef {
  readonly id: string
  readonly name: string
}

export interface OpenedFile {
  readonly file: FileRef
  /// A Penholder document file's text (JSON).
  readonly text: string
  /// The document was made from another format (a Word file): it opens as a new document
  /// with unsaved changes, in no file, so that Save never writes JSON over the original.
  readonly imported?: boolean
  /// How the file was read, when that is worth a line to the user (a UTF-16 file, a Word
  /// file's tracked changes), naming the file.
  readonly notice?: string
}

export interface RecentFile {
  readonly file: FileRef
  /// When it was last opened or saved, ISO 8601.
  readonly at: string
}

/// A draft with unsaved changes, as the editor hands it to the recovery journal.
export interface DraftSnapshot {
  /// Stable for the life of the draft in its window: letters, digits, `-` and `_`.
  readonly draftId: string
  /// The file the draft belongs to, or null for one never saved.
  readonly file: FileRef | null
  readonly title: string
  /// The serialized document file, exactly what saving would write.
  readonly content: string
}

export interface RecoveryEntry extends DraftSnapshot {
  /// When the change was made, ISO 8601.
  readonly savedAt: string
}

export interface HostSettings {
  /// The name that signs saved versions.
  readonly author: string
  readonly redline: boolean
  /// The page Export Word and printing make: the draft or the official UN layout, on A4
  /// or Letter (un-resolution-style.md, "Word layout"). A settings file from before they
  /// existed reads as `draft` on `a4`.
  readonly layout: DocxLayout
  readonly paper: DocxPaper
}

/// The settings of a drafter who has set none, and what each missing one reads as.
export const defaultHostSettings: HostSettings = Object.freeze({ author: '', redline: true, layout: 'draft', paper: 'a4' })

/// What a host can do on top of reading and writing: shown in the UI (a browser that
/// cannot write back to a file downloads a copy instead).
export interface HostCapabilities {
  readonly kind: 'browser' | 'electron'
  /// Whether save writes back to the file it was opened from.
  readonly saveInPlace: boolean
}

export interface HostApi {
  readonly capabilities: HostCapabilities
  /// Ask the user for a document file and read it.
  openDocument(): Promise<HostResult<OpenedFile>>
  /// Read a file from the recent list again.
  openRecent(file: FileRef): Promise<HostResult<OpenedFile>>
  /// Write a document file back where it came from.
  saveDocument(file: FileRef, text: string): Promise<HostResult<FileRef>>
  /// Ask the user where to write a document file, then write it.
  saveDocumentAs(suggestedName: string, text: string): Promise<HostResult<FileRef>>
  /// Write an export (plain text, Word) where the user chooses; the name it got.
  exportFile(suggestedName: string, mimeType: string, content: string | Uint8Array): Promise<HostResult<string>>
  recentFiles(): Promise<readonly RecentFile[]>
  forgetRecent(file: FileRef): Promise<void>
  /// Keep a copy of a draft with unsaved changes, so it survives a crash or a reload. The
  /// host writes it soon, not necessarily at once; an answer that is not ok means unsaved
  /// work is not protected, which the UI says.
  recordDraft(snapshot: DraftSnapshot): Promise<HostResult<void>>
  /// Drop the copy of a draft once it is saved or given up.
  discardDraft(draftId: string): Promise<void>
  /// Told at a draft's every change, before `recordDraft` is asked to keep it: a host that
  /// asks before the page unloads (the web edition's `beforeunload`) asks from the first
  /// keystroke on. The desktop has its own Save / Don't Save / Cancel flow and no need.
  noteUnsavedDraft?(draftId: string): void
  /// The drafts left by a window that did not close cleanly, newest first.
  recoverableDrafts(): Promise<readonly RecoveryEntry[]>
  loadSettings(): Promise<HostSettings>
  saveSettings(settings: HostSettings): Promise<HostResult<void>>
}
