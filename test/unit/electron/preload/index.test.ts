import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { hostChannels, shellChannels } from '../../../../electron/ipc/channels'

/// Stand-ins for the Electron objects the preload touches, and for the page's window.
const exposed = vi.hoisted(() => new Map<string, unknown>())
const invoked = vi.hoisted(() => [] as unknown[][])

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
  ipcRenderer: { invoke: async (...args: unknown[]) => { invoked.push(args); return 'answer' } },
  webUtils: { getPathForFile: (file: File) => `/home/ana/${file.name}` }
}))

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear()
    invoked.length = 0
    vi.stubGlobal('window', new EventTarget())
    vi.resetModules()
    await import('../../../../electron/preload/index')
  })

  afterEach(() => { vi.unstubAllGlobals() })

  it('sends files dropped on the window to the main process by path, through no method of the page', () => {
    const drop = Object.assign(new Event('drop', { cancelable: true }), {
      dataTransfer: { types: ['Files'], files: [new File([''], 'draft.penholder')], dropEffect: 'none' }
    })
    window.dispatchEvent(drop)
    expect(invoked).toEqual([[shellChannels.dropFiles, ['/home/ana/draft.penholder']]])
  })

  it('exposes one object, the host, under one name', () => {
    expect([...exposed.keys()]).toEqual(['penholderHost'])
  })

  it('has the HostApi methods and nothing else: no ipcRenderer, no send, no on', () => {
    const host = exposed.get('penholderHost') as Record<string, unknown>
    expect(Object.keys(host).sort()).toEqual(['capabilities', ...Object.keys(hostChannels)].sort())
    expect(host.capabilities).toEqual({ kind: 'electron', saveInPlace: true })
    for (const [name, value] of Object.entries(host)) if (name !== 'capabilities') expect(typeof value).toBe('function')
  })

  const file = { id: '/d/a.penholder.json', name: 'a.penholder.json' }
  it.each([
    ['openDocument', []],
    ['openRecent', [file]],
    ['saveDocument', [file, '{}']],
    ['saveDocumentAs', ['a.penholder.json', '{}']],
    ['exportFile', ['a.txt', 'text/plain', 'text']],
    ['recentFiles', []],
    ['forgetRecent', [file]],
    ['recordDraft', [{ draftId: 'd', file: null, title: 't', content: '{}' }]],
    ['discardDraft', ['d']],
    ['recoverableDrafts', []],
    ['loadSettings', []],
    ['saveSettings', [{ author: 'a', redline: true }]],
    ['nextShellEvent', []]
  ] as [keyof typeof hostChannels, unknown[]][])('%s invokes its channel with its arguments', async (method, args) => {
    const host = exposed.get('penholderHost') as Record<string, (...args: unknown[]) => Promise<unknown>>
    expect(await host[method](...args)).toBe('answer')
    expect(invoked).toEqual([[hostChannels[method], ...args]])
  })
})
