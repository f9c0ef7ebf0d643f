export { readDocx, type DocxDocument, type DocxComment, type DocxReadResult } from './readDocx'
export { docxFile, isWordFileName, type DocxFileResult } from './docxFile'
