import type { Node } from 'prosemirror-model'
import { buildResolution, readResolution, type ParagraphDraft, type ParagraphKind } from '../schema'
import { openingPhraseLength } from '../style'
import { readParagraphs } from './paragraphs'
import { applyTextEdits, type NearMiss, type TextEdit } from './textEdits'
import type { AmendmentOperations, Operation, Placement } from './operations'

/// A quote not found exactly, in amendment `amendment` (1-based, in the list's order).
export interface AmendmentNearMiss extends NearMiss {
  readonly amendment: number
  readonly paragraph: string
}

/// An amendment that was not applied, and why, in one line.
export interface RefusedAmendment {
  readonly amendment: number
  readonly reason: string
}

export interface AppliedAmendments {
  /// The amended text: the tabled document with every amendment applied that could be.
  readonly doc: Node
  readonly nearMisses: readonly AmendmentNearMiss[]
  readonly refused: readonly RefusedAmendment[]
}

/// One paragraph while amendments are applied. `label` is its label in the text as
/// tabled (none for a paragraph an amendment brought in).
interface Item {
  readonly label: string | null
  readonly kind: ParagraphKind
  readonly level: number
  text: string
  readonly draft: ParagraphDraft | null
}

class Refusal extends Error {}

/// Readable names of labels for refusals: `operative paragraph 12 (a)`.
export function paragraphName(label: string): string {
  const m = /^(PP|OP)(\d+)(.*)$/.exec(label)
  if (!m) return label
  const subs = (m[3].match(/\(([^)]*)\)/g) ?? []).join(' ')
  return `${m[1] === 'PP' ? 'preambular' : 'operative'} paragraph ${m[2]}${subs ? ' ' + subs : ''}`
}

/// The state of the text while a list is applied: the paragraphs in order, and where
/// earlier amendments put paragraphs after a given one (“After paragraph 12, insert …”
/// twice puts the second after the first, as the list reads).
class Text {
  readonly items: Item[]
  private readonly byLabel = new Map<string, Item>()
  private readonly lastPlaced = new Map<string, Item>()

  constructor(base: Node, readonly moved: ReadonlySet<string>) {
    const drafts = readResolution(base).paragraphs
    this.items = readParagraphs(base).map((r, i) => ({ label: r.label, kind: r.kind, level: r.level, text: r.text, draft: drafts[i] }))
    for (const item of this.items) this.byLabel.set(item.label!, item)
  }

  find(label: string): Item {
    const item = this.byLabel.get(label)
    if (!item) throw new Refusal(`names ${paragraphName(label)}, which the text as tabled lacks`)
    if (!this.items.includes(item)) throw new Refusal(`names ${paragraphName(label)}, which an earlier amendment deleted`)
    return item
  }

  /// Index just past a paragraph and the subparagraphs under it.
  groupEnd(index: number): number {
    const level = this.items[index].kind === 'sub' ? this.items[index].level : 0
    let end = index + 1
    while (end < this.items.length && this.items[end].kind === 'sub' && this.items[end].level > level) end++
    return end
  }

  private partStart(part: 'pp' | 'op'): number {
    if (part === 'pp') return 0
    const i = this.items.findIndex(item => item.kind === 'op')
    return i < 0 ? this.items.length : i
  }

  /// Where a placement puts paragraphs now, and the key under which to remember them.
  position(to: Placement): { at: number, key: string | null } {
    const chained = (key: string, otherwise: () => number) => {
      const last = this.lastPlaced.get(key)
      const i = last ? this.items.indexOf(last) : -1
      return { at: i >= 0 ? this.groupEnd(i) : otherwise(), key }
    }
    switch (to.where) {
      case 'after': {
        const anchor = this.find(to.label)
        return chained('after ' + to.label, () => this.groupEnd(this.items.indexOf(anchor)))
      }
      case 'before': return { at: this.items.indexOf(this.find(to.label)), key: null }
      case 'first':
        if (to.parent != null) {
          const parent = this.find(to.parent)
          return chained('first ' + to.parent, () => this.items.indexOf(parent) + 1)
        }
        return chained('first ' + to.part, () => this.partStart(to.part))
      case 'last':
        if (to.parent != null) return { at: this.groupEnd(this.items.indexOf(this.find(to.parent))), key: null }
        return { at: to.part === 'pp' ? this.partStart('op') : this.items.length, key: null }
    }
  }

  place(to: Placement, group: Item[]): void {
    const { at, key } = this.position(to)
    this.items.splice(at, 0, ...group)
    if (key) this.lastPlaced.set(key, group[0])
  }

  /// Take a paragraph out with the subparagraphs under it; on a deletion, those the list
  /// moves elsewhere stay.
  take(item: Item, deleting: boolean): Item[] {
    const i = this.items.indexOf(item)
    const group = this.items.splice(i, this.groupEnd(i) - i)
    if (!deleting) return group
    const kept = group.filter((g, k) => k > 0 && g.label != null && this.moved.has(g.label))
    this.items.splice(i, 0, ...kept)
    return group
  }
}

/// The labels a list moves somewhere.
function movedLabels(list: readonly AmendmentOperations[]): Set<string> {
  const moved = new Set<string>()
  for (const ops of list) for (const op of ops) if (op.kind === 'move') moved.add(op.label)
  return moved
}

/// Quotes replaced by the closest text found, for `--accept-near-misses`.
function acceptClosest(edits: readonly TextEdit[], misses: readonly NearMiss[]): TextEdit[] {
  const fix = (words: string) => misses.find(m => m.looked === words)?.closest || words
  return edits.map(e => {
    const q = (quote: { words: string, occurrence?: number } | undefined) => quote && { ...quote, words: fix(quote.words) }
    switch (e.op) {
      case 'insert': return { ...e, after: q(e.after), before: q(e.before) }
      case 'delete': return { ...e, old: q(e.old)!, after: q(e.after), before: q(e.before) }
      case 'replace': return { ...e, old: q(e.old)!, after: q(e.after), before: q(e.before) }
      case 'replaceEnd': return { ...e, after: q(e.after)! }
      case 'deleteEnd': return { ...e, after: q(e.after)! }
    }
  })
}

/// Apply a list of amendments, in order, to the text as tabled. Every label names a
/// paragraph of `base`; an amendment that names one the text lacks, or whose edits
/// overlap, is refused; one whose quotes are not found exactly is a near-miss, applied to
/// the closest text found only with `acceptNearMisses` (and then still listed). A refused
/// or unapplied amendment changes nothing: its operations are checked on a copy first.
/// Cost: each operation finds its paragraphs in the list, so O(amendments × paragraphs).
export function applyAmendments(base: Node, list: readonly AmendmentOperations[], options: { acceptNearMisses?: boolean } = {}): AppliedAmendments {
  const text = new Text(base, movedLabels(list))
  const nearMisses: AmendmentNearMiss[] = []
  const refused: RefusedAmendment[] = []
  list.forEach((operations, i) => {
    const amendment = i + 1
    const snapshot = text.items.slice()
    const texts = snapshot.map(item => item.text)
    try {
      for (const op of operations) applyOperation(text, op, amendment, nearMisses, options.acceptNearMisses ?? false)
    } catch (e) {
      if (!(e instanceof Refusal)) throw e
      text.items.splice(0, text.items.length, ...snapshot)
      snapshot.forEach((item, k) => { item.text = texts[k] })
      if (e.message) refused.push({ amendment, reason: e.message })
    }
  })
  const draft = readResolution(base)
  const paragraphs = text.items.map((item): ParagraphDraft => {
    const keep = item.draft && item.draft.text === item.text
    return keep ? item.draft! : {
      kind: item.kind, text: item.text,
      lead: item.kind === 'sub' ? 0 : openingPhraseLength(item.text, item.kind),
      ...(item.kind === 'sub' && { level: item.level }),
      ...(item.draft?.pid && { pid: item.draft.pid })
    }
  })
  return { doc: buildResolution({ ...draft, paragraphs }), nearMisses, refused }
}

function applyOperation(text: Text, op: Operation, amendment: number, nearMisses: AmendmentNearMiss[], accept: boolean): void {
  switch (op.kind) {
    case 'edit': {
      const item = text.find(op.label)
      let result = applyTextEdits(item.text, op.edits)
      if (!result.ok && 'nearMisses' in result) {
        for (const m of result.nearMisses) nearMisses.push({ amendment, paragraph: op.label, ...m })
        if (!accept || result.nearMisses.some(m => !m.closest)) throw new Refusal(result.nearMisses.some(m => !m.closest) ? `quotes words not found in ${paragraphName(op.label)}: “${result.nearMisses.find(m => !m.closest)!.looked}”` : '')
        result = applyTextEdits(item.text, acceptClosest(op.edits, result.nearMisses))
      }
      if (!result.ok) throw new Refusal(`has edits that overlap in ${paragraphName(op.label)}`)
      item.text = result.text
      return
    }
    case 'replace': text.find(op.label).text = op.text; return
    case 'check': {
      const item = text.find(op.label)
      const fold = (t: string) => t.replace(/\s+/g, ' ').replace(/[“”"]/g, '"').trim().toLowerCase()
      if (fold(item.text) !== fold(op.text)) nearMisses.push({ amendment, paragraph: op.label, looked: op.text, closest: item.text })
      return
    }
    case 'delete': text.take(text.find(op.label), true); return
    case 'insert':
      text.place(op.at, op.paragraphs.map(p => ({ label: null, kind: p.kind, level: p.level, text: p.text, draft: null })))
      return
    case 'move': {
      const group = text.take(text.find(op.label), false)
      text.place(op.to, group)
    }
  }
}
