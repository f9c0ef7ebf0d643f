import { readFile, stat } from 'node:fs/promises'
import { decodeText, sizeProblem, type TextPurpose } from '../shared/file'
import { CliError } from './cliError'

/// Read a file as text for a purpose, the way every edition reads it (`decodeText` in
/// shared/file: size limits, UTF-8, UTF-16 with a byte-order mark, Windows-1252 for texts
/// to import). Unreadable paths and refused bytes throw a CliError naming the file; a
/// notice (how a text that was not UTF-8 was read) goes to `notify`, standard error by
/// default, as one line starting `penholder: `.
export async function readText(path: string, purpose: TextPurpose = 'import',
  notify: (line: string) => void = line => { process.stderr.write(line) }): Promise<string> {
  const bytes = await readBytes(path, purpose)
  const decoded = decodeText(bytes, path, purpose)
  if (!decoded.ok) throw new CliError(decoded.error)
  if (decoded.notice) notify(`penholder: ${decoded.notice}\n`)
  return decoded.text
}

/// Read a file's bytes within the size limit of a purpose; unreadable paths throw a
/// CliError naming the file.
export async function readBytes(path: string, purpose: TextPurpose): Promise<Uint8Array> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw CliError.about(path, 'is a folder, not a file')
    const tooLarge = sizeProblem(info.size, purpose)
    if (tooLarge) throw CliError.about(path, tooLarge)
    return await readFile(path)
  } catch (e) {
    if (e instanceof CliError) throw e
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw CliError.about(path, 'no such file')
    if (code === 'EACCES' || code === 'EPERM') throw CliError.about(path, 'permission denied')
    throw CliError.about(path, `cannot be read (${code ?? (e as Error).message})`)
  }
}
