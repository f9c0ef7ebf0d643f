export { schema, paragraphKind, clampLevel, maxLevel, listStyles, type ParagraphKind, type ListStyle } from './schema'
export { emptyMeta, completeMeta, isAdopted, adoptionFacts, meetingPhrase, type ResolutionMeta, type Language, type AdoptionFacts } from './meta'
export {
  buildResolution, readResolution, readParagraph, forEachParagraph,
  type ParagraphDraft, type ResolutionDraft, type InlineDraft, type FootnoteDraft, type SectionDraft, type AnnexDraft
} from './draft'
export { documentParts, forEachPartChild, type DocumentPart } from './parts'
export { footnoteMark, withoutFootnoteMarks } from './footnote'
export { newPid, assignParagraphIds, paragraphIds, paragraphIdsKey } from './pid'
export { summarizeResolution, type ResolutionSummary, type ParagraphSummary, type SectionSummary, type FootnoteSummary, type AnnexSummary } from './summary'
export {
  labelParagraphs, subparagraphNumber, toRoman, toLetter, defaultListStyle, markerCore, annexLabel, annexCaption,
  type ParagraphLabel
} from './numbering'
export { outlineResolution, sectionText, type SectionLabel, type FootnoteLabel } from './outline'
export { isInlineStep } from './inlineStep'
export { maxParagraphLength } from './limits'
