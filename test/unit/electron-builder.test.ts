import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { useTempFolder } from '../support/tempFolder'

const root = fileURLToPath(new URL('../..', import.meta.url))
const require = createRequire(import.meta.url)

/// electron-builder's own loading and schema validation, which need no download.
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<Record<string, any>>
  validateConfiguration(config: Record<string, any>, logger: unknown): Promise<void>
}
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }

async function load(dir = root): Promise<Record<string, any>> {
  return getConfig(dir, join(dir, 'electron-builder.yml'), null)
}

describe('electron-builder.yml', () => {
  const temp = useTempFolder()

  it('passes electron-builder’s own validation', async () => {
    await expect(validateConfiguration(await load(), new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('is really validated: a misspelt option is refused', async () => {
    copyFileSync(join(root, 'package.json'), join(temp(), 'package.json'))
    writeFileSync(join(temp(), 'electron-builder.yml'), readFileSync(join(root, 'electron-builder.yml'), 'utf8').replace('category: Office', 'categroy: Office'))
    await expect(validateConfiguration(await load(temp()), new DebugLogger(false))).rejects.toThrow(/configuration\.linux should be/)
  })

  it('names the app and where packages go', async () => {
    const config = await load()
    expect([config.appId, config.productName, config.directories.output, config.directories.buildResources]).toEqual(['org.penholder.app', 'Penholder', 'release', 'build'])
    expect(config.extraMetadata.main).toBe('dist/electron/main.cjs')
    expect(config.files[0].filter).toEqual(['package.json', 'dist/web/**/*', 'dist/electron/**/*', '!**/*.map', '!node_modules/**/*'])
  })

  it('opens .penholder.json documents', async () => {
    expect((await load()).fileAssociations).toEqual([expect.objectContaining({
      ext: 'penholder.json', name: 'Penholder document', role: 'Editor', mimeType: 'application/x-penholder+json'
    })])
  })

  it.each([
    ['linux', ['AppImage', 'deb']],
    ['win', ['nsis']],
    ['mac', ['dmg']]
  ])('builds %s as %j with the icon from build/', async (platform, targets) => {
    const config = (await load())[platform]
    expect(config.target).toEqual(targets)
    expect(existsSync(join(root, config.icon))).toBe(true)
  })

  it('gives Linux a desktop entry in Office that opens documents', async () => {
    const linux = (await load()).linux
    expect(linux.category).toBe('Office')
    expect(linux.desktop.entry).toEqual(expect.objectContaining({ Name: 'Penholder', Categories: 'Office;WordProcessor;', MimeType: 'application/x-penholder+json;' }))
  })

  it('sets Electron’s fuses', async () => {
    expect((await load()).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('is packaged by npm run package', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts
    expect(scripts.package).toMatch(/electron-builder --config electron-builder\.yml$/)
  })
})
