import { createHash } from 'node:crypto'
import { basename, dirname, join, resolve } from 'node:path'
import { decodeText, serializeDocumentFile, sizeProblem, type TextPurpose } from '../../shared/file'
import { docxFile, isWordFileName } from '../../shared/import/docx'
import { nodeDisk, isMissing, type Disk } from './disk'
import { FileProblem } from './fileProblem'
import { isTemporaryFile, removeQuietly, writeAtomically, type BackupPolicy } from './atomicWrite'

/// What a document file looked like when Penholder last read or wrote it, to notice
/// another program (a synchronised folder, a colleague on a network share) changing it.
export interface Fingerprint {
  readonly size: number
  readonly mtimeMs: number
  /// SHA-256 of the bytes, hex.
  readonly sha256: string
}

/// A document file as read from disk: its text and the fingerprint to save against.
export interface OpenedDocument {
  readonly path: string
  readonly text: string
  readonly fingerprint: Fingerprint
  /// How the file was read, in one line naming it, when not as plain UTF-8 (`decodeText`:
  /// UTF-16, an import read as Windows-1252) or when a Word file held tracked changes; the
  /// window shows it as the web edition and the command do.
  readonly notice: string | null
  /// The text is a document made from a Word file (`docxFile`), not the file's own: it
  /// opens as a new document, and is never saved over the .docx.
  readonly imported: boolean
}

export interface OpenOptions {
  disk?: Disk
  /// `document` (default) or `import`, a text to import: its limit and encodings
  /// (`decodeText`).
  purpose?: TextPurpose
}

export interface SaveOptions {
  disk?: Disk
  /// The fingerprint from when the document was opened or last saved. When given, a file
  /// that changed on disk since is not overwritten: the save fails with a
  /// `changed-on-disk` problem, and the app asks before saving again without it.
  expected?: Fingerprint
  /// `until-replaced` (default) or `keep` (the user's "keep a backup" setting).
  backup?: Exclude<BackupPolicy, 'none'>
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/// Read a document file's text as every edition does (`decodeText`: UTF-8, or UTF-16
/// with a byte-order mark; anything else refused with the byte offset). A Word file
/// (`.docx`) opened as a document is read by `docxFile`, as the web edition and the
/// command read it, and comes back as the document file's text, `imported`. The stat is taken
/// before the read, so a change racing with the read shows up as a changed modification
/// time later, never as a fingerprint that matches content the window does not hold.
export async function openDocument(path: string, options: OpenOptions = {}): Promise<OpenedDocument> {
  const disk = options.disk ?? nodeDisk
  const purpose = options.purpose ?? 'document'
  const file = resolve(path)
  try {
    const stat = await disk.stat(file)
    if (stat.isDirectory()) throw FileProblem.create('is-directory', 'open', file)
    // The limits of shared/file, decided from the size alone so a huge file is never read;
    // checked again on the bytes, in case the file grew in between.
    const tooLarge = (size: number) => {
      const problem = sizeProblem(size, purpose)
      return problem ? FileProblem.create('too-large', 'open', file, { stated: problem }) : null
    }
    const refused = tooLarge(stat.size)
    if (refused) throw refused
    const bytes = await disk.readFile(file)
    const grown = tooLarge(bytes.length)
    if (grown) throw grown
    const fingerprint = { size: bytes.length, mtimeMs: stat.mtimeMs, sha256: sha256(bytes) }
    if (purpose === 'document' && isWordFileName(file)) {
      const word = docxFile(bytes, basename(file))
      if (!word.ok) throw FileProblem.create('not-a-document', 'open', file, { stated: word.problem })
      return { path: file, text: serializeDocumentFile(word.file), fingerprint, notice: word.notice, imported: true }
    }
    const decoded = decodeText(bytes, basename(file), purpose)
    if (!decoded.ok) throw FileProblem.create('not-a-document', 'open', file, { stated: decoded.problem })
    await removeStaleTemporaries(file, disk)
    return { path: file, text: decoded.text, fingerprint, notice: decoded.notice, imported: false }
  } catch (error) {
    throw FileProblem.from(error, 'open', file)
  }
}

/// A save killed between writing its temporary file and renaming it (a crash, a power
/// cut, SIGKILL) leaves `.<name>.<random>.tmp` beside the document; nothing else would
/// ever remove it. Opening the document removes those of its own name that are over a
/// minute old (a save in progress is younger). Failures are ignored: the document is open.
export const staleTemporaryAge = 60_000

async function removeStaleTemporaries(file: string, disk: Disk): Promise<void> {
  try {
    const folder = dirname(file), now = Date.now()
    for (const entry of await disk.readdir(folder)) {
      if (!isTemporaryFile(entry, basename(file))) continue
      const path = join(folder, entry)
      if (now - (await disk.stat(path)).mtimeMs > staleTemporaryAge) await removeQuietly(path, disk)
    }
  } catch {
    // An unreadable folder keeps its leftovers; the open itself succeeded.
  }
}

/// Whether the file at `path` is no longer what `fingerprint` describes: `modified`,
/// `deleted`, or `false`. A different size settles it without reading; the same size and
/// modification time count as unchanged, as in every editor; a new modification time
/// with the same size is decided by the content hash, so a `touch` or a sync tool that
/// rewrites identical bytes does not trouble anyone with a question.
export async function changedOnDisk(path: string, fingerprint: Fingerprint,
  disk: Disk = nodeDisk): Promise<false | 'modified' | 'deleted'> {
  const file = resolve(path)
  try {
    const stat = await disk.stat(file)
    if (stat.size !== fingerprint.size || !stat.isFile()) return 'modified'
    if (stat.mtimeMs === fingerprint.mtimeMs) return false
    return sha256(await disk.readFile(file)) === fingerprint.sha256 ? false : 'modified'
  } catch (error) {
    if (isMissing(error)) return 'deleted'
    throw FileProblem.from(error, 'read', file)
  }
}

/// Save a document's text over `path` atomically (see `writeAtomically`) and return the
/// new fingerprint. A file deleted since it was opened is simply written again.
export async function saveDocument(path: string, text: string, options: SaveOptions = {}): Promise<Fingerprint> {
  const disk = options.disk ?? nodeDisk
  const file = resolve(path)
  if (options.expected && await changedOnDisk(file, options.expected, disk) === 'modified')
    throw FileProblem.create('changed-on-disk', 'save', file)
  const bytes = new TextEncoder().encode(text)
  const stat = await writeAtomically(file, bytes, { disk, backup: options.backup ?? 'until-replaced', action: 'save' })
  return { size: bytes.length, mtimeMs: stat.mtimeMs, sha256: sha256(bytes) }
}
