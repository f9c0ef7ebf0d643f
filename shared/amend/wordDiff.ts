import { diffArrays } from 'diff'
import { isSpace, isSpaceAt, isWord, quotationMark, tokenizeWords } from './tokens'

/// One change inside a paragraph, by character offsets: `from`/`to` in the old text,
/// `newFrom`/`newTo` in the new one. An insertion removes nothing but spaces, a deletion
/// adds nothing but spaces.
export interface WordEdit {
  readonly op: 'insert' | 'delete' | 'replace'
  readonly from: number
  readonly to: number
  readonly newFrom: number
  readonly newTo: number
}

/// The word-level difference between two versions of a paragraph. `rewritten` means the
/// change is too heavy to be told as word edits (or too costly to compute): the single
/// edit then replaces the whole text, and the amendment replaces the paragraph.
export interface WordDiff {
  readonly rewritten: boolean
  readonly edits: readonly WordEdit[]
}

/// Above this share of changed text, a list of word edits is harder to follow than the
/// new paragraph itself.
const rewriteShare = 0.5
/// Above this many separate edits, likewise.
const maxEdits = 8
/// The bound on jsdiff's work, so that no paragraph, however long or rewritten, can stall a
/// keystroke: Myers' algorithm costs (N+M)·D, and D is capped by the edit length. A bound
/// in tokens, never in milliseconds: a time limit would make the same two texts give word
/// edits on an idle machine and a whole new paragraph on a busy one.
const maxEditTokens = 1000

const sameToken = (a: string, b: string) => a === b || (isSpace(a) && isSpace(b))

function wholeReplacement(oldText: string, newText: string): WordDiff {
  return {
    rewritten: true,
    edits: [{ op: oldText ? (newText ? 'replace' : 'delete') : 'insert', from: 0, to: oldText.length, newFrom: 0, newTo: newText.length }]
  }
}

/// Whether a text has at least `n` visible (non-space) characters outside `from`…`to`,
/// counted no further than needed.
function visibleOutside(text: string, from: number, to: number, n: number): boolean {
  let count = 0
  for (let i = 0; i < from && count < n; i++) if (!isSpaceAt(text, i)) count++
  for (let i = to; i < text.length && count < n; i++) if (!isSpaceAt(text, i)) count++
  return count >= n
}

/// The longest common prefix and suffix of two texts, cut where a space gives way to a
/// word or mark, so that no token straddles a cut and both texts tokenize the same there.
/// A keystroke then tokenizes and diffs only the stretch around it.
function commonEnds(a: string, b: string): { prefix: number, suffix: number } {
  const max = Math.min(a.length, b.length)
  let same = 0
  while (same < max && a.charCodeAt(same) === b.charCodeAt(same)) same++
  let prefix = 0
  for (let k = same - 1; k > 0; k--) {
    if (isSpaceAt(a, k - 1) && !isSpaceAt(a, k)) { prefix = k; break }
  }
  let tail = 0
  while (tail < max - prefix && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++
  let suffix = 0
  for (let j = a.length - tail + 1; j < a.length; j++) {
    if (isSpaceAt(a, j - 1) && !isSpaceAt(a, j)) { suffix = a.length - j; break }
  }
  return { prefix, suffix }
}

/// A stretch of both token lists, common or changed, by token indices.
interface Run { common: boolean, oldFrom: number, oldTo: number, newFrom: number, newTo: number }

/// A token list with running sums: where each token starts in its text, and how many
/// visible (non-space) characters come before it.
interface Measured { readonly start: number[], readonly visible: number[] }

function measure(tokens: readonly string[]): Measured {
  const start = [0], visible = [0]
  for (let i = 0; i < tokens.length; i++) {
    start.push(start[i] + tokens[i].length)
    visible.push(visible[i] + (isSpace(tokens[i]) ? 0 : tokens[i].length))
  }
  return { start, visible }
}

/// A stretch of the token diff, as jsdiff gives it.
interface Change { count: number, added?: boolean, removed?: boolean }

/// The token diff of the stretch `commonEnds` left: common tokens at both ends are kept as
/// they are and only the middle goes to jsdiff, unless it is one word against another or
/// nothing against something, the middle a keystroke leaves, whose diff needs no search.
/// Null when the diff is too costly to find.
function diffTokens(oldTokens: readonly string[], newTokens: readonly string[]): Change[] | null {
  const shorter = Math.min(oldTokens.length, newTokens.length)
  let head = 0
  while (head < shorter && sameToken(oldTokens[head], newTokens[head])) head++
  let tail = 0
  while (tail < shorter - head && sameToken(oldTokens[oldTokens.length - 1 - tail], newTokens[newTokens.length - 1 - tail])) tail++
  const removed = oldTokens.length - head - tail, added = newTokens.length - head - tail
  let middle: Change[] | undefined
  if (removed === 0 || added === 0 || (removed === 1 && added === 1)) {
    middle = []
    if (removed) middle.push({ count: removed, removed: true })
    if (added) middle.push({ count: added, added: true })
  } else {
    middle = diffArrays(oldTokens.slice(head, head + removed), newTokens.slice(head, head + added), {
      comparator: sameToken,
      maxEditLength: Math.min(maxEditTokens, Math.ceil((oldTokens.length + newTokens.length) * 0.6) + 2)
    })
    if (!middle) return null
  }
  const changes: Change[] = head ? [{ count: head }, ...middle] : middle
  if (tail) changes.push({ count: tail })
  return changes
}

/// Word-level edits between two texts of a paragraph, using jsdiff on words, punctuation
/// and spaces as tokens. Spaces compare equal to spaces, so re-spacing alone is no change.
/// Changes separated by nothing but spaces, punctuation or a single word are told as one
/// edit, as a drafter would write them.
export function diffParagraphWords(oldText: string, newText: string): WordDiff {
  const { prefix, suffix } = commonEnds(oldText, newText)
  const oldTokens = tokenizeWords(oldText.slice(prefix, oldText.length - suffix))
  const newTokens = tokenizeWords(newText.slice(prefix, newText.length - suffix))
  const changes = diffTokens(oldTokens, newTokens)
  if (!changes) return wholeReplacement(oldText, newText)
  const oldMeasured = measure(oldTokens), newMeasured = measure(newTokens)
  const runs: Run[] = []
  let oldPos = 0, newPos = 0
  for (const change of changes) {
    const last = runs[runs.length - 1]
    if (!change.added && !change.removed) {
      runs.push({ common: true, oldFrom: oldPos, oldTo: oldPos += change.count, newFrom: newPos, newTo: newPos += change.count })
    } else {
      const run = last && !last.common ? last : { common: false, oldFrom: oldPos, oldTo: oldPos, newFrom: newPos, newTo: newPos }
      if (run !== last) runs.push(run)
      if (change.removed) run.oldTo = oldPos += change.count
      else run.newTo = newPos += change.count
    }
  }
  const edits: WordEdit[] = []
  let changed = 0
  for (const run of mergeCloseChanges(runs, oldTokens)) {
    const removed = oldMeasured.visible[run.oldTo] - oldMeasured.visible[run.oldFrom]
    const added = newMeasured.visible[run.newTo] - newMeasured.visible[run.newFrom]
    if (run.common || !(removed + added)) continue
    changed += removed + added
    edits.push({
      op: removed === 0 ? 'insert' : added === 0 ? 'delete' : 'replace',
      from: prefix + oldMeasured.start[run.oldFrom], to: prefix + oldMeasured.start[run.oldTo],
      newFrom: prefix + newMeasured.start[run.newFrom], newTo: prefix + newMeasured.start[run.newTo]
    })
  }
  // Too heavy when the changed characters exceed the share of both texts' visible ones.
  // Outside the stretch the two texts are the same, so that holds when the common ends
  // have fewer visible characters than `common`: found without counting whole paragraphs
  // again at every keystroke.
  const common = (changed / rewriteShare - oldMeasured.visible[oldTokens.length] - newMeasured.visible[newTokens.length]) / 2
  const heavy = !visibleOutside(oldText, prefix, oldText.length - suffix, common)
  if (edits.length > maxEdits || heavy) {
    return wholeReplacement(oldText, newText)
  }
  return { rewritten: false, edits }
}

/// Fold a common run into the changes around it when it holds at most one word and no
/// quotation mark (`joinable`).
function mergeCloseChanges(runs: readonly Run[], oldTokens: readonly string[]): Run[] {
  const out: Run[] = []
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]
    const prev = out[out.length - 1], next = runs[i + 1]
    if (run.common && prev && !prev.common && next && !next.common && joinable(oldTokens, run.oldFrom, run.oldTo)) {
      out[out.length - 1] = { common: false, oldFrom: prev.oldFrom, oldTo: next.oldTo, newFrom: prev.newFrom, newTo: next.newTo }
      i++
    } else {
      out.push(run)
    }
  }
  return out
}

/// Whether tokens `from`…`to` hold at most one word and no double quotation mark: changes
/// on both sides of a quotation mark stay apart, as one edit would quote the mark alone
/// (“replace the words “Levant” (ISIL/Da’esh), including” …”, which a reader takes to
/// end at it).
function joinable(tokens: readonly string[], from: number, to: number): boolean {
  let words = 0
  for (let i = from; i < to && words <= 1; i++) {
    if (isWord(tokens[i])) words++
    else if (quotationMark.test(tokens[i])) return false
  }
  return words <= 1
}
