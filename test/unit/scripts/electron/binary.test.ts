import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { electronPackage, ensureElectron, unavailableLine, type ElectronInstall } from '../../../../scripts/electron/binary'
import { useTempFolder } from '../../../support/tempFolder'

/// An install whose executable appears (or not) when the installer runs.
function install(present: boolean, downloads: boolean): ElectronInstall & { runs: number } {
  let there = present
  const fake = {
    runs: 0,
    executable: () => there ? '/opt/electron/electron' : null,
    install: async () => { fake.runs++; if (downloads) there = true }
  }
  return fake
}

describe('ensureElectron', () => {
  it.each([
    ['present', true, false, { ok: true, executable: '/opt/electron/electron' }, 0],
    ['missing, then downloaded', false, true, { ok: true, executable: '/opt/electron/electron' }, 1],
    ['missing, and the download fails', false, false, { ok: false, message: unavailableLine }, 1]
  ])('binary %s', async (_case, present, downloads, result, runs) => {
    const fake = install(present, downloads)
    expect(await ensureElectron(fake)).toEqual(result)
    expect(fake.runs).toBe(runs)
  })

  it('says what happened and what to do, in one line', () => {
    expect(unavailableLine).toBe('penholder: the Electron binary could not be downloaded on this machine; run npm run web to use Penholder in a browser.')
    expect(unavailableLine).not.toContain('\n')
  })
})

describe('electronPackage', () => {
  const temp = useTempFolder()

  function electronFolder(): string {
    const folder = join(temp(), 'node_modules', 'electron')
    mkdirSync(folder, { recursive: true })
    return folder
  }

  it('finds nothing before path.txt is written', () => {
    electronFolder()
    expect(electronPackage(temp(), {}).executable()).toBeNull()
  })

  it('finds nothing when path.txt names a binary that is not there', () => {
    writeFileSync(join(electronFolder(), 'path.txt'), 'electron')
    expect(electronPackage(temp(), {}).executable()).toBeNull()
  })

  it('finds the executable path.txt names in dist/', () => {
    const folder = electronFolder()
    writeFileSync(join(folder, 'path.txt'), 'electron')
    mkdirSync(join(folder, 'dist'))
    writeFileSync(join(folder, 'dist', 'electron'), '')
    expect(electronPackage(temp(), {}).executable()).toBe(join(folder, 'dist', 'electron'))
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const folder = electronFolder()
    writeFileSync(join(folder, 'path.txt'), 'electron')
    writeFileSync(join(temp(), 'electron'), '')
    expect(electronPackage(temp(), { ELECTRON_OVERRIDE_DIST_PATH: temp() }).executable()).toBe(join(temp(), 'electron'))
  })

  it('runs the package installer, whatever it does, and settles', async () => {
    const folder = electronFolder()
    writeFileSync(join(folder, 'install.js'), "require('fs').writeFileSync(require('path').join(__dirname, 'ran'), 'yes'); process.exit(3)")
    await electronPackage(temp(), {}).install()
    expect(readFileSync(join(folder, 'ran'), 'utf8')).toBe('yes')
  })
})
