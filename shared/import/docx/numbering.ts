import { toLetter, toRoman } from '../../schema'
import { childNamed, childrenNamed, descendantsNamed, type XmlElement } from './xml'

interface Level { format: string, text: string, start: number }

/// The list definitions of a .docx (word/numbering.xml, ECMA-376 17.9): for each list
/// (`w:num`), the levels of its abstract definition with any start overrides.
export class WordNumbering {
  private readonly abstracts = new Map<string, Level[]>()
  private readonly nums = new Map<string, { abstract: string, starts: Map<number, number> }>()

  constructor(numbering: XmlElement | undefined) {
    if (!numbering) return
    for (const a of childrenNamed(numbering, 'w:abstractNum')) {
      const levels: Level[] = []
      for (const lvl of childrenNamed(a, 'w:lvl')) {
        const ilvl = Number(lvl.attrs['w:ilvl'] ?? 0)
        levels[ilvl] = {
          format: childNamed(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
          text: childNamed(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
          start: Number(childNamed(lvl, 'w:start')?.attrs['w:val'] ?? 1)
        }
      }
      this.abstracts.set(a.attrs['w:abstractNumId'], levels)
    }
    for (const num of childrenNamed(numbering, 'w:num')) {
      const starts = new Map<number, number>()
      for (const o of childrenNamed(num, 'w:lvlOverride')) {
        const start = childNamed(o, 'w:startOverride')
        if (start) starts.set(Number(o.attrs['w:ilvl'] ?? 0), Number(start.attrs['w:val']))
      }
      this.nums.set(num.attrs['w:numId'], { abstract: childNamed(num, 'w:abstractNumId')?.attrs['w:val'] ?? '', starts })
    }
  }

  /// The numbers Word displays before each paragraph, `''` for one on no list: each
  /// list's counters run on over its paragraphs, a level restarts after any higher one,
  /// and lists that share an abstract definition without start overrides share counters.
  displayNumbers(paragraphs: ReadonlyArray<{ numId: string | null, ilvl: number }>): string[] {
    const counters = new Map<string, number[]>()
    return paragraphs.map(({ numId, ilvl }) => {
      const num = numId ? this.nums.get(numId) : undefined
      const levels = num && this.abstracts.get(num.abstract)
      const level = levels?.[ilvl]
      if (!num || !levels || !level) return ''
      const key = num.starts.size ? `num:${numId}` : `abstract:${num.abstract}`
      const start = (l: number) => num.starts.get(l) ?? levels[l]?.start ?? 1
      let values = counters.get(key)
      if (!values) counters.set(key, values = [])
      values[ilvl] = values[ilvl] === undefined ? start(ilvl) : values[ilvl] + 1
      values.length = ilvl + 1
      if (level.format === 'none') return ''
      if (level.format === 'bullet') return level.text
      return level.text.replace(/%([1-9])/g, (_, k: string) => {
        const l = Number(k) - 1
        return formatNumber(values![l] ?? start(l), levels[l]?.format ?? 'decimal')
      })
    })
  }
}

/// A counter in a Word number format (ECMA-376 17.18.59), the common ones.
function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return toLetter(n)
    case 'upperLetter': return toLetter(n).toUpperCase()
    case 'lowerRoman': return toRoman(n)
    case 'upperRoman': return toRoman(n).toUpperCase()
    default: return String(n)
  }
}

/// The list of each paragraph style that has one (`w:numPr` in its `w:pPr`), following
/// `w:basedOn`.
export function styleNumbering(styles: XmlElement | undefined): (style: string) => { numId: string, ilvl: number } | null {
  const byId = new Map<string, XmlElement>()
  for (const s of styles ? childrenNamed(styles, 'w:style') : []) byId.set(s.attrs['w:styleId'], s)
  const cache = new Map<string, { numId: string, ilvl: number } | null>()
  const find = (id: string, depth: number): { numId: string, ilvl: number } | null => {
    if (cache.has(id)) return cache.get(id)!
    const style = byId.get(id)
    if (!style || depth > 20) return null
    const numPr = descendantsNamed(style, 'w:numPr')[0]
    const numId = numPr && childNamed(numPr, 'w:numId')?.attrs['w:val']
    const found = numId ? { numId, ilvl: Number(childNamed(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0) }
      : find(childNamed(style, 'w:basedOn')?.attrs['w:val'] ?? '', depth + 1)
    cache.set(id, found)
    return found
  }
  return id => id ? find(id, 0) : null
}
