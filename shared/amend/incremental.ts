import type { Node } from 'prosemirror-model'
import { AddMarkStep, RemoveMarkStep, type Transform } from 'prosemirror-transform'
import { isInlineStep } from '../schema'
import { withNode } from './paragraphs'
import { diffDocuments, pairEntry, type DocumentDiff, type ParagraphDiff } from './diffDocuments'

/// Flat indices of the paragraphs a transaction touched, in its final document, or null
/// when it may have changed the structure (split, join, insert, delete, move, ids) or
/// when the body is not a preamble and an operative part of `paragraphs` paragraphs and
/// nothing else (section headings, annexes), where a child's index in its part is not
/// its flat index. Found once per transaction: the diff (`updateDiff`) and the redline
/// both ask on every keystroke.
export function touchedParagraphs(tr: Transform, paragraphs: number): Set<number> | null {
  const known = touchedCache.get(tr)
  if (known && known.paragraphs === paragraphs) return known.touched
  const touched = findTouched(tr, paragraphs)
  touchedCache.set(tr, { paragraphs, touched })
  return touched
}

const touchedCache = new WeakMap<Transform, { paragraphs: number, touched: Set<number> | null }>()

function findTouched(tr: Transform, paragraphs: number): Set<number> | null {
  const doc = tr.doc
  const preambleCount = doc.child(2).childCount
  if (doc.childCount > 4 || preambleCount + doc.child(3).childCount !== paragraphs) return null
  const touched = new Set<number>()
  for (let i = 0; i < tr.steps.length; i++) {
    if (!isInlineStep(tr.steps[i], tr.docs[i])) return null
    const rest = tr.mapping.slice(i + 1)
    tr.mapping.maps[i].forEach((_oldFrom, _oldTo, newFrom, newTo) => {
      collect(doc, rest.map(newFrom, -1), rest.map(newTo, 1), preambleCount, touched)
    })
    const step = tr.steps[i]
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
      collect(doc, rest.map(step.from, 1), rest.map(step.to, -1), preambleCount, touched)
    }
  }
  return touched
}

function collect(doc: Node, from: number, to: number, preambleCount: number, touched: Set<number>): void {
  const add = (pos: number) => {
    const $pos = doc.resolve(pos)
    if ($pos.depth < 2 || !$pos.parent.isTextblock) return
    const part = $pos.index(0)
    if (part < 2) return
    touched.add((part === 3 ? preambleCount : 0) + $pos.index(1))
  }
  add(from)
  if (to > from) {
    add(to)
    doc.nodesBetween(from, to, (node, pos) => {
      if (node.isTextblock) { add(pos + 1); return false }
      return true
    })
  }
}

/// Bring a diff up to date after a transaction on the current document. Typing inside
/// paragraphs only diffs the paragraphs it touched again, so a keystroke costs the edited
/// paragraph, not the document. Anything that can change the alignment — a structural
/// change, or an edit of a paragraph that is not matched by id while some base paragraph
/// waits for a match by similarity — re-runs `diffDocuments`, which still reuses the word
/// diffs of untouched pairs.
export function updateDiff(diff: DocumentDiff, tr: Transform): DocumentDiff {
  if (!tr.docChanged || tr.doc === diff.current) return diff
  const touched = touchedParagraphs(tr, diff.currentParagraphs.length)
  if (!touched) return diffDocuments(diff.base, tr.doc, diff)
  const { alignment } = diff
  const currentParagraphs = diff.currentParagraphs.slice()
  const entries: ParagraphDiff[] = diff.entries.slice()
  const preambleCount = tr.doc.child(2).childCount
  for (const index of touched) {
    const old = diff.currentParagraphs[index]
    const node = index < preambleCount ? tr.doc.child(2).child(index) : tr.doc.child(3).child(index - preambleCount)
    if (node.attrs.pid !== old.node.attrs.pid || (!alignment.byId[index] && alignment.baseWithoutId > 0)) {
      return diffDocuments(diff.base, tr.doc, diff)
    }
    const record = withNode(old, node)
    currentParagraphs[index] = record
    const at = diff.entryOfCurrent[index]
    entries[at] = pairEntry(entries[at].base, record, entries[at].moved)
  }
  return { ...diff, current: tr.doc, currentParagraphs, entries }
}
