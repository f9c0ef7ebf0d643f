import { paragraphNotes, parentIndices, type ParagraphRecord } from './paragraphs'
import type { DocumentDiff, ParagraphDiff } from './diffDocuments'
import { amendmentsOf, type Amendment } from './amendments'
import type { AmendmentOperations, NewParagraph, Operation, Placement } from './operations'
import { planTextEdits, type EditsApart, type ParagraphNotes } from './placeEdits'
import { diffParagraphWords, type WordDiff } from './wordDiff'
import { sameHeadingWords, sameNotes, type TitleChange, type TitleText } from './titles'
import { sectionLayoutOf, type HeadingChange } from './sectionHeadings'
import { annexOfLabel } from './labels'
import { rolesOf, type Roles } from './roles'

const baseLabel = (roles: Roles, c: ParagraphRecord) => roles.diff.baseParagraphs[roles.diff.alignment.currentToBase[c.index]].label

/// For each current paragraph, the nearest sibling that stays before and after it in its
/// section and in its part, and whether any sibling precedes it, found in two passes over
/// the list so that placing thousands of new paragraphs costs time linear in their
/// number. Siblings: PPs among PPs and OPs among OPs of the body (subparagraphs in
/// between skipped), the paragraphs of one annex among themselves, subparagraphs of one
/// level under the same paragraph (a subparagraph's section is its paragraph's).
/// `startsPart`: the paragraph stands in the section of its part's first tabled paragraph
/// once the section headings are amended (sectionHeadings.ts).
interface Neighbours {
  readonly stayingBefore: Array<ParagraphRecord | null>
  readonly stayingAfter: Array<ParagraphRecord | null>
  readonly stayingBeforeInSection: Array<ParagraphRecord | null>
  readonly stayingAfterInSection: Array<ParagraphRecord | null>
  readonly siblingBefore: boolean[]
  readonly parent: Array<ParagraphRecord | null>
  readonly startsPart: (c: ParagraphRecord) => boolean
}

const neighboursCache = new WeakMap<Roles, Neighbours>()

const partOf = (r: ParagraphRecord) => { const annex = annexOfLabel(r.label); return annex > 0 ? `annex ${annex}` : r.kind }

function neighboursOf(roles: Roles): Neighbours {
  const known = neighboursCache.get(roles)
  if (known) return known
  const list = roles.diff.currentParagraphs
  const n = list.length
  const none = () => new Array<ParagraphRecord | null>(n).fill(null)
  const layout = sectionLayoutOf(roles.diff)
  const result: Neighbours = {
    stayingBefore: none(), stayingAfter: none(), stayingBeforeInSection: none(), stayingAfterInSection: none(),
    siblingBefore: new Array(n).fill(false), parent: none(),
    startsPart: layout.inFirstSection
  }
  const pass = (order: readonly ParagraphRecord[], nearest: Array<ParagraphRecord | null>, inSection: Array<ParagraphRecord | null>, seen: boolean[] | null) => {
    let part = '', section = '', staying: ParagraphRecord | null = null, stayingInSection: ParagraphRecord | null = null, any = false
    // Per subparagraph level: the nearest staying sibling and whether one was seen.
    const levels: Array<{ staying: ParagraphRecord | null, any: boolean }> = []
    for (const r of order) {
      if (r.kind !== 'sub') {
        levels.length = 0
        if (partOf(r) !== part) { part = partOf(r); staying = null; any = false; section = r.section; stayingInSection = null }
        if (r.section !== section) { section = r.section; stayingInSection = null }
        nearest[r.index] = staying
        inSection[r.index] = stayingInSection
        if (seen) seen[r.index] = any
        any = true
        if (roles.stays(r)) staying = stayingInSection = r
        continue
      }
      levels.length = Math.min(levels.length, r.level + 1)
      const level = levels[r.level] ?? (levels[r.level] = { staying: null, any: false })
      nearest[r.index] = inSection[r.index] = level.staying
      if (seen) seen[r.index] = level.any
      level.any = true
      if (roles.stays(r)) level.staying = r
    }
  }
  pass(list, result.stayingBefore, result.stayingBeforeInSection, result.siblingBefore)
  pass([...list].reverse(), result.stayingAfter, result.stayingAfterInSection, null)
  const parents = parentIndices(list)
  for (const r of list) if (parents[r.index] >= 0) result.parent[r.index] = list[parents[r.index]]
  neighboursCache.set(roles, result)
  return result
}

/// Where a current PP, OP or subparagraph goes, named by paragraphs that stay. The list
/// adds, removes and moves section headings before it places any paragraph
/// (amendments.ts), and headings stand still while paragraphs are placed
/// (applyAmendments.ts), so every placement names a paragraph of the section it stands in
/// as amended: “after X” puts it in X's section right after X, “before X” right before X
/// inside X's section (after X's heading if X holds one). So it goes after the nearest
/// one before it of its kind and level in its section; first of its part (or of its
/// paragraph's subparagraphs) when nothing of its kind precedes it and it stands in the
/// section of the part's first tabled paragraph; else before the nearest one that stays
/// after it in its section. When no paragraph of its section stays (the section's tabled
/// paragraphs all deleted or moved away, or a section the list inserts), it goes under its
/// section's heading by number (“Under section II, insert …”: the number as tabled, or
/// for an inserted heading its number as amended, “Under the new section III”); before
/// the part's first heading, first of the part, after what the list put first before it;
/// under a heading no number names alone, it is named as before by the nearest ones that
/// stay in its part.
function placementOf(roles: Roles, c: ParagraphRecord): Placement {
  const neighbours = neighboursOf(roles)
  const firstOfItsKind = !neighbours.siblingBefore[c.index]
  const named = (before: ParagraphRecord | null, after: ParagraphRecord | null, first: boolean): Placement | null => {
    if (before) return { where: 'after', label: baseLabel(roles, before) }
    if (first) return null
    return after ? { where: 'before', label: baseLabel(roles, after) } : null
  }
  const startsPart = firstOfItsKind && (c.kind === 'sub' || neighbours.startsPart(c))
  const inSection = named(neighbours.stayingBeforeInSection[c.index], neighbours.stayingAfterInSection[c.index], startsPart)
  if (inSection) return inSection
  const annexOfC = annexOfLabel(c.label)
  const layout = sectionLayoutOf(roles.diff)
  const section = c.kind !== 'sub' && !startsPart ? layout.sectionOf(c) : null
  if (section) return section
  // Before a part's first heading, with nothing there that stays: first of the part (each
  // after the one the list put first before it) where the part's first tabled paragraph
  // stands there too, else just before that heading, so as not to cross into a section.
  if (c.kind !== 'sub' && layout.beforeHeadings(c)) {
    if (neighbours.startsPart(c)) return annexOfC ? { where: 'first', part: c.kind, annex: annexOfC } : { where: 'first', part: c.kind }
    const heading = layout.firstHeading(c)
    if (heading) return { where: 'before', label: heading }
  }
  const inPart = named(neighbours.stayingBefore[c.index], neighbours.stayingAfter[c.index], firstOfItsKind)
  if (inPart) return inPart
  const where = firstOfItsKind ? 'first' : 'last'
  if (c.kind !== 'sub') return annexOfC ? { where, part: c.kind, annex: annexOfC } : { where, part: c.kind }
  return { where, parent: baseLabel(roles, neighbours.parent[c.index]!) }
}

/// A reinserted paragraph with everything under it in the current text.
function newParagraphs(diff: DocumentDiff, c: ParagraphRecord): NewParagraph[] {
  const list = diff.currentParagraphs
  const out: NewParagraph[] = [{ kind: c.kind, level: c.level, ...textWithNotes(c) }]
  for (let i = c.index + 1; i < list.length && list[i].kind === 'sub' && (c.kind !== 'sub' || list[i].level > c.level); i++) {
    out.push({ kind: 'sub', level: list[i].level, ...textWithNotes(list[i]) })
  }
  return out
}

/// A paragraph's words, with a mark for each footnote reference, and the notes of those
/// references (left out when there are none).
function textWithNotes(r: ParagraphRecord): { text: string, notes?: string[] } {
  const notes = paragraphNotes(r.node)
  return notes.length ? { text: r.text.trim(), notes } : { text: r.text.trim() }
}

/// The edits turning a tabled paragraph into its amended form: word edits where they
/// read well, else the whole paragraph; edits `apart` keeps apart never told as one.
function textOperations(entry: ParagraphDiff, apart?: EditsApart): Operation[] {
  if (!entry.words) return []
  return wordOperations(entry.base!.label, entry.base!.text, entry.current!.text, entry.words,
    { tabled: paragraphNotes(entry.base!.node), amended: paragraphNotes(entry.current!.node) }, textWithNotes(entry.current!), apart)
}

/// The edits turning tabled words (a paragraph's, a title's) into their amended form, or
/// `whole`, the amended words replacing them.
function wordOperations(label: string, tabled: string, amended: string, words: WordDiff, notes: ParagraphNotes, whole: { text: string, notes?: readonly string[] }, apart?: EditsApart): Operation[] {
  const edits = planTextEdits(tabled, amended, words, notes, apart)
  return edits ? [{ kind: 'edit', label, edits }] : [{ kind: 'replace', label, ...whole }]
}

/// The operations changing a title or a section heading, named by `label` (`title`,
/// `section II`): word edits where they read well (“In the title, replace the words …”),
/// else the words replaced whole.
function headingWordOperations(label: string, { base, current }: { base: TitleText, current: TitleText }): Operation[] {
  return wordOperations(label, base.text, current.text, diffParagraphWords(base.text, current.text), { tabled: base.notes, amended: current.notes }, wholeWords(current))
}

/// The operations changing a section heading, named by its number as tabled: taken out,
/// put in (its number as amended and its words), or moved, and its words amended or, with
/// a number it must be given by name, replaced whole with that number.
function headingOperations(heading: HeadingChange): Operation[] {
  const { target, base, current, at } = heading
  if (heading.kind === 'deleted') return [{ kind: heading.whole ? 'deleteSection' : 'deleteHeading', label: target }]
  if (heading.kind === 'inserted') return [{ kind: 'insertHeading', at: at!, number: heading.newNumber, ...wholeWords(current!) }]
  const words: Operation[] = heading.renumber != null ? [{ kind: 'replace', label: target, number: heading.renumber, ...wholeWords(current!) }]
    : sameHeadingWords(base!.text, current!.text) && sameNotes(base!.notes, current!.notes) ? []
    : headingWordOperations(target, { base: base!, current: current! })
  return heading.kind === 'moved' ? [{ kind: 'moveHeading', label: target, to: at! }, ...words] : words
}

/// A title's or heading's words as put in whole, with the notes of their references.
const wholeWords = (t: TitleText): { text: string, notes?: readonly string[] } => t.notes.length ? { text: t.text.trim(), notes: t.notes } : { text: t.text.trim() }

/// Whether the plan removes a tabled paragraph anyway, with the paragraph it belongs to.
function goesWithParent(roles: Roles, b: ParagraphRecord): boolean {
  const { baseToCurrent } = roles.diff.alignment
  const parents = parentIndices(roles.diff.baseParagraphs)
  // Up the paragraphs it stands under (four levels at most): deleting one, or putting it
  // in again whole, takes its subparagraphs out with it (“Delete paragraph 13 (a)” takes
  // (a) (ii) out too).
  for (let p = parents[b.index]; p >= 0; p = parents[p]) {
    const c = baseToCurrent[p]
    if (c < 0 || roles.reinserted(roles.diff.currentParagraphs[c])) return true
  }
  return false
}

const plans = new WeakMap<ParagraphDiff, { entries: readonly ParagraphDiff[], operations: readonly Operation[] }>()
const headingPlans = new WeakMap<TitleChange | HeadingChange, readonly Operation[]>()

/// The operations of one amendment of a diff, naming paragraphs as the base (the text as
/// tabled) numbers them. Applied in the order of `amendmentsOf` to the base, the
/// operations of all amendments give the current text (applyAmendments.ts). An amendment
/// whose change goes in with a paragraph inserted whole (a subparagraph of a new
/// paragraph) has no operations of its own. With `apart` (the versions' blame, compare.ts),
/// word edits of a paragraph that it says two delegations proposed are never told as one
/// (`foldDenseRanges`); such a plan is made anew, not cached.
export function planAmendment(amendment: Amendment, diff: DocumentDiff, apart?: (entry: ParagraphDiff) => EditsApart): readonly Operation[] {
  const words = amendment.title ?? amendment.heading
  if (words) {
    const known = headingPlans.get(words)
    if (known) return known
    // A heading added, removed or moved, then the numbers it leaves to headings by name,
    // then the headings at the end of a section taken out whole, and the numbers they leave.
    const operations = amendment.heading ? [amendment.heading, ...amendment.numbersKept ?? [], ...(amendment.closing ?? []).flatMap(c => [c.heading!, ...c.numbersKept ?? []])].flatMap(headingOperations) : headingWordOperations(amendment.title!.label, amendment.title!)
    headingPlans.set(words, operations)
    return operations
  }
  const head = amendment.entries[0]
  if (apart) return operationsOf(amendment, rolesOf(diff), apart(head))
  const known = plans.get(head)
  if (known && known.entries.length === amendment.entries.length && known.entries.every((e, i) => e === amendment.entries[i])) return known.operations
  const operations = operationsOf(amendment, rolesOf(diff))
  plans.set(head, { entries: amendment.entries, operations })
  return operations
}

function operationsOf(amendment: Amendment, roles: Roles, apart?: EditsApart): Operation[] {
  const entry = amendment.entries[0]
  const { base, current } = entry
  if (amendment.setOut) {
    const [lead, ...subparagraphs] = newParagraphs(roles.diff, current!)
    const replace: Operation = { kind: 'replace', label: base!.label, text: lead.text, ...lead.notes && { notes: lead.notes }, subparagraphs }
    return entry.moved ? [{ kind: 'move', label: base!.label, to: placementOf(roles, current!) }, replace] : [replace]
  }
  switch (amendment.kind) {
    case 'modified': return textOperations(entry, apart)
    case 'deleted': return goesWithParent(roles, base!) ? [] : [{ kind: 'delete', label: base!.label }]
    case 'inserted':
      return roles.carrier(current!) ? [] : [{ kind: 'insert', at: placementOf(roles, current!), paragraphs: newParagraphs(roles.diff, current!) }]
    case 'moved': {
      const remove: Operation[] = goesWithParent(roles, base!) ? [] : [{ kind: 'delete', label: base!.label }]
      if (roles.carrier(current!)) return remove
      if (roles.reinserted(current!)) return [...remove, { kind: 'insert', at: placementOf(roles, current!), paragraphs: newParagraphs(roles.diff, current!) }]
      return [{ kind: 'move', label: base!.label, to: placementOf(roles, current!) }, ...textOperations(entry, apart)]
    }
  }
}

/// The operations of every amendment of a diff, in list order (`amendmentsOf`), leaving
/// out amendments that have none of their own.
export function planAmendmentList(diff: DocumentDiff): AmendmentOperations[] {
  return amendmentsOf(diff).map(a => planAmendment(a, diff)).filter(ops => ops.length > 0)
}
