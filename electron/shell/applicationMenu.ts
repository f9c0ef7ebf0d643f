import { basename, dirname } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import type { EditorCommand } from '../../shared/host'

/// The menu commands the main process carries out itself: they need the window's
/// web contents or a native dialog, not the editor.
export type ShellCommand = 'import-text' | 'export-pdf' | 'print' | 'clear-recent' | 'about'

/// What choosing a menu item does.
export type MenuAction =
  | { readonly kind: 'editor', readonly command: EditorCommand }
  | { readonly kind: 'shell', readonly command: ShellCommand }
  | { readonly kind: 'open-recent', readonly path: string }
  | { readonly kind: 'replace-misspelling', readonly word: string }
  | { readonly kind: 'learn-word', readonly word: string }

/// A menu item as plain data: Electron's options without the click function, which
/// `menuTemplate` adds, so the menus can be built and checked without Electron.
export interface MenuEntry {
  readonly label?: string
  readonly role?: MenuItemConstructorOptions['role']
  readonly type?: 'separator' | 'radio' | 'checkbox'
  readonly accelerator?: string
  /// False for the editor's own shortcuts: the menu shows them, the page's key map
  /// handles the keys (so they work the same in the web edition), and a click on the
  /// item sends the command.
  readonly registerAccelerator?: boolean
  readonly checked?: boolean
  readonly enabled?: boolean
  readonly action?: MenuAction
  readonly submenu?: readonly MenuEntry[]
}

/// What the application menu depends on.
export interface MenuState {
  readonly platform: NodeJS.Platform
  /// The app's recent documents, most recent first.
  readonly recent: readonly string[]
  /// Whether new documents show the redline (View ▸ Redline) or the clean text.
  readonly redline: boolean
  /// Reload and the developer tools, for `npm start` only.
  readonly development: boolean
}

const separator: MenuEntry = { type: 'separator' }

const editor = (label: string, command: EditorCommand, accelerator?: string, own = false): MenuEntry => ({
  label,
  action: { kind: 'editor', command },
  ...(accelerator ? { accelerator, registerAccelerator: !own } : {})
})

const shell = (label: string, command: ShellCommand, accelerator?: string): MenuEntry => ({
  label,
  action: { kind: 'shell', command },
  ...(accelerator ? { accelerator } : {})
})

/// A label as a menu shows it literally: on Windows and Linux `&` marks the access key.
function literal(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text : text.replaceAll('&', '&&')
}

/// File ▸ Open Recent: each document by name, with its folder when two share a name.
export function recentEntries(recent: readonly string[], platform: NodeJS.Platform): MenuEntry[] {
  const names = recent.map(path => basename(path))
  const items: MenuEntry[] = recent.map((path, i) => ({
    label: literal(names.indexOf(names[i]) === names.lastIndexOf(names[i]) ? names[i] : `${names[i]} — ${dirname(path)}`, platform),
    action: { kind: 'open-recent', path }
  }))
  if (!items.length) items.push({ label: 'No Recent Documents', enabled: false })
  return [...items, separator, { ...shell('Clear Menu', 'clear-recent'), enabled: recent.length > 0 }]
}

/// The application menu: the standard menus with their roles and shortcuts, File with
/// the document commands, and the editor's commands (Paragraph, View) with the keys
/// the editor binds (renderer/editor/keymap.ts).
export function applicationMenu(state: MenuState): MenuEntry[] {
  const mac = state.platform === 'darwin'
  const file: MenuEntry = {
    label: mac ? 'File' : '&File',
    submenu: [
      editor('New from Resolution 2388 Template', 'new-from-template', 'CmdOrCtrl+N'),
      editor('Open…', 'open', 'CmdOrCtrl+O'),
      { label: 'Open Recent', submenu: recentEntries(state.recent, state.platform) },
      separator,
      editor('Save', 'save', 'CmdOrCtrl+S'),
      editor('Save As…', 'save-as', 'Shift+CmdOrCtrl+S'),
      separator,
      shell('Import Text…', 'import-text'),
      {
        label: 'Export',
        submenu: [
          editor('Plain Text…', 'export-text'),
          editor('Word Document…', 'export-docx'),
          editor('Word Document with Tracked Changes…', 'export-docx-redline'),
          shell('PDF…', 'export-pdf')
        ]
      },
      shell('Print…', 'print', 'CmdOrCtrl+P'),
      separator,
      { role: 'close' },
      ...(mac ? [] : [separator, { role: 'quit' } as const])
    ]
  }
  /// On macOS the page undoes through the menu: a text field (Find, Versions) has no undo
  /// of its own there, only the first responder's `undo:` that the roles send, and an
  /// item of ours would take Cmd+Z from such a field to the document. In the editor the
  /// roles arrive as `beforeinput` `historyUndo`/`historyRedo`, which prosemirror-history
  /// takes (VS Code keeps the roles on macOS for the same reason).
  const undo: readonly MenuEntry[] = mac
    ? [{ label: 'Undo', role: 'undo' }, { label: 'Redo', role: 'redo', accelerator: 'Shift+CmdOrCtrl+Z' }]
    : [editor('Undo', 'undo', 'CmdOrCtrl+Z', true), editor('Redo', 'redo', 'CmdOrCtrl+Y', true)]
  const edit: MenuEntry = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      ...undo,
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      editor('Find and Replace…', 'find', 'CmdOrCtrl+F')
    ]
  }
  const paragraph: MenuEntry = {
    label: mac ? 'Paragraph' : '&Paragraph',
    submenu: [
      editor('Preambular ↔ Operative', 'toggle-kind', 'Shift+CmdOrCtrl+K', true),
      editor('Italic Opening Phrase', 'toggle-italic', 'CmdOrCtrl+I', true),
      separator,
      editor('Make Subparagraph', 'sink', 'Tab', true),
      editor('Raise Subparagraph', 'lift', 'Shift+Tab', true),
      separator,
      editor('Move Up', 'move-up', 'Alt+Up', true),
      editor('Move Down', 'move-down', 'Alt+Down', true)
    ]
  }
  const view: MenuEntry = {
    label: mac ? 'View' : '&View',
    submenu: [
      { ...editor('Redline', 'view-redline'), type: 'radio', checked: state.redline },
      { ...editor('Clean Text', 'view-clean'), type: 'radio', checked: !state.redline },
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(state.development ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : [])
    ]
  }
  const windows: MenuEntry = { role: 'windowMenu' }
  const help: MenuEntry = {
    role: 'help',
    label: mac ? 'Help' : '&Help',
    submenu: mac ? [] : [shell('About Penholder', 'about')]
  }
  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, edit, paragraph, view, windows, help]
}

/// Electron's menu template for entries: each action becomes a click that calls `run`.
/// The shortcut of an item whose keys the page handles itself (`registerAccelerator:
/// false`) does nothing: on macOS, where every item's key works (`registerAccelerator` is
/// for Linux and Windows only), the menu gets such a key only when the page did not take
/// it — the editor did not have the focus, and Cmd+I in the Find field must not
/// italicise the document. A click with the mouse always runs.
export function menuTemplate(entries: readonly MenuEntry[], run: (action: MenuAction) => void): MenuItemConstructorOptions[] {
  return entries.map(({ action, submenu, ...item }) => ({
    ...item,
    ...(action ? {
      click: (_item: unknown, _window: unknown, event: { triggeredByAccelerator?: boolean } | undefined) => {
        if (item.registerAccelerator === false && event?.triggeredByAccelerator) return
        run(action)
      }
    } : {}),
    ...(submenu ? { submenu: menuTemplate(submenu, run) } : {})
  }))
}
