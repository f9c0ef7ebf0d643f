import { posix, win32 } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDocumentName } from './documentNames'

/// The document a second launch of Penholder was asked to open — double-clicking a file
/// while the app runs, `penholder draft.penholder` in a terminal — picked out of
/// that launch's command line, which the first instance receives with the directory it
/// was started in. The command line also holds the executable, in development the app
/// folder (`electron .`), and switches Chromium or macOS add (`--allow-file-access…`,
/// `-psn_0_1234`); only an argument naming a document counts, as a path relative to
/// the second launch's directory or as a `file:` URL (what Linux desktops pass).
export function argvFile(argv: readonly string[], workingDirectory: string,
  platform: NodeJS.Platform = process.platform): string | null {
  const paths = platform === 'win32' ? win32 : posix
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !isDocumentName(arg)) continue
    const file = arg.startsWith('file://') ? fileURLToPath(arg) : arg
    return paths.resolve(workingDirectory, file)
  }
  return null
}
