import type { ParagraphKind } from '../schema'
import type { TextEdit } from './textEdits'

/// Amendments as data, between the diff that finds them, the wording that tells them and
/// the reader that applies them. Paragraphs are named by their labels in the text as
/// tabled (`PP3`, `OP12`, `OP12(a)(ii)`): every number refers to that text, never to the
/// state another amendment leaves (un-resolution-style.md, “How amendments are worded”).

/// Where a paragraph goes. `after` a paragraph puts it after that paragraph's
/// subparagraphs and after what earlier amendments already put there; `before` puts it
/// just before. `first`/`last` of a part (`pp`, `op`; with `annex`, of that annex, where
/// `part` is the kind of the paragraph placed) or, with `parent`, among the subparagraphs
/// of that paragraph. `section`: at the end of the section headed `section` (its number as
/// printed, `II`) of the operative part or of `annex`, after what earlier amendments put
/// there — “Under section II, insert …”, for a section none of whose tabled paragraphs
/// stays to name the place; with `fresh`, the section a heading this list inserts heads,
/// named by its number as amended (“Under the new section III, insert …”); with
/// `heading`, the section under an unnumbered heading, named by its label (labels.ts,
/// `subheadingLabel`; `section` empty): “Under the heading “Prevention” preceding operative
/// paragraph 7, insert …”.
export type Placement =
  | { readonly where: 'after' | 'before', readonly label: string, readonly parent?: undefined, readonly annex?: undefined }
  | { readonly where: 'first' | 'last', readonly part: 'pp' | 'op', readonly annex?: number, readonly parent?: undefined }
  | { readonly where: 'first' | 'last', readonly parent: string, readonly annex?: undefined }
  | { readonly where: 'section', readonly section: string, readonly annex?: number, readonly fresh?: boolean, readonly heading?: string, readonly parent?: undefined }

/// Where a section heading goes: before a paragraph (a PP or OP, never a subparagraph),
/// after the headings standing before it; before a heading (`label` a heading's, labels.ts:
/// `section III`), for one that goes in front of a heading standing before the same
/// paragraph; or at the end of the operative part or of an annex.
export type HeadingPlacement =
  | { readonly where: 'before', readonly label: string, readonly parent?: undefined, readonly annex?: undefined }
  | { readonly where: 'last', readonly part: 'op', readonly annex?: number, readonly parent?: undefined }

/// A paragraph an amendment brings in; `level` 0 for a PP or OP. `text` has a footnote
/// mark (U+FFFC) where each reference stands, `notes` the note of each, in order.
export interface NewParagraph {
  readonly kind: ParagraphKind
  readonly level: number
  readonly text: string
  readonly notes?: readonly string[]
}

export type Operation =
  | { readonly kind: 'edit', readonly label: string, readonly edits: readonly TextEdit[] }
  /// The paragraph's words replaced whole, with the notes of the references in `text`; a
  /// section heading's with `number`, the number it is given (“… to read as follows:
  /// “IV. Protection””). With `subparagraphs`, the paragraph was set out with its
  /// subparagraphs (“Paragraph 3 should read:” followed by the lead-in and (a), (b) …:
  /// A/HRC/14/L.21): every subparagraph under it as tabled is replaced by these.
  | { readonly kind: 'replace', readonly label: string, readonly text: string, readonly notes?: readonly string[], readonly number?: string, readonly subparagraphs?: readonly NewParagraph[] }
  | { readonly kind: 'delete', readonly label: string }
  | { readonly kind: 'insert', readonly at: Placement, readonly paragraphs: readonly NewParagraph[] }
  | { readonly kind: 'move', readonly label: string, readonly to: Placement }
  /// A section heading put in (`number` as printed, maybe empty, and its words) before a
  /// paragraph (`at` `before` a PP's or OP's label), or at the end of the operative part
  /// or of an annex (`at` `last`): “Before operative paragraph 5, insert the following
  /// heading: “III. Prevention””. The paragraphs from there to the next heading are its
  /// section.
  | { readonly kind: 'insertHeading', readonly at: HeadingPlacement, readonly number: string, readonly text: string, readonly notes?: readonly string[] }
  /// A section heading taken out (`label` `section II`): its paragraphs join the section before.
  | { readonly kind: 'deleteHeading', readonly label: string }
  /// A section taken out whole, its heading and every paragraph under it: “Delete section II”.
  | { readonly kind: 'deleteSection', readonly label: string }
  /// A section heading taken out and put in again at `to`, its words and number kept.
  | { readonly kind: 'moveHeading', readonly label: string, readonly to: HeadingPlacement }
  /// “Replace “Chornobyl” with “Chernobyl” in the title, the preambular paragraphs and
  /// the operative paragraphs” (A/80/L.35): every occurrence, as whole words, in the parts
  /// named (those of the body; `title`, the document's title).
  | { readonly kind: 'replaceEverywhere', readonly old: string, readonly text: string, readonly parts: readonly TextPart[] }
  /// “… so that the paragraph will read: …”: what the paragraph must read once amended,
  /// checked, never applied.
  | { readonly kind: 'check', readonly label: string, readonly text: string }

/// The parts of a text an amendment can name at once.
export type TextPart = 'title' | 'pp' | 'op'

/// One numbered amendment: one or more operations read and applied together.
export type AmendmentOperations = readonly Operation[]
