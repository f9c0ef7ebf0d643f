export { exportPlainText, type PlainTextOptions } from './plainText'
export { headingLines } from './headingLines'
export { exportDocx, exportRedlineDocx, proposersByVersion, docxLayouts, docxPapers, type DocxLayout, type DocxPaper, type DocxOptions, type RedlineOptions, type AuthoredVersion } from './docx'
export { exportAkn, type AknOptions } from './akn'
