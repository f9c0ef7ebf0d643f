export { browserHost } from './browserHost'
