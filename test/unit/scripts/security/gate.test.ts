import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { blocks, formatReport, passes, projectRoot, scan, type Finding } from '../../../../scripts/security/gate'
import { useTempFolder } from '../../../support/tempFolder'

const finding = (severity: Finding['severity']): Finding =>
  ({ id: 'X', file: 'electron/main/index.ts', line: 3, column: 1, severity, confidence: 'FIRM', description: 'd', sample: '' })

describe('blocks', () => {
  it.each([
    ['INFORMATIONAL', false],
    ['LOW', false],
    ['MEDIUM', true],
    ['HIGH', true]
  ] as const)('%s → %s', (severity, blocking) => {
    expect(blocks(finding(severity))).toBe(blocking)
  })
})

describe('the security gate', () => {
  const temp = useTempFolder()

  it('passes on Penholder’s own shell', async () => {
    const report = await scan(projectRoot())
    expect(report.findings.filter(blocks)).toEqual([])
    expect(report.unparsed).toEqual([])
    expect(passes(report)).toBe(true)
    expect(report.checks).toBeGreaterThan(30)
  }, 60_000)

  it('fails on a deliberately insecure window', async () => {
    const root = temp()
    mkdirSync(join(root, 'electron'))
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'insecure', devDependencies: { electron: '^41.0.0' } }))
    writeFileSync(join(root, 'electron', 'main.ts'), [
      "import { app, BrowserWindow } from 'electron'",
      'app.whenReady().then(() => {',
      "  const window = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } })",
      "  void window.loadURL('https://example.org/')",
      '})'
    ].join('\n'))
    const report = await scan(root)
    expect(passes(report)).toBe(false)
    const blocking = report.findings.filter(blocks).map(f => f.id)
    expect(blocking).toEqual(expect.arrayContaining([
      'CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK',
      'CSP_GLOBAL_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK'
    ]))
    expect(formatReport(report).at(-1)).toMatch(/^electronegativity: \d+ checks, \d+ findings, [1-9]\d* of MEDIUM severity or higher, 0 files not parsed$/)
  }, 60_000)

  it('fails on a window that turns Node on in its page', async () => {
    const root = temp()
    mkdirSync(join(root, 'electron'))
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'node-in-page', devDependencies: { electron: '^41.0.0' } }))
    writeFileSync(join(root, 'electron', 'main.ts'),
      "import { BrowserWindow } from 'electron'\nexport const window = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: true } })\n")
    const report = await scan(root)
    expect(report.findings.filter(f => blocks(f) && f.file === 'electron/main.ts').map(f => f.id)).toContain('SANDBOX_JS_CHECK')
    expect(passes(report)).toBe(false)
  }, 60_000)

  it('fails when a file cannot be parsed, since it was not checked', async () => {
    const root = temp()
    mkdirSync(join(root, 'electron'))
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'broken', devDependencies: { electron: '^41.0.0' } }))
    writeFileSync(join(root, 'electron', 'main.ts'), 'export const = = ;')
    const report = await scan(root)
    expect(report.unparsed).toEqual([expect.stringMatching(/^electron\/main\.ts: /)])
    expect(passes(report)).toBe(false)
  }, 60_000)
})
