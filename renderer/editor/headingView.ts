import type { Node } from 'prosemirror-model'
import type { Decoration, EditorView, NodeView } from 'prosemirror-view'
import { isAdopted, type ResolutionMeta } from '../../shared/schema'
import { tabledTitleOf } from './titleRedline'

type Field = Exclude<keyof ResolutionMeta, 'lang'>

/// The fields of the heading, in the order a UN document prints them.
const fields: ReadonlyArray<[Field, string]> = [
  ['symbol', 'Symbol'],
  ['distribution', 'Distribution'],
  ['date', 'Date'],
  ['original', 'Original'],
  ['meeting', 'Meeting'],
  ['vote', 'Vote'],
  ['agendaItem', 'Agenda item'],
  ['session', 'Session'],
  ['sponsors', 'Sponsors'],
  ['title', 'Title']
]

/// Heading views made, for ids unique in the page (the editor's and a comparison's).
let headingViews = 0

const languages: ReadonlyArray<[string, string]> = [['en', 'English'], ['fr', 'Français'], ['es', 'Español']]

/// The heading block: the document's metadata as form fields above the text, since it is
/// not negotiated wording. A change is one step (`setNodeMarkup` on the heading), so it is
/// undone like typing.
export class HeadingView implements NodeView {
  readonly dom: HTMLElement
  private readonly status: HTMLElement
  private readonly inputs = new Map<keyof ResolutionMeta, HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>()
  /// The title as tabled, struck through under the title field while the redline shows a
  /// change of title (`titleRedline`).
  private readonly tabled: HTMLElement

  constructor(private node: Node, private readonly view: EditorView, private readonly getPos: () => number | undefined, private readonly readOnly = false, decorations: readonly Decoration[] = []) {
    this.dom = document.createElement('header')
    this.dom.className = 'ph-heading'
    this.dom.contentEditable = 'false'
    const org = document.createElement('div')
    org.className = 'ph-heading-org'
    org.textContent = 'United Nations'
    // Whether the text is a draft or an adopted resolution, as its symbol says (a
    // follow-up draft is a draft: issue 14); shown, not edited.
    this.status = document.createElement('span')
    this.status.className = 'ph-heading-status'
    org.appendChild(this.status)
    this.dom.appendChild(org)
    for (const [key, label] of fields) {
      // Sponsors and titles run long: they wrap instead of being cut.
      const input = key === 'sponsors' || key === 'title' ? document.createElement('textarea') : document.createElement('input')
      if (input instanceof HTMLTextAreaElement) input.rows = 1
      else input.type = 'text'
      input.spellcheck = false
      this.dom.appendChild(this.field(key, label, input))
    }
    // Beside the title's label, not in it: its words are no part of the field's name, but
    // describe it.
    this.tabled = document.createElement('div')
    this.tabled.className = 'ph-title-tabled'
    this.tabled.id = `ph-title-tabled-${++headingViews}`
    this.tabled.hidden = true
    this.dom.querySelector('.ph-field-title')!.after(this.tabled)
    const lang = document.createElement('select')
    for (const [code, name] of languages) lang.add(new Option(name, code))
    this.dom.appendChild(this.field('lang', 'Language', lang))
    this.update(node, decorations)
  }

  private field(key: keyof ResolutionMeta, label: string, input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): HTMLElement {
    const wrapper = document.createElement('label')
    wrapper.className = `ph-field ph-field-${key}`
    const caption = document.createElement('span')
    caption.textContent = label
    input.name = key
    input.disabled = this.readOnly
    input.addEventListener('change', () => this.commit(key, input.value))
    if (input instanceof HTMLTextAreaElement) input.addEventListener('keydown', e => { if (e.key === 'Enter') { e.preventDefault(); this.commit(key, input.value) } })
    wrapper.append(caption, input)
    this.inputs.set(key, input)
    return wrapper
  }

  /// Set a field, without spaces around its words (a field is printed as a line of its own).
  private commit(key: keyof ResolutionMeta, typed: string) {
    const pos = this.getPos(), value = typed.trim()
    if (pos === undefined || this.node.attrs[key] === value) return
    this.view.dispatch(this.view.state.tr.setNodeAttribute(pos, key, value))
  }

  update(node: Node, decorations: readonly Decoration[] = []): boolean {
    if (node.type !== this.node.type) return false
    this.node = node
    this.showTabledTitle(tabledTitleOf(decorations))
    const status = isAdopted(node.attrs as ResolutionMeta) ? 'Adopted resolution' : 'Draft resolution'
    if (this.status.textContent !== status) this.status.textContent = status
    for (const [key, input] of this.inputs) {
      const value = String(node.attrs[key] ?? '')
      if (input.value !== value) input.value = value
    }
    return true
  }

  /// Mark the title field changed and set out the title as tabled, struck through (none:
  /// the text as tabled had no title); null clears both.
  private showTabledTitle(tabled: string | null) {
    const field = this.dom.querySelector('.ph-field-title')!, input = this.inputs.get('title')!
    field.classList.toggle('ph-field-changed', tabled !== null)
    this.tabled.hidden = tabled === null
    if (tabled === null) { input.removeAttribute('aria-describedby'); return }
    input.setAttribute('aria-describedby', this.tabled.id)
    this.tabled.replaceChildren('As tabled: ')
    if (tabled.trim()) {
      const del = document.createElement('del')
      del.className = 'ph-del'
      del.textContent = tabled
      this.tabled.appendChild(del)
    } else this.tabled.append('no title')
  }

  stopEvent(): boolean { return true }

  ignoreMutation(): boolean { return true }
}
