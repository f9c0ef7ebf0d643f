import { Fragment, type Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { paragraphPositions, type ParagraphRecord } from './paragraphs'
import { diffDocuments, type DocumentDiff } from './diffDocuments'
import { amendmentsOf, type Amendment } from './amendments'
import type { TitleChange } from './titles'
import { headingChangesOf, partOfRecord, sectionLayoutOf, sectionOrdinal, type HeadingChange } from './sectionHeadings'
import { sectionSequence } from './sectionNumbers'
import { rolesOf } from './roles'
import { headingOrdinal } from './labels'
import { SetHeadingNumbersStep } from './headingNumbersStep'

type Side = 'base' | 'current'

/// The paragraphs of a diff on one side, and the map from the other side's indices to
/// this side's.
function sides(diff: DocumentDiff, target: Side) {
  const { currentToBase, baseToCurrent } = diff.alignment
  return target === 'base'
    ? { doc: diff.base, records: diff.baseParagraphs, source: diff.currentParagraphs, counterpart: currentToBase }
    : { doc: diff.current, records: diff.currentParagraphs, source: diff.baseParagraphs, counterpart: baseToCurrent }
}

/// Make one side of the diff agree with the other for one amendment, as steps on `tr`
/// (a transform of that side's document). Accepting folds the change into the base;
/// rejecting restores the base in the current document: the same operation, pointed
/// the other way. A paragraph present on the other side only is copied in where it stands
/// there, in its section (`placeOf`); a paragraph present here only
/// is removed; a modified or moved one takes the other side's text and place, keeping
/// its own id and its own subparagraphs.
function foldAmendment<T extends Transform>(tr: T, diff: DocumentDiff, amendment: Amendment, target: Side): T {
  const other: Side = target === 'base' ? 'current' : 'base'
  const { doc, records, source, counterpart } = sides(diff, target)
  if (tr.doc !== doc) throw new RangeError(`The transform must start from the ${target} document of the diff`)
  if (amendment.title) return foldTitle(tr, amendment.title, other)
  // A section taken out whole: accepting, its headings, then its paragraphs (below);
  // rejecting, its headings and paragraphs put back together, in their tabled order.
  if (amendment.heading) foldHeading(tr, diff, amendment.heading, target, amendment.numbersKept ?? [])
  keepNumbers(tr, doc, amendment.numbersKept ?? [], other)
  if (amendment.heading && (!amendment.entries.length || (amendment.heading.whole && target === 'current'))) return tr
  const positions = paragraphPositions(doc), roles = rolesOf(diff)
  const groupEnd = (index: number) => {
    let last = index
    while (records[last + 1]?.kind === 'sub') last++
    return positions[last] + records[last].node.nodeSize
  }
  // Where, in the target document, a paragraph of the other side belongs: after the
  // nearest paragraph of its own section before it that stays (roles.ts); a paragraph
  // that opens its section (none such before it) goes right after that section's heading
  // in the target, or else before the next paragraph of the section that stays, so that it
  // opens the same section there and not the end of the one before. Cost: O(part), each
  // section passed asked for its heading in O(1) (`sectionStart`).
  const placeOf = (record: ParagraphRecord, skip: ParagraphRecord | null): number => {
    const part = partOfRecord(record), section = sectionOrdinal(record.section)
    const paired = (i: number) => counterpart[i] >= 0 && records[counterpart[i]] !== skip
    // A paragraph that moves is no landmark: placed after it, a paragraph would follow it.
    const shared = (i: number) => paired(i) && roles.stays(target === 'base' ? source[i] : records[counterpart[i]])
    const sameSection = (s: ParagraphRecord) => partOfRecord(s) === part && sectionOrdinal(s.section) === section
    if (record.kind === 'sub') {
      for (let i = record.index - 1; i >= 0; i--) if (paired(i)) return positions[counterpart[i]] + records[counterpart[i]].node.nodeSize
    }
    let i = record.index - 1
    for (; i >= 0 && sameSection(source[i]); i--) if (source[i].kind !== 'sub' && shared(i)) return groupEnd(counterpart[i])
    if (section > 0) {
      const opening = sectionStart(diff, doc, other, part, section)
      if (opening != null) return opening
      for (let k = record.index + 1; k < source.length && sameSection(source[k]); k++) {
        if (source[k].kind !== 'sub' && shared(k)) return positions[counterpart[k]]
      }
      // Else after the nearest paragraph before it in its part that stays or right after
      // the heading of a section between that the target has too (one that has kept no
      // paragraph), whichever is nearer: a paragraph of a section the target lacks yet
      // goes after that heading, where putting the section's heading in leaves it.
      let s = section - 1
      for (; i >= 0 && partOfRecord(source[i]) === part; i--) {
        for (; s > sectionOrdinal(source[i].section); s--) { const start = sectionStart(diff, doc, other, part, s); if (start != null) return start }
        if (source[i].kind !== 'sub' && shared(i)) return groupEnd(counterpart[i])
      }
      for (; s > 0; s--) { const start = sectionStart(diff, doc, other, part, s); if (start != null) return start }
    }
    return partStart(doc, part)
  }
  const head = amendment.entries[0]
  const mine = head[target], theirs = head[other]
  // Set out again whole (a paragraph with its subparagraphs): the subparagraphs give way
  // to the other side's.
  const subparagraphs: Node[] = []
  if (amendment.setOut) for (let i = theirs!.index + 1; source[i]?.kind === 'sub'; i++) subparagraphs.push(source[i].node)
  if (amendment.setOut && !head.moved) {
    // In place: the paragraph's node (and a cursor inside it) stays; its words go after
    // its subparagraphs, so that their positions hold.
    const start = positions[mine!.index] + 1
    tr.replaceWith(start + mine!.node.content.size + 1, groupEnd(mine!.index), subparagraphs)
    return tr.replaceWith(start, start + mine!.node.content.size, theirs!.node.content)
  }
  if (mine && theirs) {
    if (!head.moved) {
      // Only the words: the paragraph node stays, and so does a cursor inside it.
      const start = positions[mine.index] + 1
      return tr.replaceWith(start, start + mine.node.content.size, theirs.node.content)
    }
    const replacement = theirs.node.type.create({ ...theirs.node.attrs, pid: mine.node.attrs.pid }, theirs.node.content, theirs.node.marks)
    const end = mine.kind === 'sub' ? positions[mine.index] + mine.node.nodeSize : groupEnd(mine.index)
    const carried = amendment.setOut ? Fragment.fromArray(subparagraphs) : doc.slice(positions[mine.index] + mine.node.nodeSize, end).content
    const to = placeOf(theirs, mine)
    tr.delete(positions[mine.index], end)
    return tr.insert(tr.mapping.map(to), Fragment.from(replacement).append(carried))
  }
  if (mine) {
    // A PP or OP taken out whose subparagraph the other side keeps under another
    // paragraph: that subparagraph goes where the other side has it, as it cannot stand
    // under none (the schema would give it an empty paragraph, which the next comparison
    // lists as a paragraph to take out, again and again).
    const gone = amendment.entries.map(e => e[target]!), going = new Set(gone)
    const otherIndex = target === 'base' ? diff.alignment.baseToCurrent : diff.alignment.currentToBase
    const kept: ParagraphRecord[] = []
    for (const r of gone) {
      if (r.kind === 'sub') continue
      for (let i = r.index + 1; records[i]?.kind === 'sub'; i++) if (otherIndex[i] >= 0 && !going.has(records[i])) kept.push(records[i])
    }
    const places = kept.map(r => placeOf(source[otherIndex[r.index]], r))
    removeParagraphs(tr, [...gone, ...kept].sort((a, b) => a.index - b.index), positions)
    const at = places.map(place => tr.mapping.map(place))
    // From the last place back, so that each insertion leaves the places before it; at one
    // place, the later first, so that they read in their order.
    for (const k of kept.map((_r, k) => k).sort((a, b) => at[b] - at[a] || b - a)) tr.insert(at[k], kept[k].node)
    return tr
  }
  return tr.insert(tr.mapping.map(placeOf(theirs!, null)), Fragment.fromArray(amendment.entries.map(e => e[other]!.node)))
}

/// Take out `paragraphs` of the transform's starting document (`positions`: where each
/// paragraph stood there), in reading order: those that stood next to each other in one
/// step, from the last to the first. A section taken out whole is one step, or a few
/// where a paragraph of it went elsewhere, not one step a paragraph: ProseMirror applies
/// a step in O(part), so that one a paragraph was O(paragraphs × part). The steps map
/// every position as deleting the paragraphs one by one would. Cost: O(paragraphs + part).
function removeParagraphs<T extends Transform>(tr: T, paragraphs: readonly ParagraphRecord[], positions: readonly number[]): T {
  const ranges: Array<{ from: number, to: number }> = []
  for (const r of paragraphs) {
    const from = positions[r.index], to = from + r.node.nodeSize, last = ranges[ranges.length - 1]
    if (last?.to === from) last.to = to
    else ranges.push({ from, to })
  }
  for (const { from, to } of ranges.reverse()) tr.delete(tr.mapping.map(from), tr.mapping.map(to))
  return tr
}

/// The headings whose numbers another heading's change keeps by name (amendments.ts)
/// take the other side's numbers, in one step; that change, folded first, leaves them as
/// they were (`foldHeading` numbers them not), so a heading bearing its number already
/// takes none. Cost: O(part).
function keepNumbers<T extends Transform>(tr: T, doc: Node, kept: readonly HeadingChange[], other: Side): void {
  const numbers = kept.flatMap(heading => {
    const { pos, node } = keptHeading(doc, heading, other)
    const number = heading[other]!.node!.attrs.number as string
    return node.attrs.number === number ? [] : [{ pos: tr.mapping.map(pos), number }]
  })
  if (numbers.length) tr.step(new SetHeadingNumbersStep(numbers))
}

/// The heading of the target `doc` (the side other than `other`) whose number `heading`
/// keeps by name.
function keptHeading(doc: Node, heading: HeadingChange, other: Side): { node: Node, pos: number } {
  return headingsIn(doc, heading.annex).headings[headingOrdinal(other === 'base' ? heading.to! : heading.from!) - 1]
}

/// A title takes the other side's words: the document's, a field of the heading (at
/// position 0); an annex's, the content of its `annex_title` node.
function foldTitle<T extends Transform>(tr: T, title: TitleChange, other: Side): T {
  const words = title[other]
  if (!words.node) return tr.setNodeAttribute(0, 'title', words.text)
  let pos = 0
  for (let i = 0; i < 3 + title.annex; i++) pos += tr.doc.child(i).nodeSize
  const node = tr.doc.child(3 + title.annex).firstChild!
  return tr.replaceWith(pos + 2, pos + 2 + node.content.size, words.node.content)
}

/// Where the paragraphs of a part start in `doc`: the preamble's (`part` -1), the
/// operative part's (0), or an annex's, after its title.
function partStart(doc: Node, part: number): number {
  const child = part < 0 ? 2 : 3 + part
  let pos = 1
  for (let i = 0; i < child; i++) pos += doc.child(i).nodeSize
  const first = doc.child(child).firstChild
  return first?.type.name === 'annex_title' ? pos + first.nodeSize : pos
}

/// Right after the heading, in the target `doc`, paired with the one that opens section
/// `section` (1-based) of `part` on the `from` side; null where it has none there (a heading
/// deleted, or put in, on the `from` side). Cost: O(1) once the part's headings are listed
/// (`headingsIn`) and the moved ones known (`movedHeadings`), so that placing a paragraph
/// past many sections that lack a paired heading (a block of new sections) stays linear.
function sectionStart(diff: DocumentDiff, doc: Node, from: Side, part: number, section: number): number | null {
  const { headings } = headingsIn(doc, part)
  const paired = pairedHeading(diff, from, part, section)
  const heading = paired ? headings[paired - 1] : null
  return heading ? heading.pos + heading.node.nodeSize : null
}

/// The 1-based place, on the other side, of the heading paired with heading `ordinal` of
/// `part` on the `from` side, as the alignment pairs them (`SectionLayout.pairOf`); null
/// for a heading the other side lacks, or has elsewhere (moved: its section's paragraphs
/// are placed by the paragraphs around them).
function pairedHeading(diff: DocumentDiff, from: Side, part: number, ordinal: number): number | null {
  return movedHeadings(diff)[from].has(`${part}|${ordinal}`) ? null : sectionLayoutOf(diff).pairOf(part, ordinal, from)
}

const movedCache = new WeakMap<DocumentDiff, Record<Side, Set<string>>>()

/// The headings a diff moves, on each side, as `part|ordinal` (1-based). Found once per
/// diff: O(heading changes).
function movedHeadings(diff: DocumentDiff): Record<Side, Set<string>> {
  const known = movedCache.get(diff)
  if (known) return known
  const moved: Record<Side, Set<string>> = { base: new Set(), current: new Set() }
  for (const c of sectionLayoutOf(diff).changes) {
    if (c.kind !== 'moved') continue
    moved.base.add(`${c.annex}|${headingOrdinal(c.from!)}`)
    moved.current.add(`${c.annex}|${headingOrdinal(c.to!)}`)
  }
  movedCache.set(diff, moved)
  return moved
}

interface PartHeadings { readonly headings: ReadonlyArray<{ node: Node, pos: number }>, readonly end: number }

const headingsCache = new WeakMap<Node, Map<number, PartHeadings>>()

/// The section headings of part `annex` (the operative part, child 3, or annex `annex`,
/// child 3 + `annex`) of a document: each node and its position; and where the part's
/// content ends. Read once per document and part (a document never changes), since
/// placing one paragraph may ask for them once per section it passes: O(part) the first
/// time, O(1) after.
function headingsIn(doc: Node, annex: number): PartHeadings {
  let parts = headingsCache.get(doc)
  if (!parts) headingsCache.set(doc, parts = new Map())
  const known = parts.get(annex)
  if (known) return known
  const read = readHeadings(doc, annex)
  parts.set(annex, read)
  return read
}

function readHeadings(doc: Node, annex: number): PartHeadings {
  let pos = 0
  for (let i = 0; i < 3 + annex; i++) pos += doc.child(i).nodeSize
  const part = doc.child(3 + annex), headings: Array<{ node: Node, pos: number }> = []
  part.forEach((node, offset) => { if (node.type.name === 'section_heading') headings.push({ node, pos: pos + 1 + offset }) })
  return { headings, end: pos + 1 + part.content.size }
}

/// Make one side's section heading agree with the other's: its words (and a number given
/// by name), its place, or whether it is there at all. A heading put in on the target
/// side stands where the other side's stands: before the tabled paragraph the change
/// names (`at`) or before the tabled heading it names, or, rejecting, before the first paragraph after the tabled heading that
/// stays or the first heading that follows it as tabled, whichever comes first. Where
/// headings were added, removed or moved in a part whose tabled headings are numbered in
/// sequence, the part is numbered anew from that sequence, as an amendment list gives it
/// (sectionNumbers.ts); rejecting a renumbering gives the number the place has in it. The
/// headings whose numbers the change keeps by name (`kept`, `Amendment.numbersKept`) are
/// left for `keepNumbers`. The headings numbered anew take their numbers in one
/// `SetHeadingNumbersStep`, which maps no position of the editor's document. Cost: O(part).
function foldHeading<T extends Transform>(tr: T, diff: DocumentDiff, heading: HeadingChange, target: Side, kept: readonly HeadingChange[]): T {
  const other: Side = target === 'base' ? 'current' : 'base'
  const doc = tr.doc, { headings, end } = headingsIn(doc, heading.annex)
  const own = target === 'base' ? heading.from : heading.to, theirs = other === 'base' ? heading.from : heading.to
  const mine = own ? headings[headingOrdinal(own) - 1] : null
  if (own && !mine) throw new RangeError(`The document has no section heading ${own}`)
  // Numbers run in the tabled text's sequence, as the comparison expects them
  // (sectionHeadings.ts): the target's own headings may have none left to show it.
  const sequence = sectionSequence(numbersOf(headingsIn(diff.base, heading.annex).headings))
  if (heading.kind === 'modified') {
    const words = heading[other]!.node!
    tr.replaceWith(mine!.pos + 1, mine!.pos + 1 + mine!.node.content.size, words.content)
    if (heading.renumber == null) return tr
    // Rejecting a renumbering gives the number the heading's place has in sequence.
    const number = target === 'current' && sequence ? sequence(numbersOf(headings), insertedIn(diff, heading.annex, target, sequence))[heading.ordinal - 1] : words.attrs.number
    return tr.setNodeAttribute(mine!.pos, 'number', number)
  }
  const node = theirs ? heading[other]!.node! : null
  const place = node ? Math.min(headingPlace(diff, heading, target, end), target === 'current' && heading.restoreBefore ? headings[heading.restoreBefore - 1].pos : end) : -1
  // A section taken out whole goes with the subheadings it holds.
  const removed = mine ? headings.slice(headings.indexOf(mine), headings.indexOf(mine) + 1 + heading.subheadings) : []
  for (const h of [...removed].reverse()) tr.delete(h.pos, h.pos + h.node.nodeSize)
  const gone = new Set(removed)
  const at = node ? tr.mapping.map(place) : -1
  if (node) tr.insert(at, heading.whole ? tabledSection(diff, heading) : node.type.create(node.attrs, node.content))
  if (!sequence) return tr
  // Headings numbered in sequence where they stood take the numbers of their new places,
  // and so does a tabled heading put back; one given a number of its own by name keeps
  // it, as does one the amended text moves with a number of its own; one it puts in with
  // a number of its own keeps it and takes no place (sectionNumbers.ts).
  const inserted = insertedIn(diff, heading.annex, target, sequence)
  const inSequence = sequence(numbersOf(headings), inserted)
  const byName = new Set([...headings.filter((h, k) => !gone.has(h) && h.node.attrs.number !== inSequence[k]), ...kept.map(h => keptHeading(doc, h, other))].map(h => tr.mapping.map(h.pos)))
  const placed = new Set(headings.filter((h, k) => !gone.has(h) && inserted(k)).map(h => tr.mapping.map(h.pos)))
  if (target === 'base' && node && heading.kind === 'inserted' && insertedIn(diff, heading.annex, 'current', sequence)(headingOrdinal(heading.to!) - 1)) placed.add(at)
  else if (target === 'base' && node && heading.renumber != null) byName.add(at)
  const now = headingsIn(tr.doc, heading.annex).headings, renumbered = sequence(numbersOf(now), k => placed.has(now[k].pos))
  const numbered = now.flatMap((h, k) => !byName.has(h.pos) && h.node.attrs.number !== renumbered[k] ? [{ pos: h.pos, number: renumbered[k] }] : [])
  return numbered.length ? tr.step(new SetHeadingNumbersStep(numbered)) : tr
}

/// Whether the `k`-th (0-based) section heading of part `annex` on side `side` is one the
/// amended text puts in (none of the tabled text's) with a number of its own that is not
/// its place's in the tabled `sequence` (“II bis”), so it takes no place in it
/// (sectionNumbers.ts). One put in with its place's number takes a place, wherever it is
/// accepted alone or stays while another change is rejected: the number it bears counts
/// the headings put in before it. Cost: O(headings of the part).
function insertedIn(diff: DocumentDiff, annex: number, side: Side, sequence: ReturnType<typeof sectionSequence>): (k: number) => boolean {
  if (side === 'base' || !sequence) return () => false
  const inserted = new Set(headingChangesOf(diff).flatMap(c => c.annex === annex && c.kind === 'inserted' ? [headingOrdinal(c.to!) - 1] : []))
  const numbers = numbersOf(headingsIn(diff.current, annex).headings), places = sequence(numbers.map(() => '#'))
  const own = new Set<number>()
  let place = 0
  numbers.forEach((n, k) => { if (n && inserted.has(k) && n !== places[place]) own.add(k); else if (n) place++ })
  return k => own.has(k)
}

/// The numbers of section headings, in order ('' for an unnumbered one).
const numbersOf = (headings: ReadonlyArray<{ node: Node }>): string[] => headings.map(h => h.node.attrs.number as string)

/// A section taken out whole, as tabled: its heading, the subheadings it holds and the
/// paragraphs under them that the amended text lacks (a subparagraph moved elsewhere stays
/// there), in their order, for rejecting its deletion.
function tabledSection(diff: DocumentDiff, heading: HeadingChange): Fragment {
  const { headings, end } = headingsIn(diff.base, heading.annex)
  const from = headings[heading.ordinal - 1].pos, to = headings[heading.ordinal + heading.subheadings]?.pos ?? end
  const positions = paragraphPositions(diff.base), { baseToCurrent } = diff.alignment
  const gone = new Set(diff.baseParagraphs.flatMap(r => baseToCurrent[r.index] < 0 && positions[r.index] >= from && positions[r.index] < to ? [positions[r.index]] : []))
  const nodes: Node[] = []
  diff.base.nodesBetween(from, to, (node, pos) => {
    if (pos >= from && (node.type.name === 'section_heading' || gone.has(pos))) nodes.push(node)
    return pos < from
  })
  return Fragment.fromArray(nodes)
}

/// Where, in the target side's document as it was, the other side's heading goes.
function headingPlace(diff: DocumentDiff, heading: HeadingChange, target: Side, end: number): number {
  if (target === 'base') {
    if (heading.atHeading) return headingsIn(diff.base, heading.annex).headings[heading.atHeading - 1].pos
    if (heading.at!.where === 'last') return end
    const label = heading.at!.label
    const record = diff.baseParagraphs.find(r => r.label === label)!
    return paragraphPositions(diff.base)[record.index]
  }
  // Rejecting: before the first paragraph of the tabled heading's section, or of a later
  // one, that stays.
  const roles = rolesOf(diff), ordinal = headingOrdinal(heading.from!)
  const { baseToCurrent } = diff.alignment
  const stays = diff.baseParagraphs.find(b => b.kind !== 'sub' && partOfRecord(b) === heading.annex && sectionOrdinal(b.section) >= ordinal &&
    baseToCurrent[b.index] >= 0 && roles.stays(diff.currentParagraphs[baseToCurrent[b.index]]) && partOfRecord(diff.currentParagraphs[baseToCurrent[b.index]]) === heading.annex)
  return stays ? paragraphPositions(diff.current)[baseToCurrent[stays.index]] : end
}

/// One amendment folded (`foldAmendment`), and for a section taken out whole, the heading
/// changes at its end (`Amendment.closing`) after it, in order: each one's own amendment
/// in the comparison of the text the folds before it give with the other side, found by
/// its tabled place (accepting, the section no longer stands before it), or, for a
/// heading put in, by its words. Folded before the section, the closing heading would
/// give its paragraphs to the section, and a heading put in at its end would stand in
/// it, which then could not go whole.
function foldWithClosing<T extends Transform>(tr: T, diff: DocumentDiff, amendment: Amendment, target: Side): T {
  foldAmendment(tr, diff, amendment, target)
  for (const { heading: closing } of amendment.closing ?? []) {
    const next = target === 'base' ? diffDocuments(tr.doc, diff.current) : diffDocuments(diff.base, tr.doc)
    const ordinal = closing!.from ? headingOrdinal(closing!.from) - (target === 'base' ? 1 + amendment.heading!.subheadings : 0) : 0
    const own = amendmentsOf(next).find(a => a.heading?.kind === closing!.kind && a.heading.annex === closing!.annex &&
      (closing!.kind === 'inserted' ? a.heading.current!.text === closing!.current!.text : a.heading.from != null && headingOrdinal(a.heading.from) === ordinal))
    if (own) for (const step of foldWithClosing(new Transform(tr.doc), next, own, target).steps) tr.step(step)
  }
  return tr
}

/// The base after accepting one amendment. Cost: linear in the document (a walk of its
/// paragraphs and of the parts it changes; its headings numbered anew in one step).
export function acceptChange(diff: DocumentDiff, amendment: Amendment): Node {
  return foldWithParent(new Transform(diff.base), diff, amendment, 'base').doc
}

/// One amendment folded, after the amendment that puts in (on the target side) the
/// paragraph a subparagraph it moves goes under there, where the target lacks that
/// paragraph: a subparagraph moved into a paragraph the amended text puts in, accepted,
/// or moved out of one it takes out, rejected, would otherwise go under the paragraph
/// before it, and the next comparison would list its move again, for ever. That
/// paragraph's amendment is folded first, then the move, found again in the comparison
/// the first fold leaves by the subparagraph's node. Cost: two folds and a comparison.
function foldWithParent<T extends Transform>(tr: T, diff: DocumentDiff, amendment: Amendment, target: Side): T {
  const head = amendment.entries[0], other: Side = target === 'base' ? 'current' : 'base'
  const moved = amendment.kind === 'moved' && head?.[other]?.kind === 'sub' ? head[other]! : null
  const parent = moved && sides(diff, target).counterpart[moved.head] < 0 ? (other === 'base' ? diff.baseParagraphs : diff.currentParagraphs)[moved.head] : null
  const first = parent && amendmentsOf(diff).find(a => a.entries[0]?.[other] === parent)
  if (!first) return foldWithClosing(tr, diff, amendment, target)
  foldWithClosing(tr, diff, first, target)
  const next = target === 'base' ? diffDocuments(tr.doc, diff.current) : diffDocuments(diff.base, tr.doc)
  const own = amendmentsOf(next).find(a => a.entries[0]?.[target]?.node === head[target]!.node)
  if (own) for (const step of foldWithClosing(new Transform(tr.doc), next, own, target).steps) tr.step(step)
  return tr
}

/// Reject one amendment: restore the base wording in the current document, as steps on
/// `tr`, a transform (or transaction) of `diff.current`. Cost: linear in the document
/// (its headings numbered anew in one step, `SetHeadingNumbersStep`).
export function rejectChange<T extends Transform>(diff: DocumentDiff, amendment: Amendment, tr: T): T {
  return foldWithParent(tr, diff, amendment, 'current')
}

/// Where the amended parts of a document start: after its heading and organ line, which
/// amendments do not touch. Preamble, operative part and annexes follow.
const amendedParts = (doc: Node) => doc.child(0).nodeSize + doc.child(1).nodeSize

/// The base after accepting every amendment: the current text, annexes and title
/// included, under the base's heading (with the current title) and organ line.
export function acceptAllChanges(diff: DocumentDiff): Node {
  const { base, current } = diff
  const title = current.child(0).attrs.title
  const heading = base.child(0).attrs.title === title ? base.child(0) : base.child(0).type.create({ ...base.child(0).attrs, title })
  return base.copy(Fragment.fromArray([heading, base.child(1)]).append(current.content.cut(amendedParts(current))))
}

/// Reject every amendment: the base text, annexes and title included, in the current
/// document.
export function rejectAllChanges<T extends Transform>(diff: DocumentDiff, tr: T): T {
  const { base, current } = diff
  tr.replaceWith(amendedParts(current), current.content.size, base.content.cut(amendedParts(base)))
  return base.child(0).attrs.title === current.child(0).attrs.title ? tr : tr.setNodeAttribute(0, 'title', base.child(0).attrs.title)
}
