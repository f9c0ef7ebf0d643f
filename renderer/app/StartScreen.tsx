import { useEffect, useState } from 'react'
import type { HostApi, HostResult, OpenedFile, RecentFile, RecoveryEntry } from '../../shared/host'
import { parseDocumentFile } from '../../shared/file'
import { newFromTemplate, type DocumentSession } from '../document/session'
import { unDateTime } from '../../shared/template'

interface StartScreenProps {
  host: HostApi
  notify(text: string, error?: boolean): void
  onOpen(session: DocumentSession): void
  /// Open what the host returns (a picked file, a recent one).
  onOpenFile(opening: Promise<HostResult<OpenedFile>>): void
}

/// The start screen has no document yet: its dates are in English, in UN form.
const when = (iso: string) => unDateTime(new Date(iso), 'en')

/// Where the app opens: a new follow-up draft from the 2388 template, a file, a recent
/// file, or unsaved work a closed tab or a crash left behind.
export function StartScreen({ host, notify, onOpen, onOpenFile }: StartScreenProps) {
  const [recent, setRecent] = useState<readonly RecentFile[]>([])
  const [drafts, setDrafts] = useState<readonly RecoveryEntry[]>([])

  useEffect(() => {
    let live = true
    host.recentFiles().then(list => { if (live) setRecent(list) })
    host.recoverableDrafts().then(list => { if (live) setDrafts(list) })
    return () => { live = false }
  }, [host])

  const recover = (entry: RecoveryEntry) => {
    const parsed = parseDocumentFile(entry.content, entry.title)
    if (!parsed.ok) { notify(`The unsaved copy of “${entry.title}” cannot be read: ${parsed.error}`, true); return }
    onOpen({ draftId: entry.draftId, fileRef: entry.file, file: parsed.file, unsaved: true })
  }

  const discard = async (entry: RecoveryEntry) => {
    await host.discardDraft(entry.draftId)
    setDrafts(drafts.filter(d => d.draftId !== entry.draftId))
  }

  return (
    <main className="ph-start">
      <h1>Penholder</h1>
      <p className="ph-start-lead">Draft United Nations resolutions, with every amendment tracked in UN wording.</p>
      {drafts.length > 0 && (
        <section className="ph-start-recover" aria-label="Recover unsaved work">
          <h2>Recover unsaved work</h2>
          <ul>
            {drafts.map(entry => (
              <li key={entry.draftId}>
                <button type="button" className="ph-primary" onClick={() => recover(entry)}>Recover “{entry.title}”</button>
                <span className="ph-muted">{entry.file ? entry.file.name : 'never saved'} · changed {when(entry.savedAt)}</span>
                <button type="button" onClick={() => discard(entry)}>Discard</button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="ph-start-actions">
        <button type="button" className="ph-primary" onClick={() => onOpen(newFromTemplate())}>
          New follow-up draft from resolution 2388 (2017)
        </button>
        <button type="button" onClick={() => onOpenFile(host.openDocument())}>Open a file…</button>
      </section>
      <section className="ph-start-recent" aria-label="Recent files">
        <h2>Recent files</h2>
        {recent.length === 0
          ? <p className="ph-muted">None yet.</p>
          : <ul>{recent.map(r => (
              <li key={r.file.id}>
                <button type="button" className="ph-link" onClick={() => onOpenFile(host.openRecent(r.file))}>{r.file.name}</button>
                <span className="ph-muted">{when(r.at)}</span>
              </li>
            ))}</ul>}
      </section>
    </main>
  )
}
