export { exportPlainText, type PlainTextOptions } from './plainText'
export { headingLines } from './headingLines'
