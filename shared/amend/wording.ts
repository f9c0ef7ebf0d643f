import { sectionText, subparagraphNumber, toRoman, withoutFootnoteMarks } from '../schema'
import { ordinal } from './ordinals'
import { annexOfLabel, formatLabel, headingOfLabel, namesHeadingWords, parentLabel, parseLabel, titleOfLabel, type LabelParts } from './labels'
import type { AmendmentOperations, HeadingPlacement, NewParagraph, Operation, Placement } from './operations'
import type { Quote, TextEdit } from './textEdits'
import { footnotesOf } from './placeEdits'

/// The two registers of amendment wording (un-resolution-style.md, “How amendments are
/// worded”): `negotiation` as delegates write them in informals, `official` as the
/// Secretariat issues them (ordinals for preambular paragraphs, “paragraph 4”, new text
/// set out as its own paragraph).
export type AmendmentStyle = 'negotiation' | 'official'
export const amendmentStyles: readonly AmendmentStyle[] = ['negotiation', 'official']

/// Wording in English or French; other languages get English.
export type WordingLanguage = 'en' | 'fr'

export interface WordingOptions {
  readonly style: AmendmentStyle
  readonly lang: WordingLanguage
  /// How many annexes the text has: one is “the annex”, several “annex II”.
  readonly annexes?: number
}

export const wordingLanguage = (lang: string | undefined): WordingLanguage => lang === 'fr' ? 'fr' : 'en'

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)
const nbsp = '\u00a0'

/// A name in French, with what its article needs: `le paragraphe 4`, `l’alinéa 3`.
interface FrenchName { elided: boolean, text: string }
const le = (x: FrenchName) => (x.elided ? 'l’' : 'le ') + x.text
const au = (x: FrenchName) => (x.elided ? 'à l’' : 'au ') + x.text
const du = (x: FrenchName) => (x.elided ? 'de l’' : 'du ') + x.text

/// What edits change, for “at the end of the …”.
type EditedWords = 'paragraph' | 'subparagraph' | 'title' | 'heading'

/// An amendment that cannot be worded so that it gives the text, with the reason in
/// words (`its footnote “…” follows no words …`).
export class UnwordableAmendment extends RangeError {}

/// Everything language- and register-dependent, for one list.
class Wording {
  /// `inline`: words put in whole are quoted in the official register too, for an
  /// operation that others follow in one amendment: set-out text ends an amendment, as
  /// readAmendments reads it.
  constructor(readonly o: WordingOptions, readonly inline = false) {}

  get fr() { return this.o.lang === 'fr' }
  get official() { return this.o.style === 'official' }

  /// Quoted words, without footnote reference marks: amendments quote words.
  quote(text: string): string {
    const words = withoutFootnoteMarks(text)
    return this.fr ? `«${nbsp}${words}${nbsp}»` : `“${words}”`
  }

  trail(trail: readonly string[]): string {
    return trail.map(t => this.fr ? `${t})` : `(${t})`).join(' ')
  }

  /// The PP or OP itself, without subparagraphs, as an English noun phrase.
  /// `the annex`, `annex II`; `l’annexe`, `l’annexe II`.
  private annexName(annex: number): string {
    const several = (this.o.annexes ?? 1) > 1
    return this.fr ? `l’annexe${several ? ' ' + toRoman(annex).toUpperCase() : ''}` : several ? `annex ${toRoman(annex).toUpperCase()}` : 'the annex'
  }

  private paragraphEn(p: LabelParts): string {
    if (p.annex) {
      const head = p.part === 'pp' ? `the ${ordinal(p.n, 'en')} unnumbered paragraph` : `paragraph ${p.n}`
      return `${head} of ${this.annexName(p.annex)}`
    }
    if (p.part === 'pp') return this.official ? `the ${ordinal(p.n, 'en')} preambular paragraph` : `preambular paragraph ${p.n}`
    return this.official ? `paragraph ${p.n}` : `operative paragraph ${p.n}`
  }

  private paragraphFr(p: LabelParts): FrenchName {
    if (p.annex) {
      const head = p.part === 'pp' ? `${ordinal(p.n, 'fr')} alinéa non numéroté` : `paragraphe ${p.n}`
      return { elided: false, text: `${head} de ${this.annexName(p.annex)}` }
    }
    if (p.part === 'pp') return this.official ? { elided: false, text: `${ordinal(p.n, 'fr')} alinéa du préambule` } : { elided: true, text: `alinéa ${p.n} du préambule` }
    return { elided: false, text: this.official ? `paragraphe ${p.n}` : `paragraphe ${p.n} du dispositif` }
  }

  /// A title's name: `the title`, `the title of the annex`, `the title of annex II`;
  /// `titre`, `titre de l’annexe II`.
  private titleName(annex: number): string {
    return annex ? `the title of ${this.annexName(annex)}` : 'the title'
  }

  private titleFr(annex: number): FrenchName {
    return { elided: false, text: annex ? `titre de ${this.annexName(annex)}` : 'titre' }
  }

  /// A section heading's name, by its number as tabled: `the heading of section II`,
  /// `the heading of section II of the annex`, `the heading of the new section III`;
  /// `intitulé de la section II`.
  /// An unnumbered heading (labels.ts, `subheadingLabel`), by its words and the paragraph
  /// it precedes as tabled: `the heading “Prevention” preceding paragraph 5 of the annex`,
  /// `the heading “Prevention” at the end of the annex`; `intitulé « Prevention » qui
  /// précède le paragraphe 5 de l’annexe`. Its words tell it from another heading before
  /// the same paragraph, the paragraph from another heading with the same words. One the
  /// list inserts, by its words alone: `the new heading “Accountability”`, `le nouvel
  /// intitulé « Accountability »`.
  private headingName({ annex, number, fresh, words, before }: NonNullable<ReturnType<typeof headingOfLabel>>): string {
    if (words == null) return `${this.fr ? 'intitulé de ' : 'the heading of '}${this.section({ section: number, annex, fresh })}`
    if (fresh) return `${this.fr ? 'nouvel intitulé' : 'the new heading'} ${this.quote(words)}${annex ? `${this.fr ? ' de ' : ' of '}${this.annexName(annex)}` : ''}`
    const place = before ? `${this.fr ? 'qui précède' : 'preceding'} ${this.name(before)}` : lowerFirst(this.headingPlace(annex ? { where: 'last', part: 'op', annex } : { where: 'last', part: 'op' }))
    return `${this.fr ? 'intitulé' : 'the heading'} ${this.quote(words)} ${place}`
  }

  /// The full name of a paragraph, subparagraph, title or section heading, French form.
  private nameFr(label: string): FrenchName {
    const title = titleOfLabel(label)
    if (title != null) return this.titleFr(title)
    const heading = headingOfLabel(label)
    if (heading) return { elided: !(heading.fresh && heading.words != null), text: this.headingName(heading) }
    const p = parseLabel(label)
    const head = this.paragraphFr(p)
    return p.trail.length ? { elided: true, text: `alinéa ${this.trail(p.trail)} ${du(head)}` } : head
  }

  /// `operative paragraph 12` / `subparagraph (a) of operative paragraph 12` /
  /// `paragraph 12 (a)` (official) / `le paragraphe 12` …
  name(label: string): string {
    if (this.fr) return le(this.nameFr(label))
    const title = titleOfLabel(label)
    if (title != null) return this.titleName(title)
    const heading = headingOfLabel(label)
    if (heading) return this.headingName(heading)
    const p = parseLabel(label)
    const head = this.paragraphEn(p)
    if (!p.trail.length) return head
    if (p.annex && p.part === 'op') return `paragraph ${p.n} ${this.trail(p.trail)} of ${this.annexName(p.annex)}`
    if (this.official && p.part === 'op') return `${head} ${this.trail(p.trail)}`
    return `subparagraph ${this.trail(p.trail)} of ${head}`
  }

  /// The opening of an amendment to a paragraph's words: `In operative paragraph 12,
  /// subparagraph (a)` / `Au paragraphe 12`.
  inPlace(label: string): string {
    const title = titleOfLabel(label)
    if (title != null) return this.fr ? `Dans ${le(this.titleFr(title))}` : `In ${this.titleName(title)}`
    if (headingOfLabel(label)) return this.fr ? `Dans ${this.name(label)}` : `In ${this.name(label)}`
    if (this.fr) return capitalize(au(this.nameFr(label)))
    const p = parseLabel(label)
    if (p.trail.length && !this.official && !p.annex) return `In ${this.paragraphEn(p)}, subparagraph ${this.trail(p.trail)}`
    return `In ${this.name(label)}`
  }

  private word(words: string): string {
    const one = !/\s/.test(words) && this.official
    return this.fr ? (one ? 'le mot' : 'les mots') : (one ? 'the word' : 'the words')
  }

  private quoted(q: Quote): string {
    const occurrence = q.occurrence ? ` (${ordinal(q.occurrence, this.o.lang)} occurrence)` : ''
    return `${this.word(q.words)} ${this.quote(q.words)}${occurrence}`
  }

  /// The footnotes of words put in whole, each placed by the words it follows in them:
  /// `, with a footnote after the words “…” reading “…” and a footnote after …` /
  /// `, avec une note de bas de page après les mots « … » ainsi libellée : « … »`. Empty
  /// when the words have no references. Throws `UnwordableAmendment` when a reference
  /// follows no words (at the start of the words, or after a space): an amendment that
  /// left its footnote out would not give the text.
  footnotes(texts: ReadonlyArray<{ readonly text: string, readonly notes?: readonly string[] }>): string {
    const found = texts.flatMap(t => {
      if (!t.notes?.length) return []
      const placed = footnotesOf(t.text, t.notes)
      if (placed) return placed
      const which = t.notes.length === 1 ? 'its footnote' : 'one of its footnotes'
      throw new UnwordableAmendment(`${which} “${t.notes.join('”, “')}” follows no words in “${withoutFootnoteMarks(t.text).slice(0, 60)}”, so no words can place it`)
    })
    return found.map((f, i) => {
      const joint = i === 0 ? (this.fr ? ', avec' : ', with') : (this.fr ? ' et' : ' and')
      return this.fr ? `${joint} une note de bas de page après ${this.quoted(f.after)} ainsi libellée${nbsp}: ${this.quote(f.note)}`
        : `${joint} a footnote after ${this.quoted(f.after)} reading ${this.quote(f.note)}`
    }).join('')
  }

  clause(e: TextEdit, what: EditedWords): string {
    const said = this.clauseWords(e, what)
    return 'text' in e ? said + this.footnotes([e]) : said
  }

  private clauseWords(e: TextEdit, what: EditedWords): string {
    const fr = this.fr
    const colon = fr ? `${nbsp}:` : ':'
    const placeAfter = (q: Quote | undefined) => q ? `${fr ? 'après' : 'after'} ${this.quoted(q)}, ` : ''
    const placeNear = (e: { after?: Quote, before?: Quote }) => e.before ? `${fr ? 'avant' : 'before'} ${this.quoted(e.before)}, ` : placeAfter(e.after)
    switch (e.op) {
      case 'insert':
        if (e.after) return `${placeAfter(e.after)}${fr ? 'insérer' : 'insert'} ${this.quote(e.text)}`
        if (e.before) return `${fr ? 'avant' : 'before'} ${this.quoted(e.before)}, ${fr ? 'insérer' : 'insert'} ${this.quote(e.text)}`
        return `${fr ? `à la fin ${{ paragraph: 'du paragraphe', subparagraph: 'de l’alinéa', title: 'du titre', heading: 'de l’intitulé' }[what]}, ajouter` : `at the end of the ${what}, add`} ${this.quote(e.text)}`
      case 'delete': return `${placeNear(e)}${fr ? 'supprimer' : 'delete'} ${this.quoted(e.old)}`
      case 'replace':
        return `${placeNear(e)}${fr ? 'remplacer' : 'replace'} ${this.quoted(e.old)} ${fr ? 'par' : 'with'} ${this.quote(e.text)}`
      case 'replaceEnd':
        return fr ? `remplacer le texte qui suit ${this.quoted(e.after)} par ce qui suit${colon} ${this.quote(e.text)}`
          : `replace the existing text after ${this.quoted(e.after)} by the following${colon} ${this.quote(e.text)}`
      case 'deleteEnd': return `${placeAfter(e.after)}${fr ? `supprimer la fin ${{ paragraph: 'du paragraphe', subparagraph: 'du paragraphe', title: 'du titre', heading: 'de l’intitulé' }[what]}` : `delete the end of the ${what === 'subparagraph' ? 'paragraph' : what}`}`
      case 'insertNote': return `${placeAfter(e.after)}${fr ? `insérer une note de bas de page ainsi libellée${colon}` : 'insert a footnote reading'} ${this.quote(e.note)}`
      case 'deleteNote': return `${fr ? 'supprimer la note de bas de page qui suit' : 'delete the footnote after'} ${this.quoted(e.after)}`
      case 'replaceNote': return fr ? `remplacer la note de bas de page qui suit ${this.quoted(e.after)} par une note ainsi libellée${colon} ${this.quote(e.note)}`
        : `replace the footnote after ${this.quoted(e.after)} with a footnote reading ${this.quote(e.note)}`
    }
  }

  /// The edits of one paragraph joined as a list of amendments to it reads: `a; b; and c`.
  clauses(label: string, edits: readonly TextEdit[]): string {
    const what: EditedWords = titleOfLabel(label) != null ? 'title' : headingOfLabel(label) ? 'heading' : label.includes('(') ? 'subparagraph' : 'paragraph'
    const parts = edits.map(e => this.clause(e, what))
    if (parts.length < 2) return parts.join('')
    return parts.slice(0, -1).join(this.fr ? `${nbsp}; ` : '; ') + (this.fr ? `${nbsp}; et ` : '; and ') + parts[parts.length - 1]
  }

  /// New paragraphs: the first as it stands, the subparagraphs under it with their
  /// numbers (`(a)`, `(i)`, `a.`, `i.`; `a)` in French), one a line. Quoted in the
  /// negotiation register, set out on their own lines in the official one.
  newText(paragraphs: readonly NewParagraph[]): string {
    const counters = [0, 0, 0, 0, 0, 0]
    const lines = paragraphs.map((p, i) => {
      if (i === 0) return p.text
      counters[p.level]++
      counters.fill(0, p.level + 1)
      return `${subparagraphNumber(p.level, counters[p.level], this.o.lang)} ${p.text}`
    })
    return this.shown(lines.join('\n'))
  }

  /// Words put in whole, quoted in the negotiation register, set out on lines of their own
  /// (after a line break) in the official one.
  shown(words: string): string {
    return this.official && !this.inline ? '\n' + withoutFootnoteMarks(words) : this.quote(words)
  }

  /// `intro`, its colon and the words it puts in whole (`shown`, `newText`), with the
  /// footnotes of `texts`: after the quoted words in the negotiation register, before the
  /// colon in the official one (“Paragraph 5 should read, with a footnote after the word
  /// “Court” reading “…”:”).
  introduce(intro: string, shown: string, texts: ReadonlyArray<{ readonly text: string, readonly notes?: readonly string[] }>): string {
    const colon = this.fr ? `${nbsp}:` : ':', notes = this.footnotes(texts)
    if (this.official) return this.inline ? `${intro}${notes}${colon} ${shown}` : `${intro}${notes}${colon}${shown}`
    return `${intro}${colon} ${shown}${notes}`
  }

  /// What is inserted, and its text. In an annex, numbered and unnumbered paragraphs
  /// stand side by side, so a new one says which it is.
  reading(paragraphs: readonly NewParagraph[], inAnnex: boolean): string {
    const kind = paragraphs[0].kind
    const sub = kind === 'sub'
    const numbered = inAnnex && !sub ? (kind === 'op' ? 'numbered ' : 'unnumbered ') : ''
    if (this.fr) {
      const what = sub || kind === 'pp' ? `le nouvel alinéa${numbered ? ' non numéroté' : ''} suivant` : `le nouveau paragraphe${numbered ? ' numéroté' : ''} suivant`
      return this.introduce(what, this.newText(paragraphs), paragraphs)
    }
    const what = `${numbered}${sub ? 'subparagraph' : 'paragraph'}`
    return this.introduce(this.official ? `the following ${what}` : `a new ${what} reading`, this.newText(paragraphs), paragraphs)
  }

  /// A section by its heading's number: `section II`, `section II of the annex`; `la
  /// section II`, `la section II de l’annexe`; a section whose heading the list inserts,
  /// by its number as amended: `the new section III`, `la nouvelle section III`.
  private section({ section: number, annex = 0, fresh }: { section: string, annex?: number, fresh?: boolean }): string {
    const of = annex ? (this.fr ? ` de ${this.annexName(annex)}` : ` of ${this.annexName(annex)}`) : ''
    return `${this.fr ? (fresh ? 'la nouvelle ' : 'la ') : fresh ? 'the new ' : ''}section ${number}${of}`
  }

  /// `to follow operative paragraph 9` / `après le paragraphe 9`, for a move.
  destination(to: Placement, subOf: string | null): string {
    const fr = this.fr
    const sibling = (label: string) => subOf != null && parentLabel(label) === subOf
      ? (fr ? le({ elided: true, text: `alinéa ${this.trail(parseLabel(label).trail)}` }) : `subparagraph ${this.trail(parseLabel(label).trail)}`)
      : this.name(label)
    switch (to.where) {
      case 'after': return fr ? `après ${sibling(to.label)}` : `to follow ${sibling(to.label)}`
      case 'before': return fr ? `avant ${sibling(to.label)}` : `to precede ${sibling(to.label)}`
      case 'section':
        if (to.heading) return `${fr ? 'sous' : 'under'} ${this.name(to.heading)}`
        return fr ? `dans ${this.section(to)}` : `to ${this.section(to)}`
      case 'first':
      case 'last': {
        const which = fr ? (to.where === 'first' ? 'premier' : 'dernier') : to.where
        if (to.parent == null) {
          if (to.annex) return fr ? `pour en faire le ${which} paragraphe de ${this.annexName(to.annex)}` : `to become the ${which} paragraph of ${this.annexName(to.annex)}`
          return fr ? `pour en faire le ${which} ${to.part === 'pp' ? 'alinéa du préambule' : 'paragraphe du dispositif'}`
            : `to become the ${which} ${to.part === 'pp' ? 'preambular' : 'operative'} paragraph`
        }
        const of = subOf === to.parent ? '' : ' ' + (fr ? du(this.nameFr(to.parent)) : 'of ' + this.name(to.parent))
        return fr ? `pour en faire le ${which} alinéa${of}` : `to become the ${which} subparagraph${of}`
      }
    }
  }

  /// Where an insertion goes, as the opening of its sentence.
  insertion(to: Placement, paragraphs: readonly NewParagraph[]): string {
    const fr = this.fr
    const verb = fr ? 'insérer' : 'insert'
    const inAnnex = (to.where === 'after' || to.where === 'before' ? annexOfLabel(to.label) : to.parent != null ? annexOfLabel(to.parent) : to.annex ?? 0) > 0
    const reading = this.reading(paragraphs, inAnnex)
    switch (to.where) {
      case 'section': return `${fr ? (to.heading ? 'Sous' : 'Dans') : 'Under'} ${to.heading ? this.name(to.heading) : this.section(to)}, ${verb} ${reading}`
      case 'after':
      case 'before': {
        const where = fr ? (to.where === 'after' ? 'après' : 'avant') : (to.where === 'after' ? 'after' : 'before')
        // “Before the heading of section I, insert …”: before a part's first heading.
        if (headingOfLabel(to.label)) return `${capitalize(where)} ${this.name(to.label)}, ${verb} ${reading}`
        const p = parseLabel(to.label)
        if (!p.trail.length) return `${capitalize(where)} ${this.name(to.label)}, ${verb} ${reading}`
        const sub = fr ? le({ elided: true, text: `alinéa ${this.trail(p.trail)}` }) : `subparagraph ${this.trail(p.trail)}`
        return `${this.inPlace(formatLabel({ ...p, trail: [] }))}, ${where} ${sub}, ${verb} ${reading}`
      }
      case 'first':
      case 'last':
        if (to.parent == null && to.annex) {
          const annex = this.annexName(to.annex)
          if (to.where === 'first') return fr ? `Insérer, comme premier paragraphe de ${annex}, ${reading}` : `Insert, as the first paragraph of ${annex}, ${reading}`
          return fr ? `À la fin de ${annex}, ${verb} ${reading}` : `At the end of ${annex}, ${verb} ${reading}`
        }
        if (to.parent == null) {
          const part = to.part
          if (to.where === 'first') {
            return fr ? `Insérer, comme premier ${part === 'pp' ? 'alinéa du préambule' : 'paragraphe du dispositif'}, ${reading}`
              : `Insert, as the first ${part === 'pp' ? 'preambular' : 'operative'} paragraph, ${reading}`
          }
          return fr ? `À la fin du ${part === 'pp' ? 'préambule' : 'dispositif'}, ${verb} ${reading}`
            : `At the end of the ${part === 'pp' ? 'preamble' : 'operative part'}, ${verb} ${reading}`
        }
        if (to.where === 'first') return `${this.inPlace(to.parent)}, ${fr ? 'insérer, comme premier alinéa,' : 'insert, as the first subparagraph,'} ${reading}`
        return `${this.inPlace(to.parent)}, ${fr ? 'après le dernier alinéa' : 'after the last subparagraph'}, ${verb} ${reading}`
    }
  }

  /// Where a section heading goes, as the opening of a sentence: `Before operative
  /// paragraph 5`, `Before the heading of section III`, `At the end of the operative
  /// part`, `At the end of the annex`; `Avant le paragraphe 5 du dispositif`, `Avant
  /// l’intitulé de la section III`, `À la fin du dispositif`, `À la fin de l’annexe`.
  headingPlace(at: HeadingPlacement): string {
    if (at.where === 'before') return `${this.fr ? 'Avant' : 'Before'} ${this.name(at.label)}`
    if (this.fr) return `À la fin ${at.annex ? `de ${this.annexName(at.annex)}` : 'du dispositif'}`
    return `At the end of ${at.annex ? this.annexName(at.annex) : 'the operative part'}`
  }

  /// `intro` followed by the words of a `replace`: a heading's as printed, its number
  /// first; a paragraph set out again with its subparagraphs (A/HRC/14/L.21), the
  /// lead-in, then each subparagraph with its number, as a new paragraph is.
  replacing(intro: string, op: Extract<Operation, { kind: 'replace' }>): string {
    if (!op.subparagraphs?.length) return this.introduce(intro, this.shown(op.number != null ? sectionText(op.number, op.text) : op.text), [op])
    const whole = [{ kind: 'op' as const, level: parseLabel(op.label).trail.length, text: op.text, notes: op.notes }, ...op.subparagraphs]
    return this.introduce(intro, this.newText(whole), whole)
  }

  operation(op: Operation): string {
    const fr = this.fr
    const colon = fr ? `${nbsp}:` : ':'
    switch (op.kind) {
      case 'edit': return `${this.inPlace(op.label)}, ${this.clauses(op.label, op.edits)}`
      case 'replace': {
        // Words replaced by nothing are no amendment a text can carry: a title is never
        // empty, and a paragraph that goes is deleted.
        if (!op.text.trim()) {
          const what = this.name(op.label)
          throw new UnwordableAmendment(fr
            ? `${what} n’aurait plus aucun mot${nbsp}: ${namesHeadingWords(op.label) ? 'écrire le nouveau texte' : 'supprimer le paragraphe ou écrire son nouveau texte'}`
            : `${what} would be left with no words: ${titleOfLabel(op.label) != null ? 'write the new title' : headingOfLabel(op.label) ? 'write the new heading' : 'delete the paragraph or write its new text'}`)
        }
        if (namesHeadingWords(op.label)) {
          // “Amend the title to read as follows:” (L-documents); « Le titre se lira comme suit : »;
          // a section heading alike: “Amend the heading of section II to read as follows:”,
          // « L’intitulé de la section II se lira comme suit : ».
          const intro = this.official ? (fr ? `${capitalize(this.name(op.label))} se lira comme suit` : `Amend ${this.name(op.label)} to read as follows`)
            : fr ? `Remplacer ${this.name(op.label)} par ce qui suit` : `Replace ${this.name(op.label)} with the following`
          return this.replacing(intro, op)
        }
        const p = parseLabel(op.label)
        const intro = this.official ? (fr ? `${capitalize(le(this.nameFr(op.label)))} se lira comme suit` : `${capitalize(this.name(op.label))} should read`)
          : fr ? `Remplacer ${this.name(op.label)} par ce qui suit`
          : p.trail.length ? `In ${this.paragraphEn(p)}, replace subparagraph ${this.trail(p.trail)} with the following`
          : `Replace ${this.name(op.label)} with the following`
        return this.replacing(intro, op)
      }
      case 'delete': {
        const p = parseLabel(op.label)
        if (fr) return `Supprimer ${this.name(op.label)}`
        if (p.trail.length && !this.official) return `In ${this.paragraphEn(p)}, delete subparagraph ${this.trail(p.trail)}`
        return `Delete ${this.name(op.label)}`
      }
      case 'insert': return this.insertion(op.at, op.paragraphs)
      // “Before operative paragraph 5, insert the following heading: “III. Prevention””;
      // « Avant le paragraphe 5 du dispositif, insérer l’intitulé suivant : … », the word
      // by which French amendments already name a section heading (« l’intitulé de la
      // section II »). The heading set out as printed, its number first.
      case 'insertHeading':
        return this.introduce(`${this.headingPlace(op.at)}, ${fr ? 'insérer l’intitulé suivant' : 'insert the following heading'}`, this.shown(sectionText(op.number, op.text)), [op])
      case 'deleteHeading': return `${fr ? 'Supprimer' : 'Delete'} ${this.name(op.label)}`
      case 'deleteSection': {
        const { annex, number, fresh } = headingOfLabel(op.label)!
        return `${fr ? 'Supprimer' : 'Delete'} ${this.section({ section: number, annex, fresh })}`
      }
      case 'moveHeading': {
        const to = lowerFirst(this.headingPlace(op.to))
        if (fr) return `Déplacer ${this.name(op.label)} ${to}`
        // “to precede the heading of section I”, as a paragraph is moved before a heading.
        const before = op.to.where === 'before' && (headingOfLabel(op.to.label) ? `to precede ${this.name(op.to.label)}` : `to stand ${to}`)
        return `Move ${this.name(op.label)} ${before || to.replace(/^at /, 'to ')}`
      }
      case 'replaceEverywhere': {
        const names = op.parts.map(part => fr ? { title: 'le titre', pp: 'les alinéas du préambule', op: 'les paragraphes du dispositif' }[part] : { title: 'the title', pp: 'the preambular paragraphs', op: 'the operative paragraphs' }[part])
        const list = names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${fr ? 'et' : 'and'} ${names[names.length - 1]}`
        return fr ? `Remplacer ${this.quote(op.old)} par ${this.quote(op.text)} dans ${list}` : `Replace ${this.quote(op.old)} with ${this.quote(op.text)} in ${list}`
      }
      case 'check':
        return fr ? `${capitalize(le(this.nameFr(op.label)))} se lira alors${colon} ${this.quote(op.text)}` : `${capitalize(this.name(op.label))} will then read${colon} ${this.quote(op.text)}`
      case 'move': {
        const p = parseLabel(op.label)
        const parent = p.trail.length ? parentLabel(op.label) : null
        const sameParent = parent != null && (op.to.where === 'after' || op.to.where === 'before' ? parentLabel(op.to.label) === parent : op.to.parent === parent)
        if (sameParent) {
          const sub = fr ? le({ elided: true, text: `alinéa ${this.trail(p.trail)}` }) : `subparagraph ${this.trail(p.trail)}`
          return `${this.inPlace(parent!)}, ${fr ? 'déplacer' : 'move'} ${sub} ${this.destination(op.to, parent)}`
        }
        return `${fr ? 'Déplacer' : 'Move'} ${this.name(op.label)} ${this.destination(op.to, null)}`
      }
    }
  }
}

/// One numbered amendment in words. Several operations read as one sentence: a move and
/// the edits of the moved paragraph (“… and, in it, …”), or operations joined by “; and”.
/// Set-out text (official register) follows on lines of its own, for the last operation;
/// those before it quote theirs (a heading removed, then the numbers others keep). In the
/// official register a sentence ends with a full stop, after the closing quote (“Delete
/// the sixteenth preambular paragraph.”, “In the fourth preambular paragraph, delete
/// “…”.”, A/80/L.30), unless the quote ends with one; one that sets out text ends with
/// that text.
export function wordAmendment(operations: AmendmentOperations, options: WordingOptions): string {
  const { sentence, setsOut } = wordSentence(operations, options)
  return options.style === 'official' && !setsOut && !/\.[\s”»]*$/.test(sentence) ? sentence + '.' : sentence
}

/// The sentence of `wordAmendment`, and whether its last operation sets its text out on
/// lines of its own (text quoted over several lines before it does not).
function wordSentence(operations: AmendmentOperations, options: WordingOptions): { sentence: string, setsOut: boolean } {
  const w = new Wording(options)
  const [first, second] = operations
  if (operations.length === 2 && (first.kind === 'move' || first.kind === 'moveHeading') && (second.kind === 'edit' || second.kind === 'replace') && second.label === first.label) {
    const move = w.operation(first)
    const heading = first.kind === 'moveHeading'
    if (second.kind === 'edit') return { sentence: `${move} ${w.fr ? (heading ? 'et, dans cet intitulé,' : 'et, dans ce paragraphe,') : 'and, in it,'} ${w.clauses(second.label, second.edits)}`, setsOut: false }
    const replaced = w.replacing(w.fr ? 'et le remplacer par ce qui suit' : 'and replace it with the following', second)
    return { sentence: `${move} ${replaced}`, setsOut: replaced.includes('\n') }
  }
  const inline = new Wording(options, true)
  const parts = operations.map((op, i) => {
    const s = (i < operations.length - 1 ? inline : w).operation(op)
    return i === 0 ? s : lowerFirst(s)
  })
  return { sentence: parts.join(w.fr ? `${nbsp}; et ` : '; and '), setsOut: parts[parts.length - 1].includes('\n') }
}

/// A numbered list of amendments: `1.` … in the negotiation register, and the same in the
/// official one, each set-out paragraph on its own line, indented.
export function formatNumberedList(descriptions: readonly string[]): string {
  return descriptions.map((d, i) => `${i + 1}. ${d.replace(/\n/g, '\n    ')}\n`).join('')
}
