import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DesktopHost, type HostDialogs } from '../../electron/shell/desktopHost'
import { RecentFiles, RecoveryJournal } from '../../electron/services'
import { documentText } from '../../renderer/host/browser/documentText'
import { createDocumentFile, serializeDocumentFile } from '../../shared/file'
import { template2388 } from '../../shared/template'
import { runCli } from '../support/cli'
import { useTempFolder } from '../support/tempFolder'

/// One answer in every edition: the same broken files (test/corpus/broken/, and the large
/// ones made here) opened by the command, the desktop and the web edition are refused
/// with the same problem, each edition naming the file its own way around it.
const corpus = new URL('../corpus/broken/', import.meta.url).pathname
const temp = useTempFolder()

const template = serializeDocumentFile(createDocumentFile(template2388(), { now: new Date('2025-03-01T10:00:00Z'), title: 'Trafficking' }))

/// Files too large to commit, made for the run.
const generated: Record<string, () => Uint8Array | string> = {
  'oversize.penholder': () => template + ' '.repeat(33 * 1024 * 1024),
  'deep-nesting.penholder': () => '{"format":"penholder","version":2,"meta":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}',
  'utf16.penholder': () => Uint8Array.from([0xff, 0xfe, ...[...template].flatMap(c => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])
}

const dialogs = (path: string): HostDialogs => ({
  chooseFileToOpen: async () => path,
  chooseSaveTarget: async () => null,
  confirmReplace: async () => false,
  showProblem: async () => {}
})

/// The problem each edition states, without the file's name and the edition's own words
/// around it (`penholder: <path>: …`, `Penholder could not open “<name>” in <folder>: ….`,
/// `<name>: …`); null when the edition opened the file.
async function answers(path: string): Promise<{ cli: string | null, desktop: string | null, web: string | null }> {
  const name = basename(path)
  const { code, err } = await runCli('info', path, '--json')
  const cli = code === 0 ? null : err.trim().replace(`penholder: ${path}: `, '')
  const root = join(temp(), 'desktop')
  const host = new DesktopHost({
    userData: join(root, 'userData'), documents: root, dialogs: dialogs(path),
    journal: new RecoveryJournal({ userData: join(root, 'userData'), delay: 0 }),
    recent: new RecentFiles({ userData: join(root, 'userData') }),
    addToSystemRecent: () => {}, onDocumentChanged: () => {}
  } as ConstructorParameters<typeof DesktopHost>[0])
  const opened = await host.openDocument(1)
  const desktop = opened.ok ? null : opened.canceled ? 'canceled' : opened.error.replace(/^Penholder could not open “[^”]+” in [^:]+: /, '').replace(/\.$/, '')
  const web = await documentText(new File([readFileSync(path)], name))
  return { cli, desktop, web: web.ok ? null : web.canceled ? 'canceled' : web.error.replace(`${name}: `, '') }
}

describe('a broken file gets one answer in every edition', () => {
  it.each([
    ['truncated.penholder', 'line 6, column 11: invalid JSON: unterminated string: found the end of the text'],
    ['future-version.penholder', 'line 3, column 14: version: written by a newer Penholder: format version 99, this Penholder reads versions 1 to 3; update Penholder to open it'],
    ['image.penholder', 'not text (byte 6 is a control character): it looks like an image'],
    ['invalid-utf8.penholder', 'not valid UTF-8 at byte 53 (0xE9); a Penholder document is always UTF-8'],
    ['plain-text.penholder', 'line 1, column 1: not a Penholder document: expected JSON beginning with "{", found "The Security Council,"'],
    ['oversize.penholder', '33.1 MB, larger than the 32.0 MB a Penholder document may be'],
    ['wrong-types.penholder', 'line 4, column 11: meta: expected an object, found "yesterday"'],
    ['proto-key.penholder', 'line 1, column 1: meta: missing, expected an object'],
    ['deep-nesting.penholder', 'line 1, column 169: nested more than 128 levels deep, which no Penholder document is'],
    ['utf16.penholder', null]
  ])('%s', async (file, problem) => {
    const folder = join(temp(), 'files')
    mkdirSync(folder, { recursive: true })
    const path = join(folder, file)
    if (file in generated) writeFileSync(path, generated[file]())
    else copyFileSync(join(corpus, file), path)
    expect(await answers(path)).toEqual({ cli: problem, desktop: problem, web: problem })
  })
})
