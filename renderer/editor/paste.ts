import type { EditorView } from 'prosemirror-view'
import { importResolution, maxImportLength } from '../../shared/import'
import { fragmentLines, insertFragment, replaceResolutionText } from '../../shared/commands'
import { summarizeResolution } from '../../shared/schema'
import { htmlToText } from './htmlToText'

/// What a paste did, for the message the editor shows.
export type PasteOutcome =
  | { kind: 'fragment', lines: number }
  | { kind: 'resolution', preambular: number, operative: number }
  | { kind: 'refused', message: string }
  | { kind: 'empty' }

/// Paste or drop of text from outside: the HTML flavour (Word, a browser) is reduced to
/// text, one line per paragraph, then the importer decides the structure. A whole
/// resolution replaces the text (one undo brings the old one back) and is compared with
/// the base like any other version; anything less is inserted as plain paragraphs of the
/// kind the cursor is in. Nothing of the HTML but its characters gets in. Oversized
/// clipboards are refused before any work, leaving the document as it was.
export function pasteText(view: EditorView, data: DataTransfer): PasteOutcome {
  const html = data.getData('text/html')
  const plain = data.getData('text/plain')
  const size = Math.max(html.length, plain.length)
  if (size > maxImportLength) {
    const megabytes = (size / 1e6).toFixed(1)
    return { kind: 'refused', message: `Nothing was pasted: the clipboard holds ${megabytes} million characters, and Penholder pastes up to ${maxImportLength / 1e6} million. Paste the resolution on its own.` }
  }
  const text = html ? htmlToText(html) : plain
  if (!text.trim()) return { kind: 'empty' }
  const imported = importResolution(text)
  if (imported.ok) {
    replaceResolutionText(imported.doc)(view.state, view.dispatch)
    const summary = summarizeResolution(imported.doc)
    return { kind: 'resolution', preambular: summary.preambular, operative: summary.operative }
  }
  const lines = fragmentLines(text)
  insertFragment(lines)(view.state, tr => view.dispatch(tr.setMeta('paste', true).setMeta('uiEvent', 'paste')))
  return { kind: 'fragment', lines: lines.length }
}

/// The message shown after a paste, or null when there is nothing to say.
export function describePaste(outcome: PasteOutcome): { text: string, error: boolean } | null {
  switch (outcome.kind) {
    case 'refused': return { text: outcome.message, error: true }
    case 'resolution': return { text: `Pasted a whole resolution (${outcome.preambular} PPs, ${outcome.operative} OPs) in place of the text; it is compared with the base. Undo (Ctrl+Z) brings the previous text back.`, error: false }
    default: return null
  }
}
