import { readFile, stat } from 'node:fs/promises'
import { CliError } from './cliError'

/// Files larger than this are refused unread: no resolution, even with all its versions,
/// comes near it.
const maxBytes = 64 * 1024 * 1024

/// Read a text file as the importer or the file parser expects it: UTF-8, or UTF-16 when
/// it starts with a byte-order mark (as Windows Notepad saves). Binary files and unreadable
/// paths are refused with a message naming the file.
export async function readText(path: string): Promise<string> {
  let bytes: Uint8Array
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw CliError.about(path, 'is a folder, not a file')
    if (info.size > maxBytes) throw CliError.about(path, `is ${(info.size / 1048576).toFixed(0)} MB, too large for a resolution`)
    bytes = await readFile(path)
  } catch (e) {
    if (e instanceof CliError) throw e
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw CliError.about(path, 'no such file')
    if (code === 'EACCES' || code === 'EPERM') throw CliError.about(path, 'permission denied')
    throw CliError.about(path, `cannot be read (${code ?? (e as Error).message})`)
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  if (bytes.subarray(0, 8192).includes(0)) throw CliError.about(path, 'is a binary file, not a text (expected a resolution as plain text or a .penholder.json document)')
  return new TextDecoder('utf-8').decode(bytes)
}
