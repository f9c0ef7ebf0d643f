import { describe, expect, it } from 'vitest'
import { registerHostHandlers, RefusedCall, type IpcHandlerRegistry, type WindowHost } from '../../../../electron/ipc/registerHostHandlers'
import { hostChannels } from '../../../../electron/ipc/channels'
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
