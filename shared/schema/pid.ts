import { Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { AddNodeMarkStep, AttrStep, RemoveNodeMarkStep, type Step, type Transform } from 'prosemirror-transform'
import { isInlineStep } from './inlineStep'
import type { Node } from 'prosemirror-model'
import { paragraphKind } from './schema'

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz'

/// A fresh paragraph id: ten base-36 characters from the platform's secure random source
/// (Web Crypto, present in browsers, Electron and Node alike), so ids made on two
/// machines drafting the same text do not collide.
export function newPid(): string {
  const bytes = new Uint8Array(10)
  globalThis.crypto.getRandomValues(bytes)
  let id = ''
  for (const b of bytes) id += alphabet[b % 36]
  return id
}

/// Call `f` for each paragraph of `doc` that overlaps positions `from` to `to` (the one
/// around them when they are equal inside it), without descending into paragraphs.
function forEachParagraphIn(doc: Node, from: number, to: number, f: (node: Node, pos: number) => void): void {
  doc.nodesBetween(from, to, (node, pos) => {
    if (!paragraphKind(node)) return node.isBlock && !node.isTextblock
    f(node, pos)
    return false
  })
}

/// Give every paragraph a unique id. Paragraphs without one get a fresh id; where two
/// share one (a split, a paste of copied paragraphs), the one with more text keeps it,
/// the first of equals otherwise, and the others get fresh ids.
export function assignParagraphIds(doc: Node, tr: Transaction): Transaction {
  const holders: Array<{ node: Node, pos: number }> = []
  forEachParagraphIn(doc, 0, doc.content.size, (node, pos) => { holders.push({ node, pos }) })
  return renewIds(holders, () => 0, tr)
}

/// Set fresh ids on `holders` (paragraphs of `tr`'s document, in document order) that have
/// none or share one: with another paragraph outside them (`outside` counts those), which
/// keeps it, or among themselves, where the one with more text keeps it, the first of
/// equals otherwise.
function renewIds(holders: ReadonlyArray<{ node: Node, pos: number }>, outside: (pid: string) => number, tr: Transaction): Transaction {
  const keeper = new Map<string, { pos: number, size: number } | null>()
  const renew: number[] = []
  for (const { node, pos } of holders) {
    const pid = node.attrs.pid as string | null
    if (!pid) { renew.push(pos); continue }
    if (!keeper.has(pid)) {
      if (outside(pid) > 0) { keeper.set(pid, null); renew.push(pos) } else keeper.set(pid, { pos, size: node.content.size })
      continue
    }
    const prior = keeper.get(pid)
    if (prior && node.content.size > prior.size) { renew.push(prior.pos); keeper.set(pid, { pos, size: node.content.size }) }
    else renew.push(pos)
  }
  for (const pos of renew) tr.setNodeAttribute(pos, 'pid', newPid())
  return tr
}

/// How many paragraphs of `doc` carry each id. One object follows an editor from state to
/// state, changed in place by each transaction on `doc` (a transaction costs the
/// paragraphs it changed, not the document); a transaction on another document (an older
/// state applied again) counts afresh.
interface IdCounts {
  doc: Node
  readonly counts: Map<string, number>
}

function countIds(doc: Node): IdCounts {
  const counts = new Map<string, number>()
  forEachParagraphIn(doc, 0, doc.content.size, node => {
    const pid = node.attrs.pid as string | null
    if (pid) counts.set(pid, (counts.get(pid) ?? 0) + 1)
  })
  return { doc, counts }
}

/// The ranges a step changed that may hold paragraphs whose id changed, as
/// `[from, to]` pairs in the document before it (`before`) or after it: a replacement's
/// ranges, the node whose attributes or marks an `AttrStep` or node-mark step changed.
/// Null for a step that changed the document in a way its map does not show.
function stepRanges(step: Step, before: Node, after: Node, side: 'before' | 'after'): Array<[number, number]> | null {
  if (step instanceof AttrStep || step instanceof AddNodeMarkStep || step instanceof RemoveNodeMarkStep) return [[step.pos, step.pos + 1]]
  const ranges: Array<[number, number]> = []
  step.getMap().forEach((oldFrom, oldTo, newFrom, newTo) => { ranges.push(side === 'before' ? [oldFrom, oldTo] : [newFrom, newTo]) })
  return ranges.length || before === after ? ranges : null
}

/// Whether a step may change which paragraphs there are or their ids.
const structural = (tr: Transform, i: number) => tr.docs[i] !== (tr.docs[i + 1] ?? tr.doc) && !isInlineStep(tr.steps[i], tr.docs[i])

/// The paragraphs of `doc` that overlap any of `ranges`, each once (a step's two ranges
/// around a gap can both reach into one paragraph), in document order.
function paragraphsIn(doc: Node, ranges: ReadonlyArray<[number, number]>): Array<{ node: Node, pos: number }> {
  const found = new Map<number, Node>()
  for (const [from, to] of ranges) forEachParagraphIn(doc, from, to, (node, pos) => { found.set(pos, node) })
  return [...found].sort((a, b) => a[0] - b[0]).map(([pos, node]) => ({ pos, node }))
}

/// The counts after `tr`: the paragraphs in each step's changed ranges counted out of the
/// document before it and in again from the one after it.
function applyToCounts(ids: IdCounts, tr: Transaction): IdCounts {
  if (!tr.docChanged) return ids
  if (ids.doc !== tr.before) return countIds(tr.doc)
  const { counts } = ids
  for (let i = 0; i < tr.steps.length; i++) {
    if (!structural(tr, i)) continue
    const before = tr.docs[i], after = tr.docs[i + 1] ?? tr.doc
    const gone = stepRanges(tr.steps[i], before, after, 'before'), come = stepRanges(tr.steps[i], before, after, 'after')
    if (!gone || !come) return countIds(tr.doc)
    for (const { node } of paragraphsIn(before, gone)) {
      const pid = node.attrs.pid as string | null
      if (!pid) continue
      const left = counts.get(pid)! - 1
      if (left) counts.set(pid, left)
      else counts.delete(pid)
    }
    for (const { node } of paragraphsIn(after, come)) {
      const pid = node.attrs.pid as string | null
      if (pid) counts.set(pid, (counts.get(pid) ?? 0) + 1)
    }
  }
  ids.doc = tr.doc
  return ids
}

/// The ranges of the last transaction's document that transactions `trs` changed
/// structurally, mapped through the steps after them; null when one changed it in a way
/// its map does not show.
function changedRanges(trs: readonly Transaction[]): Array<[number, number]> | null {
  let ranges: Array<[number, number]> = []
  for (const tr of trs) {
    ranges = ranges.map(([from, to]) => [tr.mapping.map(from, -1), tr.mapping.map(to, 1)])
    for (let i = 0; i < tr.steps.length; i++) {
      if (!structural(tr, i)) continue
      const own = stepRanges(tr.steps[i], tr.docs[i], tr.docs[i + 1] ?? tr.doc, 'after')
      if (!own) return null
      const rest = tr.mapping.slice(i + 1)
      for (const [from, to] of own) ranges.push([rest.map(from, -1), rest.map(to, 1)])
    }
  }
  return ranges
}

export const paragraphIdsKey = new PluginKey<IdCounts>('paragraphIds')

/// The plugin that keeps `assignParagraphIds` true after every change, for any editor
/// (the app's, a test's, a headless co-drafting peer's), looking only at the paragraphs
/// the changes touched: their ids are checked against the counts of the whole document's
/// ids, kept up to date from the same ranges. Typing, which cannot create, split or
/// duplicate a paragraph, looks at none.
export function paragraphIds(): Plugin<IdCounts> {
  return new Plugin<IdCounts>({
    key: paragraphIdsKey,
    state: {
      init: (_config, state) => countIds(state.doc),
      apply: (tr, ids) => applyToCounts(ids, tr)
    },
    appendTransaction(trs, _old, state) {
      const ranges = changedRanges(trs)
      if (ranges && !ranges.length) return null
      const ids = paragraphIdsKey.getState(state)!
      let tr: Transaction
      if (!ranges || ids.doc !== state.doc) tr = assignParagraphIds(state.doc, state.tr)
      else {
        const holders = paragraphsIn(state.doc, ranges)
        const inRanges = new Map<string, number>()
        for (const { node } of holders) if (node.attrs.pid) inRanges.set(node.attrs.pid, (inRanges.get(node.attrs.pid) ?? 0) + 1)
        tr = renewIds(holders, pid => ids.counts.get(pid)! - inRanges.get(pid)!, state.tr)
      }
      return tr.docChanged ? tr : null
    }
  })
}
