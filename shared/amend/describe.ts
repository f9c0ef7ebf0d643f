import type { ParagraphRecord } from './paragraphs'
import type { DocumentDiff, ParagraphDiff } from './diffDocuments'
import type { Amendment } from './amendments'
import { placeEdits, type PlacedEdit } from './placeEdits'

/// A paragraph's name in amendment wording, split into the PP or OP and the
/// subparagraph trail: `operative paragraph 12` and `(a) (ii)`.
interface Name { readonly paragraph: string, readonly subparagraph: string }

function nameOf(label: string): Name {
  const m = /^(PP|OP)(\d+)(.*)$/.exec(label)
  if (!m) throw new RangeError(`Not a paragraph label: ${label}`)
  return {
    paragraph: (m[1] === 'PP' ? 'preambular paragraph ' : 'operative paragraph ') + m[2],
    subparagraph: (m[3].match(/\([^)]*\)/g) ?? []).join(' ')
  }
}

/// `operative paragraph 12, subparagraph (a)`: where an edit inside a paragraph falls.
function location(name: Name): string {
  return name.subparagraph ? `${name.paragraph}, subparagraph ${name.subparagraph}` : name.paragraph
}

/// `subparagraph (a) of operative paragraph 12`, or `operative paragraph 12`.
function fullName(name: Name): string {
  return name.subparagraph ? `subparagraph ${name.subparagraph} of ${name.paragraph}` : name.paragraph
}

const quote = (text: string) => `“${text}”`

function editPhrase(edit: PlacedEdit): string {
  const place = edit.before != null ? `after the words ${quote(edit.before)}, `
    : edit.after != null ? `before the words ${quote(edit.after)}, ` : ''
  switch (edit.op) {
    case 'insert': return `${place}insert ${quote(edit.text!)}`
    case 'delete': return `${place}delete the words ${quote(edit.old!)}`
    case 'replace': return `${place}replace the words ${quote(edit.old!)} with ${quote(edit.text!)}`
  }
}

/// Join clauses the way a list of amendments to one paragraph reads: `a; b; and c`.
function joinClauses(clauses: readonly string[]): string {
  if (clauses.length < 2) return clauses.join('')
  return clauses.slice(0, -1).join('; ') + '; and ' + clauses[clauses.length - 1]
}

/// The edits of a modified pair, placed and quoted.
export function placedEditsOf(entry: ParagraphDiff): PlacedEdit[] {
  return entry.words ? placeEdits(entry.base!.text, entry.current!.text, entry.words) : []
}

/// Text of an inserted paragraph with the subparagraphs inserted with it, these numbered
/// as in the current document.
export function insertedText(amendment: Amendment): string {
  return amendment.entries.map((e, i) => {
    const r = e.current!
    return (i > 0 ? /\([^)]*\)$/.exec(r.label)![0] + ' ' : '') + r.text.trim()
  }).join(' ')
}

const cache = new WeakMap<ParagraphDiff, { entries: readonly ParagraphDiff[], description: string }>()

/// The amendment in United Nations wording. Removed and moved-away text is named by the
/// numbering of the base (the text being amended), added text by the numbering of the
/// current document, as `penholder compare` promises.
export function describeAmendment(amendment: Amendment, diff: DocumentDiff): string {
  const head = amendment.entries[0]
  const known = cache.get(head)
  if (known && known.entries.length === amendment.entries.length && known.entries.every((e, i) => e === amendment.entries[i])) {
    return known.description
  }
  const description = wordAmendment(amendment, diff)
  cache.set(head, { entries: amendment.entries, description })
  return description
}

function wordAmendment(amendment: Amendment, diff: DocumentDiff): string {
  const entry = amendment.entries[0]
  switch (amendment.kind) {
    case 'modified': {
      const name = nameOf(entry.base!.label)
      if (entry.words!.rewritten) {
        return name.subparagraph
          ? `In ${name.paragraph}, replace subparagraph ${name.subparagraph} with the following: ${quote(entry.current!.text.trim())}`
          : `Replace ${name.paragraph} with the following: ${quote(entry.current!.text.trim())}`
      }
      return `In ${location(name)}, ${joinClauses(placedEditsOf(entry).map(editPhrase))}`
    }
    case 'deleted': {
      const name = nameOf(entry.base!.label)
      if (name.subparagraph) return `In ${name.paragraph}, delete subparagraph ${name.subparagraph}`
      const renumber = entry.base!.kind === 'op' && hasLaterOperative(diff, entry.base!)
      return `Delete ${name.paragraph}${renumber ? ' and renumber the subsequent paragraphs accordingly' : ''}`
    }
    case 'inserted':
      return entry.current!.kind === 'sub' ? insertedSubparagraph(amendment, diff) : insertedParagraph(amendment, diff)
    case 'moved': {
      const move = entry.current!.kind === 'sub' ? movedSubparagraph(entry, diff) : movedParagraph(entry, diff)
      if (!entry.words) return move
      if (entry.words.rewritten) return `${move} and replace it with the following: ${quote(entry.current!.text.trim())}`
      return `${move} and, in it, ${joinClauses(placedEditsOf(entry).map(editPhrase))}`
    }
  }
}

function hasLaterOperative(diff: DocumentDiff, record: ParagraphRecord): boolean {
  for (let i = record.index + 1; i < diff.baseParagraphs.length; i++) if (diff.baseParagraphs[i].kind === 'op') return true
  return false
}

/// The counterpart in the base of a current paragraph, if any.
function baseOf(diff: DocumentDiff, record: ParagraphRecord): ParagraphRecord | null {
  const b = diff.alignment.currentToBase[record.index]
  return b >= 0 ? diff.baseParagraphs[b] : null
}

/// How to name a current paragraph as an anchor: by its base numbering if it was there
/// before, as `new …` in the current numbering if it is itself new.
function anchorName(diff: DocumentDiff, record: ParagraphRecord, render: (n: Name) => string): string {
  const base = baseOf(diff, record)
  return base ? render(nameOf(base.label)) : 'new ' + render(nameOf(record.label))
}

/// The nearest PP or OP of the same part before (or, failing that, after) a current
/// paragraph.
function neighbourParagraph(diff: DocumentDiff, record: ParagraphRecord): { record: ParagraphRecord, before: boolean } | null {
  const list = diff.currentParagraphs
  for (let i = record.index - 1; i >= 0; i--) {
    if (list[i].kind === record.kind) return { record: list[i], before: true }
    if (list[i].kind !== 'sub') break
  }
  for (let i = record.index + 1; i < list.length; i++) {
    if (list[i].kind === record.kind && baseOf(diff, list[i])) return { record: list[i], before: false }
    if (list[i].kind !== 'sub' && list[i].kind !== record.kind) break
  }
  return null
}

const partName = (record: ParagraphRecord) => record.kind === 'pp' ? 'preambular' : 'operative'

function insertedParagraph(amendment: Amendment, diff: DocumentDiff): string {
  const record = amendment.entries[0].current!
  const text = quote(insertedText(amendment))
  const neighbour = neighbourParagraph(diff, record)
  if (!neighbour) return `Insert a new ${partName(record)} paragraph reading: ${text}`
  const anchor = anchorName(diff, neighbour.record, n => n.paragraph)
  return `${neighbour.before ? 'After' : 'Before'} ${anchor}, insert a new paragraph reading: ${text}`
}

function movedParagraph(entry: ParagraphDiff, diff: DocumentDiff): string {
  const moved = fullName(nameOf(entry.base!.label))
  const neighbour = neighbourParagraph(diff, entry.current!)
  if (!neighbour) return `Move ${moved} to the ${entry.current!.kind === 'pp' ? 'preamble' : 'operative part'}`
  const anchor = anchorName(diff, neighbour.record, n => n.paragraph)
  return `Move ${moved} to ${neighbour.before ? 'follow' : 'precede'} ${anchor}`
}

/// The paragraph or subparagraph just before a current subparagraph in its paragraph.
function previousInParagraph(diff: DocumentDiff, record: ParagraphRecord): ParagraphRecord {
  return diff.currentParagraphs[record.index - 1]
}

/// The base name of the paragraph a current subparagraph belongs to.
function parentName(diff: DocumentDiff, record: ParagraphRecord): string {
  return anchorName(diff, diff.currentParagraphs[record.head], n => n.paragraph)
}

function insertedSubparagraph(amendment: Amendment, diff: DocumentDiff): string {
  const record = amendment.entries[0].current!
  const parent = parentName(diff, record)
  const text = `subparagraph ${nameOf(record.label).subparagraph} reading: ${quote(insertedText(amendment))}`
  const previous = previousInParagraph(diff, record)
  if (previous.kind !== 'sub') {
    const list = diff.currentParagraphs
    let next: ParagraphRecord | null = null
    for (let i = record.index + 1; i < list.length && list[i].kind === 'sub' && !next; i++) if (baseOf(diff, list[i])) next = list[i]
    const where = next ? `before ${anchorName(diff, next, n => 'subparagraph ' + n.subparagraph)}, ` : ''
    return `In ${parent}, ${where}insert a new ${text}`
  }
  const previousBase = baseOf(diff, previous)
  const sameParent = previousBase && baseOf(diff, diff.currentParagraphs[record.head])?.index === previousBase.head
  const anchor = !previousBase ? 'new subparagraph ' + nameOf(previous.label).subparagraph
    : sameParent ? 'subparagraph ' + nameOf(previousBase.label).subparagraph
    : fullName(nameOf(previousBase.label))
  return `In ${parent}, after ${anchor}, insert a new ${text}`
}

function movedSubparagraph(entry: ParagraphDiff, diff: DocumentDiff): string {
  const record = entry.current!
  const name = nameOf(entry.base!.label)
  const parent = diff.currentParagraphs[record.head]
  const parentBase = baseOf(diff, parent)
  const sameParent = parentBase != null && parentBase.index === entry.base!.head
  const previous = previousInParagraph(diff, record)
  if (previous.kind !== 'sub') {
    return sameParent
      ? `In ${name.paragraph}, move subparagraph ${name.subparagraph} to become the first subparagraph`
      : `Move ${fullName(name)} to become the first subparagraph of ${anchorName(diff, parent, n => n.paragraph)}`
  }
  const previousBase = baseOf(diff, previous)
  if (sameParent && previousBase && previousBase.head === parentBase!.index) {
    return `In ${name.paragraph}, move subparagraph ${name.subparagraph} to follow subparagraph ${nameOf(previousBase.label).subparagraph}`
  }
  return `Move ${fullName(name)} to follow ${anchorName(diff, previous, fullName)}`
}
