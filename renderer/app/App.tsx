import { useCallback, useRef, useState } from 'react'
import type { HostApi, HostResult, OpenedFile, ShellEvent } from '../../shared/host'
import { newFromTemplate, sessionFromText, type DocumentSession } from '../document/session'
import { StartScreen } from './StartScreen'
import { Workspace } from './Workspace'
import { Notice, type Message } from './Notice'
import { useShellEvents } from './shellEvents'

/// What the workspace does with a shell event; false for those the app handles itself
/// (opening another document).
export type ShellEventHandler = (event: ShellEvent) => boolean

/// The whole app: the start screen until a document is open, then the workspace.
export function App({ host }: { host: HostApi }) {
  const [session, setSession] = useState<DocumentSession | null>(null)
  const [message, setMessage] = useState<Message | null>(null)
  const workspaceEvents = useRef<ShellEventHandler | null>(null)
  const notify = useCallback((text: string, error = false, actions?: Message['actions']) => setMessage({ text, error, at: Date.now(), actions }), [])

  /// Open what a host returned: a Penholder document, or a resolution's text to start from.
  const open = useCallback(async (opening: Promise<HostResult<OpenedFile>>) => {
    const result = await opening
    if (!result.ok) { if (!result.canceled) notify(result.error, true); return }
    const read = sessionFromText(result.value.text, result.value.file)
    if (read.ok) setSession(read.session)
    else notify(read.error, true)
  }, [notify])

  useShellEvents(host, event => {
    if (workspaceEvents.current?.(event)) return
    if (event.kind === 'open') open(Promise.resolve({ ok: true, value: event.opened }))
    else if (event.kind === 'open-recent') open(host.openRecent(event.file))
    else if (event.kind === 'import') open(Promise.resolve({ ok: true, value: { file: { id: event.name, name: event.name }, text: event.text } }))
    else if (event.command === 'new-from-template') setSession(newFromTemplate())
    else if (event.command === 'open') open(host.openDocument())
  })

  return (
    <div className="ph-app">
      <Notice message={message} onDismiss={() => setMessage(null)} />
      {session
        ? <Workspace key={session.draftId} host={host} session={session} notify={notify} events={workspaceEvents} onClose={() => setSession(null)} onOpen={setSession} />
        : <StartScreen host={host} notify={notify} onOpen={setSession} onOpenFile={open} />}
    </div>
  )
}
