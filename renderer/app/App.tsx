import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { HostApi, HostResult, OpenedFile, ShellEvent } from '../../shared/host'
import { newFromTemplate, type DocumentSession } from '../document/session'
import { openSession } from '../document/openSession'
import { StartScreen } from './StartScreen'
import { Workspace } from './Workspace'
import { Notice, type Message } from './Notice'
import { useShellEvents } from './shellEvents'
import { useFileDrops } from './fileDrops'
import { openDroppedFile } from '../host/browser/browserHost'
import { watchLongTasks, type LongTask } from '../worker/longTasks'

/// What the workspace does with a shell event; false for those the app handles itself
/// (opening another document).
export type ShellEventHandler = (event: ShellEvent) => boolean

/// The whole app: the start screen until a document is open, then the workspace.
export function App({ host }: { host: HostApi }) {
  const [session, setSession] = useState<DocumentSession | null>(null)
  const [message, setMessage] = useState<Message | null>(null)
  const [task, setTask] = useState<LongTask | null>(null)
  useEffect(() => watchLongTasks(setTask), [])
  const workspaceEvents = useRef<ShellEventHandler | null>(null)
  const notify = useCallback((text: string, error = false, actions?: Message['actions']) => setMessage({ text, error, at: Date.now(), actions }), [])

  /// Open what a host returned: a Penholder document, or a resolution's text to start from.
  /// A document made from a Word file opens in no file, with unsaved changes; a notice of
  /// how the file was read (its tracked changes, its encoding) is shown. A refusal or a
  /// cancel leaves the open document as it was.
  const open = useCallback(async (opening: Promise<HostResult<OpenedFile>>) => {
    const result = await opening
    if (!result.ok) { if (!result.canceled) notify(result.error, true); return }
    const { file, text, imported, notice } = result.value
    const read = await openSession(text, file)
    if (!read) return
    if (!read.ok) { notify(read.error, true); return }
    setSession(imported ? { ...read.session, fileRef: null, unsaved: true } : read.session)
    if (notice) notify(notice)
  }, [notify])
  useFileDrops(useCallback((file: File) => open(openDroppedFile(file)), [open]))

  useShellEvents(host, event => {
    if (workspaceEvents.current?.(event)) return
    if (event.kind === 'open') open(Promise.resolve({ ok: true, value: event.opened }))
    else if (event.kind === 'open-recent') open(host.openRecent(event.file))
    else if (event.kind === 'import') open(Promise.resolve({ ok: true, value: { file: { id: event.name, name: event.name }, text: event.text, ...event.notice && { notice: event.notice } } }))
    else if (event.command === 'new-from-template') setSession(newFromTemplate())
    else if (event.command === 'open') open(host.openDocument())
  })

  // The same element while the session stays, so that a message or a long task's progress
  // redraws the notice line only, not the workspace and its panels (which, for a text of
  // thousands of paragraphs, take seconds).
  const screen = useMemo(() => session
    ? <Workspace key={session.draftId} host={host} session={session} notify={notify} events={workspaceEvents} onClose={() => setSession(null)} onOpen={setSession} />
    : <StartScreen host={host} notify={notify} onOpen={setSession} onOpenFile={open} />, [session, host, notify, open])

  return (
    <div className="ph-app">
      <Notice message={message} task={task} onDismiss={shown => setMessage(current => current === shown ? null : current)} />
      {screen}
    </div>
  )
}
