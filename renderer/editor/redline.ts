import type { Node } from 'prosemirror-model'
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { paragraphPositions, trackedDiff, type DocumentDiff, type ParagraphDiff } from '../../shared/amend'
import type { ParagraphRecord } from '../../shared/amend'

/// Position of the paragraph at a flat index, without walking the others' nodes.
function paragraphPosition(doc: Node, index: number): number {
  const preamble = doc.child(2)
  const inPreamble = index < preamble.childCount
  const part = inPreamble ? preamble : doc.child(3)
  let pos = doc.child(0).nodeSize + doc.child(1).nodeSize + 1 + (inPreamble ? 0 : preamble.nodeSize)
  for (let i = inPreamble ? index : index - preamble.childCount; i > 0; i--) pos += part.child(i - 1).nodeSize
  return pos
}

function struck(text: string): HTMLElement {
  const del = document.createElement('del')
  del.className = 'ph-del'
  del.textContent = text
  return del
}

/// A paragraph of the base that is gone, drawn struck through where it stood. It is a
/// widget: the document itself stays the clean current text.
function deletedParagraph(record: ParagraphRecord): HTMLElement {
  const p = document.createElement('p')
  p.className = `ph-deleted-paragraph ph-${record.kind}`
  p.dataset.label = record.label
  p.dataset.number = record.number
  if (record.kind === 'sub') p.dataset.level = String(record.level)
  p.appendChild(struck(record.text))
  return p
}

/// The paragraph a current entry's decorations belong to, as a plain value: the specs of
/// decorations are compared by value when the view redraws, so a decoration rebuilt the
/// same after a keystroke keeps its DOM.
function ownerOf(entry: ParagraphDiff): string {
  return entry.current!.pid ?? `#${entry.current!.index}`
}

/// The decorations of one entry of the diff whose current paragraph stands at `pos`.
function currentEntryDecorations(entry: ParagraphDiff, pos: number, deletions: boolean): Decoration[] {
  const current = entry.current!
  const end = pos + current.node.nodeSize
  const spec = { owner: ownerOf(entry) }
  const out: Decoration[] = []
  if (entry.status === 'inserted') out.push(Decoration.node(pos, end, { class: 'ph-inserted' }, { ...spec, look: 'inserted' }))
  if (entry.moved) out.push(Decoration.node(pos, end, { class: 'ph-moved', 'data-moved-from': entry.base!.label }, { ...spec, look: `moved:${entry.base!.label}` }))
  if (entry.status === 'modified') {
    const base = entry.base!
    for (const edit of entry.words!.edits) {
      if (deletions && edit.to > edit.from) {
        const text = base.text.slice(edit.from, edit.to)
        out.push(Decoration.widget(pos + 1 + edit.newFrom, () => struck(text), {
          ...spec, side: -1, marks: [], ignoreSelection: true, key: `del:${current.pid}:${edit.newFrom}:${text}`, look: `del:${text}`
        }))
      }
      if (edit.newTo > edit.newFrom) {
        out.push(Decoration.inline(pos + 1 + edit.newFrom, pos + 1 + edit.newTo, { class: 'ph-ins' }, { ...spec, look: 'ins', inclusiveEnd: true }))
      }
    }
  }
  return out
}

/// Where a deleted base paragraph is drawn: after the last current paragraph of its part
/// that precedes it in reading order, or at the start of its part.
function partOf(diff: DocumentDiff, record: ParagraphRecord): 2 | 3 {
  const head = record.kind === 'sub' ? diff.baseParagraphs[record.head] : record
  return head.kind === 'pp' ? 2 : 3
}

/// The redline of a diff on its current document: inserted words marked, deleted words
/// struck through in place, whole inserted, deleted and moved paragraphs marked. Each
/// decoration names the paragraph it belongs to, so a keystroke can replace the
/// decorations of the one paragraph it changed. With `deletions` off (the right side of a side-by-side
/// comparison) only what the current text has is marked.
export function redlineDecorations(diff: DocumentDiff, deletions = true): DecorationSet {
  const doc = diff.current
  const positions = paragraphPositions(doc)
  const partStart = { 2: doc.child(0).nodeSize + doc.child(1).nodeSize + 1, 3: 0 }
  partStart[3] = partStart[2] + doc.child(2).nodeSize
  const lastEnd: Record<2 | 3, number | null> = { 2: null, 3: null }
  const preambleCount = doc.child(2).childCount
  const out: Decoration[] = []
  let k = 0
  for (const entry of diff.entries) {
    if (entry.current) {
      const pos = positions[entry.current.index]
      lastEnd[entry.current.index < preambleCount ? 2 : 3] = pos + entry.current.node.nodeSize
      if (entry.status !== 'unchanged' || entry.moved) out.push(...currentEntryDecorations(entry, pos, deletions))
    } else if (deletions) {
      const base = entry.base!
      const part = partOf(diff, base)
      out.push(Decoration.widget(lastEnd[part] ?? partStart[part], () => deletedParagraph(base), {
        side: -1000 + (k++), marks: [], ignoreSelection: true, key: `gone:${base.pid ?? base.index}:${base.text.length}`
      }))
    }
  }
  return DecorationSet.create(doc, out)
}

/// The left side of a side-by-side comparison: the base document with what the current
/// one no longer has marked (deleted words, deleted and moved paragraphs).
export function baseSideDecorations(diff: DocumentDiff): DecorationSet {
  const positions = paragraphPositions(diff.base)
  const out: Decoration[] = []
  for (const entry of diff.entries) {
    const base = entry.base
    if (!base) continue
    const pos = positions[base.index], end = pos + base.node.nodeSize
    if (entry.status === 'deleted') out.push(Decoration.node(pos, end, { class: 'ph-deleted-whole' }))
    if (entry.moved) out.push(Decoration.node(pos, end, { class: 'ph-moved', 'data-moved-to': entry.current!.label }))
    if (entry.status === 'modified') {
      out.push(Decoration.node(pos, end, { class: 'ph-modified' }))
      for (const edit of entry.words!.edits) {
        if (edit.to > edit.from) out.push(Decoration.inline(pos + 1 + edit.from, pos + 1 + edit.to, { class: 'ph-del-range' }))
      }
    }
  }
  return DecorationSet.create(diff.base, out)
}

interface RedlineState {
  readonly on: boolean
  readonly diff: DocumentDiff
  readonly set: DecorationSet
}

export const redlineKey = new PluginKey<RedlineState>('redline')

/// Whether two lists of decorations of a paragraph draw the same: same places, same look.
/// Typing inside an insertion usually leaves it so, once the mapping has stretched the
/// insertion over the new letter (its end is inclusive); the mapped decorations then stay,
/// and the view has nothing to redraw but the letter.
function sameLook(a: readonly Decoration[], b: readonly Decoration[]): boolean {
  if (a.length !== b.length) return false
  const key = (d: Decoration) => `${d.from}:${d.to}:${d.spec.look}`
  const keys = new Set(a.map(key))
  return b.every(d => keys.has(key(d)))
}

/// Bring the redline up to date with a new diff. Typing changes the entries of the
/// paragraphs it touched and nothing else (same alignment, same base), so only their
/// decorations are rebuilt, and kept when they look the same as the mapped ones; the rest
/// are mapped. Anything else redraws from the diff.
function updateRedline(previous: RedlineState, diff: DocumentDiff, state: EditorState, mapping: Parameters<DecorationSet['map']>[0]): DecorationSet {
  const old = previous.diff
  if (diff === old) return previous.set.map(mapping, state.doc)
  if (diff.base !== old.base || diff.alignment !== old.alignment || diff.entries.length !== old.entries.length) return redlineDecorations(diff)
  let set = previous.set.map(mapping, state.doc)
  for (let i = 0; i < diff.entries.length; i++) {
    const entry = diff.entries[i], before = old.entries[i]
    if (entry === before || !entry.current) continue
    const pos = paragraphPosition(state.doc, entry.current.index), end = pos + entry.current.node.nodeSize
    const owner = ownerOf(before)
    const mapped = set.find(pos, end, spec => spec.owner === owner)
    const fresh = entry.status !== 'unchanged' || entry.moved ? currentEntryDecorations(entry, pos, true) : []
    if (sameLook(mapped, fresh)) continue
    set = set.remove(mapped)
    if (fresh.length) set = set.add(state.doc, fresh)
  }
  return set
}

/// The live redline of the editor: decorations drawn from the `amendmentTracking`
/// plugin's diff (which must come before this plugin), switched off for the clean view
/// with `setRedline`.
export function redline(on = true): Plugin<RedlineState> {
  return new Plugin<RedlineState>({
    key: redlineKey,
    state: {
      init: (_config, state) => {
        const diff = trackedDiff(state)
        return { on, diff, set: on ? redlineDecorations(diff) : DecorationSet.empty }
      },
      apply(tr, previous, _old, state) {
        const diff = trackedDiff(state)
        const toggle = tr.getMeta(redlineKey) as { on: boolean } | undefined
        const showing = toggle ? toggle.on : previous.on
        if (!showing) return { on: false, diff, set: DecorationSet.empty }
        if (!previous.on) return { on: true, diff, set: redlineDecorations(diff) }
        return { on: true, diff, set: updateRedline(previous, diff, state, tr.mapping) }
      }
    },
    props: {
      decorations: state => redlineKey.getState(state)!.set
    }
  })
}

export function redlineShown(state: EditorState): boolean {
  return redlineKey.getState(state)?.on ?? false
}

/// The transaction that shows or hides the redline.
export function setRedline(state: EditorState, on: boolean) {
  return state.tr.setMeta(redlineKey, { on })
}
