import { useState } from 'react'
import type { PenholderFile, SavedVersion } from '../../shared/file'
import type { Language } from '../../shared/schema'
import { unDateTime } from '../../shared/template'

export type CompareMode = 'inline' | 'side-by-side'

interface VersionsPanelProps {
  file: PenholderFile
  /// The document's language, which the dates are written in.
  lang: Language
  author: string
  onSave(name: string, author: string): string | null
  /// Compare two documents named by reference: `base`, `current` or a version id.
  onCompare(from: string, to: string, mode: CompareMode): void
  onUseAsBase(id: string): void
  /// Rename a version: null when done, else why not (a name already taken).
  onRename(id: string, name: string): string | null
  onDelete(id: string): void
}

interface VersionRowProps extends Pick<VersionsPanelProps, 'lang' | 'onUseAsBase' | 'onRename' | 'onDelete'> {
  version: SavedVersion
  onCompareWithCurrent(): void
}

/// One saved version with what can be done to it. Renaming is edited in place; deleting
/// asks first, in the row, since a version is not in the text's undo history.
function VersionRow({ version: v, lang, onCompareWithCurrent, onUseAsBase, onRename, onDelete }: VersionRowProps) {
  const [step, setStep] = useState<'idle' | 'rename' | 'delete'>('idle')
  const [name, setName] = useState(v.name)
  const [problem, setProblem] = useState<string | null>(null)
  const rename = (e: React.FormEvent) => {
    e.preventDefault()
    const error = onRename(v.id, name)
    setProblem(error)
    if (!error) setStep('idle')
  }
  const cancel = () => { setStep('idle'); setName(v.name); setProblem(null) }
  return (
    <li data-version={v.name}>
      {step === 'rename'
        ? <form className="ph-version-rename" onSubmit={rename} onKeyDown={e => { if (e.key === 'Escape') { e.stopPropagation(); cancel() } }}>
            <label><span>New name of “{v.name}”</span><input name="version-rename" value={name} autoFocus onChange={e => setName(e.target.value)} /></label>
            <button type="submit" className="ph-primary">Rename</button>
            <button type="button" onClick={cancel}>Cancel</button>
            {problem && <p className="ph-error" role="alert">{problem}</p>}
          </form>
        : <div><strong>{v.name}</strong> <span className="ph-muted">{v.author} · {unDateTime(new Date(v.at), lang)}</span></div>}
      {step === 'delete'
        ? <div className="ph-version-actions" role="group" aria-label={`Delete version “${v.name}”?`}>
            <span>Delete “{v.name}”?</span>
            <button type="button" className="ph-primary" onClick={() => onDelete(v.id)}>Delete</button>
            <button type="button" autoFocus onClick={cancel}>Keep</button>
          </div>
        : step === 'idle' && <div className="ph-version-actions">
            <button type="button" onClick={onCompareWithCurrent}>Compare with current</button>
            <button type="button" onClick={() => onUseAsBase(v.id)}>Use as base</button>
            <button type="button" onClick={() => setStep('rename')}>Rename…</button>
            <button type="button" onClick={() => setStep('delete')}>Delete…</button>
          </div>}
    </li>
  )
}

/// Saved versions of the document: save the current text under a name and an author,
/// list them, compare any two (inline redline or side by side), make one the base, rename
/// or delete one.
export function VersionsPanel({ file, lang, author, onSave, onCompare, onUseAsBase, onRename, onDelete }: VersionsPanelProps) {
  const [name, setName] = useState('')
  const [who, setWho] = useState(author)
  const [problem, setProblem] = useState<string | null>(null)
  const [from, setFrom] = useState('base')
  const [to, setTo] = useState('current')
  const [mode, setMode] = useState<CompareMode>('inline')
  const refs: Array<[string, string]> = [['base', 'Base'], ...file.versions.map(v => [v.id, v.name] as [string, string]), ['current', 'Current text']]

  const save = (e: React.FormEvent) => {
    e.preventDefault()
    const error = onSave(name, who)
    setProblem(error)
    if (!error) setName('')
  }

  return (
    <section className="ph-panel ph-versions" aria-label="Versions">
      <form className="ph-version-form" onSubmit={save}>
        <label><span>Version name</span><input name="version-name" value={name} onChange={e => setName(e.target.value)} placeholder="Rev.1" /></label>
        <label><span>Author</span><input name="version-author" value={who} onChange={e => setWho(e.target.value)} placeholder="Your name" /></label>
        <button type="submit" className="ph-primary">Save version</button>
        {problem && <p className="ph-error" role="alert">{problem}</p>}
      </form>
      <ol className="ph-version-list">
        {file.versions.map(v => (
          <VersionRow key={v.id} version={v} lang={lang} onCompareWithCurrent={() => onCompare(v.id, 'current', mode)}
            onUseAsBase={onUseAsBase} onRename={onRename} onDelete={onDelete} />
        ))}
      </ol>
      {!file.versions.length && <p className="ph-muted">No saved versions yet.</p>}
      <div className="ph-compare-form">
        <h3>Compare</h3>
        <label><span>From</span><select aria-label="Compare from" value={from} onChange={e => setFrom(e.target.value)}>{refs.map(([id, n]) => <option key={id} value={id}>{n}</option>)}</select></label>
        <label><span>To</span><select aria-label="Compare to" value={to} onChange={e => setTo(e.target.value)}>{refs.map(([id, n]) => <option key={id} value={id}>{n}</option>)}</select></label>
        <label><span>View</span><select aria-label="Compare view" value={mode} onChange={e => setMode(e.target.value as CompareMode)}>
          <option value="inline">Inline redline</option>
          <option value="side-by-side">Side by side</option>
        </select></label>
        <button type="button" onClick={() => onCompare(from, to, mode)}>Compare</button>
      </div>
    </section>
  )
}
