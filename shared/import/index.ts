export { importResolution, maxImportLength, type ImportResult, type ImportLayout, type ImportWarning } from './importResolution'
export { parseOrganLine, organInSentence, type OrganLine } from './organLine'
export { readPastedText, readPastedParagraphs, isWholeResolution, type PastedParagraph, type FragmentParagraph } from './fragment'
export { OverlongParagraph } from './paragraphLimit'
