import { describe, expect, it } from 'vitest'
import { applicationMenu, menuTemplate, recentEntries, type MenuAction, type MenuEntry, type MenuState } from '../../../../electron/shell/applicationMenu'
import { editorCommands } from '../../../../shared/host'
import { Menu, recorded } from '../../../support/fakeElectron'

const state = (overrides: Partial<MenuState> = {}): MenuState =>
  ({ platform: 'linux', recent: [], redline: true, development: false, ...overrides })

function all(entries: readonly MenuEntry[]): MenuEntry[] {
  return entries.flatMap(e => [e, ...all(e.submenu ?? [])])
}

function item(entries: readonly MenuEntry[], label: string): MenuEntry {
  const found = all(entries).find(e => e.label === label)
  if (!found) throw new Error(`no menu item ${label}`)
  return found
}

describe('applicationMenu', () => {
  it.each([
    ['linux', ['&File', '&Edit', '&Paragraph', '&View', 'windowMenu', 'help']],
    ['win32', ['&File', '&Edit', '&Paragraph', '&View', 'windowMenu', 'help']],
    ['darwin', ['appMenu', 'File', 'Edit', 'Paragraph', 'View', 'windowMenu', 'help']]
  ] as const)('on %s has the menus %j', (platform, menus) => {
    expect(applicationMenu(state({ platform })).map(m => m.role && m.role !== 'help' ? m.role : m.role ?? m.label)).toEqual(menus)
  })

  it.each([
    ['New from Resolution 2388 Template', 'CmdOrCtrl+N', true],
    ['Open…', 'CmdOrCtrl+O', true],
    ['Save', 'CmdOrCtrl+S', true],
    ['Save As…', 'Shift+CmdOrCtrl+S', true],
    ['Print…', 'CmdOrCtrl+P', true],
    ['Find and Replace…', 'CmdOrCtrl+F', true],
    // The editor's own keys (renderer/editor/keymap.ts): shown, left to the page.
    ['Undo', 'CmdOrCtrl+Z', false],
    ['Redo', 'CmdOrCtrl+Y', false],
    ['Preambular ↔ Operative', 'Shift+CmdOrCtrl+K', false],
    ['Italic Opening Phrase', 'CmdOrCtrl+I', false],
    ['Make Subparagraph', 'Tab', false],
    ['Raise Subparagraph', 'Shift+Tab', false],
    ['Move Up', 'Alt+Up', false],
    ['Move Down', 'Alt+Down', false]
  ])('%s is %s (registered: %s)', (label, accelerator, registered) => {
    const entry = item(applicationMenu(state()), label)
    expect([entry.accelerator, entry.registerAccelerator ?? true]).toEqual([accelerator, registered])
  })

  it('undoes and redoes through the Edit roles on macOS, where text fields undo only through them', () => {
    const menu = applicationMenu(state({ platform: 'darwin' }))
    expect([item(menu, 'Undo'), item(menu, 'Redo')]).toEqual([
      { label: 'Undo', role: 'undo' },
      { label: 'Redo', role: 'redo', accelerator: 'Shift+CmdOrCtrl+Z' }
    ])
  })

  it('sends every editor command from some item', () => {
    const sent = all(applicationMenu(state())).flatMap(e => e.action?.kind === 'editor' ? [e.action.command] : [])
    expect(new Set(sent)).toEqual(new Set(editorCommands))
  })

  it('has the standard roles', () => {
    const roles = all(applicationMenu(state())).flatMap(e => e.role ? [e.role] : [])
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'close', 'quit', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'windowMenu']))
    expect(roles).not.toContain('toggleDevTools')
  })

  it('leaves Quit to the app menu on macOS', () => {
    const roles = all(applicationMenu(state({ platform: 'darwin' }))).flatMap(e => e.role ? [e.role] : [])
    expect(roles).not.toContain('quit')
    expect(roles).toContain('appMenu')
  })

  it('offers the developer tools in development only', () => {
    const roles = all(applicationMenu(state({ development: true }))).flatMap(e => e.role ? [e.role] : [])
    expect(roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it.each([true, false])('checks the view in use (redline: %s)', redline => {
    const menu = applicationMenu(state({ redline }))
    expect([item(menu, 'Redline').checked, item(menu, 'Clean Text').checked]).toEqual([redline, !redline])
  })
})

describe('recentEntries', () => {
  it('lists documents by name, with the folder where names repeat, then Clear Menu', () => {
    const entries = recentEntries(['/a/draft.penholder.json', '/b/draft.penholder.json', '/b/R&D.penholder.json'], 'linux')
    expect(entries.map(e => e.type ?? e.label)).toEqual([
      'draft.penholder.json — /a', 'draft.penholder.json — /b', 'R&&D.penholder.json', 'separator', 'Clear Menu'
    ])
    expect(entries[1].action).toEqual({ kind: 'open-recent', path: '/b/draft.penholder.json' })
  })

  it('says when there is nothing to list', () => {
    const entries = recentEntries([], 'darwin')
    expect(entries.map(e => [e.label, e.enabled])).toEqual([['No Recent Documents', false], [undefined, undefined], ['Clear Menu', false]])
  })
})

describe('menuTemplate', () => {
  it('turns actions into clicks and keeps the rest', () => {
    const ran: MenuAction[] = []
    const template = menuTemplate(applicationMenu(state({ recent: ['/a/x.penholder.json'] })), action => ran.push(action))
    const file = template[0].submenu as Electron.MenuItemConstructorOptions[]
    const save = file.find(i => i.label === 'Save')!
    save.click!(undefined as never, undefined, undefined as never)
    const recent = (file.find(i => i.label === 'Open Recent')!.submenu as Electron.MenuItemConstructorOptions[])[0]
    recent.click!(undefined as never, undefined, undefined as never)
    expect(ran).toEqual([{ kind: 'editor', command: 'save' }, { kind: 'open-recent', path: '/a/x.penholder.json' }])
    expect(save.accelerator).toBe('CmdOrCtrl+S')
    expect(file.find(i => i.role === 'close')?.click).toBeUndefined()
    expect(JSON.stringify(template)).not.toContain('"action"')
  })
})

/// The application menu as Electron builds it (the stand-in follows Electron's template
/// checks, roles and key handling), and a key the page left to it.
describe('the application menu as Electron runs it', () => {
  function built(platform: NodeJS.Platform) {
    const ran: MenuAction[] = []
    const menu = Menu.buildFromTemplate(menuTemplate(applicationMenu(state({ platform, recent: ['/a/x.penholder'], development: true })), action => ran.push(action)))
    return { menu, ran }
  }

  it.each(['linux', 'win32', 'darwin'] as const)('is a template Electron accepts on %s', platform => {
    expect(built(platform).menu.items.length).toBeGreaterThan(4)
  })

  it.each([
    // Cmd+Z in the Find field on macOS: the field's own undo, not the document's.
    ['darwin', 'CmdOrCtrl+Z', [], ['undo']],
    ['darwin', 'Shift+CmdOrCtrl+Z', [], ['redo']],
    // Cmd+I and Shift+Cmd+K outside the editor do nothing.
    ['darwin', 'CmdOrCtrl+I', [], []],
    ['darwin', 'Shift+CmdOrCtrl+K', [], []],
    ['darwin', 'Alt+Up', [], []],
    // The app's own shortcuts work wherever the focus is.
    ['darwin', 'CmdOrCtrl+S', [{ kind: 'editor', command: 'save' }], []],
    ['darwin', 'CmdOrCtrl+F', [{ kind: 'editor', command: 'find' }], []],
    ['linux', 'CmdOrCtrl+S', [{ kind: 'editor', command: 'save' }], []],
    // On Linux and Windows the editor's keys are not registered with the menu at all.
    ['linux', 'CmdOrCtrl+Z', [], []],
    ['win32', 'CmdOrCtrl+I', [], []]
  ] as const)('on %s, %s not taken by the page runs %j (native roles %j)', (platform, key, actions, roles) => {
    const { menu, ran } = built(platform)
    recorded.nativeRoles.length = 0
    menu.pressUnhandledKey(key, platform)
    expect([ran, recorded.nativeRoles]).toEqual([actions, roles])
  })

  it.each(['Italic Opening Phrase', 'Preambular ↔ Operative', 'Make Subparagraph'])('%s clicked with the mouse reaches the editor on macOS', label => {
    const { menu, ran } = built('darwin')
    menu.allItems().find(i => i.label === label)!.click({}, 'darwin')
    expect(ran).toHaveLength(1)
  })
})
