/// A desktop host as the Electron preload exposes it (`window.penholderHost`), faked in the
/// page: every method answers at once, saves are kept for the test to read, and the menu
/// events are a queue the test fills. It proves the renderer runs on whatever host it is
/// given, and carries out the desktop menus' commands.
export const fakeDesktopHost = `
  window.__saved = []
  window.__exported = []
  window.__events = []
  window.__waiting = null
  window.__send = event => { if (window.__waiting) { const w = window.__waiting; window.__waiting = null; w(event) } else window.__events.push(event) }
  const ok = value => Promise.resolve({ ok: true, value })
  window.penholderHost = {
    capabilities: { kind: 'electron', saveInPlace: true },
    openDocument: () => Promise.resolve({ ok: false, canceled: true }),
    openRecent: () => Promise.resolve({ ok: false, canceled: false, error: 'none' }),
    saveDocument: (file, text) => { window.__saved.push(text); return ok(file) },
    saveDocumentAs: (name, text) => { window.__saved.push(text); return ok({ id: '/drafts/' + name, name }) },
    exportFile: (name, type, content) => { window.__exported.push({ name, type, size: content.byteLength ?? content.length, head: typeof content === 'string' ? content.slice(0, 2) : String.fromCharCode(...content.slice(0, 2)) }); return ok(name) },
    recentFiles: () => Promise.resolve([]),
    forgetRecent: () => Promise.resolve(),
    recordDraft: () => ok(undefined),
    discardDraft: () => Promise.resolve(),
    recoverableDrafts: () => Promise.resolve([]),
    loadSettings: () => Promise.resolve({ author: 'Albania', redline: true }),
    saveSettings: () => ok(undefined),
    nextShellEvent: () => window.__events.length ? Promise.resolve(window.__events.shift()) : new Promise(resolve => { window.__waiting = resolve })
  }
`
