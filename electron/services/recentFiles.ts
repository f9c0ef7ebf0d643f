import { join, posix, win32 } from 'node:path'
import * as z from 'zod'
import { nodeDisk, isMissing, type Disk } from './disk'
import type { FileProblem } from './fileProblem'
import { readJsonFile, writeJsonFile } from './jsonFile'

const listSchema = z.object({ files: z.array(z.string()) })

export interface RecentFilesOptions {
  /// The app's user data folder; the list is kept in `recent-files.json` there.
  userData: string
  /// How many documents the list holds; 10 unless given.
  limit?: number
  /// Decides how paths compare: case-insensitively on Windows and macOS, whose usual
  /// file systems ignore case. The running platform unless given.
  platform?: NodeJS.Platform
  disk?: Disk
  /// Told when the stored list was unreadable or damaged and the list started empty.
  onProblem?: (problem: FileProblem) => void
}

/// A path in the form it is listed in: absolute and normalized for the platform.
export function normalizeDocumentPath(path: string, platform: NodeJS.Platform = process.platform): string {
  return (platform === 'win32' ? win32 : posix).resolve(path)
}

/// What two paths of one file have in common: the path itself, without case on Windows
/// and macOS, whose file systems ignore it.
export function sameFileKey(path: string, platform: NodeJS.Platform): string {
  return platform === 'win32' || platform === 'darwin' ? path.toLowerCase() : path
}

/// The app's list of recently opened documents, most recent first, without duplicates,
/// kept in the user data folder. Documents that no longer exist are dropped when the
/// list is read. Operations run one after another, so two quick opens never lose one.
/// (The operating system's own list — the Dock menu, the jump list — is fed by the main
/// process with the path `add` returns.)
export class RecentFiles {
  readonly file: string
  private readonly limit: number
  private readonly platform: NodeJS.Platform
  private readonly disk: Disk
  private readonly onProblem: (problem: FileProblem) => void
  private queue: Promise<unknown> = Promise.resolve()

  constructor(options: RecentFilesOptions) {
    this.file = join(options.userData, 'recent-files.json')
    this.limit = options.limit ?? 10
    this.platform = options.platform ?? process.platform
    this.disk = options.disk ?? nodeDisk
    this.onProblem = options.onProblem ?? (() => {})
  }

  /// The documents, most recent first, after dropping those that are gone.
  list(): Promise<readonly string[]> {
    return this.serially(async () => {
      const stored = await this.read()
      const present: string[] = []
      for (const path of stored) if (await this.exists(path)) present.push(path)
      if (present.length < stored.length) await this.write(present)
      return present
    })
  }

  /// Put a document at the top of the list. Returns the path as listed.
  add(path: string): Promise<string> {
    return this.serially(async () => {
      const listed = normalizeDocumentPath(path, this.platform)
      const key = sameFileKey(listed, this.platform)
      const rest = (await this.read()).filter(p => sameFileKey(p, this.platform) !== key)
      await this.write([listed, ...rest].slice(0, this.limit))
      return listed
    })
  }

  /// Take a document off the list (the user asked, or opening it failed).
  remove(path: string): Promise<void> {
    return this.serially(async () => {
      const key = sameFileKey(normalizeDocumentPath(path, this.platform), this.platform)
      const stored = await this.read()
      const kept = stored.filter(p => sameFileKey(p, this.platform) !== key)
      if (kept.length < stored.length) await this.write(kept)
    })
  }

  clear(): Promise<void> {
    return this.serially(() => this.write([]))
  }

  private serially<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation)
    this.queue = result.catch(() => {})
    return result
  }

  private async read(): Promise<string[]> {
    const reading = await readJsonFile(this.file, listSchema, this.disk)
    if (reading.kind === 'value') return reading.value.files.slice(0, this.limit)
    if (reading.kind === 'problem') this.onProblem(reading.problem)
    return []
  }

  private async write(files: readonly string[]): Promise<void> {
    await writeJsonFile(this.file, { files }, this.disk)
  }

  /// A path that cannot be checked (a network share that is slow to answer with a
  /// permission error, say) stays listed; only one that is certainly gone is dropped.
  private async exists(path: string): Promise<boolean> {
    try {
      return (await this.disk.stat(path)).isFile()
    } catch (error) {
      return !isMissing(error)
    }
  }
}
