import type { Node } from 'prosemirror-model'
import { Paragraph, type IParagraphOptions, type ParagraphChild } from 'docx'
import { diffDocuments, diffParagraphWords, type DocumentDiff, type ParagraphDiff, type WordEdit } from '../../amend'
import type { ResolutionMeta } from '../../schema'
import { frontMatter, resolutionBlocks, type Block, type FrontLine } from './blocks'
import type { DocxOptions } from './layout'
import { assignLists, type ListItem } from './numbering'
import { packageResolution } from './package'
import { RevisionIds, pieceRun, trackedRuns, type RevisionSignature } from './revisionMarkup'
import { textPieces, type TextPiece } from './runs'

export interface RedlineOptions extends DocxOptions {
  /// When the changes were made, ISO 8601 (default: now), written on every revision.
  date?: Date
  /// The proposer of a changed paragraph (cli.md, "Proposers"); revisions without one
  /// carry `author`, or `Unknown` when there is none either.
  proposerOf?: (entry: ParagraphDiff) => string | undefined
}

/// One paragraph of the redline in reading order: a pair of the diff, or one side of a
/// moved paragraph (deleted where it stood, inserted where it stands).
interface RedlineItem {
  readonly kind: 'pair' | 'movedFrom' | 'movedTo'
  readonly pair: ParagraphDiff
}

/// A paragraph's text and its pieces, whether a document paragraph or a heading line.
interface Side {
  readonly text: string
  pieces(from: number, to: number): TextPiece[]
}

const nodeSide = (node: Node): Side => ({ text: node.textContent, pieces: (from, to) => textPieces(node, from, to) })
const lineSide = (text: string): Side => ({ text, pieces: (from, to) => from < to ? [{ text: text.slice(from, to), italic: false }] : [] })

/// The redline of `base` → `current` as a .docx with real tracked changes, from the
/// structural diff (shared/amend): words inserted and deleted inside a paragraph as one
/// `w:ins`/`w:del` per edit, paragraphs inserted or deleted with their paragraph marks
/// tracked (ECMA-376 17.13.5.15, 17.13.5.16), a moved paragraph as a deletion where it
/// stood and an insertion where it stands. Accepting every revision gives `current`,
/// rejecting every one gives `base`: a deleted paragraph mark joins its paragraph to the
/// next (ECMA-376 17.13.5.16), so no tracked paragraph is left last: an empty paragraph
/// closes the document when the last one is tracked. Heading lines, section headings,
/// annex captions and titles and closing lines that differ are tracked the same way.
export async function exportRedlineDocx(base: Node, current: Node, options: RedlineOptions = {}): Promise<Uint8Array> {
  const diff = diffDocuments(base, current)
  const meta = current.firstChild!.attrs as ResolutionMeta
  const date = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const fallback: RevisionSignature = { author: options.author?.trim() || 'Unknown', date }
  const signatureOf = (entry: ParagraphDiff): RevisionSignature => {
    const proposer = options.proposerOf?.(entry)
    return proposer ? { author: proposer, date } : fallback
  }
  const ids = new RevisionIds()
  const body: Emitted[] = frontLines(frontMatter(base), frontMatter(current), ids, fallback)
  const [baseSide, currentSide] = [base, current].map(sideBlocks)
  const line = (block: LineBlock, kind?: 'ins' | 'del'): Emitted => kind
    ? trackedParagraph(kind, { format: { style: block.style } }, piecesSide(block.pieces), ids, fallback)
    : { format: { style: block.style }, children: block.pieces.map(pieceRun), mark: null }
  /// The lines standing before a paragraph (or at the end): kept where both texts have
  /// the same ones, or else the old deleted and the new inserted.
  const lines = (old: readonly LineBlock[], now: readonly LineBlock[]) => {
    if (sameLines(old, now)) for (const block of now) body.push(line(block))
    else {
      for (const block of old) body.push(line(block, 'del'))
      for (const block of now) body.push(line(block, 'ins'))
    }
  }
  for (const entry of readingOrder(diff)) {
    const { pair } = entry
    const signature = signatureOf(pair)
    const fromBase = entry.kind === 'movedFrom' || !pair.current
    const record = (fromBase ? pair.base : pair.current)!
    lines(entry.kind !== 'movedTo' && pair.base ? baseSide.before.get(pair.base.node) ?? [] : [],
      entry.kind !== 'movedFrom' && pair.current ? currentSide.before.get(pair.current.node) ?? [] : [])
    const item = (fromBase ? baseSide : currentSide).items.get(record.node)!
    if (entry.kind === 'pair' && pair.base && pair.current) {
      body.push({ item, children: editedChildren(nodeSide(pair.base.node), nodeSide(pair.current.node), pair.words?.edits ?? [], ids, signature), mark: null })
    } else {
      body.push(trackedParagraph(fromBase ? 'del' : 'ins', { item }, nodeSide(record.node), ids, signature))
    }
  }
  lines(baseSide.after, currentSide.after)
  const lists = assignLists(body.flatMap(p => p.item ? [p.item] : []), meta.lang, current.child(3).attrs.start ?? 1)
  let i = 0
  for (const p of body) if (p.item) p.format = lists.formats[i++]
  const paragraphs = endUntracked(body).map(p => new Paragraph({ ...p.format, ...p.mark && { run: p.mark }, children: p.children }))
  return packageResolution(meta, paragraphs, lists.numbering, options, { trackRevisions: true })
}

type LineBlock = Block & { kind: 'line' }

/// The blocks of one side of the redline: each paragraph's place on the lists, and the
/// section headings, annex captions and titles and closing lines by the paragraph they
/// stand before, with those after its last paragraph.
function sideBlocks(doc: Node): { items: Map<Node, ListItem>, before: Map<Node, LineBlock[]>, after: LineBlock[] } {
  const items = new Map<Node, ListItem>()
  const before = new Map<Node, LineBlock[]>()
  let pending: LineBlock[] = []
  for (const block of resolutionBlocks(doc)) {
    if (block.kind === 'line') { pending.push(block); continue }
    items.set(block.node, block.item)
    if (pending.length) before.set(block.node, pending)
    pending = []
  }
  return { items, before, after: pending }
}

function sameLines(a: readonly LineBlock[], b: readonly LineBlock[]): boolean {
  return a.length === b.length && a.every((line, i) => line.style === b[i].style && JSON.stringify(line.pieces) === JSON.stringify(b[i].pieces))
}

function piecesSide(pieces: readonly TextPiece[]): Side {
  const text = pieces.map(p => p.text).join('')
  return { text, pieces: (from, to) => from === 0 && to === text.length ? [...pieces] : [] }
}

/// The diff's entries with each moved paragraph split in two: its deletion just before
/// the first paragraph that kept its place and followed it in the base, its insertion
/// where it now stands. The entries' base paragraphs that did not move are in base order,
/// which places each deletion in one pass.
function readingOrder(diff: DocumentDiff): RedlineItem[] {
  const movedFrom = diff.entries.filter(e => e.moved && e.base).sort((a, b) => a.base!.index - b.base!.index)
  const items: RedlineItem[] = []
  let next = 0
  for (const entry of diff.entries) {
    if (entry.base && !entry.moved) {
      while (next < movedFrom.length && movedFrom[next].base!.index < entry.base.index) items.push({ kind: 'movedFrom', pair: movedFrom[next++] })
    }
    items.push({ kind: entry.moved ? 'movedTo' : 'pair', pair: entry })
  }
  while (next < movedFrom.length) items.push({ kind: 'movedFrom', pair: movedFrom[next++] })
  return items
}

/// A paragraph about to be written: its style and list, its runs, and the revision of its
/// paragraph mark.
interface Emitted {
  /// The paragraph's place on the lists, for a document paragraph; its style and list
  /// once they are assigned (a line's style from the start).
  readonly item?: ListItem
  format?: IParagraphOptions
  readonly children: ParagraphChild[]
  mark: { insertion: RevisionMark } | { deletion: RevisionMark } | null
}

type RevisionMark = ReturnType<RevisionIds['next']>

/// A whole paragraph inserted or deleted: its runs in one revision, its mark tracked.
function trackedParagraph(kind: 'ins' | 'del', place: { item: ListItem } | { format: IParagraphOptions }, side: Side, ids: RevisionIds, signature: RevisionSignature): Emitted {
  const pieces = side.pieces(0, side.text.length)
  const children = pieces.length ? [trackedRuns(kind, pieces, ids, signature)] : []
  const mark = ids.next(signature)
  return { ...place, children, mark: kind === 'ins' ? { insertion: mark } : { deletion: mark } }
}

const sameFormat = (a: IParagraphOptions, b: IParagraphOptions) => JSON.stringify(a) === JSON.stringify(b)

/// No tracked paragraph mark may end the document: the last mark has no paragraph after
/// it to join (ECMA-376 17.13.5.16). When the document ends with paragraphs whose marks
/// are all inserted (or all deleted), and the last of them is formatted like the
/// paragraph before them, the last mark moves to that paragraph, as Word itself
/// records paragraphs added at the end: the joined paragraphs then have the same
/// properties whichever side's are kept (Word keeps the next one's, LibreOffice the
/// first's). Otherwise an empty paragraph closes the document.
function endUntracked(body: Emitted[]): Emitted[] {
  const last = body[body.length - 1]
  if (!last?.mark) return body
  const kind = 'insertion' in last.mark ? 'insertion' : 'deletion'
  let first = body.length - 1
  while (first > 0 && body[first - 1].mark && kind in body[first - 1].mark!) first--
  const before = body[first - 1]
  if (!before || before.mark || !sameFormat(before.format ?? {}, last.format ?? {})) return [...body, { format: {}, children: [], mark: null }]
  before.mark = last.mark
  last.mark = null
  return body
}

const isBlank = (text: string) => !text.trim()

/// The runs of a paragraph kept from base to current with word edits (character offsets
/// of `WordEdit`): text common to both as it reads now, each edit as a deletion of the
/// old words and an insertion of the new. Where the two texts differ in spacing only
/// (which the word diff counts as no change), the old spacing is deleted and the new
/// inserted, so that rejecting restores the base exactly.
function editedChildren(base: Side, current: Side, edits: readonly WordEdit[], ids: RevisionIds, signature: RevisionSignature): ParagraphChild[] {
  const children: ParagraphChild[] = []
  let oldPos = 0, newPos = 0
  const replaced = (from: number, to: number, newFrom: number, newTo: number) => {
    if (from < to) children.push(trackedRuns('del', base.pieces(from, to), ids, signature))
    if (newFrom < newTo) children.push(trackedRuns('ins', current.pieces(newFrom, newTo), ids, signature))
  }
  const common = (to: number, newTo: number) => {
    if (base.text.slice(oldPos, to) === current.text.slice(newPos, newTo)) children.push(...current.pieces(newPos, newTo).map(pieceRun))
    else replaced(oldPos, to, newPos, newTo)
    oldPos = to; newPos = newTo
  }
  for (const edit of edits) {
    const old = base.text.slice(edit.from, edit.to), now = current.text.slice(edit.newFrom, edit.newTo)
    // Spaces an edit shares with the text at either end stay as common text.
    let head = 0
    while (head < old.length && head < now.length && old[head] === now[head] && isBlank(old[head])) head++
    let tail = 0
    while (tail < old.length - head && tail < now.length - head && old[old.length - 1 - tail] === now[now.length - 1 - tail] && isBlank(old[old.length - 1 - tail])) tail++
    common(edit.from + head, edit.newFrom + head)
    replaced(edit.from + head, edit.to - tail, edit.newFrom + head, edit.newTo - tail)
    oldPos = edit.to - tail; newPos = edit.newTo - tail
  }
  common(base.text.length, current.text.length)
  return children
}

/// The heading lines and organ line: kept, edited word by word when there are as many on
/// both sides, or else the old ones deleted and the new ones inserted.
function frontLines(base: FrontLine[], current: FrontLine[], ids: RevisionIds, signature: RevisionSignature): Emitted[] {
  if (base.length === current.length && base.every((line, i) => line.style === current[i].style)) {
    return current.map((line, i) => {
      const old = base[i].text
      const edits = old === line.text ? [] : diffParagraphWords(old, line.text).edits
      return { format: { style: line.style }, children: editedChildren(lineSide(old), lineSide(line.text), edits, ids, signature), mark: null }
    })
  }
  return [
    ...base.map(line => trackedParagraph('del', { format: { style: line.style } }, lineSide(line.text), ids, signature)),
    ...current.map(line => trackedParagraph('ins', { format: { style: line.style } }, lineSide(line.text), ids, signature))
  ]
}
