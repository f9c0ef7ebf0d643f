import { useEffect, useId, useRef, useState } from 'react'
import type { Node } from 'prosemirror-model'
import { decodeText } from '../../shared/file'
import { useApplyAmendments } from './useApplyAmendments'

interface ApplyAmendmentsDialogProps {
  /// The text as it stands: the text as tabled the amendments refer to.
  tabled: Node
  /// How many amendments the text has against its base now (folded into the text as
  /// tabled by the apply; Undo brings them back).
  pending: number
  /// Apply: the amended text, whose base is `tabled`.
  onApply(amended: Node, count: number): void
  onClose(): void
}

/// Tab from the last control goes to the first, Shift+Tab from the first to the last: a
/// modal dialog keeps the keyboard (Chromium's showModal lets Tab leave for the page).
function keepFocusIn(e: React.KeyboardEvent<HTMLDialogElement>) {
  if (e.key !== 'Tab') return
  const controls = [...e.currentTarget.querySelectorAll<HTMLElement>('textarea, input, button, select, a[href]')].filter(c => !c.matches(':disabled'))
  const [first, last] = [controls[0], controls[controls.length - 1]]
  const wrap = e.shiftKey ? document.activeElement === first && last : document.activeElement === last && first
  if (wrap) { e.preventDefault(); wrap.focus() }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/// “Apply amendments…”: a list of amendments in UN wording, pasted or read from a text
/// file, each shown as read (what it does) or refused with its number and reason; quoted
/// words not found exactly are listed with the closest text found and go in only when the
/// user accepts them (cli.md, `penholder apply`). Applying makes the text as it stands the
/// text as tabled and the amended text the current one, in one step Undo takes back;
/// Cancel or Escape changes nothing. A modal dialog: the focus stays in it.
export function ApplyAmendmentsDialog({ tabled, pending, onApply, onClose }: ApplyAmendmentsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [text, setText] = useState('')
  const [accept, setAccept] = useState(false)
  const [fileProblem, setFileProblem] = useState<string | null>(null)
  const preview = useApplyAmendments(tabled, text, accept)
  const ids = useId()
  useEffect(() => {
    const back = document.activeElement as HTMLElement | null
    dialog.current?.showModal()
    return () => back?.focus()
  }, [])

  const openFile = async (file: File | undefined) => {
    if (!file) return
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()), file.name, 'import')
    setFileProblem(decoded.ok ? null : decoded.error)
    if (decoded.ok) setText(decoded.text)
  }

  const refused = preview.amendments.filter(a => a.problem).length
  return (
    <dialog ref={dialog} className="ph-help ph-apply-amendments" aria-labelledby={`${ids}title`} onClose={onClose} onCancel={e => { e.preventDefault(); onClose() }} onKeyDown={keepFocusIn}>
      <h2 id={`${ids}title`}>Apply amendments to the text as tabled</h2>
      <label htmlFor={`${ids}text`}>Amendments, as the UN words them (English or French, either register)</label>
      <textarea id={`${ids}text`} value={text} onChange={e => setText(e.target.value)} rows={8} spellCheck={false} autoFocus
        placeholder={'1. In operative paragraph 4, after the words “…”, insert “…”.\n2. Delete the third preambular paragraph.'} />
      <p className="ph-apply-file">
        <label htmlFor={`${ids}file`}>Or open a text file:</label>{' '}
        <input id={`${ids}file`} type="file" accept=".txt,text/plain" onChange={e => openFile(e.target.files?.[0])} />
      </p>
      {fileProblem && <p role="alert" className="ph-apply-problem">{fileProblem}</p>}
      <div className="ph-apply-preview" aria-live="polite">
        {text.trim() && !preview.amendments.length && <p className="ph-apply-problem">No amendment found: number them 1., 2. … or (a), (b) …, or start each with “In paragraph 4, …”.</p>}
        {preview.amendments.length > 0 && (
          <p className="ph-apply-summary">
            {plural(preview.amendments.length, 'amendment', 'amendments')} read{refused ? `, ${refused} left out` : ''}{preview.nearMisses.length ? `, ${plural(preview.nearMisses.length, 'near-miss', 'near-misses')}` : ''}
          </p>
        )}
        <ol className="ph-apply-list" aria-label="Amendments read">
          {preview.amendments.map(a => (
            <li key={a.line} className={a.problem ? 'ph-apply-refused' : undefined}>
              <span className="ph-apply-number">{a.number}.</span>{' '}
              {a.problem ? <span>Left out (line {a.line}): {a.problem}</span> : <span>{a.what}</span>}
            </li>
          ))}
        </ol>
        {preview.nearMisses.length > 0 && (
          <section className="ph-apply-near" aria-labelledby={`${ids}near`}>
            <h3 id={`${ids}near`}>Words not found exactly</h3>
            <ul>
              {preview.nearMisses.map((m, i) => (
                <li key={i}>
                  Amendment {m.number}: “{m.looked}” is not in {m.place} as written; closest: {m.closest ? `“${m.closest}”` : 'nothing close'}
                </li>
              ))}
            </ul>
            <label className="ph-apply-accept">
              <input type="checkbox" checked={accept} onChange={e => setAccept(e.target.checked)} />
              {' '}Use the closest text found for these words
            </label>
          </section>
        )}
      </div>
      {pending > 0 && <p className="ph-muted">The text as it stands, with its {plural(pending, 'amendment', 'amendments')}, becomes the text as tabled; Undo brings them back.</p>}
      <div className="ph-apply-actions">
        <button type="button" className="ph-primary" disabled={!preview.applied} onClick={() => preview.applied && onApply(preview.applied.doc, preview.applicable)}>
          {preview.applicable ? `Apply ${plural(preview.applicable, 'amendment', 'amendments')}` : 'Apply'}
        </button>
        <button type="button" onClick={onClose}>Cancel</button>
      </div>
    </dialog>
  )
}
