import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import { docxMimeType } from '../../shared/export/docx'
import { inWorker, inWorkerShown } from '../worker/importClient'
import { fileInPartsInSlices } from '../worker/documentJson'
import type { Node } from 'prosemirror-model'
import { TextSelection, type Command, type EditorState } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { redo, undo } from 'prosemirror-history'
import { defaultHostSettings, type EditorCommand, type HostApi, type HostSettings } from '../../shared/host'
import { deleteVersion, exportFileName, renameVersion, serializeDocumentFile, saveVersion, updateComments, type DocumentComment, type FileChange, type PenholderFile } from '../../shared/file'
import { acceptAllAmendments, acceptAmendment, amendmentsOf, applyAsTabled, paragraphPositions, rejectAllAmendments, rejectAmendment, SetBaseStep, trackedDiff, type Amendment } from '../../shared/amend'
import { liftParagraphs, moveParagraph, sinkParagraphs, toggleItalic, toggleParagraphKind } from '../../shared/commands'
import { exportPlainText } from '../../shared/export'
import { createEditorState } from '../editor/editorState'
import { createEditorView } from '../editor/editorView'
import { isPartialPaste } from '../paste/bigPaste'
import { redlineShown, setRedline } from '../editor/redline'
import { documentTitle, fileOfEditor, followUpSession, suggestedName, type DocumentSession } from '../document/session'
import { AmendmentsPanel } from '../panels/AmendmentsPanel'
import { VersionsPanel, type CompareMode } from '../panels/VersionsPanel'
import type { Message } from './Notice'
import { OutlinePanel } from '../panels/OutlinePanel'
import { FindBar } from '../panels/FindBar'
import { CommentMargin } from '../comments/CommentMargin'
import { ApplyAmendmentsDialog } from '../panels/ApplyAmendmentsDialog'
import { mapComments } from '../document/commentAnchors'
import { recordBaseChanges } from '../document/baseOrigin'
import { CompareView, type Comparison } from '../panels/CompareView'
import { StatusBar, type SaveState } from './StatusBar'
import { Toolbar } from './Toolbar'
import { ShortcutsHelp } from './ShortcutsHelp'
import { useDarkPaper, usePanelLayout } from './panelLayout'
import { usePrintedPage } from './printedPage'
import type { ShellEventHandler } from './App'

interface WorkspaceProps {
  host: HostApi
  session: DocumentSession
  notify(text: string, error?: boolean, actions?: Message['actions']): void
  /// Where the workspace puts its handler of the desktop menus' commands.
  events: React.MutableRefObject<ShellEventHandler | null>
  onClose(): void
  /// Open another document in the workspace's place (a follow-up draft of this one).
  onOpen(session: DocumentSession): void
}

/// Panels and the status bar follow the text this long after a change, not at every
/// keystroke, so typing costs the editor's update alone. They render as a transition,
/// which React does in slices it yields between: after a paste of 8,000 paragraphs the
/// outline's and the amendments panel's rows were one task of some 400 ms.
const panelDelay = 120
/// The first change after a quiet moment is journaled this long after it.
const journalDelay = 300
/// A text of more characters than this (as ProseMirror counts its size) is journaled
/// through the worker: checking and serializing 8,000 paragraphs held the page 0.6 s. A
/// smaller one, 2388 in a few ms, is written from the page, with no worker to start.
const journalInWorker = 200_000

/// The editing screen: the text, the outline, the amendments and versions panels.
export function Workspace({ host, session, notify, events, onClose, onOpen }: WorkspaceProps) {
  const mount = useRef<HTMLDivElement>(null)
  const [view, setView] = useState<EditorView | null>(null)
  const [snapshot, setSnapshot] = useState<EditorState | null>(null)
  const [file, setFile] = useState<PenholderFile>(session.file)
  const [location, setLocation] = useState(session.fileRef)
  const [saveState, setSaveState] = useState<SaveState>(session.unsaved ? 'unsaved' : session.fileRef ? 'saved' : 'never-saved')
  const [settings, setSettings] = useState<HostSettings>(defaultHostSettings)
  const [panel, setPanel] = useState<'amendments' | 'versions'>('amendments')
  const [findOpen, setFindOpen] = useState(false)
  const [comparison, setComparison] = useState<Comparison | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const [applyOpen, setApplyOpen] = useState(false)
  const [layout, setLayout] = usePanelLayout()
  const [darkPaper, setDarkPaper] = useDarkPaper()
  usePrintedPage(settings)
  const side = useRef<HTMLElement>(null)
  const latest = useRef({ file, location, view: null as EditorView | null })
  latest.current = { file, location, view }
  const timers = useRef<{ panel: number | null, journal: number | null }>({ panel: null, journal: null })

  const journalRuns = useRef(0)
  /// Write the journal of unsaved work: a big text's file is checked and serialized in the
  /// worker (`journalInWorker`), sent there in slices (`fileInPartsInSlices`), the latest
  /// write wins; `now` (the page going away, the
  /// editor closing) serializes it on the page at once.
  const writeJournal = useCallback((now = false) => {
    const { file, location, view } = latest.current
    if (!view || view.isDestroyed) return
    const next = fileOfEditor(file, view.state)
    const unprotected = (error: string) => notify(`Unsaved work is not protected: ${error}`, true)
    const record = (content: string) => {
      host.recordDraft({ draftId: session.draftId, file: location, title: file.meta.title ?? location?.name ?? 'Untitled draft', content }).then(result => {
        if (!result.ok && !result.canceled) unprotected(result.error)
      })
    }
    const run = ++journalRuns.current
    if (!now && next.current.content.size > journalInWorker) {
      fileInPartsInSlices(next).then(parts => run === journalRuns.current ? inWorker({ kind: 'journal', parts }).answer : null).then(answer => {
        if (run !== journalRuns.current || !answer) return
        if (answer.kind === 'serialized') record(answer.text)
        else if (answer.kind === 'refused') unprotected(answer.error)
      })
      return
    }
    try {
      record(serializeDocumentFile(next))
    } catch (e) {
      unprotected((e as Error).message)
    }
  }, [host, notify, session.draftId])

  const journal = useCallback(() => {
    if (timers.current.journal !== null) return
    timers.current.journal = window.setTimeout(() => { timers.current.journal = null; writeJournal() }, journalDelay)
  }, [writeJournal])

  /// A reload or a closed tab must not lose the last keystrokes: write what is pending now.
  useEffect(() => {
    const flush = () => {
      if (timers.current.journal === null) return
      clearTimeout(timers.current.journal)
      timers.current.journal = null
      writeJournal(true)
    }
    window.addEventListener('pagehide', flush)
    return () => window.removeEventListener('pagehide', flush)
  }, [writeJournal])

  const changed = useCallback(() => {
    setSaveState(s => s === 'saving' ? s : 'unsaved')
    host.noteUnsavedDraft?.(session.draftId)
    journal()
  }, [host, journal, session.draftId])

  useEffect(() => {
    const editor = createEditorView(mount.current!, createEditorState(session.file.current, session.file.base), {
      onTransaction(tr) {
        // The slices of a big paste before its last: panels and journal wait for the last.
        const partial = isPartialPaste(tr)
        recordBaseChanges(tr, latest.current.file)
        if (!partial && (tr.docChanged || tr.steps.some(step => step instanceof SetBaseStep))) changed()
        if (tr.docChanged) setFile(f => { const comments = mapComments(f.comments, tr); return comments === f.comments ? f : updateComments(f, comments) })
        if (!partial && timers.current.panel === null) {
          timers.current.panel = window.setTimeout(() => { timers.current.panel = null; startTransition(() => setSnapshot(editor.state)) }, panelDelay)
        }
      },
      onMessage: (text, error, actions) => notify(text, error, actions),
      onCompare: doc => setComparison({ from: { name: 'Current text', doc: editor.state.doc }, to: { name: 'Pasted text', doc }, mode: 'inline' })
    })
    setView(editor)
    setSnapshot(editor.state)
    editor.focus()
    host.loadSettings().then(loaded => {
      setSettings(loaded)
      if (!loaded.redline && !editor.isDestroyed) editor.dispatch(setRedline(editor.state, false))
    })
    if (session.unsaved) journal()
    return () => {
      if (timers.current.panel !== null) clearTimeout(timers.current.panel)
      if (timers.current.journal !== null) {
        clearTimeout(timers.current.journal)
        timers.current.journal = null
        writeJournal(true)
      }
      editor.destroy()
    }
  }, [])

  const run = (command: Command) => {
    if (!view) return
    command(view.state, view.dispatch)
    view.focus()
  }

  const save = async (as: boolean) => {
    if (!view) return
    const next = fileOfEditor(file, view.state)
    let text: string
    try {
      text = serializeDocumentFile(next)
    } catch (e) {
      notify(`Not saved: ${(e as Error).message}`, true)
      return
    }
    const before = saveState
    setSaveState('saving')
    const result = location && !as ? await host.saveDocument(location, text) : await host.saveDocumentAs(suggestedName(next), text)
    if (!result.ok) {
      setSaveState(state => state === 'saving' ? before : state)
      if (!result.canceled) notify(`Not saved: ${result.error}`, true)
      return
    }
    const stillSame = view.state.doc === next.current && trackedDiff(view.state).base === next.base
    setFile(next)
    setLocation(result.value)
    setSaveState(stillSame ? 'saved' : 'unsaved')
    if (stillSame) {
      if (timers.current.journal !== null) { clearTimeout(timers.current.journal); timers.current.journal = null }
      await host.discardDraft(session.draftId)
    }
    notify(host.capabilities.saveInPlace ? `Saved ${result.value.name}` : `Saved ${result.value.name} to your downloads`)
  }

  const exportText = async () => {
    if (!view) return
    const name = exportFileName(suggestedName(fileOfEditor(file, view.state)), '.txt')
    const result = await host.exportFile(name, 'text/plain', exportPlainText(view.state.doc))
    if (!result.ok && !result.canceled) notify(`Not exported: ${result.error}`, true)
  }

  /// Word files of the text: clean, with real Word numbering and the comments, or with
  /// tracked changes from the base to the text now, each revision signed by its proposer
  /// (the author of the first version that holds it, as `penholder export` does) or by the
  /// author the drafter set, never the machine's user name; in the layout and on the paper
  /// the drafter set. Written in the import worker, with progress shown and a Cancel button.
  const exportWord = async (tracked: boolean) => {
    if (!view) return
    const edited = fileOfEditor(file, view.state)
    const author = settings.author.trim() || undefined
    const name = exportFileName(suggestedName(edited), tracked ? ' (tracked changes).docx' : '.docx')
    const made = await inWorkerShown(`Writing ${name}…`, { kind: 'export-docx', file: serializeDocumentFile(edited), tracked, author, layout: settings.layout, paper: settings.paper })
    if (!made) return
    if (made.kind !== 'exported') { notify(`Not exported: ${made.kind === 'refused' ? made.error : 'no Word file was made'}`, true); return }
    const result = await host.exportFile(name, docxMimeType, made.bytes)
    if (!result.ok && !result.canceled) notify(`Not exported: ${result.error}`, true)
  }

  /// Change some of the drafter's settings, shown at once and kept by the host.
  const changeSettings = (change: Partial<HostSettings>) => {
    const next = { ...settings, ...change }
    setSettings(next)
    host.saveSettings(next)
  }

  const toggleRedline = () => {
    if (!view) return
    const on = !redlineShown(view.state)
    view.dispatch(setRedline(view.state, on))
    changeSettings({ redline: on })
    setSnapshot(view.state)
  }

  const jumpToPos = (pos: number) => {
    if (!view) return
    const tr = view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(pos + 1)))
    view.dispatch(tr.scrollIntoView())
    view.focus()
    const dom = view.nodeDOM(pos)
    if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'center' })
  }

  const jumpToAmendment = (amendment: Amendment) => {
    if (!view) return
    const entry = amendment.entries[0]
    if (!entry) return
    if (entry.current) { jumpToPos(paragraphPositions(view.state.doc)[entry.current.index]); return }
    const gone = view.dom.querySelector(`.ph-deleted-paragraph[data-label="${entry.base!.label}"]`)
    gone?.scrollIntoView({ block: 'center' })
  }

  /// Comments change the file, not the text: journaled and saved like a change.
  const changeComments = (comments: readonly DocumentComment[], author: string) => {
    setFile(f => updateComments(f, comments))
    changed()
    if (author && author !== settings.author) changeSettings({ author })
  }

  const jumpToText = (pos: number, from: number, to: number) => {
    if (!view) return
    const size = view.state.doc.nodeAt(pos)?.content.size ?? 0
    const tr = view.state.tr.setSelection(TextSelection.create(view.state.doc, pos + 1 + Math.min(from, size), pos + 1 + Math.min(to, size)))
    view.dispatch(tr.scrollIntoView())
    view.focus()
  }

  /// A follow-up draft of the text as it stands, in place of this document (whose unsaved
  /// work the journal keeps).
  const followUp = () => {
    if (!view) return
    const made = followUpSession(view.state.doc)
    if (made.ok) onOpen(made.session)
    else notify(`No follow-up draft: the text is ${made.error}`, true)
  }

  const changeBase = (doc: Node) => {
    if (!view) return
    const base = trackedDiff(view.state).base
    if (base !== doc) view.dispatch(view.state.tr.step(new SetBaseStep(base, doc)))
    setSnapshot(view.state)
  }

  /// Save, rename or delete a saved version: null when done, else why not. The change is
  /// made to the file with the editor's text and base, so that a base made from a deleted
  /// version since the last save remembers it.
  const changeVersions = (change: (f: PenholderFile) => FileChange, done: string): string | null => {
    if (!view) return 'the editor is not ready'
    const result = change(fileOfEditor(file, view.state))
    if (!result.ok) return result.error
    setFile(result.file)
    changed()
    notify(done)
    return null
  }
  const saveNamedVersion = (name: string, author: string): string | null => {
    const error = changeVersions(f => saveVersion(f, { name, author }), `Saved version “${name.trim()}”`)
    if (!error && author.trim() !== settings.author) changeSettings({ author: author.trim() })
    return error
  }
  const renameSavedVersion = (id: string, name: string) =>
    changeVersions(f => renameVersion(f, id, name), `Renamed version to “${name.trim()}”`)
  const deleteSavedVersion = (id: string) => {
    const name = file.versions.find(v => v.id === id)?.name ?? id
    const error = changeVersions(f => deleteVersion(f, id), `Deleted version “${name}”`)
    if (error) notify(`Version “${name}” not deleted: ${error}`, true)
  }

  const resolveRef = (ref: string): Comparison['from'] | null => {
    if (!view) return null
    if (ref === 'current') return { name: 'Current text', doc: view.state.doc }
    if (ref === 'base') return { name: 'Base', doc: trackedDiff(view.state).base }
    const version = file.versions.find(v => v.id === ref)
    return version ? { name: version.name, doc: version.doc, author: version.author, at: version.at } : null
  }

  const compare = (fromRef: string, toRef: string, mode: CompareMode) => {
    const from = resolveRef(fromRef), to = resolveRef(toRef)
    if (from && to) setComparison({ from, to, mode })
  }

  const showRedline = (on: boolean) => {
    if (view && redlineShown(view.state) !== on) toggleRedline()
  }
  const commands: Partial<Record<EditorCommand, () => void>> = {
    save: () => save(false),
    'save-as': () => save(true),
    'export-text': exportText,
    'export-docx': () => exportWord(false),
    'export-docx-redline': () => exportWord(true),
    undo: () => run(undo),
    redo: () => run(redo),
    find: () => setFindOpen(true),
    'toggle-kind': () => run(toggleParagraphKind),
    sink: () => run(sinkParagraphs),
    lift: () => run(liftParagraphs),
    'move-up': () => run(moveParagraph(-1)),
    'move-down': () => run(moveParagraph(1)),
    'toggle-italic': () => run(toggleItalic),
    'view-redline': () => showRedline(true),
    'view-clean': () => showRedline(false)
  }
  events.current = event => {
    const command = event.kind === 'command' ? commands[event.command] : undefined
    if (command) command()
    return command !== undefined
  }
  useEffect(() => () => { events.current = null }, [events])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey
      const key = e.key.toLowerCase()
      if (mod && key === 's') { e.preventDefault(); save(e.shiftKey) }
      else if (mod && key === 'f') { e.preventDefault(); setFindOpen(true) }
      else if ((mod && key === '/') || (e.key === 'F1' && host.capabilities.kind === 'electron')) { e.preventDefault(); setHelpOpen(true) }
      else if (mod && (key === 'z' || key === 'y') && view && !view.hasFocus() && !isTextControl(e.target)) {
        // Undo and redo follow the text wherever the focus is (a panel's tab, a button),
        // except in a field that has its own.
        e.preventDefault()
        run(key === 'y' || e.shiftKey ? redo : undo)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  /// Escape in the text closes Find first; else it leaves the text for the panel beside
  /// it (or the toolbar when the panel is closed), so the keyboard is never trapped there.
  /// (ProseMirror marks every Escape handled, so its default-prevented flag says nothing.)
  const leaveText = (e: React.KeyboardEvent) => {
    if (e.key !== 'Escape' || !view?.hasFocus()) return
    e.preventDefault()
    if (findOpen) { setFindOpen(false); return }
    const next = side.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ?? document.querySelector<HTMLElement>('.ph-toolbar button')
    next?.focus()
  }

  const title = snapshot ? documentTitle(file, snapshot.doc, location?.name) : file.meta.title ?? location?.name ?? 'Untitled draft'
  useEffect(() => {
    document.title = `${title} – Penholder`
    return () => { document.title = 'Penholder' }
  }, [title])
  return (
    <div className="ph-workspace" data-outline={layout.outline ? 'open' : 'closed'} data-side={layout.side ? 'open' : 'closed'} data-paper={darkPaper ? 'dark' : 'white'}>
      <a className="ph-skip" href="#ph-text" onClick={e => { e.preventDefault(); view?.focus() }}>Skip to the text</a>
      <Toolbar
        title={title}
        outlineOpen={layout.outline}
        sideOpen={layout.side}
        onToggleOutline={() => setLayout({ ...layout, outline: !layout.outline })}
        onToggleSide={() => setLayout({ ...layout, side: !layout.side })}
        onHelp={() => setHelpOpen(true)}
        onFollowUp={followUp}
        onApplyAmendments={() => setApplyOpen(true)}
        darkPaper={darkPaper}
        onToggleDarkPaper={() => setDarkPaper(!darkPaper)}
        page={{ layout: settings.layout, paper: settings.paper }}
        onChangePage={changeSettings}
        redline={snapshot ? redlineShown(snapshot) : true}
        canSaveInPlace={host.capabilities.saveInPlace}
        onHome={onClose}
        onSave={() => save(false)}
        onSaveAs={() => save(true)}
        onExportText={exportText}
        onExportWord={() => exportWord(false)}
        onExportRedline={() => exportWord(true)}
        onUndo={() => run(undo)}
        onRedo={() => run(redo)}
        onToggleKind={() => run(toggleParagraphKind)}
        onToggleRedline={toggleRedline}
        onFind={() => setFindOpen(true)} />
      {findOpen && view && <FindBar view={view} onClose={() => { setFindOpen(false); view.focus() }} />}
      <div className="ph-main">
        <div className="ph-outline-pane" id="ph-outline-pane" hidden={!layout.outline}>
          {snapshot && layout.outline && <OutlinePanel state={snapshot} onJump={jumpToPos} />}
        </div>
        <main className="ph-paper-scroll" id="ph-text" aria-label="Text of the resolution" onKeyDown={leaveText}>
          <CommentMargin view={view} state={snapshot} comments={file.comments} author={settings.author} lang={snapshot?.doc.firstChild?.attrs.lang ?? 'en'} onChange={changeComments} onJump={jumpToText}>
            <div className="ph-paper" ref={mount} />
          </CommentMargin>
        </main>
        <aside className="ph-side" id="ph-side" aria-label="Amendments and versions" hidden={!layout.side} ref={side}>
          <div className="ph-tabs" role="tablist">
            <button type="button" role="tab" id="ph-tab-amendments" aria-controls="ph-tabpanel" aria-selected={panel === 'amendments'} tabIndex={panel === 'amendments' ? 0 : -1} onClick={() => setPanel('amendments')}>Amendments</button>
            <button type="button" role="tab" id="ph-tab-versions" aria-controls="ph-tabpanel" aria-selected={panel === 'versions'} tabIndex={panel === 'versions' ? 0 : -1} onClick={() => setPanel('versions')}>Versions</button>
          </div>
          <div role="tabpanel" id="ph-tabpanel" className="ph-tabpanel" aria-labelledby={`ph-tab-${panel}`}>
          {snapshot && panel === 'amendments' && (
            <AmendmentsPanel
              state={snapshot}
              file={file}
              onAccept={id => run(acceptAmendment(id))}
              onReject={id => run(rejectAmendment(id))}
              onAcceptAll={() => run(acceptAllAmendments)}
              onRejectAll={() => run(rejectAllAmendments)}
              onJump={jumpToAmendment}
              onChangeBase={changeBase} />
          )}
          {panel === 'versions' && (
            <VersionsPanel
              file={file}
              lang={snapshot?.doc.firstChild?.attrs.lang ?? 'en'}
              author={settings.author}
              onSave={saveNamedVersion}
              onCompare={compare}
              onUseAsBase={id => { const v = file.versions.find(x => x.id === id); if (v) changeBase(v.doc) }}
              onRename={renameSavedVersion}
              onDelete={deleteSavedVersion} />
          )}
          </div>
        </aside>
      </div>
      {snapshot && <StatusBar state={snapshot} file={file} saveState={saveState} redline={redlineShown(snapshot)} />}
      {comparison && <CompareView comparison={comparison} lang={snapshot?.doc.firstChild?.attrs.lang ?? 'en'} onClose={() => setComparison(null)} />}
      {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
      {applyOpen && view && (
        <ApplyAmendmentsDialog
          tabled={view.state.doc}
          pending={amendmentsOf(trackedDiff(view.state)).length}
          onApply={(amended, count) => { setApplyOpen(false); run(applyAsTabled(amended)); notify(`Applied ${count === 1 ? '1 amendment' : `${count} amendments`} to the text as tabled (Ctrl+Z takes them back)`) }}
          onClose={() => setApplyOpen(false)} />
      )}
    </div>
  )
}

/// Whether a key went to a field with its own undo (an input, a select, a text area).
function isTextControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
}
