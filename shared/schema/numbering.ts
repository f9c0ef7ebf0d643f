import type { Node } from 'prosemirror-model'
import { paragraphKind, type ParagraphKind } from './schema'
import { forEachParagraph } from './draft'
import type { Language } from './meta'

/// Where a paragraph stands in the numbering. Numbers are derived from the order of the
/// paragraphs every time, never stored, so they cannot go stale.
export interface ParagraphLabel {
  pid: string
  kind: ParagraphKind
  /// Position of the paragraph node in the document.
  pos: number
  /// Negotiators' name for the paragraph: `PP3`, `OP12`, `OP12(a)(ii)`.
  label: string
  /// The number as printed before the text: `12.`, `(a)`, `(ii)`, `a.`, `i.`, or empty
  /// for PPs and for a lone OP.
  number: string
  /// 1-based index among the paragraphs of its kind (PP or OP), or within its parent at
  /// its level for a subparagraph.
  index: number
  level: number
}

const romanTable: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']
]

export function toRoman(n: number): string {
  let out = ''
  for (const [value, numeral] of romanTable) while (n >= value) { out += numeral; n -= value }
  return out
}

/// a … z, then aa, bb, … as UN texts continue past (z).
export function toLetter(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26))
  return letter.repeat(Math.floor((n - 1) / 26) + 1)
}

/// The subparagraph marker at a level: `(a)`/`(i)`/`a.`/`i.` in English, `a)`/`i)` in
/// French and Spanish.
export function subparagraphNumber(level: number, index: number, lang: Language = 'en'): string {
  const core = level % 2 === 1 ? toLetter(index) : toRoman(index)
  if (level >= 3) return core + '.'
  return lang === 'en' ? `(${core})` : `${core})`
}

/// Label every paragraph of a document in order.
export function labelParagraphs(doc: Node): ParagraphLabel[] {
  const lang = (doc.firstChild!.attrs.lang ?? 'en') as Language
  const labels: ParagraphLabel[] = []
  let pp = 0, op = 0
  let operativeCount = 0
  doc.child(3).forEach(n => { if (n.type.name === 'operative_paragraph') operativeCount++ })
  let parent = ''
  const counters = [0, 0, 0, 0, 0]
  const trail: string[] = []
  forEachParagraph(doc, (node, pos) => {
    const kind = paragraphKind(node)!
    const pid = node.attrs.pid as string
    if (kind === 'sub') {
      const level: number = node.attrs.level
      counters[level]++
      for (let l = level + 1; l < counters.length; l++) counters[l] = 0
      trail.length = level - 1
      const index = counters[level]
      trail.push(level % 2 === 1 ? toLetter(index) : toRoman(index))
      labels.push({
        pid, kind, pos, level, index,
        label: parent + trail.map(t => `(${t})`).join(''),
        number: subparagraphNumber(level, index, lang)
      })
      return
    }
    counters.fill(0)
    trail.length = 0
    const index = kind === 'pp' ? ++pp : ++op
    parent = (kind === 'pp' ? 'PP' : 'OP') + index
    labels.push({
      pid, kind, pos, level: 0, index, label: parent,
      number: kind === 'op' && operativeCount > 1 ? `${index}.` : ''
    })
  })
  return labels
}
