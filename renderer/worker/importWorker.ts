/// <reference lib="webworker" />
import { runImportJob, type ImportJob } from './importJobs'

/// The import worker: one job per message, its answer posted back (`importClient.ts`).
self.onmessage = async (event: MessageEvent<ImportJob>) => {
  const answer = await runImportJob(event.data)
  postMessage(answer, answer.kind === 'exported' ? [answer.bytes.buffer] : [])
}
