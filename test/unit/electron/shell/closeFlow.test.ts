import { describe, expect, it } from 'vitest'
import { CloseFlow, type CloseChoice } from '../../../../electron/shell/closeFlow'

/// The app as the flow sees it, with the person's answers given in advance.
function app(unsaved: number[], answers: Record<number, CloseChoice>, saves: Record<number, boolean> = {}) {
  const log: string[] = []
  const dirty = new Set(unsaved)
  const windows = [1, 2, 3]
  const flow: CloseFlow = new CloseFlow({
    windows: () => windows,
    hasUnsavedChanges: id => dirty.has(id),
    ask: async id => { log.push(`ask ${id}`); return answers[id] ?? 'cancel' },
    save: async id => { log.push(`save ${id}`); const saved = saves[id] ?? true; if (saved) dirty.delete(id); return saved },
    discard: async id => { log.push(`discard ${id}`); dirty.delete(id) },
    close: id => { log.push(`close ${id}`); if (flow.beforeClose(id)) log.push(`closed ${id}`) },
    quit: () => { log.push('quit'); if (flow.beforeQuit()) log.push('quits') }
  })
  return { flow, log }
}

const settled = () => new Promise(resolve => setTimeout(resolve, 0))

describe('CloseFlow: closing a window', () => {
  it('lets a window without unsaved changes close at once', () => {
    const { flow, log } = app([], {})
    expect(flow.beforeClose(1)).toBe(true)
    expect(log).toEqual([])
  })

  it.each([
    ['save', ['ask 1', 'save 1', 'close 1', 'closed 1']],
    ['discard', ['ask 1', 'discard 1', 'close 1', 'closed 1']],
    ['cancel', ['ask 1']]
  ] as const)('asks, and on %s does %j', async (answer, expected) => {
    const { flow, log } = app([1], { 1: answer })
    expect(flow.beforeClose(1)).toBe(false)
    await settled()
    expect(log).toEqual(expected)
  })

  it('keeps the window when saving did not happen', async () => {
    const { flow, log } = app([1], { 1: 'save' }, { 1: false })
    expect(flow.beforeClose(1)).toBe(false)
    await settled()
    expect(log).toEqual(['ask 1', 'save 1'])
  })

  it('asks once however often the close button is clicked', async () => {
    const { flow, log } = app([1], { 1: 'cancel' })
    expect(flow.beforeClose(1)).toBe(false)
    expect(flow.beforeClose(1)).toBe(false)
    await settled()
    expect(log).toEqual(['ask 1'])
  })

  it('asks again after a Cancel', async () => {
    const { flow, log } = app([1], { 1: 'cancel' })
    flow.beforeClose(1)
    await settled()
    flow.beforeClose(1)
    await settled()
    expect(log).toEqual(['ask 1', 'ask 1'])
  })

  it('keeps the window when the question itself fails', async () => {
    const log: string[] = []
    const flow = new CloseFlow({
      windows: () => [1], hasUnsavedChanges: () => true,
      ask: () => Promise.reject(new Error('no display')),
      save: async () => true, discard: async () => {},
      close: id => log.push(`close ${id}`), quit: () => log.push('quit')
    })
    expect(flow.beforeClose(1)).toBe(false)
    await settled()
    expect(log).toEqual([])
  })
})

describe('CloseFlow: quitting', () => {
  it('lets the app quit when nothing is unsaved, and its windows close unasked', () => {
    const { flow, log } = app([], {})
    expect(flow.beforeQuit()).toBe(true)
    expect(flow.beforeClose(1)).toBe(true)
    expect(log).toEqual([])
  })

  it('asks about each window with unsaved changes in turn, then quits', async () => {
    const { flow, log } = app([1, 3], { 1: 'save', 3: 'discard' })
    expect(flow.beforeQuit()).toBe(false)
    await settled()
    expect(log).toEqual(['ask 1', 'save 1', 'ask 3', 'discard 3', 'quit', 'quits'])
    expect(flow.beforeClose(2)).toBe(true)
  })

  it('stops at the first Cancel and stays open', async () => {
    const { flow, log } = app([1, 2, 3], { 1: 'discard', 2: 'cancel', 3: 'discard' })
    expect(flow.beforeQuit()).toBe(false)
    await settled()
    expect(log).toEqual(['ask 1', 'discard 1', 'ask 2'])
    expect(flow.beforeClose(3)).toBe(false)
  })

  it('ignores a second quit while the first is asking', async () => {
    const { flow, log } = app([1], { 1: 'cancel' })
    expect(flow.beforeQuit()).toBe(false)
    expect(flow.beforeQuit()).toBe(false)
    await settled()
    expect(log).toEqual(['ask 1'])
  })

  it('does not quit over a window already asking about its close', async () => {
    const { flow, log } = app([1], { 1: 'cancel' })
    flow.beforeClose(1)
    expect(flow.beforeQuit()).toBe(false)
    await settled()
    expect(log).toEqual(['ask 1'])
  })
})
