export { readDocx, type DocxDocument, type DocxComment, type DocxReadResult } from './readDocx'
