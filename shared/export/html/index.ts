export { exportHtml, resolutionHtml } from './exportHtml'
