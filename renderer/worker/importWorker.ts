/// <reference lib="webworker" />
import { runImportJob, type ImportJob } from './importJobs'

/// The import worker: one job per message, its answer posted back (`importClient.ts`).
self.onmessage = (event: MessageEvent<ImportJob>) => {
  postMessage(runImportJob(event.data))
}
