import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { nodeDisk, isMissing, type Disk, type DiskStat } from './disk'
import { FileProblem, type FileAction } from './fileProblem'

/// What to do with the previous version of the file. `until-replaced` keeps it as
/// `<name>.bak` only while the new one is not yet in place; `keep` leaves that copy
/// behind; `none` makes no copy (for files the app rewrites every second, like the journal).
export type BackupPolicy = 'none' | 'until-replaced' | 'keep'

export interface AtomicWriteOptions {
  disk?: Disk
  backup?: BackupPolicy
  /// Verb for the message of a failure (`save` for documents, `write` for the app's files).
  action?: FileAction
}

/// The backup copy of a file, next to it.
export function backupPath(path: string): string {
  return `${path}.bak`
}

/// Whether a name in a folder is one of the temporary files `writeAtomically` makes for
/// `name` (or for any file, without `name`). A crash leaves such files behind.
export function isTemporaryFile(entry: string, name?: string): boolean {
  return entry.startsWith(name === undefined ? '.' : `.${name}.`) && entry.endsWith('.tmp')
}

/// Write `data` to `path` so that, whatever happens — a full disk, a power cut, the
/// process killed — the file holds either its old content or the new, never a mix:
///
/// 1. write a temporary file with a unique name in the same folder (same file system,
///    so the final rename is atomic), created exclusively so no two writers share it;
/// 2. flush it to the disk (`fsync`), so the rename cannot reach the disk before the data;
/// 3. link (or copy) the old file to `<name>.bak`;
/// 4. rename the temporary file over the original, which replaces it in one step;
/// 5. flush the folder, so the rename itself survives a power cut (not possible on
///    Windows, where a folder cannot be opened as a file);
/// 6. remove the backup unless asked to keep it.
///
/// A symbolic link is followed, so the link survives and its target gets the new content.
/// The original keeps its permissions; a file marked read-only is not replaced. On any failure before step 4 completes the
/// temporary file is removed, the original is untouched, and a `FileProblem` is thrown.
/// Returns the new file's stat, taken from the written file itself.
export async function writeAtomically(path: string, data: string | Uint8Array,
  options: AtomicWriteOptions = {}): Promise<DiskStat> {
  const disk = options.disk ?? nodeDisk
  const policy = options.backup ?? 'until-replaced'
  const action = options.action ?? 'save'
  const target = await followLink(path, disk, action)
  const previous = await statIfPresent(target, disk, action)
  if (previous?.isDirectory()) throw FileProblem.create('is-directory', action, path)
  // A file no one may write (mode 0444, Windows' read-only attribute) is refused, as Word
  // refuses it: the rename would replace it all the same, since only the folder's
  // permission counts for a rename. Decided from the mode bits, not access(W_OK), which
  // always succeeds for root.
  if (previous && (previous.mode & 0o222) === 0) throw FileProblem.create('read-only-file', action, path)

  const folder = dirname(target)
  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  const backup = backupPath(target)
  let written: DiskStat
  let backedUp = false
  try {
    const file = await disk.open(temp, 'wx', previous ? 0o600 : 0o666)
    try {
      await file.writeFile(data)
      if (previous) await file.chmod(previous.mode & 0o7777)
      await file.sync()
      written = await file.stat()
    } finally {
      await file.close()
    }
    if (previous && policy !== 'none') {
      await makeBackup(target, backup, disk)
      backedUp = true
    }
    await disk.rename(temp, target)
  } catch (error) {
    await removeQuietly(temp, disk)
    if (backedUp && policy !== 'keep') await removeQuietly(backup, disk)
    throw FileProblem.from(error, action, path)
  }
  await syncFolder(folder, disk)
  if (backedUp && policy === 'until-replaced') await removeQuietly(backup, disk)
  return written
}

async function followLink(path: string, disk: Disk, action: FileAction): Promise<string> {
  try {
    return await disk.realpath(path)
  } catch (error) {
    if (isMissing(error)) return path
    throw FileProblem.from(error, action, path)
  }
}

async function statIfPresent(path: string, disk: Disk, action: FileAction): Promise<DiskStat | null> {
  try {
    return await disk.stat(path)
  } catch (error) {
    if (isMissing(error)) return null
    throw FileProblem.from(error, action, path)
  }
}

/// A hard link costs nothing and is itself atomic; file systems without links (FAT,
/// some network shares) get a copy instead.
async function makeBackup(path: string, backup: string, disk: Disk): Promise<void> {
  await removeQuietly(backup, disk)
  try {
    await disk.link(path, backup)
  } catch {
    await disk.copyFile(path, backup)
  }
}

async function syncFolder(folder: string, disk: Disk): Promise<void> {
  if (process.platform === 'win32') return
  try {
    const handle = await disk.open(folder, 'r')
    try { await handle.sync() } finally { await handle.close() }
  } catch {
    // The new file is in place; a file system that cannot flush a folder (some network
    // and FUSE mounts) leaves only the rename's durability to the operating system.
  }
}

/// Remove a file and ignore any failure: for cleaning up after a failure, when the first
/// error is the one worth reporting, and for leftovers nobody needs.
export async function removeQuietly(path: string, disk: Disk): Promise<void> {
  try {
    await disk.unlink(path)
  } catch {
    // Nothing to clean up, or nothing more to be done about it.
  }
}
