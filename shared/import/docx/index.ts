export { readDocx, type DocxDocument, type DocxComment, type DocxReadResult } from './readDocx'
export { docxFile, type DocxFileResult } from './docxFile'
