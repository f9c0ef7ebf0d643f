import { useEffect, useRef } from 'react'
import type { DocumentComment } from '../../shared/file'
import type { Language } from '../../shared/schema'
import { unDateTime } from '../../shared/template'

interface CommentCardProps {
  comment: DocumentComment
  /// The paragraph's label (`OP4`), or null when the paragraph left the text.
  label: string | null
  /// The words commented on, as the text has them now.
  quoted: string
  lang: Language
  /// Folded to its marker (a narrow margin), and whether it is unfolded.
  open: boolean
  active: boolean
  /// The text being written in place of the comment's, while it is edited.
  editing: string | null
  onToggle(): void
  onFocus(on: boolean): void
  onJump(): void
  onEdit(): void
  onRewrite(text: string): void
  onSave(): void
  onCancel(): void
  onDelete(): void
}

/// The longest quotation a card shows of the words commented on, in characters.
const quoteLength = 80

/// One comment in the margin: who, when, what, on which words; edited and deleted in
/// place. In a narrow margin it folds to a marker that unfolds it.
export function CommentCard(props: CommentCardProps) {
  const { comment: c, label, quoted, lang, open, active, editing } = props
  const on = label ?? 'a paragraph no longer in the text'
  const name = `Comment by ${c.author} on ${on}`
  // The focus stays on the card when an edit ends (its text area gone): on its Edit.
  const editButton = useRef<HTMLButtonElement>(null)
  const wasEditing = useRef(false)
  useEffect(() => {
    if (wasEditing.current && editing === null) editButton.current?.focus()
    wasEditing.current = editing !== null
  }, [editing])
  const keys = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape' && editing !== null) { e.preventDefault(); e.stopPropagation(); props.onCancel() }
    else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && editing !== null) { e.preventDefault(); props.onSave() }
    else if (e.key === 'Escape' && open) { e.preventDefault(); e.stopPropagation(); props.onToggle() }
  }
  return (
    <li
      className={`ph-margin-card${active ? ' ph-margin-active' : ''}`}
      data-comment={c.id} data-pid={c.pid} data-from={c.from} data-open={open ? 'true' : undefined}
      onFocus={() => props.onFocus(true)} onBlur={e => { if (!e.currentTarget.contains(e.relatedTarget as globalThis.Node | null)) props.onFocus(false) }}
      onMouseEnter={() => props.onFocus(true)} onMouseLeave={() => props.onFocus(false)}
      onKeyDown={keys}>
      <button type="button" className="ph-margin-marker" aria-expanded={open} aria-label={`${initials(c.author)}: ${name}`} title={name} onClick={props.onToggle}>
        {initials(c.author)}
      </button>
      <article className="ph-margin-body" aria-label={name}>
        <div className="ph-comment-head">
          {label
            ? <button type="button" className="ph-link" onClick={props.onJump} title="Select the words commented on">{label}</button>
            : <span className="ph-muted">{on}</span>}
          <span className="ph-muted">{c.author}{c.date ? ` · ${unDateTime(new Date(c.date), lang)}` : ''}</span>
        </div>
        {quoted && <blockquote className="ph-comment-quote">“{quoted.length > quoteLength ? quoted.slice(0, quoteLength - 1) + '…' : quoted}”</blockquote>}
        {editing !== null
          ? (
            <div className="ph-comment-edit">
              <textarea aria-label="Comment" rows={3} value={editing} autoFocus onFocus={atEnd} onChange={e => props.onRewrite(e.target.value)} />
              <button type="button" disabled={!editing.trim()} onClick={props.onSave}>Save</button>
              <button type="button" onClick={props.onCancel}>Cancel</button>
            </div>
          )
          : <p className="ph-comment-text">{c.text}</p>}
        {editing === null && (
          <div className="ph-comment-actions">
            <button type="button" ref={editButton} onClick={props.onEdit}>Edit</button>
            <button type="button" onClick={props.onDelete}>Delete</button>
          </div>
        )}
      </article>
    </li>
  )
}

/// The caret at the end of the comment's text, to go on writing where it stops.
function atEnd(e: React.FocusEvent<HTMLTextAreaElement>): void {
  e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)
}

/// `AL` for Albania, `UK` for United Kingdom: what a folded card's marker shows.
function initials(author: string): string {
  const words = author.split(/\s+/).filter(w => /^\p{Lu}/u.test(w))
  return (words.length > 1 ? words.slice(0, 2).map(w => w[0]).join('') : author.slice(0, 2)).toUpperCase()
}
