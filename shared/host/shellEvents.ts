import type { FileRef, OpenedFile } from './hostApi'

/// The commands of the desktop app's native menus that the editor carries out: the menu
/// shows them with their shortcuts, the page does them (it holds the document, its undo
/// history and its unsaved changes).
export const editorCommands = [
  'new-from-template', 'open', 'save', 'save-as', 'export-text', 'export-docx', 'export-docx-redline',
  'undo', 'redo', 'find',
  'toggle-kind', 'sink', 'lift', 'move-up', 'move-down', 'toggle-italic',
  'view-redline', 'view-clean'
] as const

export type EditorCommand = typeof editorCommands[number]

/// What a desktop shell asks of the page. The main process cannot call into the page and
/// the preload exposes invoke-only methods, so the page asks for the next event and gets
/// it when there is one.
export type ShellEvent =
  /// A menu item or its shortcut.
  | { readonly kind: 'command', readonly command: EditorCommand }
  /// Open Recent ▸ a document.
  | { readonly kind: 'open-recent', readonly file: FileRef }
  /// A document handed over from outside (command line, file manager, drop), already read.
  | { readonly kind: 'open', readonly opened: OpenedFile }
  /// Import Text: a resolution's text, read from a file the person chose.
  /// `notice` says how it was read when not as UTF-8 (Windows-1252, UTF-16), naming it.
  | { readonly kind: 'import', readonly name: string, readonly text: string, readonly notice?: string }

/// What a host that has menus of its own adds to `HostApi`. The web edition has none.
export interface ShellEventSource {
  /// The next event for this page; resolves when there is one.
  nextShellEvent(): Promise<ShellEvent>
}
