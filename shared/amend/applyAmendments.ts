import type { Node } from 'prosemirror-model'
import { buildResolution, footnoteMark, readResolution, toRoman, withoutFootnoteMarks, type InlineDraft, type ParagraphDraft, type ParagraphKind, type ResolutionDraft, type SectionDraft } from '../schema'
import { openingPhraseLength } from '../style'
import { readParagraphs } from './paragraphs'
import { applyTextEdits, plainTypography, wholeWordMatches, type NearMiss, type TextEdit } from './textEdits'
import type { AmendmentOperations, HeadingPlacement, NewParagraph, Operation, Placement } from './operations'
import { sectionEnds, sectionSequence } from './sectionNumbers'
import { annexOfLabel, headingLabel, headingOfLabel, levelOfLabel, namesHeadingWords, newSubheadingLabel, paragraphName, subheadingLabel, titleLabel, titleOfLabel } from './labels'

/// A quote not found exactly, in amendment `amendment` (1-based, in the list's order).
export interface AmendmentNearMiss extends NearMiss {
  readonly amendment: number
  readonly paragraph: string
}

/// An amendment that was not applied, and why, in one line.
export interface RefusedAmendment {
  readonly amendment: number
  readonly reason: string
}

export interface AppliedAmendments {
  /// The amended text: the tabled document with every amendment applied that could be.
  readonly doc: Node
  readonly nearMisses: readonly AmendmentNearMiss[]
  readonly refused: readonly RefusedAmendment[]
}

/// One paragraph while amendments are applied. `label` is its label in the text as
/// tabled (none for a paragraph an amendment brought in); `annex` the annex it stands in
/// (0 for the body); `text` its words with a footnote mark (U+FFFC) where each footnote
/// reference stands, so references move with the words around them, and `notes` the
/// note of each reference in order; `section` the heading of the section it stands in
/// (null before its part's first heading).
interface Item {
  readonly label: string | null
  kind: ParagraphKind
  level: number
  text: string
  notes: readonly string[]
  annex: number
  readonly draft: ParagraphDraft | null
  section: Heading | null
}

/// A section heading while amendments are applied: its words (an item, amended as a
/// title's are), its heading as tabled (null for one an amendment inserted), its number,
/// and whether an amendment gave it that number by name (then kept as given).
interface Heading {
  readonly annex: number
  readonly words: Item
  readonly draft: SectionDraft | null
  number: string
  named: boolean
}

class Refusal extends Error {}

/// The state of the text while a list is applied: the paragraphs in order, and where
/// earlier amendments put paragraphs after a given one (“After paragraph 12, insert …”
/// twice puts the second after the first, as the list reads).
/// Section headings stand still, as the United Nations reads an amendment list: a heading
/// is not a paragraph, and no amendment moves one unless it says so. Each paragraph keeps
/// the section it stands in, and a paragraph put in joins the section of the paragraph its
/// placement names (“after X”: X's section, right after X; “before X”: X's section, after
/// X's heading if X holds one; first or last of a part: the section of the part's first or
/// last tabled paragraph; among subparagraphs: their paragraph's). An amendment that puts
/// a heading in before a paragraph starts a section there: that paragraph and the rest of
/// its section go under the new heading; one that takes a heading out gives its
/// paragraphs to the section before; a move does both. The headings are set out again at
/// the end, each before the first paragraph of its section (plan.ts names placements to
/// match), numbered anew where the list added, removed or moved one in a part numbered
/// in sequence (sectionNumbers.ts).
class Text {
  readonly items: Item[]
  /// Section headings by annex (0: the body), in order.
  private readonly headings: Heading[][]
  /// The tabled headings by their label (`section II`, `A1.section II`, `heading
  /// “Prevention” before A1.5`), in order where several share one (alike unnumbered
  /// headings side by side, which the list names each by it), and those the list inserts
  /// by their number as amended.
  private readonly tabledHeadings = new Map<string, Heading[]>()
  private readonly freshHeadings = new Map<string, Heading>()
  /// The parts (annex 0: the operative part) whose headings the list added, removed or moved.
  private readonly restructured = new Set<number>()
  /// How each part's headings were numbered as tabled, if in sequence.
  private readonly sequences: Array<ReturnType<typeof sectionSequence>>
  /// The section of each part's first and last tabled paragraph, by `first pp 0`, `last op 2`…,
  /// with that paragraph: a heading put in before it, or taken out, changes it.
  private readonly endSections = new Map<string, { heading: Heading | null, item: Item }>()
  private readonly byLabel = new Map<string, Item>()
  private readonly lastPlaced = new Map<string, Item>()
  /// How to undo the changes of the amendment being applied, newest last: a refused
  /// amendment is undone in time proportional to what it changed.
  private journal: Array<() => void> = []

  /// Change a field of an item, remembering how to change it back.
  set<K extends 'text' | 'notes' | 'annex' | 'section' | 'kind' | 'level'>(item: Item, key: K, value: Item[K]): void {
    const old = item[key]
    this.journal.push(() => { item[key] = old })
    item[key] = value
  }

  /// Remember how to undo a change `change` is about to make.
  private undoing(undo: () => void): void {
    this.journal.push(undo)
  }

  /// The titles by label (`title`, `A1.title`), as amendments leave them: items that stand
  /// in no part, changed in their words only.
  private readonly titles = new Map<string, Item>()

  /// Start an amendment: what it changes can be undone until the next one starts.
  begin(): void {
    const items = this.items.slice()
    this.journal = [() => { this.items.splice(0, this.items.length, ...items) }]
  }

  /// Undo the amendment begun last.
  undo(): void {
    for (let i = this.journal.length - 1; i >= 0; i--) this.journal[i]()
    this.journal = []
  }

  constructor(readonly draft: ResolutionDraft, labels: readonly string[], readonly moved: ReadonlySet<string>) {
    const titled: Array<[number, InlineDraft]> = [[0, { text: draft.meta.title }], ...(draft.annexes ?? []).map((a, k): [number, InlineDraft] => [k + 1, a.title])]
    for (const [annex, title] of titled) {
      this.titles.set(titleLabel(annex), { label: titleLabel(annex), kind: 'pp', level: 0, text: withMarks(title), notes: notesOf(title), annex, draft: null, section: null })
    }
    const parts = [draft.paragraphs, ...(draft.annexes ?? []).map(a => a.paragraphs)]
    const tabled = [draft.sections ?? [], ...(draft.annexes ?? []).map(a => a.sections ?? [])].map(list => [...list].sort((a, b) => a.at - b.at))
    this.sequences = tabled.map(list => sectionSequence(list.map(h => h.number)))
    this.headings = tabled.map((list, annex) => list.map(h => {
      const label = headingKey(annex, h.number)
      const heading: Heading = { annex, words: { label, kind: 'pp', level: 0, text: withMarks(h), notes: notesOf(h), annex, draft: null, section: null }, draft: h, number: h.number, named: false }
      if (h.number) this.listHeading(label, heading)
      return heading
    }))
    let first = 0
    this.items = []
    parts.forEach((paragraphs, annex) => {
      let section = 0
      paragraphs.forEach((d, i) => {
        while (section < tabled[annex].length && tabled[annex][section].at <= i) section++
        const label = labels[first + i], kind = d.kind
        const item: Item = { label, kind, level: kind === 'sub' ? d.level ?? 1 : 0, text: withMarks(d), notes: notesOf(d), annex: annexOfLabel(label), draft: d, section: this.headings[annex][section - 1] ?? null }
        this.items.push(item)
        if (kind !== 'sub') {
          const part = `${annex ? 'annex' : kind} ${annex}`
          if (!this.endSections.has('first ' + part)) this.endSections.set('first ' + part, { heading: item.section, item })
          this.endSections.set('last ' + part, { heading: item.section, item })
        }
      })
      first += paragraphs.length
    })
    for (const item of this.items) this.byLabel.set(item.label!, item)
    // Headings by their words and the paragraph they precede as tabled: how those are
    // named that have no number, or one another heading bears too.
    let offset = 0
    parts.forEach((paragraphs, annex) => {
      let i = 0
      tabled[annex].forEach((h, k) => {
        for (i = Math.max(i, h.at); i < paragraphs.length && paragraphs[i].kind === 'sub'; i++);
        const label = subheadingLabel(annex, h.text, i < paragraphs.length ? labels[offset + i] : null)
        this.listHeading(label, this.headings[annex][k])
      })
      offset += paragraphs.length
    })
  }

  /// The words a label names: a paragraph's, a title's or a section heading's, for
  /// amendments to words.
  words(label: string): Item {
    if (!namesHeadingWords(label)) return this.find(label)
    if (headingOfLabel(label)) return this.heading(label).words
    const item = this.titles.get(label)
    if (!item) throw new Refusal(`names ${paragraphName(label)}, which the text as tabled lacks`)
    return item
  }

  /// The section heading a label (`section II`, `A1.section II`) names by its number as
  /// tabled, an unnumbered one (`heading “Prevention” before A1.5`) by its words and place
  /// as tabled, or (`new section III`) one the list inserted by its number as amended. Of
  /// alike unnumbered headings side by side, the first an earlier amendment left.
  heading(label: string): Heading {
    const { annex, number, fresh, words } = headingOfLabel(label)!
    const key = words != null ? subheadingKey(label) : headingKey(annex, number)
    const heading = fresh ? this.freshHeadings.get(key) : this.tabledHeading(key, annex, words != null)
    if (!heading) throw new Refusal(`names ${paragraphName(label)}, which ${fresh ? 'the list inserts nowhere before' : 'the text as tabled lacks'}`)
    if (!this.headings[annex].includes(heading)) throw new Refusal(`names ${paragraphName(label)}, which an earlier amendment deleted`)
    return heading
  }

  /// Add a tabled heading under its label, after any other bearing it.
  private listHeading(label: string, heading: Heading): void {
    const list = this.tabledHeadings.get(label)
    if (list) list.push(heading)
    else this.tabledHeadings.set(label, [heading])
  }

  /// The tabled heading a label names: the first of those bearing it, or with `left`, the
  /// first of them an earlier amendment left (alike unnumbered headings side by side).
  private tabledHeading(key: string, annex: number, left: boolean): Heading | undefined {
    const list = this.tabledHeadings.get(key)
    return (left ? list?.find(h => this.headings[annex].includes(h)) : undefined) ?? list?.[0]
  }

  /// Take a heading out: its paragraphs join the section before (or stand before the
  /// part's first heading).
  removeHeading(heading: Heading): void {
    const list = this.headings[heading.annex], k = list.indexOf(heading)
    const before = list[k - 1] ?? null
    for (const item of this.items) if (item.section === heading) this.set(item, 'section', before)
    this.rehead(heading, before, heading.annex, () => true)
    this.splice(list, k, 1)
    this.changedHeadings(heading.annex)
  }

  /// Take a section out whole: its heading, the unnumbered subheadings it holds up to the
  /// next numbered heading as the text now stands (sectionNumbers.ts, `sectionEnds`), and
  /// every paragraph under them, but for subparagraphs the list moves elsewhere.
  removeSection(heading: Heading): void {
    const list = this.headings[heading.annex], k = list.indexOf(heading)
    const taken = new Set(list.slice(k, sectionEnds(list.map(h => h.number))[k]))
    for (const item of this.items.filter(i => i.section && taken.has(i.section) && i.kind !== 'sub')) if (this.items.includes(item)) this.take(item, true)
    for (const h of [...taken].reverse()) this.removeHeading(h)
  }

  /// Put a heading in at `at`: before a PP or OP, which with the rest of its section goes
  /// under it; just before a heading, or at the end of the operative part or of an annex,
  /// heading nothing yet.
  placeHeading(heading: Heading, at: HeadingPlacement): void {
    const annex = annexOfPlace(at)
    if (annex !== heading.annex) throw new Refusal(`puts a heading of ${heading.annex ? `annex ${toRoman(heading.annex).toUpperCase()}` : 'the operative part'} in ${annex ? `annex ${toRoman(annex).toUpperCase()}` : 'the operative part'}`)
    const list = this.headings[annex]
    if (at.where === 'last') {
      this.splice(list, list.length, 0, heading)
    } else if (headingOfLabel(at.label)) {
      this.splice(list, list.indexOf(this.heading(at.label)), 0, heading)
    } else {
      const anchor = this.find(at.label)
      if (anchor.kind === 'sub') throw new Refusal(`puts a heading before ${paragraphName(at.label)}, a subparagraph; a heading stands before a paragraph`)
      if (!anchor.annex && anchor.kind === 'pp') throw new Refusal(`puts a heading before ${paragraphName(at.label)}, in the preamble; headings divide the operative part`)
      const section = anchor.section, from = this.items.indexOf(anchor)
      this.splice(list, section ? list.indexOf(section) + 1 : 0, 0, heading)
      this.items.forEach((item, i) => { if (i >= from && item.annex === annex && item.section === section) this.set(item, 'section', heading) })
      this.rehead(section, heading, annex, end => this.items.indexOf(end.item) >= from)
    }
    this.changedHeadings(annex)
  }

  /// The first and last tabled paragraphs' section, where it was `from` and `moves` says
  /// that paragraph now stands under `to`.
  private rehead(from: Heading | null, to: Heading | null, annex: number, moves: (end: { heading: Heading | null, item: Item }) => boolean): void {
    for (const end of this.endSections.values()) {
      if (end.heading !== from || end.item.annex !== annex || !moves(end)) continue
      const old = end.heading
      this.undoing(() => { end.heading = old })
      end.heading = to
    }
  }

  /// Splice a list of headings, remembering how to put it back.
  private splice(list: Heading[], start: number, remove: number, ...insert: Heading[]): void {
    const old = list.slice()
    this.undoing(() => { list.splice(0, list.length, ...old) })
    list.splice(start, remove, ...insert)
  }

  /// Note that a part's headings were added, removed or moved: numbered anew on output.
  private changedHeadings(annex: number): void {
    if (this.restructured.has(annex)) return
    this.undoing(() => { this.restructured.delete(annex) })
    this.restructured.add(annex)
  }

  /// A heading the list inserts, findable by its number as amended (“the new section III”)
  /// and by its words (“the new heading “Accountability””: how one is named that has no
  /// number, or whose number another inserted heading shares).
  freshHeading(annex: number, number: string, text: string, notes: readonly string[]): Heading {
    const byWords = newSubheadingLabel(annex, withoutFootnoteMarks(text))
    const label = number ? headingKey(annex, number) : byWords
    const heading: Heading = { annex, words: { label, kind: 'pp', level: 0, text, notes, annex, draft: null, section: null }, draft: null, number, named: true }
    for (const key of number ? [label, byWords] : [label]) {
      const old = this.freshHeadings.get(key)
      this.undoing(() => { if (old) this.freshHeadings.set(key, old); else this.freshHeadings.delete(key) })
      this.freshHeadings.set(key, heading)
    }
    return heading
  }

  /// Give a heading a number by name.
  renumber(heading: Heading, number: string): void {
    const old = { number: heading.number, named: heading.named }
    this.undoing(() => { heading.number = old.number; heading.named = old.named })
    heading.number = number
    heading.named = true
  }

  /// The title of the document (annex 0) or of an annex.
  title(annex: number): Item {
    return this.titles.get(titleLabel(annex))!
  }

  /// The paragraph a label names. A title is not one: it is not deleted, moved or named
  /// as a place.
  find(label: string): Item {
    if (namesHeadingWords(label)) throw new Refusal(`names ${paragraphName(label)} as a paragraph; ${titleOfLabel(label) != null ? 'a title' : 'a heading'} can only be amended in its words`)
    const item = this.byLabel.get(label)
    if (!item) throw new Refusal(`names ${paragraphName(label)}, which the text as tabled lacks`)
    if (!this.items.includes(item)) throw new Refusal(`names ${paragraphName(label)}, which an earlier amendment deleted`)
    return item
  }

  /// Index just past a paragraph and the subparagraphs under it.
  groupEnd(index: number): number {
    const level = this.items[index].kind === 'sub' ? this.items[index].level : 0
    let end = index + 1
    while (end < this.items.length && this.items[end].kind === 'sub' && this.items[end].level > level) end++
    return end
  }

  /// Where a part starts and ends now: the preamble, the operative part (annex 0) or an
  /// annex.
  private partRange(part: 'pp' | 'op', annex: number): [number, number] {
    const inPart = (item: Item) => item.annex === annex && (annex > 0 || item.kind === 'sub' || item.kind === part)
    const heads = (item: Item) => item.annex === annex && (annex > 0 || item.kind === part)
    let start = this.items.findIndex(heads)
    if (start < 0) {
      // An empty part starts where the next one would.
      start = this.items.findIndex(item => item.annex > annex || (annex === 0 && part === 'pp' && item.kind !== 'pp'))
      if (start < 0) start = this.items.length
      return [start, start]
    }
    let end = start
    while (end < this.items.length && inPart(this.items[end])) end++
    return [start, end]
  }

  /// Where a placement puts paragraphs now, the key under which to remember them, and
  /// the annex and section they then stand in.
  position(to: Placement): { at: number, key: string | null, annex: number, section: Heading | null } {
    const chained = (key: string, near: { annex: number, section: Heading | null }, otherwise: () => number) => {
      const last = this.lastPlaced.get(key)
      const i = last ? this.items.indexOf(last) : -1
      return { at: i >= 0 ? this.groupEnd(i) : otherwise(), key, annex: near.annex, section: near.section }
    }
    const partEnd = (end: 'first' | 'last', part: 'pp' | 'op', annex = 0) => ({ annex, section: this.endSections.get(`${end} ${annex ? 'annex' : part} ${annex}`)?.heading ?? null })
    switch (to.where) {
      case 'after': {
        const anchor = this.find(to.label)
        return chained('after ' + to.label, anchor, () => this.groupEnd(this.items.indexOf(anchor)))
      }
      case 'before': {
        if (headingOfLabel(to.label)) return this.beforeHeading(this.heading(to.label))
        const anchor = this.find(to.label)
        return { at: this.items.indexOf(anchor), key: null, annex: anchor.annex, section: anchor.section }
      }
      case 'first':
        if (to.parent != null) {
          const parent = this.find(to.parent)
          return chained('first ' + to.parent, parent, () => this.items.indexOf(parent) + 1)
        }
        return chained(`first ${to.part} ${to.annex ?? 0}`, partEnd('first', to.part, to.annex), () => this.partRange(to.part, to.annex ?? 0)[0])
      case 'last':
        if (to.parent != null) {
          const parent = this.find(to.parent)
          return { at: this.groupEnd(this.items.indexOf(parent)), key: null, annex: parent.annex, section: parent.section }
        }
        return { at: this.partRange(to.part, to.annex ?? 0)[1], key: null, ...partEnd('last', to.part, to.annex) }
      case 'section': return this.sectionEnd(to)
    }
  }

  /// Just before a section heading, at the end of the section before it (or under no
  /// heading, before the part's first): “Before the heading of section I, insert …”.
  private beforeHeading(heading: Heading): { at: number, key: null, annex: number, section: Heading | null } {
    const { annex } = heading, list = this.headings[annex], k = list.indexOf(heading)
    const at = this.items.findIndex(item => item.annex === annex && item.section != null && list.indexOf(item.section) >= k)
    return { at: at >= 0 ? at : this.partRange('op', annex)[1], key: null, annex, section: list[k - 1] ?? null }
  }

  /// The end of a section of the operative part (annex 0) or of an annex, named by its
  /// heading's number as tabled (`II`), or with `fresh` by the number as amended of a
  /// heading the list inserted, or by an unnumbered heading's label (`heading`): after the
  /// last paragraph standing in it now, else before the first paragraph of a later
  /// section, else at the end of the part.
  private sectionEnd(to: Extract<Placement, { where: 'section' }>): { at: number, key: null, annex: number, section: Heading } {
    const { section: number, heading, fresh = false } = to, annex = to.annex ?? 0
    const list = this.headings[annex] ?? []
    const key = heading ? subheadingKey(heading) : headingKey(annex, number)
    const section = fresh ? this.freshHeadings.get(key) : this.tabledHeading(key, annex, false)
    const name = heading ? `the section under ${paragraphName(heading)}` : `${fresh ? 'the new ' : ''}section ${number}${annex ? ` of annex ${toRoman(annex).toUpperCase()}` : ''}`
    if (!section) throw new Refusal(`names ${name}, which the ${fresh ? 'list inserts nowhere before' : 'text as tabled lacks'}`)
    const k = list.indexOf(section)
    if (k < 0) throw new Refusal(`names ${name}, whose heading an earlier amendment deleted`)
    let last = -1, later = -1
    this.items.forEach((item, i) => {
      if (item.annex !== annex) return
      if (item.section === section) last = i
      else if (later < 0 && item.section && list.indexOf(item.section) > k) later = i
    })
    return { at: last >= 0 ? last + 1 : later >= 0 ? later : this.partRange('op', annex)[1], key: null, annex, section }
  }

  place(to: Placement, group: Item[]): void {
    const { at, key, annex, section } = this.position(to)
    for (const item of group) {
      if (item.annex !== annex) this.set(item, 'annex', annex)
      if (item.section !== section) this.set(item, 'section', section)
    }
    if (group.length === 1 && group[0].label != null && annex === 0) this.takeKindOfPlace(group[0], to)
    this.items.splice(at, 0, ...group)
    if (key) this.lastPlaced.set(key, group[0])
  }

  /// A paragraph moved alone in the body becomes what its new place holds: a PP in the
  /// preamble, an OP in the operative part, a subparagraph among subparagraphs (“Move
  /// operative paragraph 5 to become the first subparagraph of operative paragraph 4”).
  private takeKindOfPlace(item: Item, to: Placement): void {
    const anchor = (to.where === 'after' || to.where === 'before') && !headingOfLabel(to.label) ? this.find(to.label) : to.parent != null ? this.find(to.parent) : null
    const [kind, level]: [ParagraphKind, number] = !anchor ? ['part' in to ? to.part : to.where === 'section' || to.where === 'before' ? 'op' : item.kind, 0]
      : to.parent != null ? ['sub', anchor.level + 1]
      : [anchor.kind, anchor.level]
    if (item.kind !== kind) this.set(item, 'kind', kind)
    if (item.level !== level) this.set(item, 'level', level)
  }

  /// Take a paragraph out with the subparagraphs under it; on a deletion, those the list
  /// moves elsewhere stay. Section headings stay where they stand.
  take(item: Item, deleting: boolean): Item[] {
    const i = this.items.indexOf(item), end = this.groupEnd(i)
    const kept = deleting ? this.movedOut(i + 1, end) : []
    const group = this.items.splice(i, end - i)
    this.items.splice(i, 0, ...kept)
    return group
  }

  /// The subparagraphs from `from` to `to` that the list moves elsewhere, each with the
  /// subparagraphs under it, which go where it goes: what stays of a paragraph taken out
  /// or set out again (`take`, `replaceSubparagraphs`).
  private movedOut(from: number, to: number): Item[] {
    const kept: Item[] = []
    for (let k = from; k < to; k++) {
      const g = this.items[k]
      if (g.label == null || !this.moved.has(g.label)) continue
      const end = Math.min(this.groupEnd(k), to)
      kept.push(...this.items.slice(k, end))
      k = end - 1
    }
    return kept
  }

  /// Put `paragraphs` under a paragraph (`item`, named `label` as tabled) in place of every
  /// subparagraph under it now: a paragraph set out again with its subparagraphs. Their
  /// levels are as tabled under `label`, kept relative where a move made the paragraph a
  /// subparagraph. Those the list moves elsewhere stay, as on a deletion, for their move.
  replaceSubparagraphs(item: Item, label: string, paragraphs: readonly NewParagraph[]): void {
    const i = this.items.indexOf(item), end = this.groupEnd(i)
    const kept = this.movedOut(i + 1, end)
    const depth = item.level - levelOfLabel(label)
    const fresh = paragraphs.map(p => ({ ...newItem(p), level: p.level + depth, annex: item.annex, section: item.section }))
    this.items.splice(i + 1, end - i - 1, ...fresh, ...kept)
  }

  /// A section heading as amendments leave it, set out before paragraph `at` of its part:
  /// as tabled when its words did not change; numbered `inSequence` (the number its place
  /// gives it) where the list added, removed or moved a heading of a part numbered in
  /// sequence, unless an amendment gave it its number by name.
  private headingDraft(h: Heading, inSequence: string | null, at: number): SectionDraft {
    const number = inSequence != null && !h.named ? inSequence : h.number
    return { ...(h.draft ? titleDraft(h.draft, h.words) : inlineOf(h.words)), number, at }
  }

  /// The amended text as a document draft: each part's paragraphs, each section heading
  /// before the first paragraph of its section (stacked where a section has none left),
  /// those of sections after the last paragraph at the end of the part.
  toDraft(): ResolutionDraft {
    const annexes = this.draft.annexes ?? []
    const parts: ParagraphDraft[][] = [[], ...annexes.map(() => [])]
    const sections: SectionDraft[][] = [[], ...annexes.map(() => [])]
    // Numbers in sequence where a part's headings were added, removed or moved; one the
    // list inserts (no tabled draft) with a number of its own takes no place.
    const numbering = this.headings.map((list, annex) => this.restructured.has(annex) ? this.sequences[annex]?.(list.map(h => h.number), k => !list[k].draft) ?? null : null)
    const setOut = (annex: number, upTo: number) => {
      const headings = this.headings[annex], list = sections[annex]
      while (list.length < Math.min(upTo, headings.length)) list.push(this.headingDraft(headings[list.length], numbering[annex]?.[list.length] ?? null, parts[annex].length))
    }
    const order = new Map<Heading, number>()
    for (const list of this.headings) list.forEach((h, k) => order.set(h, k))
    for (const item of this.items) {
      setOut(item.annex, item.section ? order.get(item.section)! + 1 : 0)
      parts[item.annex].push(paragraphDraft(item))
    }
    parts.forEach((_list, annex) => setOut(annex, Infinity))
    const title = withoutFootnoteMarks(this.title(0).text)
    const result: ResolutionDraft = { ...this.draft, meta: title === this.draft.meta.title ? this.draft.meta : { ...this.draft.meta, title }, paragraphs: parts[0] }
    if (sections[0].length) result.sections = sections[0]
    else delete result.sections
    if (annexes.length) {
      result.annexes = annexes.map((a, k) => {
        const annex = { ...a, title: titleDraft(a.title, this.title(k + 1)), paragraphs: parts[k + 1] }
        if (sections[k + 1].length) annex.sections = sections[k + 1]
        else delete annex.sections
        return annex
      })
    }
    return result
  }
}

/// The part (0: the operative part, else the annex's number) a heading's place stands in.
const annexOfPlace = (at: HeadingPlacement) => at.where === 'before' ? annexOfLabel(at.label) : at.annex ?? 0

/// Where a section heading's words are kept: its label with the number in capitals, as
/// sections are matched when named (“section ii” read from a lowercased list is section II).
const headingKey = (annex: number, number: string) => headingLabel(annex, number.toUpperCase())

/// Where an unnumbered heading's words are kept: its label, spaces in its words run
/// together as when the text as tabled is read.
const subheadingKey = (label: string) => {
  const { annex, words = '', before = null, fresh } = headingOfLabel(label)!
  return fresh ? newSubheadingLabel(annex, words) : subheadingLabel(annex, words, before)
}

const sortedNotes = (d: InlineDraft) => [...(d.footnotes ?? [])].sort((a, b) => a.at - b.at)

/// Words with a footnote mark where each reference stands.
function withMarks(d: InlineDraft): string {
  let text = '', from = 0
  for (const n of sortedNotes(d)) { text += d.text.slice(from, n.at) + footnoteMark; from = n.at }
  return text + d.text.slice(from)
}

/// The notes of a paragraph's footnote references, in reading order.
const notesOf = (d: InlineDraft): string[] => sortedNotes(d).map(n => n.text)

/// Whether an item's words and notes are still those of `d`.
const unchanged = (d: InlineDraft, item: Item) => {
  const notes = notesOf(d)
  return withMarks(d) === item.text && notes.length === item.notes.length && notes.every((n, k) => n === item.notes[k])
}

/// An item's words back as text, each footnote at its mark.
function inlineOf(item: Item): { text: string, footnotes?: InlineDraft['footnotes'] } {
  const parts = item.text.split(footnoteMark)
  const text = parts.join('')
  const footnotes = item.notes.slice(0, parts.length - 1).map((note, k) => ({ text: note, at: parts.slice(0, k + 1).join('').length }))
  return footnotes.length ? { text, footnotes } : { text }
}

/// An annex title or a section heading as amendments leave it: as tabled, italics
/// included, when its words did not change.
const titleDraft = (d: InlineDraft, item: Item): InlineDraft => unchanged(d, item) ? d : inlineOf(item)

/// An item back as a paragraph draft: as tabled when its words did not change (with its new
/// kind and level if a move changed them); else its new words, each footnote at its mark,
/// the opening phrase found again.
function paragraphDraft(item: Item): ParagraphDraft {
  const d = item.draft
  if (d && unchanged(d, item)) return d.kind === item.kind && (d.level ?? 0) === item.level ? d : { ...d, kind: item.kind, level: item.level, lead: item.kind === 'sub' ? 0 : openingPhraseLength(d.text, item.kind) }
  const { text, footnotes } = inlineOf(item)
  return {
    kind: item.kind, text,
    lead: item.kind === 'sub' ? 0 : openingPhraseLength(text, item.kind),
    ...(item.kind === 'sub' && { level: item.level }),
    ...(d?.pid && { pid: d.pid }),
    ...(footnotes && { footnotes })
  }
}

/// A paragraph an amendment brings in, standing nowhere yet.
const newItem = (p: NewParagraph): Item => ({ label: null, kind: p.kind, level: p.level, text: p.text, notes: p.notes ?? [], annex: 0, draft: null, section: null })

/// The labels a list moves somewhere.
function movedLabels(list: readonly AmendmentOperations[]): Set<string> {
  const moved = new Set<string>()
  for (const ops of list) for (const op of ops) if (op.kind === 'move') moved.add(op.label)
  return moved
}

/// Every occurrence of `old` in `text` as whole words (up to typographic equivalents)
/// replaced by `words`, in one pass.
function replaceWords(text: string, old: string, words: string): string {
  const at = wholeWordMatches(plainTypography(text), plainTypography(old))
  if (!at.length) return text
  let out = '', from = 0
  for (const i of at) { out += text.slice(from, i) + words; from = i + old.length }
  return out + text.slice(from)
}

/// Quotes replaced by the closest text found, for `--accept-near-misses`.
function acceptClosest(edits: readonly TextEdit[], misses: readonly NearMiss[]): TextEdit[] {
  const fix = (words: string) => misses.find(m => m.looked === words)?.closest || words
  return edits.map(e => {
    const q = (quote: { words: string, occurrence?: number } | undefined) => quote && { ...quote, words: fix(quote.words) }
    switch (e.op) {
      case 'insert': return { ...e, after: q(e.after), before: q(e.before) }
      case 'delete': return { ...e, old: q(e.old)!, after: q(e.after), before: q(e.before) }
      case 'replace': return { ...e, old: q(e.old)!, after: q(e.after), before: q(e.before) }
      case 'replaceEnd': return { ...e, after: q(e.after)! }
      case 'deleteEnd': return { ...e, after: q(e.after)! }
      case 'insertNote': return { ...e, after: q(e.after)! }
      case 'deleteNote': return { ...e, after: q(e.after)! }
      case 'replaceNote': return { ...e, after: q(e.after)! }
    }
  })
}

/// Apply a list of amendments, in order, to the text as tabled. Every label names a
/// paragraph of `base`; an amendment that names one the text lacks, or whose edits
/// overlap, is refused; one whose quotes are not found exactly is a near-miss, applied to
/// the closest text found only with `acceptNearMisses` (and then still listed). A refused
/// or unapplied amendment changes nothing: what it did is undone. Every near-miss of an
/// amendment is listed, one per paragraph it edits (“In operative paragraphs 27 and 43,
/// …” whose words are not quite in either lists both), not only its first.
/// Cost: each operation finds its paragraphs in the list, so O(amendments × paragraphs).
export function applyAmendments(base: Node, list: readonly AmendmentOperations[], options: { acceptNearMisses?: boolean } = {}): AppliedAmendments {
  const text = new Text(readResolution(base), readParagraphs(base).map(r => r.label), movedLabels(list))
  const nearMisses: AmendmentNearMiss[] = []
  const refused: RefusedAmendment[] = []
  list.forEach((operations, i) => {
    const amendment = i + 1
    text.begin()
    const missed = new Set<string>()
    try {
      for (const op of operations) applyOperation(text, op, amendment, nearMisses, options.acceptNearMisses ?? false, missed)
      if (missed.size) text.undo()
    } catch (e) {
      if (!(e instanceof Refusal)) throw e
      text.undo()
      if (e.message) refused.push({ amendment, reason: e.message })
    }
  })
  return { doc: buildResolution(text.toDraft()), nearMisses, refused }
}

/// `missed`: the paragraphs whose edits in this amendment were near-misses left unapplied
/// (without `accept`); the amendment goes on to list its other near-misses and is undone.
function applyOperation(text: Text, op: Operation, amendment: number, nearMisses: AmendmentNearMiss[], accept: boolean, missed: Set<string>): void {
  switch (op.kind) {
    case 'edit': {
      const item = text.words(op.label)
      let result = applyTextEdits(item.text, op.edits, item.notes)
      if (!result.ok && 'nearMisses' in result) {
        for (const m of result.nearMisses) nearMisses.push({ amendment, paragraph: op.label, ...m })
        if (result.nearMisses.some(m => !m.closest)) throw new Refusal(`quotes words not found in ${paragraphName(op.label)}: “${result.nearMisses.find(m => !m.closest)!.looked}”`)
        if (!accept) { missed.add(op.label); return }
        result = applyTextEdits(item.text, acceptClosest(op.edits, result.nearMisses), item.notes)
      }
      if (!result.ok) throw new Refusal(`has edits that overlap in ${paragraphName(op.label)}`)
      // As the comparison words no such change (wording.ts): a title or heading is
      // amended, never left without words.
      if (namesHeadingWords(op.label) && !withoutFootnoteMarks(result.text).trim()) throw new Refusal(`leaves ${paragraphName(op.label)} with no words; write the new words instead`)
      text.set(item, 'text', result.text)
      text.set(item, 'notes', result.notes)
      return
    }
    case 'replace': {
      const item = text.words(op.label)
      text.set(item, 'text', op.text)
      text.set(item, 'notes', op.notes ?? [])
      if (op.subparagraphs) text.replaceSubparagraphs(text.find(op.label), op.label, op.subparagraphs)
      if (op.number != null) {
        if (!headingOfLabel(op.label)) throw new Refusal(`gives ${paragraphName(op.label)} a number; only a section heading is numbered by name`)
        text.renumber(text.heading(op.label), op.number)
      }
      return
    }
    case 'insertHeading': {
      text.placeHeading(text.freshHeading(annexOfPlace(op.at), op.number, op.text, op.notes ?? []), op.at)
      return
    }
    case 'deleteHeading': text.removeHeading(text.heading(op.label)); return
    case 'deleteSection': text.removeSection(text.heading(op.label)); return
    case 'moveHeading': {
      const heading = text.heading(op.label)
      text.removeHeading(heading)
      text.placeHeading(heading, op.to)
      return
    }
    case 'replaceEverywhere': {
      const parts = new Set(op.parts)
      let found = 0, head: ParagraphKind = 'pp'
      for (const item of text.items) {
        if (item.kind !== 'sub') head = item.kind
        if (item.annex || !parts.has(head)) continue
        const replaced = replaceWords(item.text, op.old, op.text)
        if (replaced === item.text) continue
        text.set(item, 'text', replaced)
        found++
      }
      if (parts.has('title')) {
        const title = text.title(0), replaced = replaceWords(title.text, op.old, op.text)
        if (replaced !== title.text) { text.set(title, 'text', replaced); found++ }
      }
      if (!found) throw new Refusal(`quotes words found in none of the parts it names: “${op.old}”`)
      return
    }
    case 'check': {
      if (missed.has(op.label)) return
      const item = text.words(op.label)
      const fold = (t: string) => plainTypography(withoutFootnoteMarks(t)).replace(/\s+/g, ' ').trim().toLowerCase()
      if (fold(item.text) !== fold(op.text)) nearMisses.push({ amendment, paragraph: op.label, looked: op.text, closest: item.text })
      return
    }
    case 'delete': text.take(text.find(op.label), true); return
    case 'insert':
      text.place(op.at, op.paragraphs.map(newItem))
      return
    case 'move': {
      const group = text.take(text.find(op.label), false)
      text.place(op.to, group)
    }
  }
}
