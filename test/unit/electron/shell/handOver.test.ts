import { describe, expect, it } from 'vitest'
import { HandOverQueue, type HandOver } from '../../../../electron/shell/handOver'

const doc = (path: string): HandOver => ({ kind: 'document', path })

describe('HandOverQueue', () => {
  it('keeps what arrives before start, then carries it out in order', async () => {
    const done: HandOver[] = []
    const queue = new HandOverQueue(() => {})
    queue.push(doc('/a.penholder'))
    queue.push({ kind: 'activate' })
    expect(done).toEqual([])
    queue.start(async request => { done.push(request) })
    queue.push(doc('/b.penholder'))
    await queue.settled()
    expect(done).toEqual([doc('/a.penholder'), { kind: 'activate' }, doc('/b.penholder')])
  })

  it('carries out one at a time: the next starts when the one before has ended', async () => {
    const log: string[] = []
    const queue = new HandOverQueue(() => {})
    queue.start(async request => {
      const path = request.kind === 'document' ? request.path : '-'
      log.push(`start ${path}`)
      await new Promise(resolve => setTimeout(resolve, 5))
      log.push(`end ${path}`)
    })
    queue.push(doc('a'))
    queue.push(doc('b'))
    await queue.settled()
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b'])
  })

  it('tells of a hand-over that failed and goes on with the next', async () => {
    const problems: string[] = []
    const done: string[] = []
    const queue = new HandOverQueue(message => problems.push(message))
    queue.start(async request => {
      if (request.kind === 'document' && request.path === 'bad') throw new Error('the window was gone')
      if (request.kind === 'document') done.push(request.path)
    })
    queue.push(doc('bad'))
    queue.push(doc('good'))
    await queue.settled()
    expect([problems, done]).toEqual([['the window was gone'], ['good']])
  })
})
