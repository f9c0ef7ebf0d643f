import type { Node } from 'prosemirror-model'
import { buildResolution, readResolution, type ParagraphDraft } from '../../schema'
import { importResolution, type ImportWarning } from '../index'
import { OverlongParagraph, ParagraphCount } from '../paragraphLimit'
import { footnoteRule } from '../../export/plainText'
import { readParagraphs, type Revision, type WordParagraph } from './body'
import { readComments, readFootnotes, type WordComment } from './footnotes'
import { WordNumbering, styleNumbering } from './numbering'
import { openDocx } from './package'
import { acceptAll, rejectAll, revisionAuthors, settleRevisions, type SettledParagraph } from './revisions'
import { childNamed } from './xml'

/// A comment read from a .docx, anchored like the file format's comments (shared/file,
/// `DocumentComment`): to a paragraph's id and a range of its text (UTF-16 offsets in
/// its `textContent`).
export interface DocxComment extends WordComment {
  readonly pid: string
  readonly from: number
  readonly to: number
}

/// What a .docx holds: the text with every tracked change rejected (`base`) and accepted
/// (`current`), and in between one version per Word author, in the order their first
/// change appears, holding that author's changes and those of the authors before. A file
/// without tracked changes has `base` = `current` and no versions. Paragraph ids are the
/// Word paragraphs' positions (`w12`), the same in every version, so versions compare
/// paragraph by paragraph.
export interface DocxDocument {
  readonly base: Node
  readonly current: Node
  readonly versions: ReadonlyArray<{ author: string, doc: Node }>
  readonly comments: readonly DocxComment[]
  readonly warnings: readonly ImportWarning[]
}

export type DocxReadResult = { ok: true, document: DocxDocument } | { ok: false, error: string }

const annexCaption = /^(?:Annex|Annexe|Anexo)(?: [IVXLC]+)?$/

/// Read a Word file into Penholder documents. Each version's paragraphs, with the numbers
/// Word displays for them (from the numbering definitions, not typed text), their
/// footnotes and the notes' texts, become the plain text the importer reads
/// (shared/import), which tells the heading, preamble, operative part, sections and annexes
/// apart; the Word italics then replace the importer's guess at each opening phrase where
/// the file marks opening phrases in italics at all. Problems come back as a message to
/// put after the file's name: not a .docx, encrypted, damaged, or not a resolution.
export function readDocx(bytes: Uint8Array): DocxReadResult {
  const opened = openDocx(bytes)
  if (!opened.ok) return opened
  const { document, numbering, styles, footnotes, comments, commentsExtended } = opened.parts
  const body = childNamed(document, 'w:body')
  if (!body) return { ok: false, error: 'is not a Word document (its document part has no body)' }
  const paragraphs = readParagraphs(body, styleNumbering(styles))
  const reader = new VersionReader(paragraphs, new WordNumbering(numbering), readFootnotes(footnotes))
  const authors = revisionAuthors(paragraphs)
  const current = reader.read(acceptAll)
  if (!current.ok) return current
  const base = authors.length ? reader.read(rejectAll) : current
  if (!base.ok) return { ok: false, error: `${base.error} (with every tracked change rejected)` }
  const versions: Array<{ author: string, doc: Node }> = []
  for (let k = 1; k < authors.length; k++) {
    const accepted = new Set(authors.slice(0, k))
    const version = reader.read((r: Revision) => accepted.has(r.author))
    if (!version.ok) return { ok: false, error: `${version.error} (with the changes of ${authors.slice(0, k).join(', ')} only)` }
    versions.push({ author: authors[k - 1], doc: version.doc })
  }
  if (authors.length) versions.push({ author: authors[authors.length - 1], doc: current.doc })
  return {
    ok: true,
    document: {
      base: base.doc, current: current.doc, versions,
      comments: anchorComments(readComments(comments, commentsExtended), current.settled, current.pids),
      warnings: current.warnings
    }
  }
}

type VersionResult =
  | { ok: true, doc: Node, settled: SettledParagraph[], pids: Map<number, string>, warnings: ImportWarning[] }
  | { ok: false, error: string }

/// Reads one version of a file's paragraphs.
class VersionReader {
  /// Whether the file marks opening phrases in italics (some paragraph opens with an
  /// italic run): then its italics are taken as they are.
  private readonly italicOpenings: boolean

  constructor(private readonly paragraphs: readonly WordParagraph[], private readonly numbering: WordNumbering, private readonly notes: Map<string, string>) {
    this.italicOpenings = paragraphs.some(p => p.runs.find(r => r.text.trim())?.italic)
  }

  /// Refuses a paragraph over `maxParagraphLength` by its ordinal among the paragraphs
  /// with text, which is where the drafter finds it in Word (the plain text the importer
  /// reads has no lines of the drafter's).
  read(accept: (r: Revision) => boolean): VersionResult {
    const settled = settleRevisions(this.paragraphs, accept).filter(p => p.runs.some(r => r.text.trim() || r.footnote !== undefined))
    const count = new ParagraphCount()
    try {
      for (const p of settled) count.check(p.runs.map(r => r.text).join(''), null)
    } catch (e) {
      if (e instanceof OverlongParagraph) return { ok: false, error: e.message }
      throw e
    }
    const numbers = this.numbering.displayNumbers(settled)
    const imported = importResolution(this.plainText(settled, numbers))
    if (!imported.ok) return { ok: false, error: imported.error }
    const pids = new Map<number, string>()
    const doc = this.overlay(imported.doc, settled, pids)
    return { ok: true, doc, settled, pids, warnings: imported.warnings }
  }

  /// The paragraphs as the plain text of the text export: a displayed number and a tab
  /// before a numbered paragraph, footnote references as their numbers right after the
  /// text, the notes below a rule after the body and after each annex, a blank line
  /// between paragraphs.
  private plainText(settled: readonly SettledParagraph[], numbers: readonly string[]): string {
    const blocks: string[] = []
    let notes: string[] = []
    let count = 0
    const flushNotes = () => {
      if (notes.length) blocks.push([footnoteRule, ...notes].join('\n'))
      notes = []
    }
    settled.forEach((p, i) => {
      let text = ''
      for (const run of p.runs) {
        if (run.footnote === undefined) { text += run.text; continue }
        text += String(++count)
        notes.push(`${count} ${this.notes.get(run.footnote) ?? ''}`)
      }
      text = text.trim()
      if (annexCaption.test(text)) flushNotes()
      blocks.push(numbers[i] ? `${numbers[i]}\t${text}` : text)
    })
    flushNotes()
    return blocks.join('\n\n') + '\n'
  }

  /// The imported document with each paragraph that reads as a Word paragraph given that
  /// paragraph's id and, where the file marks opening phrases, its italics. Paragraphs
  /// are matched in order, each Word paragraph once.
  private overlay(doc: Node, settled: readonly SettledParagraph[], pids: Map<number, string>): Node {
    const draft = readResolution(doc)
    let next = 0
    const match = (p: ParagraphDraft): ParagraphDraft => {
      const wanted = p.text.trim()
      for (let j = next; j < settled.length && j < next + lookAhead; j++) {
        const runs = settled[j].runs
        if (runs.map(r => r.text).join('').trim() !== wanted) continue
        next = j + 1
        const pid = `w${settled[j].index}`
        pids.set(settled[j].index, pid)
        return this.italicOpenings ? { ...p, pid, ...italicsOf(runs, p.text) } : { ...p, pid }
      }
      return p
    }
    draft.paragraphs = draft.paragraphs.map(match)
    for (const annex of draft.annexes ?? []) annex.paragraphs = annex.paragraphs.map(match)
    return buildResolution(draft)
  }
}

/// How far ahead a paragraph of the imported text is looked for among the Word
/// paragraphs: enough to pass heading lines, section headings and notes, bounded so that
/// reading stays linear.
const lookAhead = 64

/// The opening phrase and other italic spans of a paragraph whose text is `text`, from
/// its Word runs (offsets in `text`, which has no footnote marks).
function italicsOf(runs: SettledParagraph['runs'], text: string): { lead: number, em?: Array<[number, number]> } {
  const full = runs.map(r => r.text).join('')
  const shift = full.length - full.trimStart().length
  const spans: Array<[number, number]> = []
  let offset = -shift
  for (const run of runs) {
    const from = Math.max(0, offset), to = Math.min(text.length, offset + run.text.length)
    if (run.italic && from < to) {
      const last = spans[spans.length - 1]
      if (last && last[1] === from) last[1] = to
      else spans.push([from, to])
    }
    offset += run.text.length
  }
  const lead = spans[0]?.[0] === 0 ? spans.shift()![1] : 0
  return spans.length ? { lead, em: spans } : { lead }
}

/// Each comment anchored to the paragraph its range starts in and the range's offsets
/// there (to the paragraph's end when it runs on past it). Comments on text that is not
/// a paragraph (heading lines, the organ line) have no paragraph id and are left out.
function anchorComments(comments: readonly WordComment[], settled: readonly SettledParagraph[], pids: Map<number, string>): DocxComment[] {
  const starts = new Map<string, { pid: string, from: number, length: number }>()
  const ends = new Map<string, number>()
  for (const p of settled) {
    const pid = pids.get(p.index)
    const full = p.runs.map(r => r.text).join('')
    const shift = full.length - full.trimStart().length
    let offset = -shift
    for (const run of p.runs) {
      if (pid && run.commentStart !== undefined) starts.set(run.commentStart, { pid, from: Math.max(0, offset), length: full.trim().length })
      if (run.commentEnd !== undefined && starts.get(run.commentEnd)?.pid === pid) ends.set(run.commentEnd, offset)
      offset += run.footnote !== undefined ? 1 : run.text.length
    }
  }
  return comments.flatMap(c => {
    const start = starts.get(c.id)
    if (!start) return []
    const to = Math.min(start.length, Math.max(start.from, ends.get(c.id) ?? start.length))
    return [{ ...c, pid: start.pid, from: start.from, to }]
  })
}
