export { exportDocx } from './exportDocx'
export { docxLayouts, docxPapers, type DocxLayout, type DocxPaper, type DocxOptions } from './layout'
export { exportRedlineDocx, type RedlineOptions } from './redline'
export { proposersByVersion, type AuthoredVersion } from './proposers'
