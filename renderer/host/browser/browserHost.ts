import { defaultHostSettings, type DraftSnapshot, type FileRef, type HostApi, type HostResult, type HostSettings, type OpenedFile, type RecentFile, type RecoveryEntry } from '../../../shared/host'
import { newPid } from '../../../shared/schema'
import { deleteOne, getAll, getOne, putOne } from './database'
import { ensurePermission, hasFileAccess, isAbort, pickFileToOpen, pickFileToSave, writeHandle, type FileHandle } from './fileAccess'
import { downloadFile, uploadFile } from './upload'
import { readDocumentFile, type JobRunner } from './documentText'
import { inWorkerShown } from '../../worker/importClient'

/// A recent file as the web edition remembers it: the File System Access handle where the
/// browser has one, otherwise a copy of the file as last opened or saved (an uploaded file
/// cannot be read again). The copy is a Blob, which IndexedDB stores and hands back
/// without the page copying its bytes: a 32 MB text took the page 0.5 s to store and as
/// long to list again. `text` is the copy as records made before kept it.
interface RecentRecord {
  readonly id: string
  readonly name: string
  readonly at: string
  readonly handle?: FileHandle
  readonly copy?: Blob
  readonly text?: string
}

const maxRecent = 10
/// A change is in the journal at most this long after it was made.
const journalDelay = 500

/// Files are read in the import worker, shown as a long task the user can cancel.
const inWorker: JobRunner = (job, transfer) => inWorkerShown(job.kind === 'open' ? `Opening ${job.name}…` : 'Working…', job, transfer)

const canceled = { ok: false, canceled: true } as const
const failed = (error: string): HostResult<never> => ({ ok: false, canceled: false, error })
const message = (e: unknown) => e instanceof Error ? e.message : String(e)

/// A page that is going away (a reload, a closed tab) cannot wait for IndexedDB, whose
/// write may never commit. The draft it was about to journal is first kept, synchronously,
/// in localStorage, and removed once IndexedDB has it; recovery reads both, newest first.
const rescuePrefix = 'penholder.rescue.'

function rescue(record: RecoveryEntry): void {
  try {
    localStorage.setItem(rescuePrefix + record.draftId, JSON.stringify(record))
  } catch {
    // Storage full or refused: IndexedDB remains the journal, as before.
  }
}

function unrescue(draftId: string): void {
  try { localStorage.removeItem(rescuePrefix + draftId) } catch { /* nothing was kept */ }
}

/// Drop the rescued copy of a draft once IndexedDB holds `record`, unless a newer one was
/// rescued meanwhile: a journal write begun before the page hid can finish after the
/// page's last keystrokes were rescued, and must not take them with it.
function unrescueWritten(record: RecoveryEntry): void {
  try {
    const kept = JSON.parse(localStorage.getItem(rescuePrefix + record.draftId) ?? 'null') as RecoveryEntry | null
    if (!kept || kept.savedAt <= record.savedAt) unrescue(record.draftId)
  } catch {
    unrescue(record.draftId)
  }
}

function rescuedDrafts(): RecoveryEntry[] {
  const drafts: RecoveryEntry[] = []
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)
      if (!key?.startsWith(rescuePrefix)) continue
      const entry = JSON.parse(localStorage.getItem(key) ?? 'null') as RecoveryEntry | null
      if (entry && typeof entry.content === 'string' && typeof entry.savedAt === 'string') drafts.push(entry)
    }
  } catch {
    // A damaged entry is no draft.
  }
  return drafts
}

async function remember(record: RecentRecord): Promise<void> {
  await putOne('recent', record)
  const all = await getAll<RecentRecord>('recent')
  const stale = all.sort((a, b) => b.at.localeCompare(a.at)).slice(maxRecent)
  for (const old of stale) await deleteOne('recent', old.id)
}

interface PendingDraft {
  snapshot: DraftSnapshot
  readonly timer: ReturnType<typeof setTimeout>
  readonly written: Promise<HostResult<void>>
  readonly write: () => void
}

/// A file dropped on the web edition's window, read as File ▸ Open reads a picked one
/// (in the import worker, cancelable). It does not join the recent files: a dropped file
/// can be neither read again nor written back.
export async function openDroppedFile(dropped: File): Promise<HostResult<OpenedFile>> {
  try {
    const read = await readDocumentFile(dropped, inWorker)
    if (!read.ok) return read
    const { text, imported, notice } = read.value
    return { ok: true, value: { file: { id: newPid(), name: dropped.name }, text, ...imported && { imported }, ...notice && { notice } } }
  } catch (e) {
    return failed(`${dropped.name}: ${message(e)}`)
  }
}

/// The host of the web edition. Errors of the disk or the storage come back as results
/// naming the file; nothing here throws at the editor.
export function browserHost(): HostApi {
  const fileAccess = hasFileAccess()
  const pending = new Map<string, PendingDraft>()
  /// Drafts with work in no file: journaled and not yet saved or discarded. A reload or a
  /// closed tab asks first (the journal would still offer them back, but a drafter who
  /// did not mean to leave should not have to recover).
  const unsaved = new Set<string>()
  window.addEventListener('beforeunload', event => {
    if (!unsaved.size) return
    event.preventDefault()
    event.returnValue = ''
  })
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') for (const draft of [...pending.values()]) draft.write()
  })


  /// A picked file read as a document, in the import worker. A Penholder document joins
  /// the recent files (its handle, or else a copy of its text); a Word file opens as a new
  /// document and does not, since saving it writes a Penholder document elsewhere.
  async function opened(picked: File, handle?: FileHandle): Promise<HostResult<OpenedFile>> {
    const read = await readDocumentFile(picked, inWorker)
    if (!read.ok) return read
    const file = { id: newPid(), name: picked.name }
    const { text, imported, notice } = read.value
    if (!imported) await remember({ ...file, at: new Date().toISOString(), ...handle ? { handle } : { copy: picked } })
    return { ok: true, value: { file, text, ...imported && { imported }, ...notice && { notice } } }
  }

  async function guard<T>(name: string, run: () => Promise<HostResult<T>>): Promise<HostResult<T>> {
    try {
      return await run()
    } catch (e) {
      return isAbort(e) ? canceled : failed(`${name}: ${message(e)}`)
    }
  }

  return {
    capabilities: { kind: 'browser', saveInPlace: fileAccess },

    openDocument: () => guard<OpenedFile>('open', async () => {
      if (fileAccess) {
        const handle = await pickFileToOpen()
        return opened(await handle.getFile(), handle)
      }
      const picked = await uploadFile('.penholder,.json,application/json,.docx')
      return picked ? opened(picked) : canceled
    }),

    openRecent: file => guard<OpenedFile>(file.name, async () => {
      const record = await getOne<RecentRecord>('recent', file.id)
      if (!record) return failed(`${file.name}: no longer in the recent files`)
      let text: string
      if (record.handle && !await ensurePermission(record.handle, 'read')) return failed(`${file.name}: the browser was not allowed to read it`)
      const copy = record.handle ? await record.handle.getFile() : record.copy && new File([record.copy], record.name)
      if (copy) {
        const read = await readDocumentFile(copy, inWorker)
        if (!read.ok) return read
        text = read.value.text
      } else text = record.text ?? ''
      await remember({ ...record, at: new Date().toISOString() })
      return { ok: true, value: { file: { id: record.id, name: record.name }, text } }
    }),

    saveDocument: (file, text) => guard<FileRef>(file.name, async () => {
      const record = await getOne<RecentRecord>('recent', file.id)
      const at = new Date().toISOString()
      if (record?.handle) {
        if (!await ensurePermission(record.handle, 'readwrite')) return failed(`${file.name}: the browser was not allowed to write it`)
        await writeHandle(record.handle, text)
        await remember({ ...record, at })
      } else {
        downloadFile(file.name, 'application/json', text)
        await remember({ id: file.id, name: file.name, at, copy: new Blob([text], { type: 'application/json' }) })
      }
      return { ok: true, value: file }
    }),

    saveDocumentAs: (suggestedName, text) => guard<FileRef>(suggestedName, async () => {
      const at = new Date().toISOString()
      if (fileAccess) {
        const handle = await pickFileToSave(suggestedName)
        await writeHandle(handle, text)
        const file = { id: newPid(), name: handle.name }
        await remember({ ...file, at, handle })
        return { ok: true, value: file }
      }
      downloadFile(suggestedName, 'application/json', text)
      const file = { id: newPid(), name: suggestedName }
      await remember({ ...file, at, copy: new Blob([text], { type: 'application/json' }) })
      return { ok: true, value: file }
    }),

    exportFile: (suggestedName, mimeType, content) => guard<string>(suggestedName, async () => {
      if (fileAccess) {
        const extension = suggestedName.slice(suggestedName.lastIndexOf('.'))
        const handle = await pickFileToSave(suggestedName, [{ description: 'Export', accept: { [mimeType]: [extension] } }])
        await writeHandle(handle, new Blob([content as BlobPart], { type: mimeType }))
        return { ok: true, value: handle.name }
      }
      downloadFile(suggestedName, mimeType, content)
      return { ok: true, value: suggestedName }
    }),

    async recentFiles(): Promise<readonly RecentFile[]> {
      try {
        const all = await getAll<RecentRecord>('recent')
        return all.sort((a, b) => b.at.localeCompare(a.at)).map(r => ({ file: { id: r.id, name: r.name }, at: r.at }))
      } catch {
        return []
      }
    },

    async forgetRecent(file) {
      await deleteOne('recent', file.id).catch(() => undefined)
    },

    /// The first change of a draft arms a timer; later ones only replace the snapshot it
    /// will write, so a drafter typing without pause is still journaled every half second.
    /// A page being hidden (a reload, a closed tab) writes at once.
    recordDraft(snapshot) {
      unsaved.add(snapshot.draftId)
      const waiting = pending.get(snapshot.draftId)
      if (waiting) {
        waiting.snapshot = snapshot
        if (document.visibilityState === 'hidden') waiting.write()
        return waiting.written
      }
      let write = () => {}
      const written = new Promise<HostResult<void>>(resolve => {
        write = () => {
          const entry = pending.get(snapshot.draftId)
          if (!entry) return
          clearTimeout(entry.timer)
          pending.delete(snapshot.draftId)
          const record: RecoveryEntry = { ...entry.snapshot, savedAt: new Date().toISOString() }
          if (document.visibilityState === 'hidden') rescue(record)
          putOne('drafts', record).then(
            () => { unrescueWritten(record); resolve({ ok: true, value: undefined }) },
            e => resolve(failed(`recovery journal: ${message(e)}`))
          )
        }
      })
      const timer = setTimeout(() => write(), document.visibilityState === 'hidden' ? 0 : journalDelay)
      pending.set(snapshot.draftId, { snapshot, timer, written, write })
      if (document.visibilityState === 'hidden') write()
      return written
    },

    noteUnsavedDraft(draftId) {
      unsaved.add(draftId)
    },

    async discardDraft(draftId) {
      unsaved.delete(draftId)
      const waiting = pending.get(draftId)
      if (waiting) clearTimeout(waiting.timer)
      pending.delete(draftId)
      unrescue(draftId)
      await deleteOne('drafts', draftId).catch(() => undefined)
    },

    async recoverableDrafts() {
      const stored = await getAll<RecoveryEntry>('drafts').catch(() => [] as RecoveryEntry[])
      const newest = new Map(stored.map(entry => [entry.draftId, entry]))
      for (const entry of rescuedDrafts()) {
        const known = newest.get(entry.draftId)
        if (!known || entry.savedAt > known.savedAt) {
          newest.set(entry.draftId, entry)
          await putOne('drafts', entry).then(() => unrescue(entry.draftId), () => undefined)
        } else {
          unrescue(entry.draftId)
        }
      }
      return [...newest.values()].sort((a, b) => b.savedAt.localeCompare(a.savedAt))
    },

    async loadSettings() {
      try {
        // Settings stored before a setting existed take its default.
        return { ...defaultHostSettings, ...(await getOne<Partial<HostSettings>>('settings', 'settings')) }
      } catch {
        return defaultHostSettings
      }
    },

    saveSettings: settings => guard<void>('settings', async () => {
      await putOne('settings', settings, 'settings')
      return { ok: true, value: undefined }
    })
  }
}
