import { isSpace, isWord, tokenizeWords } from './tokens'
import type { WordDiff } from './wordDiff'

/// A word edit as a reader of an amendment needs it: the words removed (`old`) and
/// added (`text`), and, where the words alone do not say where in the paragraph the
/// edit falls, the words just before it (`before`) or, at the start of the paragraph,
/// just after it (`after`). This is the edit shape of `penholder compare --json`.
export interface PlacedEdit {
  op: 'insert' | 'delete' | 'replace'
  text?: string
  old?: string
  before?: string
  after?: string
}

const wordChar = /[\p{L}\p{N}\p{M}]/u

/// How often `needle` occurs in `text` as whole words.
export function occurrences(text: string, needle: string): number {
  if (!needle) return 0
  let count = 0
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const startsClean = !wordChar.test(needle[0]) || at === 0 || !wordChar.test(text[at - 1])
    const end = at + needle.length
    const endsClean = !wordChar.test(needle[needle.length - 1]) || end === text.length || !wordChar.test(text[end])
    if (startsClean && endsClean) count++
  }
  return count
}

interface Token { text: string, from: number, to: number }

function tokensOf(text: string): Token[] {
  const tokens: Token[] = []
  let pos = 0
  for (const t of tokenizeWords(text)) { tokens.push({ text: t, from: pos, to: pos + t.length }); pos += t.length }
  return tokens
}

/// The shortest run of words ending at `pos` that, followed by `tail`, occurs once in
/// the paragraph; null when no word precedes `pos`.
function contextBefore(text: string, tokens: readonly Token[], pos: number, tail: string): string | null {
  let k = tokens.length - 1
  while (k >= 0 && tokens[k].to > pos) k--
  let words = 0
  for (let start = k; start >= 0; start--) {
    if (isSpace(tokens[start].text)) continue
    if (isWord(tokens[start].text)) words++
    if (!words) continue
    const context = text.slice(tokens[start].from, pos).trimEnd()
    const gap = text.slice(tokens[start].from + context.length, pos)
    if (start === 0 || occurrences(text, context + gap + tail) === 1) return context
  }
  return null
}

/// The shortest run of words starting at `pos` that, preceded by `head`, occurs once.
function contextAfter(text: string, tokens: readonly Token[], pos: number, head: string): string | null {
  let k = 0
  while (k < tokens.length && tokens[k].from < pos) k++
  let words = 0
  for (let end = k; end < tokens.length; end++) {
    if (isSpace(tokens[end].text)) continue
    if (isWord(tokens[end].text)) words++
    if (!words) continue
    const context = text.slice(pos, tokens[end].to).trimStart()
    const gap = text.slice(pos, tokens[end].to - context.length)
    if (end === tokens.length - 1 || occurrences(text, head + gap + context) === 1) return context
  }
  return null
}

/// The edits of a modified paragraph, quoted and placed. Words removed that occur only
/// once in the paragraph place themselves; otherwise, and for every insertion, the
/// fewest neighbouring words that make the place unique are quoted with them.
export function placeEdits(oldText: string, newText: string, words: WordDiff): PlacedEdit[] {
  if (words.rewritten) return [{ op: 'replace', old: oldText.trim(), text: newText.trim() }]
  const tokens = tokensOf(oldText)
  return words.edits.map(edit => {
    const old = oldText.slice(edit.from, edit.to).trim()
    const text = newText.slice(edit.newFrom, edit.newTo).trim()
    const words = { ...(edit.op !== 'insert' && { old }), ...(edit.op !== 'delete' && { text }) }
    if (edit.op !== 'insert' && occurrences(oldText, old) === 1) return { op: edit.op, ...words }
    const oldStart = edit.from + (oldText.slice(edit.from, edit.to).length - oldText.slice(edit.from, edit.to).trimStart().length)
    const before = contextBefore(oldText, tokens, oldStart, old)
    if (before != null) return { op: edit.op, before, ...words }
    const after = contextAfter(oldText, tokens, oldStart + old.length, old)
    return after != null ? { op: edit.op, after, ...words } : { op: edit.op, ...words }
  })
}
