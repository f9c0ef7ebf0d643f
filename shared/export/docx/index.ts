export { exportDocx, docxMimeType } from './exportDocx'
export { docxLayouts, docxPapers, type DocxLayout, type DocxPaper, type DocxOptions } from './layout'
export { exportRedlineDocx, type RedlineOptions } from './redline'
export { exportAmendmentsDocx } from './amendmentsDocx'
