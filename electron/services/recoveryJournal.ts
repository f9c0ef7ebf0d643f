import { join } from 'node:path'
import * as z from 'zod'
import { nodeDisk, isMissing, type Disk } from './disk'
import { FileProblem } from './fileProblem'
import { isTemporaryFile, removeQuietly } from './atomicWrite'
import { readJsonFile, writeJsonFile } from './jsonFile'

/// A draft as the window reports it after a change: enough to give it back after a crash.
export interface DraftSnapshot {
  /// Stable for the life of the window's draft; letters, digits, `-` and `_`.
  readonly draftId: string
  /// The document file the draft belongs to, or null for one never saved.
  readonly filePath: string | null
  readonly title: string
  /// The serialized document, exactly what saving would write.
  readonly content: string
}

/// A journal entry: the snapshot and when that change was made (ISO 8601).
export interface RecoveryEntry extends DraftSnapshot {
  readonly savedAt: string
}

const draftIdPattern = /^[A-Za-z0-9_-]{1,100}$/

const entrySchema = z.object({
  draftId: z.string().regex(draftIdPattern),
  filePath: z.string().nullable(),
  title: z.string(),
  savedAt: z.iso.datetime(),
  content: z.string()
})

/// The timer functions the journal schedules its writes with. The app passes Node's;
/// tests pass a clock they move by hand. `run` settles when the write it starts is done.
export interface JournalTimers {
  setTimeout(run: () => Promise<void>, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const nodeTimers: JournalTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: handle => clearTimeout(handle as ReturnType<typeof setTimeout>)
}

export interface RecoveryJournalOptions {
  /// The app's user data folder; entries live in its `recovery/` subfolder.
  userData: string
  /// How long after a change its entry is on disk, at most; 1000 ms unless given.
  delay?: number
  timers?: JournalTimers
  now?: () => Date
  disk?: Disk
  /// Told when an entry cannot be written or read, so the app can warn that unsaved work
  /// is not protected; the journal itself never throws at the editor.
  onProblem?: (problem: FileProblem) => void
}

interface Pending {
  entry: RecoveryEntry
  readonly timer: unknown
}

/// The recovery journal: a copy of every draft with unsaved changes, one file per draft
/// in `<userData>/recovery/`, so that after a crash, a kill or a power cut the next start
/// offers each draft back.
///
/// A change is on disk at most `delay` after it was made. This is deliberately not a
/// plain debounce, which would write nothing while someone types without pause: the first
/// change arms a timer, later changes only replace the snapshot it will write. Each entry
/// is written atomically and flushed, so an entry is always one whole snapshot, and writes
/// of one draft are queued so an older snapshot never lands after a newer one.
export class RecoveryJournal {
  readonly folder: string
  private readonly delay: number
  private readonly timers: JournalTimers
  private readonly now: () => Date
  private readonly disk: Disk
  private readonly onProblem: (problem: FileProblem) => void
  private readonly pending = new Map<string, Pending>()
  private readonly writing = new Map<string, Promise<void>>()

  constructor(options: RecoveryJournalOptions) {
    this.folder = join(options.userData, 'recovery')
    this.delay = Math.min(options.delay ?? 1000, 1000)
    this.timers = options.timers ?? nodeTimers
    this.now = options.now ?? (() => new Date())
    this.disk = options.disk ?? nodeDisk
    this.onProblem = options.onProblem ?? (() => {})
  }

  /// Note a change to a draft; its entry is written within `delay`.
  record(snapshot: DraftSnapshot): void {
    if (!draftIdPattern.test(snapshot.draftId)) throw new RangeError(`Not a draft id: ${JSON.stringify(snapshot.draftId)}`)
    const entry: RecoveryEntry = {
      draftId: snapshot.draftId,
      filePath: snapshot.filePath,
      title: snapshot.title,
      savedAt: this.now().toISOString(),
      content: snapshot.content
    }
    const pending = this.pending.get(entry.draftId)
    if (pending) pending.entry = entry
    else this.pending.set(entry.draftId, { entry, timer: this.timers.setTimeout(() => this.write(entry.draftId), this.delay) })
  }

  /// Write every change noted so far now, and wait until all writes are done: before
  /// the app quits or the system shuts down.
  async flush(): Promise<void> {
    for (const [draftId, { timer }] of this.pending) {
      this.timers.clearTimeout(timer)
      void this.write(draftId)
    }
    await Promise.all(this.writing.values())
  }

  /// Forget a draft: after it was saved, or closed with its changes thrown away.
  async discard(draftId: string): Promise<void> {
    const pending = this.pending.get(draftId)
    if (pending) {
      this.timers.clearTimeout(pending.timer)
      this.pending.delete(draftId)
    }
    await this.writing.get(draftId)
    const path = this.entryPath(draftId)
    try {
      await this.disk.unlink(path)
    } catch (error) {
      if (!isMissing(error)) this.onProblem(FileProblem.from(error, 'delete', path))
    }
  }

  /// The drafts left by an earlier run, newest first. Temporary files of writes that
  /// never finished are removed; an entry that does not read back whole is set aside
  /// (and reported), never offered.
  async listRecoverable(): Promise<RecoveryEntry[]> {
    let names: string[]
    try {
      names = await this.disk.readdir(this.folder)
    } catch (error) {
      if (!isMissing(error)) this.onProblem(FileProblem.from(error, 'read', this.folder))
      return []
    }
    const entries: RecoveryEntry[] = []
    for (const name of names) {
      if (isTemporaryFile(name)) {
        if (![...this.writing.keys()].some(id => isTemporaryFile(name, `${id}.json`))) await removeQuietly(join(this.folder, name), this.disk)
        continue
      }
      const draftId = /^(.*)\.json$/.exec(name)?.[1]
      if (draftId === undefined) continue
      const path = join(this.folder, name)
      const reading = await readJsonFile(path, entrySchema.refine(entry => entry.draftId === draftId, 'the entry belongs to another draft'), this.disk)
      if (reading.kind === 'value') entries.push(reading.value)
      else if (reading.kind === 'problem') this.onProblem(reading.problem)
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  }

  private entryPath(draftId: string): string {
    return join(this.folder, `${draftId}.json`)
  }

  private write(draftId: string): Promise<void> {
    const pending = this.pending.get(draftId)
    if (!pending) return this.writing.get(draftId) ?? Promise.resolve()
    this.pending.delete(draftId)
    const previous = this.writing.get(draftId) ?? Promise.resolve()
    const done: Promise<void> = previous
      .then(() => this.writeEntry(pending.entry))
      .finally(() => { if (this.writing.get(draftId) === done) this.writing.delete(draftId) })
    this.writing.set(draftId, done)
    return done
  }

  private async writeEntry(entry: RecoveryEntry): Promise<void> {
    const path = this.entryPath(entry.draftId)
    try {
      await writeJsonFile(path, entry, this.disk)
    } catch (error) {
      this.onProblem(FileProblem.from(error, 'write', path))
    }
  }
}
