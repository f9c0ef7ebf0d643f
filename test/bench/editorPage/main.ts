import 'prosemirror-view/style/prosemirror.css'
import '../../../renderer/styles/fonts.css'
import '../../../renderer/styles/app.css'
import '../../../renderer/styles/resolution.css'
import './bench.css'
import type { Node } from 'prosemirror-model'
import { EditorState } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { history } from 'prosemirror-history'
import { keymap } from 'prosemirror-keymap'
import { baseKeymap } from 'prosemirror-commands'
import { forEachParagraph } from '../../../shared/schema'
import { trackedDiff } from '../../../shared/amend'
import { createEditorState } from '../../../renderer/editor/editorState'
import { createEditorView } from '../../../renderer/editor/editorView'
import { gaScaleVersions, setups, type BenchDocument, type Setup } from './documents'
import { scrollComparison, showComparison } from './compare'

export type BenchEditor = 'penholder' | 'bare'

/// The middle of the operative paragraph nearest the middle of the document: where the
/// keystrokes go, the same place in both editors.
function typingPlace(doc: Node): number {
  const positions: Array<[number, Node]> = []
  forEachParagraph(doc, (node, pos) => { if (node.type.name === 'operative_paragraph') positions.push([pos, node]) })
  const [pos, node] = positions[positions.length >> 1]
  return pos + 1 + node.textContent.indexOf(' ', node.content.size >> 1) + 1
}

/// The bare editor is ProseMirror as it comes, with its own undo history and base keymap
/// and none of our plugins, node views or decorations.
function editor(kind: BenchEditor, setup: Setup, place: HTMLElement): EditorView {
  if (kind === 'bare') {
    const state = EditorState.create({ doc: setup.current, plugins: [history(), keymap(baseKeymap)] })
    return new EditorView(place, { state, attributes: { class: 'ph-document' } })
  }
  return createEditorView(place, createEditorState(setup.current, setup.base), { onTransaction() {}, onMessage() {} })
}

/// The keystrokes of a batch, timed together (the browser's clock ticks in tenths of a
/// millisecond, close to what one keystroke costs): a word typed, then taken back with
/// Backspace, so the paragraph keeps its size however long the bench runs.
const keys = ['n', 'a', 't', 'i', 'o', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace']
const batch = keys.length

/// Time a batch of keystrokes, each from dispatch until the view has drawn it and the
/// browser has laid it out (reading the caret's coordinates forces layout), the way a
/// keystroke reaches the screen. Returns milliseconds per keystroke: in all, in the
/// script alone (dispatch: the state's plugins and the view's update of the DOM; the rest
/// is the browser's style and layout), and each keystroke's own.
function typeBatch(view: EditorView, at: number): Timing {
  let pos = at, script = 0
  const each: number[] = []
  for (const key of keys) {
    const start = performance.now()
    const tr = key === 'Backspace' ? view.state.tr.delete(pos - 1, pos) : view.state.tr.insertText(key, pos)
    view.dispatch(tr)
    script += performance.now() - start
    pos += key === 'Backspace' ? -1 : 1
    view.coordsAtPos(pos)
    each.push(performance.now() - start)
  }
  return { total: each.reduce((a, b) => a + b) / batch, script: script / batch, each }
}

/// Milliseconds per keystroke of a batch: in all, in the script, and of each keystroke
/// in the order typed (the first changes the paragraph from its base, the last brings it
/// back).
export interface Timing { total: number, script: number, each: number[] }

/// Open the GA-scale version with 100 amendments in one editor, alone on the page, and
/// time it until the text is laid out: for Penholder the state with its diff against the
/// base, the redline's decorations, the view and its layout; for bare ProseMirror its
/// state, view and layout of the same current document. Reading the position of the
/// document's end forces the layout of the whole text. Returns milliseconds.
function openOnce(kind: BenchEditor): number {
  const setup = gaScaleVersions()
  const places = (['penholder', 'bare'] as const).map(k => {
    const place = window.document.getElementById(k)!
    place.replaceChildren()
    return place
  })
  const start = performance.now()
  const view = editor(kind, setup, places[kind === 'penholder' ? 0 : 1])
  view.coordsAtPos(view.state.doc.content.size)
  const time = performance.now() - start
  view.destroy()
  return time
}

/// `repetitions` openings of each editor, by turns (bare first in odd repetitions), after
/// one untimed opening of each that lets the engine compile both and the fonts load.
async function open(repetitions: number): Promise<Record<BenchEditor, number[]>> {
  openOnce('penholder')
  openOnce('bare')
  await window.document.fonts.ready
  const times: Record<BenchEditor, number[]> = { penholder: [], bare: [] }
  for (let i = 0; i < repetitions; i++) {
    for (const kind of i % 2 ? ['bare', 'penholder'] as const : ['penholder', 'bare'] as const) {
      // A frame and a full garbage collection between openings, so that the garbage of one
      // is not collected in the next (the bench starts Chromium with `gc` exposed).
      await new Promise(resolve => requestAnimationFrame(resolve))
      ;(window as unknown as { gc(): void }).gc()
      times[kind].push(openOnce(kind))
    }
  }
  return times
}

/// Run in the bench page: both editors open side by side on the same document, batches
/// of keystrokes typed into each in turn, so that whatever else the machine does falls
/// on both alike. `warmup` keystrokes each first, untimed.
function measure(document: BenchDocument, warmup: number, count: number): Record<BenchEditor, Timing[]> & { amendments: number } {
  const setup = setups[document]()
  const places = (['penholder', 'bare'] as const).map(kind => {
    const place = window.document.getElementById(kind)!
    place.replaceChildren()
    return place
  })
  const views = { penholder: editor('penholder', setup, places[0]), bare: editor('bare', setup, places[1]) }
  const at = typingPlace(setup.current)
  const times: Record<BenchEditor, Timing[]> = { penholder: [], bare: [] }
  for (let typed = 0; typed < warmup + count; typed += batch) {
    const order: BenchEditor[] = (typed / batch) % 2 ? ['penholder', 'bare'] : ['bare', 'penholder']
    for (const kind of order) {
      const time = typeBatch(views[kind], at)
      if (typed >= warmup) times[kind].push(time)
    }
  }
  const diff = trackedDiff(views.penholder.state)
  const amendments = diff.entries.filter(e => e.status !== 'unchanged' || e.moved).length
  views.penholder.destroy()
  views.bare.destroy()
  return { ...times, amendments }
}

;(window as unknown as { editorBench: unknown }).editorBench = { measure, open, showComparison, scrollComparison }
