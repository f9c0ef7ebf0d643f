import type { Node } from 'prosemirror-model'
import type { EditorView } from 'prosemirror-view'
import { importResolution, isWholeResolution, maxImportLength, OverlongParagraph, readPastedParagraphs, readPastedText, type FragmentParagraph } from '../../shared/import'
import { replaceResolutionText } from '../../shared/commands'
import { schema, summarizeResolution } from '../../shared/schema'
import { htmlParagraphs } from '../paste/htmlParagraphs'
import { insertParagraphs } from '../paste/insertParagraphs'
import { insertInSlices, isBigPaste, readBigPaste, sliceParagraphs } from '../paste/bigPaste'

/// What a paste did, for the message the editor shows.
export type PasteOutcome =
  /// `sliced`: a big paste, inserted in slices after its progress was shown.
  | { kind: 'inserted', paragraphs: number, changed: number, from: 'pp' | 'op', to: 'pp' | 'op', sliced?: boolean }
  /// A big paste being read in the import worker; its outcome comes later.
  | { kind: 'pending' }
  /// A big paste the user canceled: the text is as it was.
  | { kind: 'canceled' }
  | { kind: 'text' }
  | { kind: 'resolution', doc: Node, paragraphs: readonly FragmentParagraph[], preambular: number, operative: number }
  | { kind: 'refused', message: string }
  | { kind: 'empty' }

/// A choice offered with a message.
export interface PasteAction {
  label: string
  run(): void
}

/// The message shown after a paste, with the choices it offers, or null when there is
/// nothing to say.
export interface PasteMessage {
  text: string
  error: boolean
  actions?: PasteAction[]
}

/// Paste or drop of text from outside, read by the importer and inserted at the caret.
/// HTML (Word, Google Docs, a web page) becomes paragraph drafts with their italics, list
/// levels and list markers; plain text, a PDF copy included, goes through the importer's
/// line joining, de-hyphenation and removal of page furniture. Each paragraph takes the
/// kind its text shows where the caret's place allows it. A single paragraph without a
/// marker pasted inside a paragraph is words, inserted where the caret is. A paste that
/// is plainly a whole resolution changes nothing until the drafter chooses what to do
/// with it (see `pasteMessage`). Oversized clipboards are refused before any work,
/// a paragraph longer than `maxParagraphLength` as soon as it is read.
/// Given `later`, a big paste (`isBigPaste`, of its plain text: Word and browsers put one
/// beside the HTML) is read in the import worker and inserted in slices with its progress
/// shown and a Cancel button (renderer/paste/bigPaste.ts): the outcome now is `pending`,
/// and `later` is told the real one.
export function pasteText(view: EditorView, data: DataTransfer, later?: (outcome: PasteOutcome) => void): PasteOutcome {
  const html = data.getData('text/html')
  const plain = data.getData('text/plain')
  const size = Math.max(html.length, plain.length)
  if (size > maxImportLength) {
    const megabytes = (size / 1e6).toFixed(1)
    return { kind: 'refused', message: `Nothing was pasted: the clipboard holds ${megabytes} million characters, and Penholder pastes up to ${maxImportLength / 1e6} million. Paste the resolution on its own.` }
  }
  if (later && isBigPaste(plain)) {
    pasteBig(view, plain, later)
    return { kind: 'pending' }
  }
  const fromHtml = html ? htmlParagraphs(html) : []
  const text = plain.trim() ? plain : fromHtml.map(p => p.text).join('\n\n')
  if (!text.trim()) return { kind: 'empty' }
  let paragraphs: FragmentParagraph[]
  try {
    paragraphs = fromHtml.length ? readPastedParagraphs(fromHtml) : readPastedText(text)
  } catch (e) {
    if (e instanceof OverlongParagraph) return { kind: 'refused', message: `Nothing was pasted: in the pasted text, ${e.message}.` }
    throw e
  }
  if (isWholeResolution(text)) {
    const imported = importResolution(text)
    if (imported.ok) {
      const summary = summarizeResolution(imported.doc)
      return { kind: 'resolution', doc: imported.doc, paragraphs, preambular: summary.preambular, operative: summary.operative }
    }
  }
  return insertAtCaret(view, paragraphs)
}

/// Words pasted into a paragraph: one paragraph with no marker and no kind of its own to
/// insist on, inside a paragraph that has text.
function isWords(view: EditorView, paragraphs: readonly FragmentParagraph[]): boolean {
  const { $from } = view.state.selection
  const size = $from.parent.content.size
  return paragraphs.length === 1 && paragraphs[0].kind !== 'sub' && size > 0 &&
    (paragraphs[0].kind === null || $from.parentOffset > 0 && $from.parentOffset < size)
}

/// A big paste: read in the import worker, then a whole resolution asks as a small one
/// does; paragraphs go in at the caret in slices.
function pasteBig(view: EditorView, text: string, later: (outcome: PasteOutcome) => void): void {
  readBigPaste(text, read => {
    if (view.isDestroyed) return
    if (read.kind === 'canceled') later({ kind: 'canceled' })
    else if (read.kind === 'refused') later({ kind: 'refused', message: read.message })
    else if (read.resolution) later({ kind: 'resolution', doc: schema.nodeFromJSON(read.resolution.doc), paragraphs: read.paragraphs, preambular: read.resolution.preambular, operative: read.resolution.operative })
    else later(insertAtCaret(view, read.paragraphs, later))
  })
}

/// Insert paragraphs at the caret; more than `sliceParagraphs`, given `later`, go in
/// slices (`insertInSlices`) and the outcome is `pending` until `later` is told it.
function insertAtCaret(view: EditorView, paragraphs: readonly FragmentParagraph[], later?: (outcome: PasteOutcome) => void): PasteOutcome {
  if (!paragraphs.length) return { kind: 'empty' }
  if (later && paragraphs.length > sliceParagraphs) {
    insertInSlices(view, paragraphs, (done, canceled) =>
      later(canceled ? { kind: 'canceled' } : done ? { kind: 'inserted', ...done, sliced: true } : { kind: 'refused', message: 'Nothing was pasted: paragraphs cannot go where the caret is.' }))
    return { kind: 'pending' }
  }
  const inserted = isWords(view, paragraphs) ? null : insertParagraphs(view.state, paragraphs)
  if (!inserted) {
    const words = paragraphs.map(p => p.text).join(' ')
    view.dispatch(view.state.tr.insertText(words).setMeta('paste', true).setMeta('uiEvent', 'paste').scrollIntoView())
    return { kind: 'text' }
  }
  view.dispatch(inserted.tr)
  return { kind: 'inserted', paragraphs: inserted.paragraphs, changed: inserted.changed, from: inserted.from, to: inserted.to }
}

const kindName = { pp: ['preambular paragraph', 'preambular paragraphs'], op: ['operative paragraph', 'operative paragraphs'] }

/// The message shown after a paste, or null when there is nothing to say. A whole
/// resolution comes with the choices: replace the draft's text with it (one undo brings
/// the old text back), compare it with the draft as an outside text (`compare`), or
/// insert its paragraphs at the caret (many in slices, reported to `later`). A big paste
/// says how many paragraphs went in, or that it was canceled.
export function pasteMessage(view: EditorView, outcome: PasteOutcome, compare: (doc: Node) => void, later?: (outcome: PasteOutcome) => void): PasteMessage | null {
  switch (outcome.kind) {
    case 'refused': return { text: outcome.message, error: true }
    case 'canceled': return { text: 'Paste canceled: the text is as it was.', error: false }
    case 'inserted': {
      if (!outcome.changed) return outcome.sliced ? { text: `Pasted ${outcome.paragraphs.toLocaleString('en')} paragraphs.`, error: false } : null
      const n = outcome.changed
      return { text: `${n} pasted ${kindName[outcome.from][n === 1 ? 0 : 1]} ${n === 1 ? 'became a' : 'became'} ${kindName[outcome.to][n === 1 ? 0 : 1]}: the ${outcome.to === 'pp' ? 'preamble holds only preambular' : 'operative part holds only operative'} paragraphs.`, error: false }
    }
    case 'resolution': return {
      text: `The clipboard holds a whole resolution (${outcome.preambular} PPs, ${outcome.operative} OPs). Nothing was pasted yet: replace the draft’s text with it, compare it with the draft, or insert its paragraphs at the caret.`,
      error: false,
      actions: [
        { label: 'Replace the text', run: () => { replaceResolutionText(outcome.doc)(view.state, view.dispatch); view.focus() } },
        { label: 'Compare with the draft', run: () => compare(outcome.doc) },
        { label: 'Insert at the caret', run: () => { const now = insertAtCaret(view, outcome.paragraphs, later); if (now.kind !== 'pending') later?.(now); view.focus() } }
      ]
    }
    default: return null
  }
}
