/// `npm start`: Penholder in development. Finds (or downloads, once) Electron's binary,
/// builds the renderer (dist/web) and the shell (dist/electron), and runs the app. Where
/// the binary cannot be had, it says so in one line and exits 1.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { build } from 'vite'
import { bundleElectron } from './electron/bundle'
import { electronPackage, ensureElectron } from './electron/binary'

const root = fileURLToPath(new URL('..', import.meta.url))
const electron = await ensureElectron(electronPackage(root))
if (!electron.ok) {
  console.error(electron.message)
  process.exit(1)
}
await build({ configFile: join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' })
await bundleElectron(root)
const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env
const app = spawn(electron.executable, [join(root, 'dist', 'electron', 'main.cjs'), ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' })
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
