import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { EditorState } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import type { DocumentComment } from '../../shared/file'
import { labelParagraphs, type Language } from '../../shared/schema'
import { commentAnchor } from '../document/commentAnchors'
import { CommentCard } from './CommentCard'
import { setCommentHighlights } from './commentHighlights'
import { useCardPlacement } from './useCardPlacement'
import { useCommentEditing } from './useCommentEditing'

interface CommentMarginProps {
  view: EditorView | null
  /// The editor's state as the panels follow it (a moment behind the keystrokes).
  state: EditorState | null
  comments: readonly DocumentComment[]
  author: string
  lang: Language
  onChange(comments: readonly DocumentComment[], author: string): void
  /// Select the words `from`…`to` of the paragraph at `pos` (offsets in its text).
  onJump(pos: number, from: number, to: number): void
  /// The paper.
  children: ReactNode
}

/// The key that adds a comment, as Word binds it: Ctrl+Alt+M (`code`, so the layout and
/// the Option key of a Mac do not change it).
export const addCommentKey = { label: 'Ctrl+Alt+M', aria: 'Control+Alt+M' }

/// The paper with its margin of comments: each comment a card level with the words it
/// is on (highlighted in the text), added from the selection (or the caret's paragraph)
/// with the margin's button or Ctrl+Alt+M, edited and deleted on its card. Where the
/// window leaves no room beside the paper (under 1000 px, or panels taking the width)
/// the cards fold to markers in the paper's right margin, each unfolding its card, as
/// Word's simple markup does. Comments are anchored by paragraph id, so accepting or
/// rejecting amendments keeps them with their paragraph.
export function CommentMargin({ view, state, comments, author, lang, onChange, onJump, children }: CommentMarginProps) {
  const editing = useCommentEditing(comments, author, onChange)
  const [open, setOpen] = useState<string | null>(null)
  const [hovered, setHovered] = useState<string | null>(null)
  const list = useRef<HTMLOListElement>(null)
  useCardPlacement(view, list)

  const labels = state && (comments.length || editing.draft) ? new Map(labelParagraphs(state.doc).map(l => [l.pid, l])) : new Map()
  const textOf = (pid: string, from: number, to: number) => {
    const place = labels.get(pid), node = place && state!.doc.nodeAt(place.pos)
    return node ? node.textBetween(Math.min(from, node.content.size), Math.min(to, node.content.size), undefined, '') : ''
  }
  const active = hovered ?? (state ? caretComment(state, comments) : null)

  useEffect(() => {
    if (!view || view.isDestroyed) return
    const tr = setCommentHighlights(view.state, comments, active)
    if (tr) view.dispatch(tr)
  }, [view, comments, active])

  const start = () => {
    const anchor = view && commentAnchor(view.state)
    if (!anchor) return
    editing.start(anchor)
    setOpen('draft')
  }
  const back = () => { setOpen(null); view?.focus() }
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.altKey && e.code === 'KeyM') { e.preventDefault(); start() }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  // Cards in reading order, those on paragraphs no longer in the text first.
  const at = (pid: string) => labels.get(pid)?.pos ?? -1
  const cards: Array<{ c: DocumentComment | null, at: number, from: number }> = comments.map(c => ({ c, at: at(c.pid), from: c.from }))
  if (editing.draft) cards.push({ c: null, at: at(editing.draft.anchor.pid), from: editing.draft.anchor.from })
  cards.sort((a, b) => a.at - b.at || a.from - b.from)
  const anchor = state ? commentAnchor(state) : null
  const draft = editing.draft

  return (
    <div className="ph-sheet" data-comments={comments.length || draft ? 'some' : 'none'}>
      {children}
      <section className="ph-margin" aria-label="Comments">
        <div className="ph-margin-head">
          <button
            type="button" className="ph-margin-add" onClick={start} disabled={!anchor}
            aria-label="New comment" aria-keyshortcuts={addCommentKey.aria}
            title={anchor ? `Comment on ${labels.get(anchor.pid)?.label ?? 'the selected words'} (${addCommentKey.label})` : 'Put the caret in a paragraph to comment on it'}>
            <span aria-hidden="true">+</span><span className="ph-margin-add-label"> Comment</span>
          </button>
          {comments.length > 0 && <span className="ph-margin-count ph-muted">{comments.length}</span>}
        </div>
        <ol className="ph-margin-cards" ref={list}>
          {cards.map(({ c }) => c === null
            ? (
              <li key="draft" className="ph-margin-card ph-margin-draft ph-margin-active" data-pid={draft!.anchor.pid} data-from={draft!.anchor.from} data-open="true">
                <form className="ph-margin-body ph-comment-form" aria-label="New comment" onSubmit={e => { e.preventDefault(); if (editing.add()) back() }}
                  onKeyDown={e => {
                    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); editing.discard(); back() }
                    else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); if (editing.add()) back() }
                  }}>
                  <label><span>Comment on {labels.get(draft!.anchor.pid)?.label ?? 'the paragraph'}</span>
                    <textarea name="comment-text" rows={3} autoFocus value={draft!.text} onChange={e => editing.write({ text: e.target.value })}
                      placeholder={`Your note on “${shorten(textOf(draft!.anchor.pid, draft!.anchor.from, draft!.anchor.to))}”`} />
                  </label>
                  <label><span>Author</span><input name="comment-author" value={draft!.author} onChange={e => editing.write({ author: e.target.value })} placeholder="Your name" /></label>
                  <div className="ph-comment-actions">
                    <button type="submit" className="ph-primary" disabled={!draft!.text.trim() || !draft!.author.trim()}>Add comment</button>
                    <button type="button" onClick={() => { editing.discard(); back() }}>Cancel</button>
                  </div>
                </form>
              </li>
            )
            : (
              <CommentCard
                key={c.id}
                comment={c}
                label={labels.get(c.pid)?.label ?? null}
                quoted={textOf(c.pid, c.from, c.to)}
                lang={lang}
                open={open === c.id}
                active={active === c.id}
                editing={editing.editing?.id === c.id ? editing.editing.text : null}
                onToggle={() => setOpen(open === c.id ? null : c.id)}
                onFocus={on => setHovered(on ? c.id : h => h === c.id ? null : h)}
                onJump={() => { const place = labels.get(c.pid); if (place) onJump(place.pos, c.from, c.to) }}
                onEdit={() => { editing.edit(c.id); setOpen(c.id) }}
                onRewrite={text => editing.rewrite(text)}
                onSave={() => editing.save()}
                onCancel={() => editing.cancelEdit()}
                onDelete={() => { editing.remove(c.id); setHovered(null); back() }} />
            ))}
        </ol>
      </section>
    </div>
  )
}

/// The comment the caret is in the words of (the shortest, when comments overlap).
function caretComment(state: EditorState, comments: readonly DocumentComment[]): string | null {
  if (!comments.length) return null
  const { $head } = state.selection
  const pid = $head.parent.attrs.pid, at = $head.parentOffset
  let best: DocumentComment | null = null
  for (const c of comments) {
    if (c.pid === pid && c.from <= at && at <= c.to && (!best || c.to - c.from < best.to - best.from)) best = c
  }
  return best?.id ?? null
}

/// The first words of a passage, for a placeholder.
function shorten(words: string): string {
  return words.length > 40 ? words.slice(0, 39) + '…' : words
}
