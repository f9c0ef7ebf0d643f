import type { Node } from 'prosemirror-model'
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state'
import { SetBaseStep } from './baseStep'
import { diffDocuments, type DocumentDiff } from './diffDocuments'
import { updateDiff } from './incremental'

export const amendmentTrackingKey = new PluginKey<DocumentDiff>('amendmentTracking')

/// The plugin that keeps, for an editor on the current document, the base it is compared
/// with and the diff against it, up to date at every transaction: typing re-diffs the
/// paragraphs it touched, new paragraphs inserted between others add their entries (see
/// `updateDiff`), a `SetBaseStep` (accept, undo of accept, another version chosen as base)
/// compares afresh. It needs no DOM: the renderer draws the redline from this
/// state, the CLI and tests run it headless.
export function amendmentTracking(base: Node): Plugin<DocumentDiff> {
  return new Plugin<DocumentDiff>({
    key: amendmentTrackingKey,
    state: {
      init: (_config, state) => diffDocuments(base, state.doc),
      apply(tr, diff) {
        let newBase = diff.base
        for (const step of tr.steps) if (step instanceof SetBaseStep) newBase = step.to
        return newBase === diff.base ? updateDiff(diff, tr) : diffDocuments(newBase, tr.doc, diff)
      }
    }
  })
}

/// The diff of an editor state between its base and its document.
export function trackedDiff(state: EditorState): DocumentDiff {
  const diff = amendmentTrackingKey.getState(state)
  if (!diff) throw new RangeError('The editor has no amendmentTracking plugin')
  return diff
}
