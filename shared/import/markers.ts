import type { ListStyle } from '../schema'

/// The number or letter that opens a paragraph in a text: `1.` for an operative
/// paragraph; `(a)`, `(i)` (English) or `a)`, `i)` (French, Spanish) for subparagraphs of
/// levels 1 and 2; `a.`, `i.` for levels 3 and 4; and the negotiation labels that drafts
/// circulate with, `PP3.` and `OP12.`, which say the kind and are not part of the text.
/// PDF copies often lose the space after a marker (`8.Calls upon`): a capital letter right
/// after it counts as the gap.
export type Marker =
  | { kind: 'op' | 'pp', number: number, length: number }
  | { kind: 'sub', token: string, style: 'paren' | 'close' | 'dot', length: number }

const gap = '(?:[\\t \\u00a0]+|(?=\\p{Lu}))'
const opMarker = new RegExp(`^(\\d{1,3})\\.${gap}`, 'u')
const label = new RegExp(`^(PP|OP)[ \\u00a0]?(\\d{1,3})[.:)]?${gap}`, 'u')
const parenMarker = new RegExp(`^\\(([a-z]{1,3}|[ivxlc]{1,7})\\)${gap}`, 'u')
const closeMarker = new RegExp(`^([a-z]{1,3}|[ivxlc]{1,7})\\)${gap}`, 'u')
const dotMarker = new RegExp(`^([a-z]|[ivx]{1,5})\\.${gap}`, 'u')

export function readMarker(text: string): Marker | null {
  let m = opMarker.exec(text)
  if (m) return { kind: 'op', number: Number(m[1]), length: m[0].length }
  if ((m = label.exec(text))) return { kind: m[1] === 'PP' ? 'pp' : 'op', number: Number(m[2]), length: m[0].length }
  if ((m = parenMarker.exec(text))) return { kind: 'sub', token: m[1], style: 'paren', length: m[0].length }
  if ((m = closeMarker.exec(text))) return { kind: 'sub', token: m[1], style: 'close', length: m[0].length }
  if ((m = dotMarker.exec(text))) return { kind: 'sub', token: m[1], style: 'dot', length: m[0].length }
  return null
}

/// Whether a line is a marker and nothing else, as when a PDF copy puts each paragraph
/// number on a line of its own (`1.` ⏎ `Urges …`): the paragraph's text follows on the
/// next line.
export function isBareMarker(text: string): boolean {
  const marker = readMarker(text + ' ')
  return marker !== null && marker.length === text.length + 1
}

/// `a` → 1, `z` → 26, `aa` → 27: the index of a letter marker, or null.
export function letterIndex(token: string): number | null {
  if (!/^([a-z])\1{0,2}$/.test(token)) return null
  return (token.length - 1) * 26 + token.charCodeAt(0) - 96
}

const romanValues: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 }

/// `iv` → 4: the value of a well-formed lower-case roman numeral, or null.
export function romanValue(token: string): number | null {
  if (!/^(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/.test(token) || !token) return null
  let total = 0
  for (let i = 0; i < token.length; i++) {
    const v = romanValues[token[i]], next = romanValues[token[i + 1]] ?? 0
    total += v < next ? -v : v
  }
  return total
}

/// Decides the level of each subparagraph marker from the ones before it. `(i)` is the
/// ninth letter after `(h)` but the first roman numeral under a lead-in ending with a
/// colon; `a.` and `i.` only count as markers inside a level-2 list. A first-level list
/// that opens with `(i)` (S/RES/242 (1967), OP1) is a roman list: its items go on `(ii)`,
/// `(iii)`, and letters under them are the second level. `styleOf` tells such lists.
export class SubparagraphLevels {
  private counters = [0, 0, 0, 0, 0]
  private romanFirst = false
  private level = 0

  /// A new PP or OP starts: its subparagraphs count from the start.
  reset(): void {
    this.counters.fill(0)
    this.level = 0
    this.romanFirst = false
  }

  /// The marker style of the list at `level` where it is not the level's default
  /// (`roman` at level 1 and `letter` at level 2 in a roman-first list), else null.
  styleOf(level: number): ListStyle | null {
    if (!this.romanFirst) return null
    return level === 1 ? 'roman' : level === 2 ? 'letter' : null
  }

  /// How many items the list at `level` has had so far.
  counter(level: number): number {
    return this.counters[level]
  }

  /// The level of an item whose marker a text extraction lost (its list kept the other
  /// markers, or none): the first item of a new list one level down after a lead-in
  /// ending with a colon, else the next item at the current level.
  levelOfUnmarked(afterColon: boolean): number {
    const level = afterColon || !this.level ? Math.min(this.level + 1, this.counters.length - 1) : this.level
    this.counters[level] = afterColon ? 1 : this.counters[level] + 1
    for (let l = level + 1; l < this.counters.length; l++) this.counters[l] = 0
    this.level = level
    return level
  }

  /// The level of a marker, given whether the text before it ends with a colon, or null
  /// when the marker cannot be a subparagraph here.
  levelOf(marker: Extract<Marker, { kind: 'sub' }>, afterColon: boolean): number | null {
    const letter = letterIndex(marker.token), roman = romanValue(marker.token)
    const c = this.counters
    let level: number | null = null
    let index = 0
    if (marker.style === 'dot') {
      if (this.level >= 3 && roman !== null && (roman === c[4] + 1 || (roman === 1 && afterColon))) { level = 4; index = roman }
      else if (this.level >= 2 && letter !== null && (letter === c[3] + 1 || letter === 1)) { level = 3; index = letter }
      else return null
    } else if (this.level === 0 && roman === 1 && letter !== 1) {
      this.romanFirst = true
      level = 1; index = 1
    } else if (this.romanFirst) {
      if (roman !== null && roman === c[1] + 1) { level = 1; index = roman }
      else if (letter !== null && (letter === c[2] + 1 || letter === 1)) { level = 2; index = letter }
      else return null
    } else {
      const letterNext = letter !== null && letter === c[1] + 1
      const romanNext = roman !== null && this.level >= 1 && (roman === c[2] + 1 && this.level >= 2 || roman === 1)
      if (romanNext && (!letterNext || afterColon)) { level = 2; index = roman! }
      else if (letter !== null) { level = 1; index = letter }
      else if (roman !== null && this.level >= 1) { level = 2; index = roman }
      else return null
    }
    c[level] = index
    for (let l = level + 1; l < c.length; l++) c[l] = 0
    this.level = level
    return level
  }
}
