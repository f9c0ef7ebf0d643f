/// `npm run build:electron`: bundle the main process and the preload into dist/electron.
import { fileURLToPath } from 'node:url'
import { bundleElectron } from './electron/bundle'

const root = fileURLToPath(new URL('..', import.meta.url))
const files = await bundleElectron(root)
console.log(`penholder: built ${files.join(', ')}`)
