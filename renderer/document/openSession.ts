import type { FileRef } from '../../shared/host'
import { inWorker } from '../worker/importClient'
import { beginLongTask } from '../worker/longTasks'
import { fileFromParts } from './fileInParts'
import { sessionFromText, sessionOf, type DocumentSession } from './session'

/// A text is read in the import worker from this many characters (100,000: a document of
/// 2388's size with a version; some 50 ms to parse): parsing and checking a 32 MB file
/// takes the main thread over half a second, importing a 4 MB text several.
export const workerOpenCharacters = 100_000

/// Read an opened file as `sessionFromText` does, without holding the page: a large text
/// is read and checked in the import worker, shown as a task with a Cancel button, and its
/// documents rebuilt on the page in short slices (`fileFromParts`). Null when canceled.
export async function openSession(text: string, fileRef: FileRef): Promise<{ ok: true, session: DocumentSession } | { ok: false, error: string } | null> {
  if (text.length < workerOpenCharacters) return sessionFromText(text, fileRef)
  const running = inWorker({ kind: 'session', text, name: fileRef.name })
  const task = beginLongTask(`Opening ${fileRef.name}…`, () => running.cancel())
  try {
    const answer = await running.answer
    if (!answer) return null
    if (answer.kind === 'refused') return { ok: false, error: answer.error }
    if (answer.kind !== 'session') throw new Error(`the import worker answered ${answer.kind} to an open`)
    return { ok: true, session: sessionOf(await fileFromParts(answer.parts), answer.imported, fileRef) }
  } finally {
    task.end()
  }
}
