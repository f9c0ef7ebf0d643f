import { useState } from 'react'
import type { EditorState } from 'prosemirror-state'
import type { DocumentComment } from '../../shared/file'
import { labelParagraphs, newPid, paragraphKind, type Language } from '../../shared/schema'
import { unDateTime } from '../../shared/template'

interface CommentsPanelProps {
  state: EditorState
  comments: readonly DocumentComment[]
  author: string
  lang: Language
  onChange(comments: readonly DocumentComment[], author: string): void
  /// Go to a paragraph's text, `from`…`to` in it (UTF-16 offsets in its text).
  onJump(pos: number, from: number, to: number): void
}

/// Where a new comment goes: the paragraph the selection starts in, and the part of its
/// text selected (the whole paragraph for a bare caret). Null outside the paragraphs.
export function commentAnchor(state: EditorState): Pick<DocumentComment, 'pid' | 'from' | 'to'> | null {
  const { $from, $to, empty } = state.selection
  const paragraph = $from.parent
  if (!paragraphKind(paragraph) || !paragraph.attrs.pid) return null
  const size = paragraph.content.size
  if (empty) return { pid: paragraph.attrs.pid, from: 0, to: size }
  return { pid: paragraph.attrs.pid, from: $from.parentOffset, to: $to.parent === paragraph ? $to.parentOffset : size }
}

/// Notes on paragraphs and passages of the current text: who, when, what, each added,
/// edited and deleted here. They are anchored by paragraph id, so accepting or rejecting
/// amendments keeps them with their paragraph; one whose paragraph left the text says so.
export function CommentsPanel({ state, comments, author, lang, onChange, onJump }: CommentsPanelProps) {
  const [text, setText] = useState('')
  const [who, setWho] = useState(author)
  const [editing, setEditing] = useState<{ id: string, text: string } | null>(null)
  const labels = new Map(labelParagraphs(state.doc).map(l => [l.pid, l]))
  const anchor = commentAnchor(state)

  const add = (e: React.FormEvent) => {
    e.preventDefault()
    if (!anchor || !text.trim() || !who.trim()) return
    onChange([...comments, { id: newPid(), author: who.trim(), date: new Date().toISOString(), text: text.trim(), ...anchor }], who.trim())
    setText('')
  }
  const save = (id: string, next: string) => {
    onChange(comments.map(c => c.id === id ? { ...c, text: next.trim() } : c), who.trim())
    setEditing(null)
  }

  return (
    <section className="ph-panel ph-comments" aria-label="Comments">
      <form className="ph-comment-form" onSubmit={add}>
        <label><span>Comment on {anchor ? labels.get(anchor.pid)?.label ?? 'the paragraph' : '…'}</span>
          <textarea name="comment-text" rows={2} value={text} onChange={e => setText(e.target.value)} placeholder={anchor ? 'Your note on the selected words' : 'Put the caret in a paragraph first'} />
        </label>
        <label><span>Author</span><input name="comment-author" value={who} onChange={e => setWho(e.target.value)} placeholder="Your name" /></label>
        <button type="submit" className="ph-primary" disabled={!anchor || !text.trim() || !who.trim()}>Add comment</button>
      </form>
      <ol className="ph-comment-list">
        {comments.map(c => {
          const place = labels.get(c.pid)
          const node = place ? state.doc.nodeAt(place.pos) : null
          const quoted = node ? node.textBetween(Math.min(c.from, node.content.size), Math.min(c.to, node.content.size), undefined, '') : ''
          return (
            <li key={c.id} data-comment={c.id}>
              <div className="ph-comment-head">
                {place
                  ? <button type="button" className="ph-link" onClick={() => onJump(place.pos, c.from, c.to)}>{place.label}</button>
                  : <span className="ph-muted">a paragraph no longer in the text</span>}
                <span className="ph-muted">{c.author}{c.date ? ` · ${unDateTime(new Date(c.date), lang)}` : ''}</span>
              </div>
              {quoted && <blockquote className="ph-comment-quote">“{quoted.length > 120 ? quoted.slice(0, 117) + '…' : quoted}”</blockquote>}
              {editing?.id === c.id
                ? (
                  <div className="ph-comment-edit">
                    <textarea aria-label="Comment" rows={3} value={editing.text} onChange={e => setEditing({ id: c.id, text: e.target.value })} />
                    <button type="button" disabled={!editing.text.trim()} onClick={() => save(c.id, editing.text)}>Save</button>
                    <button type="button" onClick={() => setEditing(null)}>Cancel</button>
                  </div>
                )
                : <p className="ph-comment-text">{c.text}</p>}
              {editing?.id !== c.id && (
                <div className="ph-comment-actions">
                  <button type="button" onClick={() => setEditing({ id: c.id, text: c.text })}>Edit</button>
                  <button type="button" onClick={() => onChange(comments.filter(x => x.id !== c.id && x.replyTo !== c.id), who.trim())}>Delete</button>
                </div>
              )}
            </li>
          )
        })}
      </ol>
      {!comments.length && <p className="ph-muted">No comments yet.</p>}
    </section>
  )
}
