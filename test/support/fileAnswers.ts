import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { DesktopHost, type HostDialogs } from '../../electron/shell/desktopHost'
import { RecentFiles, RecoveryJournal } from '../../electron/services'
import { documentText } from '../../renderer/host/browser/documentText'
import { createDocumentFile, serializeDocumentFile } from '../../shared/file'
import { OverlongParagraph, readPastedText } from '../../shared/import'
import { sessionFromText } from '../../renderer/document/session'
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

/// Texts to import that every edition must refuse alike, too large to commit: the press
/// release of 2388 (test/corpus/) with its last paragraph grown past 100,000 characters.
export const generatedImports: Record<string, () => string> = {
  'long-paragraph.txt': () => readFileSync(new URL('../corpus/sc-13081-press-release.txt', import.meta.url), 'utf8')
    .replace('remain actively seized of this matter.', 'remain '.repeat(20_000) + 'seized of this matter.')
}

const dialogs = (path: string): HostDialogs => ({
  chooseFileToOpen: async () => path,
  chooseSaveTarget: async () => null,
  confirmReplace: async () => false,
  showProblem: async () => {}
})

function desktopHost(path: string, root: string): DesktopHost {
  return new DesktopHost({
    userData: join(root, 'userData'), documents: root, dialogs: dialogs(path),
    journal: new RecoveryJournal({ userData: join(root, 'userData'), delay: 0 }),
    recent: new RecentFiles({ userData: join(root, 'userData') }),
    addToSystemRecent: () => {}, onDocumentChanged: () => {}
  } as ConstructorParameters<typeof DesktopHost>[0])
}

/// The problem each edition states about a text to import, without the file's name and
/// the edition's words around it: `penholder import`, the desktop's File ▸ Import Text
/// (the text sent to the window, which reads it as the page does), and the web edition,
/// which takes texts in by paste (`Nothing was pasted: in the pasted text, …`); null
/// when the edition took the text in.
export async function importAnswers(path: string, folder: string): Promise<{ cli: string | null, desktop: string | null, web: string | null }> {
  const name = basename(path)
  const { code, err } = await runCli('import', path, '-o', join(folder, 'imported.penholder'))
  const cli = code === 0 ? null : err.trim().replace(`penholder: ${path}: `, '')
  const host = desktopHost(path, folder)
  await host.importText(1)
  const event = await host.nextShellEvent(1)
  const read = event.kind === 'import' ? sessionFromText(event.text, { id: event.name, name: event.name }) : null
  const desktop = read === null ? 'not sent to the window' : read.ok ? null : read.error.replace(`${name}: `, '')
  let web: string | null = null
  try {
    readPastedText(readFileSync(path, 'utf8'))
  } catch (e) {
    if (!(e instanceof OverlongParagraph)) throw e
    web = e.message
  }
  return { cli, desktop, web }
}

/// The problem each edition states, without the file's name and the edition's own words
/// around it (`penholder: <path>: …`, `Penholder could not open “<name>” in <folder>: ….`,
/// `<name>: …`); null when the edition opened the file.
export async function answers(path: string, desktopFolder: string): Promise<{ cli: string | null, desktop: string | null, web: string | null }> {
  const name = basename(path)
  const { code, err } = await runCli('info', path, '--json')
  const cli = code === 0 ? null : err.trim().replace(`penholder: ${path}: `, '')
  const host = desktopHost(path, desktopFolder)
  const opened = await host.openDocument(1)
  const desktop = opened.ok ? null : opened.canceled ? 'canceled' : opened.error.replace(/^Penholder could not open “[^”]+” in [^:]+: /, '').replace(/\.$/, '')
  const web = await documentText(new File([readFileSync(path)], name))
  return { cli, desktop, web: web.ok ? null : web.canceled ? 'canceled' : web.error.replace(`${name}: `, '') }
}

