import type { Node } from 'prosemirror-model'
import type { Command, Transaction } from 'prosemirror-state'

/// One occurrence of the searched text, as document positions.
export interface Match {
  readonly from: number
  readonly to: number
}

export interface FindOptions {
  caseSensitive?: boolean
  /// Match whole words only, so `State` does not find `States`.
  wholeWord?: boolean
}

const wordChar = /[\p{L}\p{N}]/u

/// Every occurrence of `query` in the text of the document (the organ line and every
/// paragraph; the heading's fields are edited as fields), in document order. Matches do
/// not cross paragraphs, as a drafter's search for a phrase never means to.
export function findMatches(doc: Node, query: string, options: FindOptions = {}): Match[] {
  if (!query) return []
  const needle = options.caseSensitive ? query : query.toLowerCase()
  const matches: Match[] = []
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    const text = options.caseSensitive ? node.textContent : node.textContent.toLowerCase()
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      const end = at + needle.length
      if (options.wholeWord && (wordChar.test(text.charAt(at - 1)) || wordChar.test(text.charAt(end)))) continue
      matches.push({ from: pos + 1 + at, to: pos + 1 + end })
    }
    return false
  })
  return matches
}

/// Replace matches with `text`, last first so earlier positions stay valid. The
/// replacement takes the marks of the text it replaces, so a replaced word inside the
/// italic opening phrase stays italic.
function replaceAt(tr: Transaction, matches: readonly Match[], text: string): Transaction {
  for (const { from, to } of [...matches].reverse()) {
    const marks = tr.doc.resolve(from + 1).marks()
    if (text) tr.replaceWith(from, to, tr.doc.type.schema.text(text, marks))
    else tr.delete(from, to)
  }
  return tr
}

/// Replace one match (found in the current document) with `text`.
export function replaceMatch(match: Match, text: string): Command {
  return (state, dispatch) => {
    if (match.to > state.doc.content.size) return false
    if (dispatch) dispatch(replaceAt(state.tr, [match], text).scrollIntoView())
    return true
  }
}

/// Replace every occurrence of `query` with `text`, as one undoable change.
export function replaceAll(query: string, text: string, options: FindOptions = {}): Command {
  return (state, dispatch) => {
    const matches = findMatches(state.doc, query, options)
    if (!matches.length) return false
    if (dispatch) dispatch(replaceAt(state.tr, matches, text))
    return true
  }
}
