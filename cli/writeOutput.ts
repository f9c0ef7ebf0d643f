import { access } from 'node:fs/promises'
import { writeAtomically, FileProblem } from '../electron/services'
import { CliError } from './cliError'

/// Write a result file atomically, the same way the app saves. An existing file is only
/// replaced with `--force`: a command must never overwrite someone's draft by surprise.
export async function writeOutput(path: string, data: string | Uint8Array, force: boolean): Promise<void> {
  if (!force && await exists(path)) throw CliError.about(path, 'already exists (add --force to replace it)')
  try {
    await writeAtomically(path, data, { action: 'write' })
  } catch (e) {
    if (e instanceof FileProblem) throw new CliError(e.message)
    throw e
  }
}

async function exists(path: string): Promise<boolean> {
  try { await access(path); return true } catch { return false }
}
