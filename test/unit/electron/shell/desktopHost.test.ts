import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DesktopHost, type HostDialogs } from '../../../../electron/shell/desktopHost'
import { RecentFiles, RecoveryJournal, saveSettings, defaultSettings } from '../../../../electron/services'
import { createDocumentFile, parseDocumentFile, serializeDocumentFile } from '../../../../shared/file'
import { twoAuthorDraft } from '../../../support/trackedDocx'
import { template2388 } from '../../../../shared/template'
import type { FileFilter } from '../../../../electron/shell/fileFilters'
import { useTempFolder } from '../../../support/tempFolder'

const documentText = serializeDocumentFile(createDocumentFile(template2388(), { now: new Date('2025-03-01T10:00:00Z'), title: 'Trafficking' }))
const editedText = documentText.replace('"Trafficking"', '"Trafficking, revised"')

/// Dialogs answered in advance; every question is logged.
class ScriptedDialogs implements HostDialogs {
  readonly log: string[] = []
  open: string | null = null
  saveTarget: string | null = null
  replace = false

  async chooseFileToOpen(windowId: number, filter: FileFilter): Promise<string | null> {
    this.log.push(`open ${windowId} ${filter.extensions.join(',')}`)
    return this.open
  }

  async chooseSaveTarget(windowId: number, defaultPath: string, filter: FileFilter): Promise<string | null> {
    this.log.push(`save ${windowId} ${defaultPath} ${filter.extensions.join(',')}`)
    return this.saveTarget
  }

  async confirmReplace(windowId: number, path: string, reason: string): Promise<boolean> {
    this.log.push(`replace? ${windowId} ${path} ${reason}`)
    return this.replace
  }

  async showProblem(windowId: number, message: string): Promise<void> {
    this.log.push(`problem ${windowId} ${message}`)
  }
}

describe('DesktopHost', () => {
  const temp = useTempFolder()

  function setup(platform?: NodeJS.Platform) {
    const root = temp()
    const userData = join(root, 'userData')
    const docs = join(root, 'Documents')
    mkdirSync(docs, { recursive: true })
    const dialogs = new ScriptedDialogs()
    const system: string[] = []
    const changed: number[] = []
    const journal = new RecoveryJournal({ userData, delay: 0 })
    const host = new DesktopHost({
      userData,
      documents: docs,
      dialogs,
      journal,
      recent: new RecentFiles({ userData }),
      addToSystemRecent: path => system.push(path),
      onDocumentChanged: id => changed.push(id),
      platform
    })
    const draftPath = join(docs, 'draft.penholder')
    writeFileSync(draftPath, documentText)
    return { root, userData, docs, dialogs, system, changed, journal, host, draftPath }
  }

  async function opened(s: ReturnType<typeof setup>, windowId = 1) {
    s.dialogs.open = s.draftPath
    const result = await s.host.openDocument(windowId)
    if (!result.ok) throw new Error('open failed')
    return result.value
  }

  describe('opening', () => {
    it('reads the chosen document and lists it in both recent lists', async () => {
      const s = setup()
      const value = await opened(s)
      expect(value).toEqual({ file: { id: s.draftPath, name: 'draft.penholder' }, text: documentText })
      expect(s.dialogs.log).toEqual(['open 1 penholder,penholder.json,docx'])
      expect((await s.host.recentFiles(1)).map(r => r.file.id)).toEqual([s.draftPath])
      expect(s.system).toEqual([s.draftPath])
      expect(s.host.documentOf(1)).toBe(s.draftPath)
      expect(s.host.windowShowing(s.draftPath)).toBe(1)
    })

    it('answers canceled when the dialog is closed', async () => {
      const s = setup()
      expect(await s.host.openDocument(1)).toEqual({ ok: false, canceled: true })
    })

    it.each([
      ['notes.txt', 'The Security Council,\nRecalling its resolution 2388 (2017),\n', /could not open “notes\.txt” in [^,]*: line 1, column 1: not a Penholder document: expected JSON beginning with "\{", found "The Security Council,"\.$/],
      ['broken.penholder.json', '{"format": 2,\n', /could not open “broken\.penholder\.json” in [^,]*: line 2, column 1: invalid JSON/],
      ['photo.penholder.json', '\u0000\u00ff\u00fe', /could not open “photo\.penholder\.json”/]
    ])('refuses %s with a message naming the file', async (name, content, message) => {
      const s = setup()
      const path = join(s.docs, name)
      writeFileSync(path, content, name === 'photo.penholder.json' ? 'latin1' : 'utf8')
      s.dialogs.open = path
      const result = await s.host.openDocument(1)
      expect(result.ok).toBe(false)
      expect(!result.ok && !result.canceled && result.error).toMatch(message)
      expect(s.host.isBlank(1)).toBe(true)
      expect(await s.host.recentFiles(1)).toEqual([])
    })

    it('opens a recent document only if it is on the list', async () => {
      const s = setup()
      await opened(s)
      const again = await s.host.openRecent(2, { id: s.draftPath, name: 'draft.penholder' })
      expect(again.ok).toBe(true)
      const other = join(s.docs, 'other.penholder.json')
      writeFileSync(other, documentText)
      const refused = await s.host.openRecent(2, { id: other, name: 'other.penholder.json' })
      expect(refused).toEqual({ ok: false, canceled: false, error: '“other.penholder.json” is no longer in the list of recent documents.' })
    })
  })

  describe('saving', () => {
    it('writes back over the opened file', async () => {
      const s = setup()
      const { file } = await opened(s)
      expect(await s.host.saveDocument(1, file, editedText)).toEqual({ ok: true, value: file })
      expect(readFileSync(s.draftPath, 'utf8')).toBe(editedText)
    })

    it('refuses a path the window was not given', async () => {
      const s = setup()
      const { file } = await opened(s, 1)
      const elsewhere = { id: join(s.root, 'userData', 'settings.json'), name: 'settings.json' }
      for (const [windowId, target] of [[2, file], [1, elsewhere]] as const) {
        const result = await s.host.saveDocument(windowId, target, editedText)
        expect(result.ok).toBe(false)
        expect(!result.ok && !result.canceled && result.error).toMatch(/^Penholder did not open “.*” in this window; use Save As/)
      }
      expect(readFileSync(s.draftPath, 'utf8')).toBe(documentText)
      expect(existsSync(elsewhere.id)).toBe(false)
    })

    it.each(['darwin', 'win32', 'linux'] as const)('refuses another case of the granted name on %s, another file where the volume is case-sensitive', async platform => {
      const s = setup(platform)
      const { file } = await opened(s, 1)
      const otherCase = { id: join(s.docs, 'DRAFT.penholder'), name: 'DRAFT.penholder' }
      const result = await s.host.saveDocument(1, otherCase, editedText)
      expect(!result.ok && !result.canceled && result.error).toBe('Penholder did not open “DRAFT.penholder” in this window; use Save As to choose where to save it.')
      expect(existsSync(otherCase.id)).toBe(false)
      expect(await s.host.saveDocument(1, file, editedText)).toEqual({ ok: true, value: file })
    })

    it('asks before overwriting a file changed on disk, and keeps it on Cancel', async () => {
      const s = setup()
      const { file } = await opened(s)
      const theirs = documentText.replace('"Trafficking"', '"Their version"')
      writeFileSync(s.draftPath, theirs)
      expect(await s.host.saveDocument(1, file, editedText)).toEqual({ ok: false, canceled: true })
      expect(s.dialogs.log.at(-1)).toBe(`replace? 1 ${s.draftPath} changed-on-disk`)
      expect(readFileSync(s.draftPath, 'utf8')).toBe(theirs)
      s.dialogs.replace = true
      expect((await s.host.saveDocument(1, file, editedText)).ok).toBe(true)
      expect(readFileSync(s.draftPath, 'utf8')).toBe(editedText)
    })

    it('does not ask when only the modification time changed', async () => {
      const s = setup()
      const { file } = await opened(s)
      utimesSync(s.draftPath, new Date('2030-01-01'), new Date('2030-01-01'))
      expect((await s.host.saveDocument(1, file, editedText)).ok).toBe(true)
      expect(s.dialogs.log.filter(l => l.startsWith('replace?'))).toEqual([])
    })

    it('saves as a new document, completing the name', async () => {
      const s = setup()
      s.dialogs.saveTarget = join(s.docs, 'follow-up')
      const result = await s.host.saveDocumentAs(3, 'Follow-up.penholder.json', documentText)
      const path = join(s.docs, 'follow-up.penholder')
      expect(result).toEqual({ ok: true, value: { id: path, name: 'follow-up.penholder' } })
      expect(s.dialogs.log).toEqual([`save 3 ${join(s.docs, 'Follow-up.penholder.json')} penholder,penholder.json`])
      expect(readFileSync(path, 'utf8')).toBe(documentText)
      expect((await s.host.saveDocument(3, result.ok ? result.value : { id: '', name: '' }, editedText)).ok).toBe(true)
    })

    it('proposes a long title shortened, with the extension', async () => {
      const s = setup()
      const title = 'Draft resolution on maintenance of international peace and security: trafficking in persons in armed conflict, '.repeat(3)
      await s.host.saveDocumentAs(1, `${title}.penholder.json`, documentText)
      const proposed = s.dialogs.log[0].split(' ').slice(2, -1).join(' ')
      expect(proposed.slice(s.docs.length + 1)).toMatch(/^Draft resolution on maintenance .{60,}\.penholder$/)
      expect(proposed.length - s.docs.length - 1).toBeLessThanOrEqual(120 + '.penholder'.length)
    })

    it('asks before replacing a file under the completed name', async () => {
      const s = setup()
      s.dialogs.saveTarget = join(s.docs, 'draft')
      expect(await s.host.saveDocumentAs(1, 'x', editedText)).toEqual({ ok: false, canceled: true })
      expect(s.dialogs.log.at(-1)).toBe(`replace? 1 ${s.draftPath} exists`)
      expect(readFileSync(s.draftPath, 'utf8')).toBe(documentText)
    })

    it('reports a folder that cannot be written in a sentence naming the file', async () => {
      const s = setup()
      s.dialogs.saveTarget = join(s.docs, 'gone', 'draft.penholder')
      const result = await s.host.saveDocumentAs(1, 'draft', documentText)
      expect(!result.ok && !result.canceled && result.error).toMatch(/^Penholder could not save “draft\.penholder” in .*gone: its folder does not exist/)
    })

    it('keeps a backup when the settings say so', async () => {
      const s = setup()
      await saveSettings(s.userData, { ...defaultSettings, keepBackup: true })
      const { file } = await opened(s)
      await s.host.saveDocument(1, file, editedText)
      expect(readFileSync(`${s.draftPath}.bak`, 'utf8')).toBe(documentText)
    })
  })

  describe('exporting', () => {
    it.each([
      ['text/plain', 'Trafficking.txt', 'The Security Council,\n'],
      ['application/pdf', 'Trafficking.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46])]
    ])('writes %s where the person chooses', async (mimeType, name, content) => {
      const s = setup()
      s.dialogs.saveTarget = join(s.docs, name.replace(/\.\w+$/, ''))
      const result = await s.host.exportFile(1, name, mimeType, content)
      expect(result).toEqual({ ok: true, value: name })
      expect(new Uint8Array(readFileSync(join(s.docs, name)))).toEqual(typeof content === 'string' ? new TextEncoder().encode(content) : content)
    })
  })

  describe('drafts and recovery', () => {
    it('journals a draft, knows the window has unsaved changes, and forgets it when discarded', async () => {
      const s = setup()
      const { file } = await opened(s)
      expect(s.host.hasUnsavedChanges(1)).toBe(false)
      expect(await s.host.recordDraft(1, { draftId: 'd-1', file, title: 'Trafficking', content: editedText })).toEqual({ ok: true, value: undefined })
      expect(s.host.hasUnsavedChanges(1)).toBe(true)
      expect(s.host.isBlank(1)).toBe(false)
      await s.journal.flush()
      expect((await s.journal.listRecoverable()).map(e => [e.draftId, e.filePath])).toEqual([['d-1', s.draftPath]])
      await s.host.discardDraft(1, 'd-1')
      expect(s.host.hasUnsavedChanges(1)).toBe(false)
      expect(await s.journal.listRecoverable()).toEqual([])
      expect(s.changed.filter(id => id === 1).length).toBeGreaterThanOrEqual(3)
    })

    it('refuses a draft of a file the window was not given, or of another window', async () => {
      const s = setup()
      await s.host.recordDraft(1, { draftId: 'd-1', file: null, title: 'A', content: editedText })
      const theirs = await s.host.recordDraft(2, { draftId: 'd-1', file: null, title: 'B', content: editedText })
      expect(!theirs.ok && !theirs.canceled && theirs.error).toBe('The draft d-1 belongs to another window.')
      const made = await s.host.recordDraft(2, { draftId: 'd-2', file: { id: '/etc/passwd', name: 'passwd' }, title: 'C', content: '' })
      expect(!made.ok && !made.canceled && made.error).toBe('Penholder did not open “passwd” in this window.')
      await s.host.discardDraft(2, 'd-1')
      expect(s.host.hasUnsavedChanges(1)).toBe(true)
    })

    it('offers the drafts of a crashed run to the first window that asks, with their files', async () => {
      const s = setup()
      const earlier = new RecoveryJournal({ userData: s.userData, delay: 0 })
      earlier.record({ draftId: 'lost-1', filePath: s.draftPath, title: 'Trafficking', content: editedText })
      earlier.record({ draftId: 'lost-2', filePath: null, title: 'Untitled', content: documentText })
      await earlier.flush()
      const first = await s.host.recoverableDrafts(1)
      expect(first.map(d => [d.draftId, d.file?.id ?? null]).sort()).toEqual([['lost-1', s.draftPath], ['lost-2', null]])
      expect(await s.host.recoverableDrafts(2)).toEqual([])
      expect((await s.host.saveDocument(1, { id: s.draftPath, name: 'draft.penholder' }, editedText)).ok).toBe(true)
      s.host.forgetWindow(1)
      expect((await s.host.recoverableDrafts(2)).map(d => d.draftId).sort()).toEqual(['lost-1', 'lost-2'])
    })

    it('answers that unsaved work is not protected after the journal failed', async () => {
      const s = setup()
      s.host.journalFailed('Penholder could not write “d-1.json”: the disk is full.')
      const result = await s.host.recordDraft(1, { draftId: 'd-1', file: null, title: 'A', content: '' })
      expect(result).toEqual({ ok: false, canceled: false, error: 'Penholder could not write “d-1.json”: the disk is full.' })
      expect((await s.host.recordDraft(1, { draftId: 'd-1', file: null, title: 'A', content: '' })).ok).toBe(true)
    })
  })

  describe('closing with unsaved changes', () => {
    it('saves the draft to its file and drops its journal entry', async () => {
      const s = setup()
      const { file } = await opened(s)
      await s.host.recordDraft(1, { draftId: 'd-1', file, title: 'Trafficking', content: editedText })
      expect(await s.host.saveDraft(1)).toBe(true)
      expect(readFileSync(s.draftPath, 'utf8')).toBe(editedText)
      expect(s.host.hasUnsavedChanges(1)).toBe(false)
      expect(await s.journal.listRecoverable()).toEqual([])
    })

    it('asks where to save a draft never saved, and stays open when the dialog is closed', async () => {
      const s = setup()
      await s.host.recordDraft(1, { draftId: 'd-1', file: null, title: 'S/RES/2388 follow-up', content: editedText })
      expect(await s.host.saveDraft(1)).toBe(false)
      expect(s.dialogs.log).toEqual([`save 1 ${join(s.docs, 'S RES 2388 follow-up.penholder')} penholder,penholder.json`])
      expect(s.host.hasUnsavedChanges(1)).toBe(true)
    })

    it('shows why a save failed, and keeps the draft', async () => {
      const s = setup()
      const { file } = await opened(s)
      await s.host.recordDraft(1, { draftId: 'd-1', file, title: 'Trafficking', content: editedText })
      rmSync(s.docs, { recursive: true })
      expect(await s.host.saveDraft(1)).toBe(false)
      expect(s.dialogs.log.at(-1)).toMatch(/^problem 1 Penholder could not save “draft\.penholder” in .*Documents: its folder does not exist/)
      expect(s.host.hasUnsavedChanges(1)).toBe(true)
      await s.journal.flush()
      expect((await s.journal.listRecoverable()).map(e => e.draftId)).toEqual(['d-1'])
    })

    it('gives up the draft on Don’t Save', async () => {
      const s = setup()
      await s.host.recordDraft(1, { draftId: 'd-1', file: null, title: 'A', content: editedText })
      await s.host.abandonDraft(1)
      expect(s.host.hasUnsavedChanges(1)).toBe(false)
      expect(await s.journal.listRecoverable()).toEqual([])
    })
  })

  describe('documents from outside', () => {
    it('sends a document to the window as an event', async () => {
      const s = setup()
      expect(await s.host.deliver(4, s.draftPath)).toBe(true)
      expect(await s.host.nextShellEvent(4)).toEqual({ kind: 'open', opened: { file: { id: s.draftPath, name: 'draft.penholder' }, text: documentText } })
      expect(s.host.windowShowing(s.draftPath)).toBe(4)
    })

    it('shows the problem in a dialog when the document cannot be read', async () => {
      const s = setup()
      expect(await s.host.deliver(4, join(s.docs, 'missing.penholder.json'))).toBe(false)
      expect(s.dialogs.log).toEqual([expect.stringMatching(/^problem 4 Penholder could not open “missing\.penholder\.json” in .*: the file does not exist/)])
    })

    it('opens a Word file with tracked changes, chosen or dropped, as a new document that is never saved over the .docx', async () => {
      const s = setup()
      const path = join(s.docs, 'returned.docx')
      // One copy of the bytes: the zip records when it was made, so two builds a second
      // apart differ.
      const bytes = twoAuthorDraft()
      writeFileSync(path, bytes)
      s.dialogs.open = path
      const result = await s.host.openDocument(1)
      if (!result.ok) throw new Error('open failed')
      expect(result.value).toMatchObject({ file: { id: path, name: 'returned.docx' }, imported: true, notice: expect.stringMatching(/^returned\.docx: tracked changes by France, Russian Federation opened as amendments/) })
      const parsed = parseDocumentFile(result.value.text, 'returned.docx')
      if (!parsed.ok) throw new Error(parsed.error)
      expect(parsed.file.versions.map(v => v.name)).toEqual(['France', 'Russian Federation'])
      expect(s.host.isBlank(1)).toBe(true)
      expect(await s.host.recentFiles(1)).toEqual([])
      const save = await s.host.saveDocument(1, result.value.file, documentText)
      expect(!save.ok && !save.canceled && save.error).toBe('Penholder did not open “returned.docx” in this window; use Save As to choose where to save it.')
      expect(readFileSync(path)).toEqual(Buffer.from(bytes))
      expect(await s.host.deliver(2, path)).toBe(true)
      expect(await s.host.nextShellEvent(2)).toMatchObject({ kind: 'open', opened: { imported: true, file: { name: 'returned.docx' } } })
    })

    it('refuses an encrypted Word file in one line naming it', async () => {
      const s = setup()
      const path = join(s.docs, 'locked.docx')
      writeFileSync(path, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))
      expect(await s.host.deliver(3, path)).toBe(false)
      expect(s.dialogs.log).toEqual([expect.stringMatching(/^problem 3 Penholder could not open “locked\.docx” in .*: is encrypted or an old \.doc \(an OLE compound file, not a \.docx zip\)/)])
    })

    it('imports a Windows-1252 text with the notice the web edition and the command give', async () => {
      const s = setup()
      s.dialogs.open = join(s.docs, 'word plain text.txt')
      writeFileSync(s.dialogs.open, Buffer.from('The Security Council,\n\n1.\t\x93Decides\x94 to remain seized of the matter.\n', 'latin1'))
      await s.host.importText(1)
      expect(await s.host.nextShellEvent(1)).toEqual({
        kind: 'import', name: 'word plain text.txt', text: 'The Security Council,\n\n1.\t“Decides” to remain seized of the matter.\n',
        notice: 'word plain text.txt: not UTF-8, read as Windows-1252 (Word’s “Plain text” encoding); check accented letters and quotes'
      })
    })

    it('imports a text file the person chooses', async () => {
      const s = setup()
      const text = readFileSync(new URL('../../../../fixtures/resolution-2388.press-release.txt', import.meta.url), 'utf8')
      s.dialogs.open = join(s.docs, '2388.txt')
      writeFileSync(s.dialogs.open, text)
      await s.host.importText(1)
      expect(await s.host.nextShellEvent(1)).toEqual({ kind: 'import', name: '2388.txt', text })
      expect(s.dialogs.log).toEqual(['open 1 txt,text,md'])
    })
  })

  describe('settings', () => {
    it('keeps the author, the redline preference and the page in the app settings', async () => {
      const s = setup()
      expect(await s.host.loadSettings(1)).toEqual({ author: '', redline: true, layout: 'draft', paper: 'a4' })
      const mine = { author: 'Delegation of Norway', redline: false, layout: 'official', paper: 'letter' } as const
      expect(await s.host.saveSettings(1, mine)).toEqual({ ok: true, value: undefined })
      const again = new DesktopHost({ userData: s.userData, documents: s.docs, dialogs: s.dialogs, journal: s.journal, recent: new RecentFiles({ userData: s.userData }) })
      expect(await again.loadSettings(1)).toEqual(mine)
      expect(JSON.parse(readFileSync(join(s.userData, 'settings.json'), 'utf8'))).toMatchObject(mine)
    })
  })
})
