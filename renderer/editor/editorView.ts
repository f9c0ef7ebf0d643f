import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state'
import { EditorView, type NodeViewConstructor } from 'prosemirror-view'
import { HeadingView } from './headingView'
import { OperativePartView } from './operativeView'
import { pasteMessage, pasteText, type PasteAction, type PasteOutcome } from './paste'
import { copyForWord } from './copyToWord'
import type { Node } from 'prosemirror-model'

export interface EditorViewOptions {
  /// Told of every transaction after the view shows it.
  onTransaction(tr: Transaction, state: EditorState): void
  /// Told what a paste did, when there is something to say (a refusal, a whole
  /// resolution), with the choices it offers.
  onMessage(text: string, error: boolean, actions?: PasteAction[]): void
  /// Asked to compare a pasted whole resolution with the draft as an outside text.
  onCompare?(doc: Node): void
}

/// The node views every view of a resolution draws with, the editor's and the read-only
/// ones of a comparison: the heading form (read-only there) and the operative part, whose
/// first number an excerpt keeps.
export function resolutionNodeViews(readOnly: boolean): { [name: string]: NodeViewConstructor } {
  return {
    heading: (node, view, getPos, decorations) => new HeadingView(node, view, getPos, readOnly, decorations),
    operative_part: node => new OperativePartView(node)
  }
}

/// The drafting editor's view: the heading as form fields, copy and cut with the numbers
/// as text, paste and drop of outside text through the importer.
export function createEditorView(place: HTMLElement, state: EditorState, options: EditorViewOptions): EditorView {
  const view: EditorView = new EditorView(place, {
    state,
    attributes: { class: 'ph-document', spellcheck: 'true', 'aria-label': 'Resolution text' },
    nodeViews: resolutionNodeViews(false),
    /// Paste and drop are taken before ProseMirror's own handlers, which would first parse
    /// the pasted HTML with its styles (each a reported Content-Security-Policy violation)
    /// only for the result to be thrown away.
    handleDOMEvents: {
      copy: (view, event) => copyForWord(view, event, false),
      cut: (view, event) => copyForWord(view, event, true),
      paste(view, event) {
        if (!event.clipboardData) return false
        event.preventDefault()
        // A big paste's outcome comes later, after its progress was shown.
        const show = (outcome: PasteOutcome) => {
          const message = pasteMessage(view, outcome, doc => options.onCompare?.(doc), show)
          if (message) options.onMessage(message.text, message.error, message.actions)
        }
        show(pasteText(view, event.clipboardData, show))
        return true
      },
      drop(view, event) {
        if (view.dragging || !event.dataTransfer) return false
        event.preventDefault()
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY })
        if (at) view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(at.pos))))
        const message = pasteMessage(view, pasteText(view, event.dataTransfer), doc => options.onCompare?.(doc))
        if (message) options.onMessage(message.text, message.error, message.actions)
        return true
      }
    },
    dispatchTransaction(tr) {
      const next = view.state.apply(tr)
      view.updateState(next)
      options.onTransaction(tr, next)
    }
  })
  return view
}
