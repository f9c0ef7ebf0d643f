import { beforeEach, describe, expect, it, vi } from 'vitest'
import { hostChannels } from '../../../../electron/ipc/channels'

/// Stand-ins for the two Electron objects the preload touches.
const exposed = vi.hoisted(() => new Map<string, unknown>())
const invoked = vi.hoisted(() => [] as unknown[][])

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
  ipcRenderer: { invoke: async (...args: unknown[]) => { invoked.push(args); return 'answer' } }
}))

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear()
    invoked.length = 0
    vi.resetModules()
    await import('../../../../electron/preload/index')
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
