export { createDocumentFile, fileFormatVersion, appVersion, appName, type PenholderFile, type SavedVersion, type FileMeta, type DocumentComment } from './file'
export { parseDocumentFile, type ParseResult } from './parse'
export { serializeDocumentFile } from './serialize'
export { describeBase, baseOriginOf, type BaseOrigin } from './baseOrigin'
export { saveVersion, renameVersion, deleteVersion, setBase, updateCurrent, updateBase, updateComments, resolveVersion, type FileChange } from './versions'
export {
  versionNameProblem, authorProblem, reservedNames, maxNameLength,
  documentSuffix, legacyDocumentSuffix, isDocumentFileName, documentFileName, exportFileName
} from './names'
export { readDocument, checkDocument, laterFormatProblem, type DocumentProblem } from './document'
export { decodeText, sizeProblem, invalidUtf8Offset, maxDocumentBytes, maxImportBytes, type TextPurpose, type DecodedText } from './decodeText'
