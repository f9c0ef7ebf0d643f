import type { Node } from 'prosemirror-model'
import { paragraphNotes } from './paragraphs'
import { collapseSpaces, titleLabel } from './labels'
import type { DocumentDiff } from './diffDocuments'

/// A title as amendments see it: the document's title (a heading field, plain text) or an
/// annex's (an `annex_title` node, which can hold footnote references). `text` has a
/// footnote mark (U+FFFC) where each reference stands, `notes` the note of each; `node`
/// is the annex title's node, null for the document's title.
export interface TitleText {
  readonly text: string
  readonly notes: readonly string[]
  readonly node: Node | null
}

/// A title that differs between the text as tabled and the amended text: the document's
/// (`annex` 0, label `title`) or that of annex `annex` (label `A1.title`), for annexes both
/// texts have. Amendments change a draft resolution's title (“Amend the title to read as
/// follows:”), and a title is part of the text the list must give.
export interface TitleChange {
  readonly label: string
  readonly annex: number
  readonly base: TitleText
  readonly current: TitleText
}

/// The titles of a document: its own first, then each annex's, in order.
export function titlesOf(doc: Node): TitleText[] {
  const titles: TitleText[] = [{ text: doc.firstChild!.attrs.title ?? '', notes: [], node: null }]
  for (let i = 4; i < doc.childCount; i++) {
    const node = doc.child(i).firstChild!
    titles.push({ text: node.textContent, notes: paragraphNotes(node), node })
  }
  return titles
}

/// Titles (and section headings) that differ only in spaces read the same: a space typed
/// at the end of the title field is no amendment.
export const sameHeadingWords = (a: string, b: string) => a === b || collapseSpaces(a) === collapseSpaces(b)

export const sameNotes = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((n, k) => n === b[k])

const cache = new WeakMap<DocumentDiff, readonly TitleChange[]>()

/// The titles a diff changes, the document's first, then the annexes' in order. Found
/// from the two documents, so a diff brought up to date by typing (incremental.ts) never
/// carries a stale answer.
export function titleChangesOf(diff: DocumentDiff): readonly TitleChange[] {
  const known = cache.get(diff)
  if (known) return known
  const base = titlesOf(diff.base), current = titlesOf(diff.current)
  const changes: TitleChange[] = []
  for (let annex = 0; annex < Math.min(base.length, current.length); annex++) {
    const b = base[annex], c = current[annex]
    if (sameHeadingWords(b.text, c.text) && sameNotes(b.notes, c.notes)) continue
    changes.push({ label: titleLabel(annex), annex, base: b, current: c })
  }
  cache.set(diff, changes)
  return changes
}
