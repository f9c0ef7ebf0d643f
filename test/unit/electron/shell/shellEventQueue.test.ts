import { describe, expect, it } from 'vitest'
import { ShellEventQueue } from '../../../../electron/shell/shellEventQueue'
import type { ShellEvent } from '../../../../shared/host'

const save: ShellEvent = { kind: 'command', command: 'save' }
const find: ShellEvent = { kind: 'command', command: 'find' }

describe('ShellEventQueue', () => {
  it('keeps events sent before the page asks, in order', async () => {
    const queue = new ShellEventQueue()
    queue.push(save)
    queue.push(find)
    expect(await queue.next()).toBe(save)
    expect(await queue.next()).toBe(find)
  })

  it('answers a waiting page as soon as an event comes', async () => {
    const queue = new ShellEventQueue()
    const next = queue.next()
    queue.push(find)
    expect(await next).toBe(find)
    queue.push(save)
    expect(await queue.next()).toBe(save)
  })

  it('gives an event to the latest reader only (a reloaded page)', async () => {
    const queue = new ShellEventQueue()
    let stale: ShellEvent | null = null
    void queue.next().then(event => { stale = event })
    const fresh = queue.next()
    queue.push(save)
    expect(await fresh).toBe(save)
    expect(stale).toBeNull()
  })
})
