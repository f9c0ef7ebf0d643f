import type { EditorView } from 'prosemirror-view'
import type { Transaction } from 'prosemirror-state'
import { closeHistory, undo } from 'prosemirror-history'
import type { FragmentParagraph } from '../../shared/import'
import { insertParagraphs } from './insertParagraphs'
import { beginLongTask, type LongTaskHandle } from '../worker/longTasks'
import { inWorker } from '../worker/importClient'
import { holdLongText, releaseLongText } from '../editor/numbering'

/// A paste is big from this many characters (200,000, some fifty pages) or lines (2,000):
/// it is read in the import worker, off the page's main thread, and inserted in slices,
/// showing its progress with a Cancel button. Smaller pastes stay synchronous and instant.
export const bigPasteCharacters = 200_000
export const bigPasteLines = 2_000

/// Paragraphs inserted by the first transaction while a big paste goes in, and the most a
/// paste inserts in one: each slice is one short task of the page (the view draws and
/// lays out only the new paragraphs), and the page answers between slices.
export const sliceParagraphs = 200

/// The time a slice should take, in ms, from its start to the next one's: its script,
/// then the layout and paint of its new paragraphs in the frame after it (each a task of
/// its own, the layout the larger: some 0.5 ms a paragraph in Chromium, while the script
/// takes a tenth of that). Each next slice takes as many paragraphs as the last one's
/// pace fits in it, from `fewestSliceParagraphs` to twice `sliceParagraphs`, so that a
/// slow machine, or a text whose every transaction or layout costs more as it grows,
/// still answers within the 200 ms of a long task's target (docs/reliability.md).
export const sliceMs = 100
const fewestSliceParagraphs = sliceParagraphs / 4

/// Call `f` once the page has drawn the next frame (its layout and paint are done), or
/// after `frameWaitMs` when no frame comes; on a hidden page, which draws none, as its own
/// task at once: through a message channel, since a background tab holds timers back to
/// one a second.
function afterNextFrame(f: () => void): void {
  if (document.hidden) {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => { channel.port1.close(); f() }
    channel.port2.postMessage(null)
    return
  }
  let called = false
  const once = () => { if (!called) { called = true; f() } }
  requestAnimationFrame(() => setTimeout(once, 0))
  setTimeout(once, frameWaitMs)
}

const frameWaitMs = 250

/// How many paragraphs the next slice takes, after `count` took `elapsed` ms.
export function nextSliceSize(count: number, elapsed: number): number {
  const paced = Math.round(count * sliceMs / Math.max(elapsed, 1))
  return Math.min(2 * sliceParagraphs, Math.max(fewestSliceParagraphs, paced))
}

/// The meta key marking the transactions of a big paste before its last slice: the
/// workspace leaves its panels and journal until the last one.
export const partialPaste = 'penholder.partialPaste'

/// Whether a transaction is a slice of a big paste that more slices will follow.
export const isPartialPaste = (tr: Transaction) => tr.getMeta(partialPaste) === true

/// Whether pasted text is big (see `bigPasteCharacters`): counted without splitting it.
export function isBigPaste(text: string): boolean {
  if (text.length > bigPasteCharacters) return true
  let lines = 0
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) if (++lines > bigPasteLines) return true
  return false
}

/// How a big paste ended, for the message the editor shows.
export type BigPasteEnd =
  | { kind: 'read', paragraphs: FragmentParagraph[], resolution: { doc: unknown, preambular: number, operative: number } | null }
  | { kind: 'refused', message: string }
  | { kind: 'canceled' }

/// Read a big paste in the import worker, shown as a long task the user can cancel
/// (which terminates the worker: nothing was changed yet). `end` is told once.
export function readBigPaste(text: string, end: (outcome: BigPasteEnd) => void): void {
  const lines = text.split('\n', bigPasteLines * 1000).length
  const running = inWorker({ kind: 'paste', text })
  const task = beginLongTask(`Reading ${lines.toLocaleString('en')} pasted lines…`, () => running.cancel())
  running.answer.then(answer => {
    task.end()
    if (!answer) end({ kind: 'canceled' })
    else if (answer.kind === 'refused') end({ kind: 'refused', message: answer.error })
    else if (answer.kind === 'pasted') end({ kind: 'read', paragraphs: answer.paragraphs, resolution: answer.resolution })
  })
}

/// How inserting in slices ended: what `insertParagraphs` reports, summed over the
/// slices; null when the caret's place takes no paragraphs (the heading, the organ line)
/// or when canceled.
export interface SlicedInsertion {
  paragraphs: number
  changed: number
  from: 'pp' | 'op'
  to: 'pp' | 'op'
}

/// Insert many paragraphs at the caret as `insertParagraphs` does, in slices of about
/// `sliceMs` each with the frame that draws them (`nextSliceSize`), one task each, the
/// next one after that frame, with the progress shown and a Cancel
/// button. The slices make one undo step (the first closes the history group, the others
/// join it as appended transactions), so Cancel is that undo: the text, its undo history
/// before the paste, and the caret are as they were. The text takes no input while slices
/// go in (typing, paste, drop and cut are refused), so nothing else lands in the group; it
/// stays editable, because making it read-only and editable again makes Chromium lay out
/// the whole text anew (2 s for 8,000 paragraphs). `end` is told once: the insertion, or
/// null when nothing went in (canceled, or no place for paragraphs).
export function insertInSlices(view: EditorView, paragraphs: readonly FragmentParagraph[], end: (done: SlicedInsertion | null, canceled: boolean) => void): void {
  const total = paragraphs.length
  let canceled = false
  const task: LongTaskHandle = beginLongTask(`Pasting ${total.toLocaleString('en')} paragraphs…`, () => { canceled = true })
  // Without the focus or the page's selection: ProseMirror would otherwise put the
  // selection back in the DOM after each slice, which forces a layout of the whole text
  // (seconds for thousands of paragraphs). The caret comes back at the end.
  const handlers = view.props.handleDOMEvents
  const refuse = (_view: EditorView, event: Event) => { event.preventDefault(); return true }
  view.setProps({ handleDOMEvents: { ...handlers, keydown: () => true, beforeinput: refuse, paste: refuse, drop: refuse, cut: refuse } })
  view.dom.ownerDocument.getSelection()?.removeAllRanges()
  ;(view.dom as HTMLElement).blur()
  // The text gets its input, the focus and the view of the caret back after the frame
  // that lays out the last slice: scrolled to in the slice's own task, the caret's place
  // would be a layout of the whole text inside its script (some 150 ms for 8,000
  // paragraphs), a task over the 200 ms target with the slice and its garbage.
  const finish = (done: SlicedInsertion | null) => {
    task.end()
    const restore = () => {
      if (!view.isDestroyed) {
        view.setProps({ handleDOMEvents: handlers })
        view.focus()
        if (done) view.dispatch(view.state.tr.scrollIntoView())
      }
      end(done, canceled)
    }
    if (done && !view.isDestroyed) afterNextFrame(restore)
    else restore()
  }
  let first: Transaction | null = null
  let at = 0
  let summary: SlicedInsertion | null = null
  let shown = 0
  let size = sliceParagraphs
  let started = 0
  /// The last slice's script, in ms: what paces the slices of a hidden page, whose frames
  /// do not come and whose timers the browser delays (a second in a background tab),
  /// which would otherwise shrink every slice to the fewest paragraphs.
  let scripted = 0
  const slice = () => {
    if (view.isDestroyed) { finish(null); return }
    if (canceled) {
      if (first) undo(view.state, tr => view.dispatch(releaseLongText(tr)))
      finish(null)
      return
    }
    if (started) size = nextSliceSize(size, document.hidden ? scripted : performance.now() - started)
    started = performance.now()
    const inserted = insertParagraphs(view.state, paragraphs.slice(at, at + size), false)
    if (!inserted) {
      if (first) view.dispatch(releaseLongText(view.state.tr))
      finish(summary)
      return
    }
    at += size
    const { tr } = inserted
    if (first) tr.setMeta('appendedTransaction', first)
    else holdLongText(closeHistory(tr), total)
    if (at < total) tr.setMeta(partialPaste, true)
    else releaseLongText(tr)
    view.dispatch(tr)
    first ??= tr
    summary = summary
      ? { paragraphs: summary.paragraphs + inserted.paragraphs, changed: summary.changed + inserted.changed, from: inserted.changed ? inserted.from : summary.from, to: inserted.to }
      : { paragraphs: inserted.paragraphs, changed: inserted.changed, from: inserted.from, to: inserted.to }
    if (at >= total) { finish(summary); return }
    scripted = performance.now() - started
    // The notice is redrawn at most every 250 ms: each redraw renders the app.
    const now = performance.now()
    if (now - shown > 250) {
      shown = now
      task.progress(`Pasting ${total.toLocaleString('en')} paragraphs: ${at.toLocaleString('en')} in…`, at / total)
    }
    afterNextFrame(slice)
  }
  setTimeout(slice, 0)
}
