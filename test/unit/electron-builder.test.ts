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
/// electron-builder's Linux helper, which writes the MIME package a deb installs.
const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper.js') as {
  LinuxTargetHelper: new (packager: unknown) => { computeMimeTypeFiles(): Promise<string> }
}

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

  it('associates documents per platform, none for every platform at once', async () => {
    const config = await load()
    expect(config.fileAssociations).toBeUndefined()
    expect(config.mac.fileAssociations).toBeUndefined()
  })

  it('associates *.penholder on Windows under a ProgID without spaces', async () => {
    expect((await load()).win.fileAssociations).toEqual([expect.objectContaining({
      ext: 'penholder', name: 'Penholder.Document', description: 'Penholder document'
    })])
  })

  it('installs a MIME type on Linux that globs both endings, as electron-builder writes it', async () => {
    const linux = (await load()).linux
    const folder = temp()
    const helper = new LinuxTargetHelper({
      fileAssociations: linux.fileAssociations,
      getTempFile: async (suffix: string) => join(folder, `mime${suffix}`)
    })
    const xml = readFileSync(await helper.computeMimeTypeFiles(), 'utf8')
    expect([...xml.matchAll(/<mime-type type="([^"]+)">\s*<glob pattern="([^"]+)"\/>/g)].map(m => [m[1], m[2]])).toEqual([
      ['application/x-penholder+json', '*.penholder'],
      ['application/x-penholder+json', '*.penholder.json']
    ])
    expect(linux.desktop.entry.MimeType).toBe('application/x-penholder+json;')
  })

  it('declares the macOS document type by an exported UTI for *.penholder', async () => {
    const info = (await load()).mac.extendInfo
    expect(info.UTExportedTypeDeclarations).toEqual([expect.objectContaining({
      UTTypeIdentifier: 'org.penholder.document',
      UTTypeConformsTo: ['public.json'],
      UTTypeTagSpecification: { 'public.filename-extension': ['penholder'], 'public.mime-type': ['application/x-penholder+json'] }
    })])
    expect(info.CFBundleDocumentTypes).toEqual([expect.objectContaining({
      CFBundleTypeRole: 'Editor', LSHandlerRank: 'Owner', LSItemContentTypes: ['org.penholder.document']
    })])
  })

  it('signs and notarizes with what the environment gives, naming no certificate itself', async () => {
    const config = await load()
    const text = readFileSync(join(root, 'electron-builder.yml'), 'utf8')
    expect(text).not.toMatch(/^\s*(cscLink|cscKeyPassword|identity|certificateFile|certificatePassword|certificateSha1):/m)
    expect([config.mac.hardenedRuntime, config.mac.notarize]).toEqual([true, true])
    expect(config.win.signtoolOptions.signingHashAlgorithms).toEqual(['sha256'])
  })

  it('gives the hardened runtime the JIT exception V8 needs, and no other', async () => {
    const mac = (await load()).mac
    expect(mac.entitlementsInherit).toBe(mac.entitlements)
    const plist = readFileSync(join(root, mac.entitlements), 'utf8')
    expect([...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map(m => m[1])).toEqual(['com.apple.security.cs.allow-jit'])
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
