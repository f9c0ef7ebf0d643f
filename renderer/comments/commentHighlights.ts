import type { Node } from 'prosemirror-model'
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import type { DocumentComment } from '../../shared/file'
import { positionsOf } from '../document/commentAnchors'

interface Highlights {
  readonly comments: readonly DocumentComment[]
  /// The comment the drafter is on (its card focused, or the caret in its words).
  readonly active: string | null
  readonly set: DecorationSet
}

export const commentHighlightsKey = new PluginKey<Highlights>('commentHighlights')

/// The passages the comments are on, each an inline decoration `ph-commented` (with
/// `ph-commented-active` for the active one), found in one pass over the paragraphs.
function highlight(doc: Node, comments: readonly DocumentComment[], active: string | null): DecorationSet {
  if (!comments.length) return DecorationSet.empty
  const at = positionsOf(doc, new Set(comments.map(c => c.pid)))
  const decorations: Decoration[] = []
  for (const comment of comments) {
    const pos = at.get(comment.pid)
    if (pos === undefined) continue
    const size = doc.nodeAt(pos)!.content.size
    const from = Math.min(comment.from, size), to = Math.min(comment.to, size)
    if (from >= to) continue
    const on = comment.id === active
    decorations.push(Decoration.inline(pos + 1 + from, pos + 1 + to, { class: on ? 'ph-commented ph-commented-active' : 'ph-commented' }, { id: comment.id, active: on }))
  }
  return DecorationSet.create(doc, decorations)
}

/// The commented passages highlighted in the text. The workspace sets the comments (and
/// the active one) whenever they change; between two settings the highlights move with
/// the edits, so typing costs a mapping, never a walk of the document.
export function commentHighlights(): Plugin<Highlights> {
  return new Plugin<Highlights>({
    key: commentHighlightsKey,
    state: {
      init: () => ({ comments: [], active: null, set: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(commentHighlightsKey) as Omit<Highlights, 'set'> | undefined
        if (meta) {
          if (meta.comments === value.comments && meta.active === value.active && !tr.docChanged) return value
          return { ...meta, set: highlight(state.doc, meta.comments, meta.active) }
        }
        return tr.docChanged ? { ...value, set: value.set.map(tr.mapping, tr.doc) } : value
      }
    },
    props: { decorations: state => commentHighlightsKey.getState(state)?.set }
  })
}

/// The transaction that shows these comments, `active` the one the drafter is on; null
/// when the state shows them already.
export function setCommentHighlights(state: EditorState, comments: readonly DocumentComment[], active: string | null): Transaction | null {
  const now = commentHighlightsKey.getState(state)
  if (!now || (now.comments === comments && now.active === active)) return null
  return state.tr.setMeta(commentHighlightsKey, { comments, active }).setMeta('addToHistory', false)
}
