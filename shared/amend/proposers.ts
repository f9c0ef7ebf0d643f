import type { Node } from 'prosemirror-model'
import { readParagraphs } from './paragraphs'
import { diffParagraphWords, type WordEdit } from './wordDiff'
import type { ParagraphDiff } from './diffDocuments'
import { sameHeadingWords, titlesOf, type TitleChange } from './titles'
import type { HeadingChange } from './sectionHeadings'
import { sectionText } from '../schema'

/// Who proposed an amendment is never stored on it: it is found like `git blame` over the
/// versions saved between the two texts compared (cli.md, "Proposers").

/// A saved version as blame needs it: who made it, and its document.
export interface AuthoredVersion {
  readonly author: string
  readonly doc: Node
}

/// Each paragraph id's text, and the id of the paragraph just before it.
interface Facts {
  readonly text: Map<string, string>
  readonly previous: Map<string, string | null>
}

function factsOf(doc: Node): Facts {
  const text = new Map<string, string>(), previous = new Map<string, string | null>()
  let before: string | null = null
  for (const p of readParagraphs(doc)) {
    if (p.pid == null) continue
    text.set(p.pid, p.text)
    previous.set(p.pid, before)
    before = p.pid
  }
  return { text, previous }
}

/// The proposers of the changes from a base to a current text.
export interface Blame {
  /// The author of the first version in which a paragraph's change appears: an inserted
  /// paragraph present, a deleted one gone, a modified one's text changed, a moved one
  /// standing after another paragraph than in the base. Undefined where no version holds
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
  /// The author of the first version in which a section heading's change appears: fewer
  /// headings of its part read as the tabled one did (reworded, renumbered or deleted), more
  /// read as the inserted one does, or the moved one heads another paragraph than in the
  /// base; undefined where none.
  heading(change: HeadingChange): string | undefined
}

/// A part's section headings (the operative part's, then each annex's): each as printed
/// and in its words (spaces aside), and the id of the paragraph right after it.
function headingFactsOf(doc: Node): Array<Array<{ printed: string, words: string, next: string | null }>> {
  const known = headingFacts.get(doc)
  if (known) return known
  const parts: Array<Array<{ printed: string, words: string, next: string | null }>> = []
  for (let i = 3; i < doc.childCount; i++) {
    const part: Array<{ printed: string, words: string, next: string | null }> = []
    let waiting: Array<{ next: string | null }> = []
    doc.child(i).forEach(node => {
      if (node.type.name === 'section_heading') {
        const words = spaced(node.textContent), fact = { printed: sectionText(node.attrs.number, words), words, next: null }
        part.push(fact)
        waiting.push(fact)
      } else if (node.attrs.pid != null) {
        for (const w of waiting) w.next = node.attrs.pid
        waiting = []
      }
    })
    parts.push(part)
  }
  headingFacts.set(doc, parts)
  return parts
}

const headingFacts = new WeakMap<Node, Array<Array<{ printed: string, words: string, next: string | null }>>>()

const spaced = (text: string) => text.replace(/\s+/g, ' ').trim()

/// Blame over `versions`, the versions saved after `base` in order, up to the current
/// text. Paragraphs are followed by id. One pass over each version; a paragraph's word
/// edits cost one word diff per version, made when first asked for.
export function blameVersions(base: Node, versions: readonly AuthoredVersion[]): Blame {
  const baseFacts = factsOf(base)
  const facts = versions.map(v => ({ author: v.author, ...factsOf(v.doc) }))
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
      const baseHeadings = headingFactsOf(base)[change.annex] ?? []
      const count = (list: ReadonlyArray<{ printed: string, words: string }>, key: 'printed' | 'words', value: string) => list.filter(h => h[key] === value).length
      const was = change.base && spaced(change.base.text), now = change.current && spaced(change.current.text)
      const tabled = was != null ? sectionText(change.number, was) : null
      const next = tabled != null ? baseHeadings.find(h => h.printed === tabled)?.next : undefined
      const holds = (part: ReadonlyArray<{ printed: string, words: string, next: string | null }>) => {
        if (change.kind === 'inserted') return count(part, 'words', now!) > count(baseHeadings, 'words', now!)
        if (change.kind === 'moved') return part.some(h => h.words === now && h.next !== next)
        return count(part, 'printed', tabled!) < count(baseHeadings, 'printed', tabled!)
      }
      return versions.find(v => { const part = headingFactsOf(v.doc)[change.annex]; return part != null && holds(part) })?.author
    }
  }
}

/// The proposer of each changed paragraph, as the Word redline signs its revisions:
/// `blameVersions(base, versions).paragraph`.
export function proposersByVersion(base: Node, versions: readonly AuthoredVersion[]): (entry: ParagraphDiff) => string | undefined {
  return blameVersions(base, versions).paragraph
}
