import { Fragment, Slice, type Node } from 'prosemirror-model'
import { TextSelection, type Command } from 'prosemirror-state'
import { paragraphKind, schema } from '../schema'
import { openingPhraseLength } from '../style'

/// The paragraphs of a pasted fragment: one per non-empty line, trimmed, with runs of
/// spaces and tabs made single (Word and PDF copies pad with them).
export function fragmentLines(text: string): string[] {
  return text.split(/\r\n?|\n|\u2029/).map(line => line.replace(/[ \t\u00a0]{2,}|\t/g, ' ').trim()).filter(Boolean)
}

/// A paragraph of the given type holding `text`, with the italic opening phrase a PP or OP
/// of that wording carries.
function paragraphOf(template: Node, text: string): Node {
  const kind = paragraphKind(template)!
  const lead = openingPhraseLength(text, kind)
  const attrs = { ...template.attrs, pid: null }
  const content = [
    ...(lead ? [schema.text(text.slice(0, lead), [schema.marks.lead.create()])] : []),
    ...(lead < text.length ? [schema.text(text.slice(lead))] : [])
  ]
  return template.type.create(attrs, content)
}

/// Insert a fragment of text that is not a whole resolution: a single line goes into the
/// current paragraph at the cursor; several lines become paragraphs of the kind the cursor
/// is in (PPs in the preamble, `(a)`-level items among subparagraphs). At the end of a
/// paragraph they follow it, at its start they precede it, in an empty one the first line
/// fills it, and in the middle the first line continues the text before the cursor and
/// the text after it follows the last line. New paragraphs get fresh ids from the
/// `paragraphIds` plugin. In the organ line, which is one line, the lines are joined.
export function insertFragment(lines: readonly string[]): Command {
  return (state, dispatch) => {
    if (!lines.length) return false
    const { $from } = state.selection
    const parent = $from.parent
    if (!parent.isTextblock) return false
    if (lines.length === 1 || !paragraphKind(parent)) {
      if (dispatch) dispatch(state.tr.insertText(lines.join(' ')).scrollIntoView())
      return true
    }
    if (dispatch) {
      const tr = state.tr.deleteSelection()
      const $pos = tr.selection.$from
      const size = $pos.parent.content.size
      const paragraphs = lines.map(line => paragraphOf($pos.parent, line))
      if (size > 0 && ($pos.parentOffset === size || $pos.parentOffset === 0)) {
        const at = $pos.parentOffset === 0 ? $pos.before() : $pos.after()
        tr.insert(at, paragraphs)
        tr.setSelection(TextSelection.create(tr.doc, at + Fragment.fromArray(paragraphs).size - 1))
      } else {
        const first = $pos.parent.type.create({ ...$pos.parent.attrs, pid: null }, schema.text(lines[0]))
        tr.replaceSelection(new Slice(Fragment.fromArray([size ? first : paragraphs[0], ...paragraphs.slice(1)]), 1, 1))
      }
      dispatch(tr.scrollIntoView())
    }
    return true
  }
}

/// Put the text of another resolution (a whole one, pasted or imported) in place of the
/// organ line, preamble and operative part, keeping this document's heading. One undoable
/// step; the amendment engine then aligns the new paragraphs with the base by similarity.
export function replaceResolutionText(source: Node): Command {
  return (state, dispatch) => {
    if (dispatch) {
      const { doc } = state
      const body = Fragment.fromArray([source.child(1), source.child(2), source.child(3)])
      dispatch(state.tr.replaceWith(doc.child(0).nodeSize, doc.content.size, body).scrollIntoView())
    }
    return true
  }
}
