import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveAppFile, serveAppFile } from '../../../../electron/shell/appProtocol'
import { useTempFolder } from '../../../support/tempFolder'

describe('resolveAppFile', () => {
  const root = '/opt/penholder/web'
  it.each([
    ['penholder://app/index.html', join(root, 'index.html')],
    ['penholder://app/', join(root, 'index.html')],
    ['penholder://app', join(root, 'index.html')],
    ['penholder://app/assets/index-3f2a.js?v=1#x', join(root, 'assets/index-3f2a.js')],
    ['penholder://app/assets/Noto%20Serif.woff2', join(root, 'assets/Noto Serif.woff2')],
    // Dot segments, plain or encoded, are resolved by the URL parser, which stops at the
    // root: they never climb out of the folder.
    ['penholder://app/../secret.html', join(root, 'secret.html')],
    ['penholder://app/%2e%2e/secret.html', join(root, 'secret.html')],
    ['penholder://app/assets/%2e%2e/%2e%2e/etc/passwd.txt', join(root, 'etc/passwd.txt')]
  ])('%s → %s', (url, file) => {
    expect(resolveAppFile(root, url)).toBe(file)
  })

  it.each([
    'penholder://app/..%2fsecret.html',
    'penholder://app/..%5csecret.html',
    'penholder://app/a%00.html',
    'penholder://app/%E0%A4%A.html',
    'penholder://app/C:%5Cwindows%5Cwin.ini',
    'penholder://app/notes.exe',
    'penholder://app/.env',
    'penholder://evil/index.html',
    'file:///opt/penholder/web/index.html',
    'nonsense'
  ])('refuses %s', url => {
    expect(resolveAppFile(root, url)).toBeNull()
  })
})

describe('serveAppFile', () => {
  const temp = useTempFolder()

  function site(): string {
    const root = join(temp(), 'web')
    mkdirSync(join(root, 'assets'), { recursive: true })
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Penholder</title>')
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
    writeFileSync(join(temp(), 'secret.txt'), 'outside')
    return root
  }

  it('serves a file with its type and the security headers', async () => {
    const root = site()
    const response = await serveAppFile(root, { url: 'penholder://app/assets/app.js', method: 'GET' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await response.text()).toBe('console.log(1)')
  })

  it('answers HEAD without a body', async () => {
    const response = await serveAppFile(site(), { url: 'penholder://app/index.html', method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it.each([
    ['penholder://app/missing.js', 'GET', 404],
    ['penholder://app/%2e%2e/secret.txt', 'GET', 404],
    ['penholder://app/index.html', 'POST', 405]
  ])('%s %s → %i', async (url, method, status) => {
    const response = await serveAppFile(site(), { url, method })
    expect(response.status).toBe(status)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
  })

  it('refuses a symbolic link that leads out of the folder', async () => {
    const root = site()
    symlinkSync(join(temp(), 'secret.txt'), join(root, 'assets', 'leak.txt'))
    const response = await serveAppFile(root, { url: 'penholder://app/assets/leak.txt', method: 'GET' })
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('outside')
  })
})
