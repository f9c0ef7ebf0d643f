import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDocumentFile, parseDocumentFile, serializeDocumentFile, updateCurrent } from '../../shared/file'
import { importResolution } from '../../shared/import'
import { exportPlainText } from '../../shared/export'
import { template2388 } from '../../shared/template'
import { SeededRandom } from '../bench/seededRandom'

export interface KillTrials {
  trials: number
  /// Files that were neither of the two versions, nor a valid document.
  corrupted: number
  /// Trials after which a temporary file of the save was left beside the document.
  leftovers: number
}

const child = new URL('./saveLoop.ts', import.meta.url).pathname

/// Two real versions of a document: the 2388 template, and the same with OP4 amended.
function versions(): [string, string] {
  const first = createDocumentFile(template2388(), { now: new Date('2026-11-30T10:00:00Z'), title: 'Trafficking' })
  const amended = importResolution(exportPlainText(template2388()).replace('related legislation', 'related legislation and policies'))
  if (!amended.ok) throw new Error(amended.error)
  return [serializeDocumentFile(first), serializeDocumentFile(updateCurrent(first, amended.doc))]
}

/// Kill a process saving a document by turns in two versions (SIGKILL, at a seeded random
/// moment between 0 and 40 ms after its first save), `trials` times, and check after each
/// that the file holds one of the two versions exactly.
export async function runKillTrials(trials: number, log: (line: string) => void = () => {}): Promise<KillTrials> {
  const folder = mkdtempSync(join(tmpdir(), 'penholder-kill-'))
  const [a, b] = versions()
  writeFileSync(join(folder, 'a.json'), a)
  writeFileSync(join(folder, 'b.json'), b)
  const path = join(folder, 'draft.penholder')
  writeFileSync(path, a)
  const random = new SeededRandom(2388)
  let corrupted = 0, leftovers = 0
  try {
    for (let trial = 0; trial < trials; trial++) {
      await new Promise<void>((resolve, reject) => {
        const saver = spawn(process.execPath, ['--import', 'tsx', child, path, join(folder, 'a.json'), join(folder, 'b.json')], { stdio: ['ignore', 'pipe', 'inherit'] })
        saver.on('error', reject)
        saver.stdout.once('data', () => setTimeout(() => saver.kill('SIGKILL'), random.int(40)))
        saver.on('exit', () => resolve())
      })
      const text = readFileSync(path, 'utf8')
      if (text !== a && text !== b || !parseDocumentFile(text, 'draft.penholder').ok) corrupted++
      const left = readdirSync(folder).filter(name => name.endsWith('.tmp'))
      if (left.length) leftovers++
      for (const name of left) rmSync(join(folder, name))
      if ((trial + 1) % 20 === 0) log(`kill trials: ${trial + 1} of ${trials}, ${corrupted} corrupted`)
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  return { trials, corrupted, leftovers }
}
