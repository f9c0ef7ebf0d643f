import { isChange, type DocumentDiff, type ParagraphDiff } from './diffDocuments'

/// A paragraph and its subparagraphs as one amendment sets them out again.
interface Family {
  readonly entries: ParagraphDiff[]
  /// A subparagraph put in, taken out, moved or given another level.
  restructured: boolean
  /// A subparagraph left as it was, in its place.
  kept: boolean
  /// The changes the list would otherwise make of it, one amendment each.
  changes: number
}

const cache = new WeakMap<DocumentDiff, Map<ParagraphDiff, readonly ParagraphDiff[]>>()

/// The PPs, OPs and annex paragraphs whose amended form the list sets out whole, with
/// every subparagraph under it: “Paragraph 13 should read:” followed by the lead-in and
/// (a), (b) … (A/HRC/14/L.21), where the paragraph was rewritten together with its
/// subparagraphs. An issued amendments document does so rather than delete and insert
/// each subparagraph: one amendment a delegation can read aloud instead of a run of
/// small ones that together replace the paragraph.
///
/// A paragraph is set out when it keeps its kind (moved or not: “Move paragraph 11 to
/// follow paragraph 13 and amend it to read as follows:”), its subparagraphs were
/// restructured (one put in, taken out, moved or given another level), none of them
/// stayed as it was, and amending them one by one would take three amendments or more.
/// Its subparagraphs must stay its own: one moved to or from another paragraph, or a PP
/// or OP becoming one of them, leaves it amended piece by piece, since the amendment of
/// the other paragraph names that subparagraph.
///
/// Returns, for each entry of such a paragraph or of its subparagraphs, the entries of
/// the whole (the paragraph's first, then the subparagraphs' in reading order). Cost:
/// two passes over the diff's entries.
export function setOutParagraphs(diff: DocumentDiff): Map<ParagraphDiff, readonly ParagraphDiff[]> {
  const known = cache.get(diff)
  if (known) return known
  const { currentToBase } = diff.alignment
  const families = new Map<number, Family>()
  // Paragraphs whose subparagraphs are not all their own, by base index.
  const shared = new Set<number>()
  for (const entry of diff.entries) {
    const { base, current } = entry
    if (base && current && base.kind !== 'sub' && current.kind === base.kind) {
      families.set(base.index, { entries: [entry], restructured: false, kept: false, changes: isChange(entry) ? 1 : 0 })
    }
  }
  for (const entry of diff.entries) {
    const { base, current } = entry
    const fromBase = base?.kind === 'sub' ? base.head : -1
    const fromCurrent = current?.kind === 'sub' ? currentToBase[current.head] : -1
    if (fromBase < 0 && fromCurrent < 0) continue
    const crosses = (base && current && fromBase !== fromCurrent) || (current?.kind === 'sub' && fromCurrent < 0)
    if (crosses) {
      if (fromBase >= 0) shared.add(fromBase)
      if (fromCurrent >= 0) shared.add(fromCurrent)
      continue
    }
    const family = families.get(fromBase >= 0 ? fromBase : fromCurrent)
    if (!family) continue
    family.entries.push(entry)
    if (!isChange(entry)) family.kept = true
    else {
      family.changes++
      if (!base || !current || entry.moved || base.level !== current.level) family.restructured = true
    }
  }
  const result = new Map<ParagraphDiff, readonly ParagraphDiff[]>()
  for (const [b, family] of families) {
    if (shared.has(b) || !family.restructured || family.kept || family.changes < 3) continue
    for (const entry of family.entries) result.set(entry, family.entries)
  }
  cache.set(diff, result)
  return result
}
