import { beforeEach, describe, expect, it } from 'vitest'
import * as fs from 'node:fs/promises'
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { RecoveryJournal, nodeDisk, isTemporaryFile, type Disk, type DraftSnapshot, type FileProblem, type JournalTimers } from '../../../../electron/services'
import { faultyDisk } from './fixtures/disks'
import { roundText } from './fixtures/roundText'
import { useTempFolder } from '../../../support/tempFolder'

/// Timers that only move when the test says so. `advance` runs what falls due, in
/// order, and waits for the writes those runs start.
class ManualClock implements JournalTimers {
  time = Date.parse('2024-03-01T09:00:00.000Z')
  private due: { at: number, run: () => Promise<void> }[] = []

  setTimeout(run: () => Promise<void>, ms: number): unknown {
    const timer = { at: this.time + ms, run }
    this.due.push(timer)
    return timer
  }

  clearTimeout(handle: unknown): void {
    this.due = this.due.filter(t => t !== handle)
  }

  now = () => new Date(this.time)

  async advance(ms: number): Promise<void> {
    const end = this.time + ms
    for (;;) {
      const next = this.due.filter(t => t.at <= end).sort((a, b) => a.at - b.at)[0]
      if (!next) break
      this.due = this.due.filter(t => t !== next)
      this.time = next.at
      await next.run()
    }
    this.time = end
  }
}

const resolution = await fs.readFile(new URL('../../../../fixtures/resolution-2388.press-release.txt', import.meta.url), 'utf8')

const snapshot = (draftId: string, content: string, filePath: string | null = null): DraftSnapshot =>
  ({ draftId, filePath, title: filePath ? filePath.split('/').pop()! : 'Untitled draft', content })

let userData: string
let recovery: string
let clock: ManualClock
let problems: FileProblem[]
const tempFolder = useTempFolder()
beforeEach(() => {
  userData = tempFolder()
  recovery = join(userData, 'recovery')
  clock = new ManualClock()
  problems = []
})

function journal(options: { delay?: number, disk?: Disk } = {}): RecoveryJournal {
  return new RecoveryJournal({ userData, timers: clock, now: clock.now, onProblem: p => { problems.push(p) }, ...options })
}

async function onDisk(draftId: string): Promise<string | null> {
  try {
    return JSON.parse(await fs.readFile(join(recovery, `${draftId}.json`), 'utf8')).content
  } catch {
    return null
  }
}

describe('RecoveryJournal scheduling', () => {
  it.each([[undefined, 1000], [250, 250], [5000, 1000]])('with delay %s writes a change %i ms after it, not before', async (delay, after) => {
    const j = journal({ delay })
    j.record(snapshot('d1', resolution))
    await clock.advance(after - 1)
    expect(await onDisk('d1')).toBeNull()
    await clock.advance(1)
    expect(await onDisk('d1')).toBe(resolution)
    expect(problems).toEqual([])
  })

  it('keeps someone typing without pause on disk every second, not only when they stop', async () => {
    const j = journal()
    const written: string[] = []
    for (let i = 0; i < 30; i++) {
      j.record(snapshot('d1', `change ${i}`))
      await clock.advance(100)
      const content = await onDisk('d1')
      if (content !== null && content !== written.at(-1)) written.push(content)
    }
    expect(written).toEqual(['change 9', 'change 19', 'change 29'])
  })

  it('stamps an entry with the time of the change it holds', async () => {
    const j = journal()
    j.record(snapshot('d1', 'first'))
    await clock.advance(400)
    j.record(snapshot('d1', 'second', '/drafts/2388.penholder.json'))
    await clock.advance(600)
    expect(await j.listRecoverable()).toEqual([{
      draftId: 'd1', filePath: '/drafts/2388.penholder.json', title: '2388.penholder.json',
      savedAt: '2024-03-01T09:00:00.400Z', content: 'second'
    }])
  })

  it('never lets an older snapshot land after a newer one', async () => {
    let release = () => {}
    const held = new Promise<void>(resolve => { release = resolve })
    const slowFirst: Disk = {
      ...nodeDisk,
      open: async (path, flags, mode) => {
        const file = await nodeDisk.open(path, flags, mode)
        if (!path.endsWith('.tmp')) return file
        return {
          chmod: m => file.chmod(m), stat: () => file.stat(), sync: () => file.sync(), close: () => file.close(),
          writeFile: async data => { if (String(data).includes('older')) await held; await file.writeFile(data) }
        }
      }
    }
    const j = journal({ disk: slowFirst })
    j.record(snapshot('d1', 'older'))
    const first = j.flush()
    j.record(snapshot('d1', 'newer'))
    const second = j.flush()
    release()
    await Promise.all([first, second])
    expect(await onDisk('d1')).toBe('newer')
  })

  it('writes everything pending on flush', async () => {
    const j = journal()
    j.record(snapshot('d1', 'one'))
    j.record(snapshot('d2', 'two'))
    await j.flush()
    expect([await onDisk('d1'), await onDisk('d2')]).toEqual(['one', 'two'])
  })

  it.each(['../settings', 'a/b', '', 'draft.json'])('refuses %j as a draft id', id => {
    expect(() => journal().record(snapshot(id, 'text'))).toThrow(RangeError)
  })
})

describe('RecoveryJournal.discard', () => {
  it('removes a written entry', async () => {
    const j = journal()
    j.record(snapshot('d1', resolution))
    await j.flush()
    await j.discard('d1')
    expect(await fs.readdir(recovery)).toEqual([])
  })

  it('cancels a change not yet written', async () => {
    const j = journal()
    j.record(snapshot('d1', resolution))
    await j.discard('d1')
    await clock.advance(5000)
    expect(await j.listRecoverable()).toEqual([])
  })

  it('waits for a write in progress, so the entry does not come back', async () => {
    const j = journal()
    j.record(snapshot('d1', resolution))
    const writing = j.flush()
    await j.discard('d1')
    await writing
    expect(await j.listRecoverable()).toEqual([])
  })

  it('leaves other drafts alone', async () => {
    const j = journal()
    j.record(snapshot('d1', 'one'))
    j.record(snapshot('d2', 'two'))
    await j.flush()
    await j.discard('d1')
    expect((await j.listRecoverable()).map(e => e.draftId)).toEqual(['d2'])
  })
})

describe('RecoveryJournal.listRecoverable', () => {
  it('is empty before anything was journaled', async () => {
    expect(await journal().listRecoverable()).toEqual([])
  })

  it('offers every draft, newest first', async () => {
    const j = journal()
    j.record(snapshot('untitled', 'a new draft'))
    await clock.advance(1000)
    j.record(snapshot('d2388', resolution, '/drafts/2388.penholder.json'))
    await clock.advance(1000)
    const entries = await journal().listRecoverable()
    expect(entries.map(e => [e.draftId, e.filePath, e.savedAt])).toEqual([
      ['d2388', '/drafts/2388.penholder.json', '2024-03-01T09:00:01.000Z'],
      ['untitled', null, '2024-03-01T09:00:00.000Z']
    ])
    expect(entries[0].content).toBe(resolution)
  })

  it.each([
    ['cut short', '{"draftId":"d1","filePath":null,"title":"Untitled","savedAt":"2024-03-01T09:00:00.000Z","content":"Recalling', 'not valid JSON'],
    ['without its content', '{"draftId":"d1","filePath":null,"title":"Untitled","savedAt":"2024-03-01T09:00:00.000Z"}', '“content”'],
    ['of another draft', '{"draftId":"d2","filePath":null,"title":"Untitled","savedAt":"2024-03-01T09:00:00.000Z","content":""}', 'another draft']
  ])('sets aside and reports an entry %s', async (_, text, words) => {
    await fs.mkdir(recovery)
    await fs.writeFile(join(recovery, 'd1.json'), text)
    expect(await journal().listRecoverable()).toEqual([])
    expect(await fs.readdir(recovery)).toEqual(['d1.json.corrupt'])
    expect(problems.map(p => p.kind)).toEqual(['damaged'])
    expect(problems[0].message).toContain(words)
  })

  it('removes temporary files of writes that never finished, and ignores files it does not know', async () => {
    const j = journal()
    j.record(snapshot('d1', resolution))
    await j.flush()
    await fs.writeFile(join(recovery, '.d1.json.0123456789ab.tmp'), '{"draftId":"d1","content":"Recal')
    await fs.writeFile(join(recovery, 'notes.txt'), 'mine')
    expect((await j.listRecoverable()).map(e => e.content)).toEqual([resolution])
    expect((await fs.readdir(recovery)).sort()).toEqual(['d1.json', 'notes.txt'])
  })
})

describe('RecoveryJournal on a failing disk', () => {
  it('reports a full disk instead of throwing at the editor', async () => {
    const j = journal({ disk: faultyDisk([], { step: 'writeFile', code: 'ENOSPC' }) })
    j.record(snapshot('d1', resolution))
    await clock.advance(1000)
    expect(problems.map(p => [p.kind, p.path])).toEqual([['disk-full', join(recovery, 'd1.json')]])
    expect(await fs.readdir(recovery)).toEqual([])
  })
})

describe('RecoveryJournal after the app is killed', () => {
  const writer = fileURLToPath(new URL('./fixtures/journalWriter.ts', import.meta.url))
  const root = fileURLToPath(new URL('../../../../', import.meta.url))

  /// Start the writer, kill it with SIGKILL `delay` ms after `killAt` accepts a line it
  /// printed, and return every line it printed.
  async function killWriter(args: string[], killAt: (line: string) => boolean, delay = 0): Promise<string[]> {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, userData, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', chunk => { stderr += chunk })
    const exited = new Promise<NodeJS.Signals | null>(resolve => child.on('exit', (_, signal) => resolve(signal)))
    const lines: string[] = []
    for await (const line of createInterface({ input: child.stdout })) {
      lines.push(line)
      if (killAt(line)) setTimeout(() => child.kill('SIGKILL'), delay)
    }
    expect(await exited, stderr).toBe('SIGKILL')
    return lines
  }

  it('offers the last whole entry when killed in the middle of writing one', async () => {
    const lines = await killWriter(['torn', '3'], line => line === 'torn 3')
    expect(lines).toEqual(['saved 1', 'saved 2', 'torn 3'])
    const left = await fs.readdir(recovery)
    const temp = left.find(name => isTemporaryFile(name, 'kill-test.json'))!
    expect(left.sort()).toEqual([temp, 'kill-test.json'].sort())
    const torn = await fs.readFile(join(recovery, temp), 'utf8')
    expect(torn).toContain('round 3')
    expect(() => JSON.parse(torn)).toThrow()

    const entries = await journal().listRecoverable()
    expect(entries.map(e => [e.draftId, e.title, e.content === roundText(2)])).toEqual([['kill-test', 'Draft round 2', true]])
    expect(await fs.readdir(recovery)).toEqual(['kill-test.json'])
    expect(problems).toEqual([])
  })

  /// A round takes 10 to 20 ms here, most of it writing; the delays spread the kills over it.
  it.each([[2, 0], [3, 3], [4, 5], [5, 8], [6, 11], [7, 15]])('offers a whole entry, never a torn one, when killed after round %i plus %i ms', async (round, delay) => {
    const lines = await killWriter(['loop'], line => line === `saved ${round}`, delay)
    const last = Number(lines.at(-1)!.split(' ')[1])
    const entries = await journal().listRecoverable()
    expect(entries).toHaveLength(1)
    const saved = Number(/^round (\d+)\n/.exec(entries[0].content)![1])
    expect([last, last + 1]).toContain(saved)
    expect(entries[0].content).toBe(roundText(saved))
    expect((await fs.readdir(recovery)).filter(name => isTemporaryFile(name))).toEqual([])
    expect(problems).toEqual([])
  })
})
