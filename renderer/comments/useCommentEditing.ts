import { useState } from 'react'
import type { DocumentComment } from '../../shared/file'
import { newPid } from '../../shared/schema'

/// A comment being written: where it goes, its words so far, who writes it.
export interface CommentDraft {
  readonly anchor: Pick<DocumentComment, 'pid' | 'from' | 'to'>
  readonly text: string
  readonly author: string
}

/// What the drafter is writing in the margin: a new comment, or a change to one; at most
/// one of each. `onChange` gets the comments as they should be after an add, an edit or a
/// delete (a deleted comment takes its replies with it), and the author who wrote.
export function useCommentEditing(comments: readonly DocumentComment[], author: string, onChange: (comments: readonly DocumentComment[], author: string) => void) {
  const [draft, setDraft] = useState<CommentDraft | null>(null)
  const [editing, setEditing] = useState<{ readonly id: string, readonly text: string } | null>(null)
  return {
    draft,
    editing,
    start(anchor: CommentDraft['anchor']) { setDraft({ anchor, text: draft?.text ?? '', author: draft?.author ?? author }) },
    write(change: Partial<Pick<CommentDraft, 'text' | 'author'>>) { if (draft) setDraft({ ...draft, ...change }) },
    /// Adds the draft; false (and nothing added) while its text or author is blank.
    add(now = new Date()): boolean {
      if (!draft || !draft.text.trim() || !draft.author.trim()) return false
      const who = draft.author.trim()
      onChange([...comments, { id: newPid(), author: who, date: now.toISOString(), text: draft.text.trim(), ...draft.anchor }], who)
      setDraft(null)
      return true
    },
    discard() { setDraft(null) },
    edit(id: string) { const c = comments.find(x => x.id === id); if (c) setEditing({ id, text: c.text }) },
    rewrite(text: string) { if (editing) setEditing({ ...editing, text }) },
    /// Saves the change; false while the text is blank.
    save(): boolean {
      if (!editing || !editing.text.trim()) return false
      onChange(comments.map(c => c.id === editing.id ? { ...c, text: editing.text.trim() } : c), author)
      setEditing(null)
      return true
    },
    cancelEdit() { setEditing(null) },
    remove(id: string) { onChange(comments.filter(c => c.id !== id && c.replyTo !== id), author) }
  }
}
