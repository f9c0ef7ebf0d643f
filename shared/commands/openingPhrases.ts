import { Plugin, PluginKey } from 'prosemirror-state'
import { paragraphKind, schema } from '../schema'
import { openingPhraseLength } from '../style'
import { leadLength } from './italic'

export const openingPhrasesKey = new PluginKey('openingPhrases')

/// Longest opening phrase of the lexicon, with room: past this offset the cursor is no
/// longer in the opening words and the plugin does nothing.
const openingReach = 80

/// Italicize the opening phrase of a PP or OP as the drafter types it, the way UN texts
/// print it: when a space or punctuation mark is typed right after a phrase of the
/// lexicon (`Recalling`, then `Recalling also`), the phrase becomes the paragraph's
/// `lead`. It only ever widens the phrase, and only at that moment, so a drafter who
/// narrows it with Ctrl-I is not overruled; and it looks at the cursor's paragraph only,
/// so a keystroke costs the same however long the document.
export function openingPhrases(): Plugin {
  return new Plugin({
    key: openingPhrasesKey,
    appendTransaction(trs, _old, state) {
      if (!trs.some(tr => tr.docChanged && tr.getMeta('paste') !== true)) return null
      const { $head, empty } = state.selection
      const paragraph = $head.parent
      const kind = paragraphKind(paragraph)
      const offset = $head.parentOffset
      if (!empty || (kind !== 'pp' && kind !== 'op') || offset < 2 || offset > openingReach) return null
      const text = paragraph.textContent
      if (/[\p{L}\p{N}]/u.test(text.charAt(offset - 1))) return null
      const phrase = openingPhraseLength(text, kind)
      if (phrase !== offset - 1 || leadLength(paragraph) >= phrase) return null
      const start = $head.start()
      return state.tr.addMark(start, start + phrase, schema.marks.lead.create())
    }
  })
}
