import type { Node } from 'prosemirror-model'
import { readResolution } from '../../shared/schema'

/// A document as plain data without its paragraph ids: two documents are the same text
/// when these are equal, whatever ids they were given.
export function textOf(doc: Node) {
  const draft = readResolution(doc)
  return {
    meta: { ...draft.meta },
    organ: draft.organ,
    paragraphs: draft.paragraphs.map(({ pid: _pid, ...p }) => p)
  }
}
