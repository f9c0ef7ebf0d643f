import type { Node } from 'prosemirror-model'
import { paragraphKind, type ParagraphKind, type ListStyle } from './schema'
import { forEachParagraph } from './draft'
import type { DocumentPart } from './parts'
import type { Language } from './meta'

/// Where a paragraph stands in the numbering. Numbers are derived from the order of the
/// paragraphs every time, never stored, so they cannot go stale.
export interface ParagraphLabel {
  pid: string
  kind: ParagraphKind
  /// Position of the paragraph node in the document.
  pos: number
  /// Negotiators' name for the paragraph (cli.md, "Paragraph labels"): `PP3`, `OP12`,
  /// `OP12(a)(ii)`, `OP1(i)` in a list that opens with (i); in an annex `A1.3`,
  /// `A1.13(b)`, and `A1.P4` for its fourth unnumbered paragraph.
  label: string
  /// The number as printed before the text: `12.`, `(a)`, `(ii)`, `a.`, `i.`, or empty
  /// for PPs, unnumbered annex paragraphs and a lone OP.
  number: string
  /// 1-based index among the paragraphs of its kind in its part (the OP's number, which
  /// counts from the operative part's `start`), or within its parent at its level for a
  /// subparagraph.
  index: number
  level: number
  /// The part it stands in: `preamble`, `operative` or `annex`.
  part: DocumentPart['kind']
  /// The annex's 1-based number, 0 in the body.
  annex: number
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

/// The style a level numbers in by default: letters at odd levels, roman numerals at
/// even ones (UN editorial practice: `(a)`, `(i)`, `a.`, `i.`).
export function defaultListStyle(level: number): ListStyle {
  return level % 2 === 1 ? 'letter' : 'roman'
}

/// The core of a marker, without its brackets: `b`, `ii`, `2`.
export function markerCore(index: number, style: ListStyle): string {
  return style === 'letter' ? toLetter(index) : style === 'roman' ? toRoman(index) : String(index)
}

/// The subparagraph marker at a level: `(a)`/`(i)`/`a.`/`i.` in English, `a)`/`i)` in
/// French and Spanish; `style` overrides the level's letters or numerals.
export function subparagraphNumber(level: number, index: number, lang: Language = 'en', style: ListStyle | null = null): string {
  const core = markerCore(index, style ?? defaultListStyle(level))
  if (level >= 3) return core + '.'
  return lang === 'en' ? `(${core})` : `${core})`
}

/// The name of an annex in labels: `A1`, `A2`.
export function annexLabel(annex: number): string {
  return `A${annex}`
}

const annexWord: Record<Language, string> = { en: 'Annex', fr: 'Annexe', es: 'Anexo' }

/// The caption printed above an annex's title: `Annex` when the document has one annex,
/// `Annex I`, `Annex II`… when it has several (`Annexe` in French, `Anexo` in Spanish).
export function annexCaption(annex: number, annexCount: number, lang: Language = 'en'): string {
  const word = annexWord[lang] ?? annexWord.en
  return annexCount > 1 ? `${word} ${toRoman(annex).toUpperCase()}` : word
}

/// Label every paragraph of a document in order: the body, then each annex.
export function labelParagraphs(doc: Node): ParagraphLabel[] {
  const lang = (doc.firstChild!.attrs.lang ?? 'en') as Language
  const start: number = doc.child(3).attrs.start ?? 1
  let operativeCount = 0
  doc.child(3).forEach(n => { if (n.type.name === 'operative_paragraph') operativeCount++ })
  const loneOp = operativeCount === 1 && start === 1
  const labels: ParagraphLabel[] = []
  let currentPart: Node | null = null
  let numbered = 0, unnumbered = 0
  let parent = ''
  const counters = [0, 0, 0, 0, 0]
  const trail: string[] = []
  forEachParagraph(doc, (node, pos, part) => {
    if (part.node !== currentPart) {
      currentPart = part.node
      numbered = part.kind === 'operative' ? start - 1 : 0
      unnumbered = 0
      parent = ''
    }
    const kind = paragraphKind(node)!
    const pid = node.attrs.pid as string
    const where = { part: part.kind, annex: part.annex }
    if (kind === 'sub') {
      const level: number = node.attrs.level
      counters[level]++
      for (let l = level + 1; l < counters.length; l++) counters[l] = 0
      trail.length = level - 1
      const index = counters[level]
      const style: ListStyle | null = node.attrs.listStyle ?? null
      trail.push(markerCore(index, style ?? defaultListStyle(level)))
      labels.push({
        pid, kind, pos, level, index, ...where,
        label: parent + trail.map(t => `(${t})`).join(''),
        number: subparagraphNumber(level, index, lang, style)
      })
      return
    }
    counters.fill(0)
    trail.length = 0
    const index = kind === 'pp' ? ++unnumbered : ++numbered
    let number = ''
    if (part.kind === 'annex') {
      parent = `${annexLabel(part.annex)}.${kind === 'pp' ? 'P' : ''}${index}`
      if (kind === 'op') number = `${index}.`
    } else {
      parent = (kind === 'pp' ? 'PP' : 'OP') + index
      if (kind === 'op' && !loneOp) number = `${index}.`
    }
    labels.push({ pid, kind, pos, level: 0, index, ...where, label: parent, number })
  })
  return labels
}
