import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/// The one line `npm start` prints when Electron cannot run here.
export const unavailableLine = 'penholder: the Electron binary could not be downloaded on this machine; run npm run web to use Penholder in a browser.'

/// Electron's binary as the `electron` package installs it: `path.txt` names the
/// executable inside its `dist/` folder, both written by the package's `install.js`
/// (which npm does not run here: the project's .npmrc sets ignore-scripts).
export interface ElectronInstall {
  /// The executable, when it is there.
  executable(): string | null
  /// Run the package's `install.js` once (it downloads the binary); settles when it ends,
  /// whether or not it succeeded.
  install(): Promise<void>
}

export type ElectronBinary =
  | { readonly ok: true, readonly executable: string }
  | { readonly ok: false, readonly message: string }

/// The Electron executable, downloading it first if needed: present → use it; missing →
/// run the installer once and look again; still missing → the one line to print.
export async function ensureElectron(install: ElectronInstall): Promise<ElectronBinary> {
  const present = install.executable()
  if (present) return { ok: true, executable: present }
  await install.install()
  const installed = install.executable()
  return installed ? { ok: true, executable: installed } : { ok: false, message: unavailableLine }
}

/// The `electron` package in `node_modules` of `root`. The installer's own output (a
/// stack trace when offline) is not shown: its outcome is told in one line.
export function electronPackage(root: string, env: NodeJS.ProcessEnv = process.env): ElectronInstall {
  const folder = join(root, 'node_modules', 'electron')
  return {
    executable() {
      const pathFile = join(folder, 'path.txt')
      if (!existsSync(pathFile)) return null
      const relative = readFileSync(pathFile, 'utf8').trim()
      const executable = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : join(folder, 'dist', relative)
      return relative && existsSync(executable) ? executable : null
    },
    install() {
      return new Promise(resolve => {
        const child = spawn(process.execPath, [join(folder, 'install.js')], { cwd: folder, env, stdio: 'ignore' })
        child.on('error', () => resolve())
        child.on('exit', () => resolve())
      })
    }
  }
}
