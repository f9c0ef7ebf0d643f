export { exportAkn, type AknOptions } from './exportAkn'
