export { exportDocx } from './exportDocx'
export { docxLayouts, docxPapers, type DocxLayout, type DocxPaper, type DocxOptions } from './layout'
