export { exportHtml, resolutionHtml } from './exportHtml'
export { selectionForWord, type ClipboardContent } from './clipboard'
