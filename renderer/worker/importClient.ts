import type { ImportAnswer, ImportJob } from './importJobs'
import { beginLongTask } from './longTasks'

/// A job running in the import worker: its answer (null once canceled), and the way to
/// cancel it.
export interface RunningJob {
  readonly answer: Promise<ImportAnswer | null>
  /// Stop the job at once: the worker is terminated, so nothing it was doing goes on
  /// costing time, and `answer` resolves to null.
  cancel(): void
}

/// Run a job in a worker of its own, off the page's main thread (`importWorker.ts`, built
/// by Vite as a module worker from the page's own origin: `worker-src 'self'`). A worker
/// per job costs its start (some 30 ms, off the main thread) and makes cancel a
/// `terminate`, which stops even a job stuck in one long call. A worker that fails (an
/// exception in the importer) answers a refusal saying so.
export function inWorker(job: ImportJob, transfer: Transferable[] = []): RunningJob {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'penholder-import' })
  let settle: (answer: ImportAnswer | null) => void = () => {}
  const answer = new Promise<ImportAnswer | null>(resolve => { settle = resolve })
  const finish = (result: ImportAnswer | null) => { worker.terminate(); settle(result) }
  worker.onmessage = (event: MessageEvent<ImportAnswer>) => finish(event.data)
  worker.onerror = event => { event.preventDefault(); finish({ kind: 'refused', error: `the import failed: ${event.message || 'the worker stopped'}` }) }
  worker.postMessage(job, transfer)
  return { answer, cancel: () => finish(null) }
}

/// Run a job in the worker as a long task the app shows with a Cancel button, labelled
/// `label` until it answers; null when it was canceled.
export function inWorkerShown(label: string, job: ImportJob, transfer: Transferable[] = []): Promise<ImportAnswer | null> {
  const running = inWorker(job, transfer)
  const task = beginLongTask(label, () => running.cancel())
  return running.answer.finally(() => task.end())
}
