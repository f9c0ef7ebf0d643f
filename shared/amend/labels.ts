import { toRoman } from '../schema'

/// Paragraph labels taken apart and put together again (docs/cli.md, “Paragraph labels”):
/// `PP3`, `OP12(a)(ii)` in the body; `A1.13(b)` for a numbered paragraph of an annex and
/// `A1.P4` for its fourth unnumbered one.
export interface LabelParts {
  /// The annex's 1-based number, 0 in the body.
  readonly annex: number
  /// `pp` for a preambular or an unnumbered annex paragraph, `op` for a numbered one.
  readonly part: 'pp' | 'op'
  readonly n: number
  /// Subparagraph numbers, outermost first: `['a', 'ii']`.
  readonly trail: readonly string[]
}

const labelPattern = /^(?:(PP|OP)|A(\d+)\.(P?))(\d+)((?:\([^)]*\))*)$/

/// The parts of a label. Throws a RangeError for anything else.
export function parseLabel(label: string): LabelParts {
  const m = labelPattern.exec(label)
  if (!m) throw new RangeError(`Not a paragraph label: ${label}`)
  const annex = m[2] ? Number(m[2]) : 0
  const part = annex ? (m[3] ? 'pp' : 'op') : m[1] === 'PP' ? 'pp' : 'op'
  return { annex, part, n: Number(m[4]), trail: m[5].match(/[^()]+/g) ?? [] }
}

/// The label of parts: the inverse of `parseLabel`.
export function formatLabel(p: LabelParts): string {
  const head = p.annex ? `A${p.annex}.${p.part === 'pp' ? 'P' : ''}${p.n}` : `${p.part === 'pp' ? 'PP' : 'OP'}${p.n}`
  return head + p.trail.map(t => `(${t})`).join('')
}

/// The label of the paragraph a subparagraph belongs to (one level up).
export const parentLabel = (label: string) => label.replace(/\([^)]*\)$/, '')

/// The annex a label names a paragraph or a section heading of, 0 for the body.
export const annexOfLabel = (label: string) => headingOfLabel(label)?.annex ?? parseLabel(label).annex

/// How many levels of subparagraph a label goes down: 0 for a paragraph.
export const levelOfLabel = (label: string) => parseLabel(label).trail.length

/// The label of a title (docs/cli.md, “Paragraph labels”): `title` for the document's,
/// `A1.title` for an annex's. A title is amended in its words or replaced like a
/// paragraph, never deleted, moved or named as a place.
export const titleLabel = (annex: number) => annex ? `A${annex}.title` : 'title'

/// The annex whose title a label names (0: the document's title), or null for a
/// paragraph's label.
export function titleOfLabel(label: string): number | null {
  const m = /^(?:A(\d+)\.)?title$/.exec(label)
  return m ? (m[1] ? Number(m[1]) : 0) : null
}

/// The label an amendment names a section heading by, in the text as tabled: its number as
/// printed, `section II` in the operative part, `A1.section II` in annex 1; with `fresh`, a
/// heading the list itself inserts, by its number as amended (`new section III`).
/// Amendments name a section by its number (“In the heading of section II”), never by its
/// place.
/// A heading's or label's words with their spaces run together, as headings compare
/// (titles.ts, `sameHeadingWords`): the one form keys, labels and blame are built on.
export const collapseSpaces = (text: string) => text.replace(/\s+/g, ' ').trim()

/// The place of a section heading among its part's headings, from its label (`S2`,
/// `A1.S2` give 2), as sectionHeadings.ts builds the labels.
export const headingOrdinal = (label: string) => Number(label.slice(label.lastIndexOf('S') + 1))

export const headingLabel = (annex: number, number: string, fresh = false) => `${annex ? `A${annex}.` : ''}${fresh ? 'new ' : ''}section ${number}`

/// The label an amendment names an unnumbered section heading by (a subheading, as the
/// annex of A/RES/80/3 has two): no number names it, so its words as tabled and its place,
/// the first paragraph that follows it in its part as tabled (`before`, a paragraph's
/// label), or the end of its part (null): `heading “Prevention” before OP5`,
/// `A1.heading “Prevention” at the end`. Words: spaces run together, as headings compare
/// (titles.ts, `sameHeadingWords`).
export const subheadingLabel = (annex: number, words: string, before: string | null) =>
  `${annex ? `A${annex}.` : ''}heading “${collapseSpaces(words)}” ${before ? `before ${before}` : 'at the end'}`

/// The label of an unnumbered heading the list itself inserts, by its words alone (no
/// tabled place names it): `new heading “Accountability”`, as a numbered one is `new
/// section III`. Paragraphs placed under it name it: “Under the new heading “…”, insert …”.
export const newSubheadingLabel = (annex: number, words: string) => `${annex ? `A${annex}.` : ''}new heading “${collapseSpaces(words)}”`

/// What a label naming a section heading says: its annex and printed number, whether the
/// list inserts it (`fresh`); for an unnumbered heading (`subheadingLabel`) an empty
/// number, its `words` and the paragraph it precedes (`before`, null at the end of its
/// part). Null for any other label.
export function headingOfLabel(label: string): { annex: number, number: string, fresh: boolean, words?: string, before?: string | null } | null {
  const m = /^(?:A(\d+)\.)?(new )?section (.+)$/.exec(label)
  if (m) return { annex: m[1] ? Number(m[1]) : 0, number: m[3], fresh: !!m[2] }
  const sub = /^(?:A(\d+)\.)?(?:new heading “(.*)”|heading “(.*)” (?:before (\S+)|at the end))$/s.exec(label)
  return sub ? { annex: sub[1] ? Number(sub[1]) : 0, number: '', fresh: sub[2] != null, words: sub[2] ?? sub[3], before: sub[4] ?? null } : null
}

/// Whether a label names words that stand in no part (a title, a section heading): they
/// are amended in their words or replaced, never deleted, moved or named as a place.
export const namesHeadingWords = (label: string) => titleOfLabel(label) != null || headingOfLabel(label) != null

/// Readable names of labels for refusals: `operative paragraph 12 (a)`.
export function paragraphName(label: string): string {
  const title = titleOfLabel(label)
  if (title != null) return title ? `the title of annex ${toRoman(title).toUpperCase()}` : 'the title'
  const heading = headingOfLabel(label)
  if (heading?.words != null && heading.fresh) return `the new heading “${heading.words}”${heading.annex ? ` of annex ${toRoman(heading.annex).toUpperCase()}` : ''}`
  if (heading?.words != null) return `the heading “${heading.words}” ${heading.before ? `preceding ${paragraphName(heading.before)}` : `at the end of ${heading.annex ? `annex ${toRoman(heading.annex).toUpperCase()}` : 'the operative part'}`}`
  if (heading) return `the heading of ${heading.fresh ? 'the new ' : ''}section ${heading.number}${heading.annex ? ` of annex ${toRoman(heading.annex).toUpperCase()}` : ''}`
  const annexed = /^A(\d+)\.(P?)(\d+)(.*)$/.exec(label)
  if (annexed) {
    const subs = (annexed[4].match(/\(([^)]*)\)/g) ?? []).join(' ')
    return `${annexed[2] ? 'unnumbered paragraph' : 'paragraph'} ${annexed[3]}${subs ? ' ' + subs : ''} of annex ${toRoman(Number(annexed[1])).toUpperCase()}`
  }
  const m = /^(PP|OP)(\d+)(.*)$/.exec(label)
  if (!m) return label
  const subs = (m[3].match(/\(([^)]*)\)/g) ?? []).join(' ')
  return `${m[1] === 'PP' ? 'preambular' : 'operative'} paragraph ${m[2]}${subs ? ' ' + subs : ''}`
}
