import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { DesktopHost, type HostDialogs } from '../../electron/shell/desktopHost'
import { RecentFiles, RecoveryJournal } from '../../electron/services'
import { documentText } from '../../renderer/host/browser/documentText'
import { createDocumentFile, serializeDocumentFile } from '../../shared/file'
import { template2388 } from '../../shared/template'
import { runCli } from './cli'

/// The broken document files of test/corpus/broken/, which every edition must refuse alike.
export const brokenCorpus = new URL('../corpus/broken/', import.meta.url).pathname

const template = serializeDocumentFile(createDocumentFile(template2388(), { now: new Date('2025-03-01T10:00:00Z'), title: 'Trafficking' }))

/// Broken files too large to commit, made when needed.
export const generatedBroken: Record<string, () => Uint8Array | string> = {
  'oversize.penholder': () => template + ' '.repeat(33 * 1024 * 1024),
  'deep-nesting.penholder': () => '{"format":"penholder","version":2,"meta":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}',
  'long-paragraph.penholder': () => template.replaceAll('remain actively seized of this matter.', 'remain '.repeat(20_000) + 'seized of this matter.'),
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
export async function answers(path: string, desktopFolder: string): Promise<{ cli: string | null, desktop: string | null, web: string | null }> {
  const name = basename(path)
  const { code, err } = await runCli('info', path, '--json')
  const cli = code === 0 ? null : err.trim().replace(`penholder: ${path}: `, '')
  const root = desktopFolder
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

