import type { Node } from 'prosemirror-model'
import { readParagraphs } from './paragraphs'
import { diffParagraphWords, type WordEdit } from './wordDiff'
import type { ParagraphDiff } from './diffDocuments'
import { sameHeadingWords, titlesOf, type TitleChange } from './titles'
import type { HeadingChange } from './sectionHeadings'
import { sectionSequence } from './sectionNumbers'
import { collapseSpaces, headingOrdinal } from './labels'

/// Who proposed an amendment is never stored on it: it is found like `git blame` over the
/// versions saved between the two texts compared (cli.md, "Proposers").

/// A saved version as blame needs it: who made it, and its document.
export interface AuthoredVersion {
  readonly author: string
  readonly doc: Node
}

/// Each paragraph id's text, and where it stands: the id of the nearest paragraph before
/// it that the current text still has, and the words of its section's heading. A paragraph
/// is moved by whoever changes either, not by whoever deletes its neighbour or renumbers
/// its section.
interface Facts {
  readonly text: Map<string, string>
  readonly previous: Map<string, string>
}

/// `kept`: the ids of the current text's paragraphs (null: every id counts).
function factsOf(doc: Node, kept: ReadonlySet<string> | null): Facts {
  const text = new Map<string, string>(), previous = new Map<string, string>()
  let before = ''
  for (const p of readParagraphs(doc)) {
    if (p.pid == null) continue
    text.set(p.pid, p.text)
    previous.set(p.pid, `${before}\u0000${collapseSpaces(p.section.slice(p.section.indexOf('|', p.section.indexOf('|') + 1) + 1))}`)
    if (!kept || kept.has(p.pid)) before = p.pid
  }
  return { text, previous }
}

/// The proposers of the changes from a base to a current text.
export interface Blame {
  /// The author of the first version in which a paragraph's change appears: an inserted
  /// paragraph present, a deleted one gone, a modified one's text changed, a moved one
  /// standing after another paragraph of the current text than in the base, or under a
  /// heading in other words. Undefined where no version holds
  /// it or the paragraph has no id.
  paragraph(entry: ParagraphDiff): string | undefined
  /// The authors of the word edits of a modified paragraph that fall within `from`…`to`
  /// of its base text (UTF-16 code units, both ends included, with the spaces around), each the author of the
  /// first version whose paragraph reads there as the current text does; in version order,
  /// each once.
  words(entry: ParagraphDiff, from: number, to: number): string[]
  /// The author of the first version whose title at `change`'s place (the document's, or
  /// an annex's) no longer reads as in the base (spaces aside, as `titleChangesOf` compares);
  /// undefined where none.
  title(change: TitleChange): string | undefined
  /// The author of the first version in which a section heading's change appears, the
  /// heading followed by its words (spaces aside), never by its number, which headings put
  /// in or taken out before it change: fewer headings of its part read as the tabled one
  /// did (deleted or reworded), more read as the inserted one does, the moved one stands
  /// before another paragraph that the current text keeps (or in another order among the
  /// headings there), or the renumbered one bears the number it is given by name where its
  /// place in the tabled sequence gives another; undefined where none.
  heading(change: HeadingChange): string | undefined
}

/// A section heading as blame follows it: its words (spaces aside), its number, its place
/// among its part's headings (0-based), and the id of the first paragraph after it that
/// the current text still has (null: none).
interface HeadingFact {
  readonly words: string
  readonly number: string
  readonly place: number
  readonly next: string | null
  /// Its place among the headings that stand before the same paragraph.
  readonly rank: number
}

/// A document's section headings by part (the operative part's, then each annex's), each
/// placed before the first paragraph after it whose id `kept` holds: a heading is known by
/// its words and that paragraph, whatever number it is given as headings come and go.
function headingFactsOf(doc: Node, kept: ReadonlySet<string>): HeadingFact[][] {
  const parts: HeadingFact[][] = []
  for (let i = 3; i < doc.childCount; i++) {
    const part: Array<{ words: string, number: string, place: number, next: string | null, rank: number }> = []
    let waiting: typeof part = []
    doc.child(i).forEach(node => {
      if (node.type.name === 'section_heading') {
        const fact = { words: collapseSpaces(node.textContent), number: node.attrs.number as string, place: part.length, next: null, rank: waiting.length }
        part.push(fact)
        waiting.push(fact)
      } else if (node.attrs.pid != null && kept.has(node.attrs.pid)) {
        for (const w of waiting) w.next = node.attrs.pid
        waiting = []
      }
    })
    parts.push(part)
  }
  return parts
}


/// Blame over `versions`, the versions saved after `base` in order, up to the current
/// text. Paragraphs are followed by id. One pass over each version; a paragraph's word
/// edits cost one word diff per version, made when first asked for.
export function blameVersions(base: Node, versions: readonly AuthoredVersion[]): Blame {
  const last = versions.length ? factsOf(versions[versions.length - 1].doc, null) : null
  const kept = new Set(last ? last.text.keys() : [])
  const baseFacts = factsOf(base, kept)
  const facts = versions.map(v => ({ author: v.author, ...factsOf(v.doc, kept) }))
  const edits = new Map<string, Array<readonly WordEdit[] | null>>()
  /// Per version, the edits from its text of paragraph `pid` to the current text, by
  /// current offsets; null where the version lacks the paragraph.
  const editsToCurrent = (pid: string, current: string) => {
    let known = edits.get(pid)
    if (!known) edits.set(pid, known = facts.map(f => {
      const text = f.text.get(pid)
      return text == null ? null : text === current ? [] : diffParagraphWords(text, current).edits
    }))
    return known
  }
  // Each document's headings, walked once when first asked for, placed by the paragraphs
  // the current text (the last version) keeps.
  const headingFacts = new Map<Node, HeadingFact[][]>()
  const headingsOfVersion = (doc: Node) => {
    let known = headingFacts.get(doc)
    if (!known) headingFacts.set(doc, known = headingFactsOf(doc, kept))
    return known
  }
  return {
    paragraph(entry) {
      const pid = (entry.current ?? entry.base)?.pid
      if (!pid) return undefined
      if (!entry.base) return facts.find(f => f.text.has(pid))?.author
      if (!entry.current) return facts.find(f => !f.text.has(pid))?.author
      const changed = (f: Facts) => entry.moved ? f.previous.get(pid) !== baseFacts.previous.get(pid) : f.text.get(pid) !== baseFacts.text.get(pid)
      return facts.find(f => f.text.has(pid) && changed(f))?.author
    },
    words(entry, from, to) {
      const pid = entry.current?.pid
      if (!pid || !entry.words) return []
      const perVersion = editsToCurrent(pid, entry.current!.text)
      const authors: string[] = []
      // Word edits start and end where the diff put the spaces around them: the range
      // reaches across the spaces at its ends.
      const old = entry.base!.text
      while (from > 0 && /\s/.test(old[from - 1])) from--
      while (to < old.length && /\s/.test(old[to])) to++
      for (const w of entry.words.edits) {
        if (w.from > to || w.to < from) continue
        const holds = (later: readonly WordEdit[] | null) => later != null && later.every(e => e.newFrom > w.newTo || e.newTo < w.newFrom)
        const k = perVersion.findIndex(holds)
        if (k >= 0 && !authors.includes(facts[k].author)) authors.push(facts[k].author)
      }
      return authors.sort((a, b) => facts.findIndex(f => f.author === a) - facts.findIndex(f => f.author === b))
    },
    title(change) {
      return versions.find(v => {
        const title = titlesOf(v.doc)[change.annex]
        return title && !sameHeadingWords(title.text, change.base.text)
      })?.author
    },
    heading(change) {
      const partOf = (doc: Node) => headingsOfVersion(doc)[change.annex]
      const tabledPart = partOf(base) ?? []
      const sequence = sectionSequence(tabledPart.map(h => h.number))
      const was = change.base && collapseSpaces(change.base.text), now = change.current && collapseSpaces(change.current.text)
      const count = (part: readonly HeadingFact[], words: string) => part.filter(h => h.words === words).length
      const place = change.from ? headingOrdinal(change.from) - 1 : -1
      const tabled = tabledPart.find(h => h.words === was && h.place === place) ?? tabledPart.find(h => h.words === was)
      const holds = (part: readonly HeadingFact[]) => {
        if (change.kind === 'inserted') return count(part, now!) > count(tabledPart, now!)
        if (change.kind === 'deleted') return count(part, was!) < count(tabledPart, was!)
        if (change.kind === 'moved' && part.some(h => h.words === now && (h.next !== tabled?.next || h.rank !== tabled?.rank))) return true
        if (was !== now && count(part, was!) < count(tabledPart, was!)) return true
        // A number given by name: not the one its place has in the tabled sequence.
        const inSequence = sequence?.(part.map(h => h.number))
        return change.renumber != null && part.some(h => h.words === now && h.number === change.renumber && h.number !== (inSequence ? inSequence[h.place] : change.number))
      }
      return versions.find(v => { const part = partOf(v.doc); return part != null && holds(part) })?.author
    }
  }
}

/// The proposer of each changed paragraph, as the Word redline signs its revisions:
/// `blameVersions(base, versions).paragraph`.
export function proposersByVersion(base: Node, versions: readonly AuthoredVersion[]): (entry: ParagraphDiff) => string | undefined {
  return blameVersions(base, versions).paragraph
}
