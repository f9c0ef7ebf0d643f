import { keymap } from 'prosemirror-keymap'
import { baseKeymap } from 'prosemirror-commands'
import { redo, undo } from 'prosemirror-history'
import type { Command, Plugin } from 'prosemirror-state'
import { liftParagraphs, moveParagraph, sinkParagraphs, splitParagraph, toggleItalic, toggleParagraphKind } from '../../shared/commands'

/// Tab and Shift-Tab always stay in the editor, even where they cannot sink or lift: a
/// drafter's Tab must never jump focus to the toolbar.
const always = (command: Command): Command => (state, dispatch) => { command(state, dispatch); return true }

/// The keys of a resolution editor. Mod is Ctrl, or Cmd on a Mac.
export function resolutionKeymap(): Plugin[] {
  return [
    keymap({
      Tab: always(sinkParagraphs),
      'Shift-Tab': always(liftParagraphs),
      'Alt-ArrowUp': moveParagraph(-1),
      'Alt-ArrowDown': moveParagraph(1),
      'Mod-Shift-k': toggleParagraphKind,
      'Mod-i': toggleItalic,
      'Mod-z': undo,
      'Mod-y': redo,
      'Shift-Mod-z': redo
    }),
    keymap({ ...baseKeymap, Enter: splitParagraph })
  ]
}
