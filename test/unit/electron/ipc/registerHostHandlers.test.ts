import { describe, expect, it } from 'vitest'
import { registerDropHandler, registerHostHandlers, RefusedCall, type IpcHandlerRegistry, type WindowHost } from '../../../../electron/ipc/registerHostHandlers'
import { hostChannels, shellChannels } from '../../../../electron/ipc/channels'
import type { IpcInvokeEvent } from '../../../../electron/ipc/sender'

interface FakeEvent extends IpcInvokeEvent {
  readonly windowId: number | null
}

/// A stand-in for Electron's ipcMain: records the handlers, and invokes them as a page would.
class FakeIpcMain implements IpcHandlerRegistry<FakeEvent> {
  readonly handlers = new Map<string, (event: FakeEvent, ...args: unknown[]) => unknown>()
  handle(channel: string, listener: (event: FakeEvent, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
    this.handlers.set(channel, listener)
  }
  async invoke(channel: string, event: FakeEvent, ...args: unknown[]): Promise<unknown> {
    return this.handlers.get(channel)!(event, ...args)
  }
}

const fromApp = (windowId: number | null = 7): FakeEvent => ({ senderFrame: { url: 'penholder://app/index.html', parent: null }, windowId })

/// A host that records each call it gets.
function recordingHost(calls: unknown[][]): WindowHost {
  const record = (name: string) => async (...args: unknown[]) => { calls.push([name, ...args]); return { ok: true, value: name } }
  return Object.fromEntries(Object.keys(hostChannels).map(name => [name, record(name)])) as unknown as WindowHost
}

function setup() {
  const ipc = new FakeIpcMain()
  const calls: unknown[][] = []
  registerHostHandlers(ipc, recordingHost(calls), event => event.windowId)
  return { ipc, calls }
}

const file = { id: '/home/ana/draft.penholder.json', name: 'draft.penholder.json' }

describe('registerHostHandlers', () => {
  it('handles every channel', () => {
    expect([...setup().ipc.handlers.keys()].sort()).toEqual(Object.values(hostChannels).sort())
  })

  it.each([
    [hostChannels.openDocument, [], ['openDocument', 7]],
    [hostChannels.saveDocument, [file, '{}'], ['saveDocument', 7, file, '{}']],
    [hostChannels.saveDocumentAs, ['Draft.penholder.json', '{}'], ['saveDocumentAs', 7, 'Draft.penholder.json', '{}']],
    [hostChannels.discardDraft, ['d-1'], ['discardDraft', 7, 'd-1']],
    [hostChannels.nextShellEvent, [], ['nextShellEvent', 7]]
  ])('passes a valid call on %s to the host with its window', async (channel, args, call) => {
    const { ipc, calls } = setup()
    await ipc.invoke(channel, fromApp(), ...args)
    expect(calls).toEqual([call])
  })

  it('passes the checked arguments, not what the page sent', async () => {
    const { ipc, calls } = setup()
    const sent = { id: file.id, name: file.name }
    await ipc.invoke(hostChannels.openRecent, fromApp(), sent)
    expect(calls[0][2]).toEqual(sent)
    expect(calls[0][2]).not.toBe(sent)
  })

  it.each([
    ['a web page', { senderFrame: { url: 'https://example.org/', parent: null }, windowId: 7 }],
    ['a sub-frame', { senderFrame: { url: 'penholder://app/index.html', parent: {} }, windowId: 7 }],
    ['a frame that is gone', { senderFrame: null, windowId: 7 }],
    ['a page in no window of ours', fromApp(null)]
  ])('refuses a call from %s before looking at it', async (_case, event) => {
    const { ipc, calls } = setup()
    for (const channel of Object.values(hostChannels)) {
      await expect(ipc.invoke(channel, event, file, '{}')).rejects.toThrow(RefusedCall)
    }
    expect(calls).toEqual([])
  })

  it.each([
    [hostChannels.saveDocument, [{ id: 3, name: 'x' }, '{}'], /penholder:save-document: refused: argument 0\.id: /],
    [hostChannels.saveDocumentAs, ['../../x', '{}'], /penholder:save-document-as: refused: argument 0: a file name, without folders/],
    [hostChannels.discardDraft, [], /penholder:discard-draft: refused: argument /],
    [hostChannels.openDocument, ['/etc/shadow'], /penholder:open-document: refused: argument /]
  ])('refuses %s with malformed arguments', async (channel, args, message) => {
    const { ipc, calls } = setup()
    await expect(ipc.invoke(channel, fromApp(), ...args)).rejects.toThrow(message)
    expect(calls).toEqual([])
  })
})

describe('registerDropHandler', () => {
  function dropSetup() {
    const ipc = new FakeIpcMain()
    const drops: [number, readonly string[]][] = []
    registerDropHandler(ipc, event => event.windowId, (windowId, paths) => drops.push([windowId, paths]))
    return { ipc, drops }
  }

  it('passes the dropped paths with the window they were dropped on', async () => {
    const { ipc, drops } = dropSetup()
    await ipc.invoke(shellChannels.dropFiles, fromApp(), ['/home/ana/a.penholder', 'C:\\D\\b.txt'])
    expect(drops).toEqual([[7, ['/home/ana/a.penholder', 'C:\\D\\b.txt']]])
  })

  it.each([
    ['from a web page', { senderFrame: { url: 'https://example.org/', parent: null }, windowId: 7 }, [['/a.penholder']], /refused: the call did not come from a Penholder window/],
    ['with no paths', fromApp(), [[]], /refused: argument 0: /],
    ['with a path that is not a string', fromApp(), [[42]], /refused: argument 0\.0: /],
    ['with a NUL in a path', fromApp(), [['/a.penholder\0.txt']], /a path has no NUL character/]
  ])('refuses a drop %s', async (_case, event, args, message) => {
    const { ipc, drops } = dropSetup()
    await expect(ipc.invoke(shellChannels.dropFiles, event, ...args)).rejects.toThrow(message)
    expect(drops).toEqual([])
  })
})
