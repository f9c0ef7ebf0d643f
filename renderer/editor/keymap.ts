import { keymap } from 'prosemirror-keymap'
import { baseKeymap } from 'prosemirror-commands'
import { redo, undo } from 'prosemirror-history'
import type { Command, EditorState, Plugin } from 'prosemirror-state'
import { liftParagraphs, moveParagraph, sinkParagraphs, splitParagraph, toggleItalic, toggleParagraphKind } from '../../shared/commands'
import { paragraphKind } from '../../shared/schema'

/// Whether the selection asks for a change of level rather than a move of focus: the
/// caret at the very start of a paragraph, or a selection that runs from the start of a
/// paragraph to the end of one. Anywhere else Tab is the keyboard's way out of the text
/// (WCAG 2.1.2, no keyboard trap), so the browser gets it.
export function atParagraphBoundaries(state: EditorState): boolean {
  const { $from, $to, empty } = state.selection
  if (!paragraphKind($from.parent) || !paragraphKind($to.parent)) return false
  if ($from.parentOffset !== 0) return false
  return empty || $to.parentOffset === $to.parent.content.size
}

/// Sink or lift where the selection asks for a change of level, and say the key is
/// handled even where the paragraph cannot move further (a PP1 cannot become a
/// subparagraph): Tab at a paragraph's start must not throw the caret out of the text.
const levelKey = (command: Command): Command => (state, dispatch) => {
  if (!atParagraphBoundaries(state)) return false
  command(state, dispatch)
  return true
}

/// Delete the paragraphs a selection covers whole (from the start of one to the end of
/// one), with their subparagraphs' places kept valid: one step, so the amendment reads
/// “Delete operative paragraph 8”, never “Replace … with “””. False where the selection
/// covers part of a paragraph, or where removing the paragraphs would leave a
/// subparagraph without its PP or OP; the ordinary deletion runs then.
export const deleteWholeParagraphs: Command = (state, dispatch) => {
  const { $from, $to, empty } = state.selection
  if (empty || !atParagraphBoundaries(state) || $from.depth !== $to.depth) return false
  const after = state.doc.resolve($to.after()).nodeAfter
  if (after && paragraphKind(after) === 'sub' && paragraphKind($from.parent) !== 'sub') return false
  const tr = state.tr
  try {
    tr.delete($from.before(), $to.after())
    tr.doc.check()
  } catch {
    return false
  }
  if (tr.doc.childCount !== state.doc.childCount) return false
  dispatch?.(tr.scrollIntoView())
  return true
}

/// ProseMirror's base keys but Escape, which would select the parent node: in this editor
/// Escape leaves the text (the workspace handles it).
const withoutEscape = Object.fromEntries(Object.entries(baseKeymap).filter(([key]) => key !== 'Escape'))

/// The keys of a resolution editor. Mod is Ctrl, or Cmd on a Mac.
export function resolutionKeymap(): Plugin[] {
  return [
    keymap({
      Tab: levelKey(sinkParagraphs),
      'Shift-Tab': levelKey(liftParagraphs),
      Backspace: deleteWholeParagraphs,
      Delete: deleteWholeParagraphs,
      'Alt-ArrowUp': moveParagraph(-1),
      'Alt-ArrowDown': moveParagraph(1),
      'Mod-Shift-k': toggleParagraphKind,
      'Mod-i': toggleItalic,
      'Mod-z': undo,
      'Mod-y': redo,
      'Shift-Mod-z': redo
    }),
    keymap({ ...withoutEscape, Enter: splitParagraph })
  ]
}
