import type { Node } from 'prosemirror-model'
import { EditorState } from 'prosemirror-state'
import { history } from 'prosemirror-history'
import { paragraphIds } from '../../shared/schema'
import { amendmentTracking } from '../../shared/amend'
import { openingPhrases } from '../../shared/commands'
import { resolutionKeymap } from './keymap'
import { numbering } from './numbering'
import { redline } from './redline'
import { titleRedline } from './titleRedline'
import { findHighlight } from './findHighlight'
import { commentHighlights } from '../comments/commentHighlights'

/// The state of the drafting editor on `doc`, tracking amendments against `base`. Order
/// matters: the amendment tracking computes the diff the redline then draws.
export function createEditorState(doc: Node, base: Node, options: { redline?: boolean } = {}): EditorState {
  return EditorState.create({
    doc,
    plugins: [
      ...resolutionKeymap(),
      history(),
      paragraphIds(),
      openingPhrases(),
      amendmentTracking(base),
      numbering(),
      redline(options.redline ?? true),
      titleRedline(),
      findHighlight(),
      commentHighlights()
    ]
  })
}
