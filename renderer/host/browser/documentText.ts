import type { HostResult } from '../../../shared/host'
import { sizeProblem } from '../../../shared/file'
import { runImportJob, type ImportAnswer, type ImportJob } from '../../worker/importJobs'

/// How a job of the import worker is run: in the worker (`inWorker`, the app) or in this
/// thread (`inThisThread`: tests and measurements in Node, which has no Worker).
export type JobRunner = (job: ImportJob, transfer: Transferable[]) => Promise<ImportAnswer | null>

export const inThisThread: JobRunner = async job => runImportJob(job)

/// A picked or dropped file read as a document: a Penholder document's text, or a Word
/// file made into one (`imported`), with the notice of how it was read.
export interface ReadFile {
  readonly text: string
  readonly imported: boolean
  readonly notice: string | null
}

const refuse = (error: string): HostResult<never> => ({ ok: false, canceled: false, error })

/// A picked or dropped file, or its refusal as every edition words it: too large (decided
/// from `File.size`, unread), then by the import worker's `open` job: a Word file through
/// `docxFile`, anything else not UTF-8 or not text (`decodeText`) or not a Penholder
/// document (`parseDocumentFile`), so a file the desktop refuses never joins the web
/// edition's recent files either. Canceled when the job was.
export async function readDocumentFile(file: File, run: JobRunner): Promise<HostResult<ReadFile>> {
  const tooLarge = sizeProblem(file.size, 'document')
  if (tooLarge) return refuse(`${file.name}: ${tooLarge}`)
  const bytes = new Uint8Array(await file.arrayBuffer())
  const answer = await run({ kind: 'open', name: file.name, bytes }, [bytes.buffer])
  if (!answer) return { ok: false, canceled: true }
  if (answer.kind === 'refused') return refuse(answer.error)
  if (answer.kind !== 'opened') return refuse(`${file.name}: not read`)
  return { ok: true, value: { text: answer.text, imported: answer.imported, notice: answer.notice } }
}

/// A picked file's document text, read in this thread (see `readDocumentFile`).
export async function documentText(file: File): Promise<HostResult<string>> {
  const read = await readDocumentFile(file, inThisThread)
  return read.ok ? { ok: true, value: read.value.text } : read
}
