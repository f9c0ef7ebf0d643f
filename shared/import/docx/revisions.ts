import type { Revision, WordParagraph, WordRun } from './body'

/// A paragraph after every revision has been accepted or rejected: its runs, without
/// revisions, and the properties of the paragraph whose mark it ends with.
export interface SettledParagraph {
  /// The `index` of the Word paragraph its first words come from (of the one whose mark
  /// survived, when it has no words): where paragraphs were joined, the words keep the
  /// name of the paragraph they were written in, in every version read from the file.
  readonly index: number
  readonly style: string
  readonly numId: string | null
  readonly ilvl: number
  readonly runs: readonly WordRun[]
}

/// Whether a revision's content is there once it is accepted (`accept` true) or rejected:
/// an insertion accepted or a deletion rejected stays.
function stays(revision: Revision | null, accept: (r: Revision) => boolean): boolean {
  return !revision || (revision.kind === 'ins') === accept(revision)
}

/// Accept the revisions `accept` says yes to and reject the others, as Word's Accept and
/// Reject do (ECMA-376 17.13.5): content inserted and rejected, or deleted and accepted,
/// goes; a paragraph mark that goes joins what is left of its paragraph to the next one,
/// which keeps its own properties (17.13.5.15, 17.13.5.16). Linear in the runs.
export function settleRevisions(paragraphs: readonly WordParagraph[], accept: (r: Revision) => boolean): SettledParagraph[] {
  const settled: SettledParagraph[] = []
  let carried: WordRun[] = []
  let origin = -1
  for (const p of paragraphs) {
    for (const run of p.runs) {
      if (!stays(run.revision, accept)) continue
      if (origin < 0 && (run.text || run.footnote !== undefined)) origin = p.index
      carried.push(run)
    }
    if (!stays(p.mark, accept)) continue
    settled.push({ index: origin < 0 ? p.index : origin, style: p.style, numId: p.numId, ilvl: p.ilvl, runs: carried })
    carried = []
    origin = -1
  }
  const last = paragraphs[paragraphs.length - 1]
  if (carried.length && last) settled.push({ index: origin < 0 ? last.index : origin, style: last.style, numId: last.numId, ilvl: last.ilvl, runs: carried })
  return settled
}

/// The authors of a document's revisions, in the order their first revision appears.
export function revisionAuthors(paragraphs: readonly WordParagraph[]): string[] {
  const authors = new Set<string>()
  for (const p of paragraphs) {
    for (const run of p.runs) if (run.revision) authors.add(run.revision.author)
    if (p.mark) authors.add(p.mark.author)
  }
  return [...authors]
}

export const acceptAll = () => true
export const rejectAll = () => false
