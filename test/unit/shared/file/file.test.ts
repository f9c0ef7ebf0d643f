import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { appName, appVersion, createDocumentFile } from '../../../../shared/file/file'
import { template2388 } from '../../../../shared/template'

describe('createDocumentFile', () => {
  const now = new Date('2025-03-12T09:30:00.000Z')

  it.each([
    ['without a title', {}, { created: '2025-03-12T09:30:00.000Z', modified: '2025-03-12T09:30:00.000Z', app: appName }],
    ['with a title', { title: 'Trafficking: zero draft' },
      { created: '2025-03-12T09:30:00.000Z', modified: '2025-03-12T09:30:00.000Z', app: appName, title: 'Trafficking: zero draft' }]
  ])('starts a file %s, base and current the same text, no versions', (_, options, meta) => {
    const file = createDocumentFile(template2388(), { now, ...options })
    expect(file.meta).toEqual(meta)
    expect(file.base).toBe(template2388())
    expect(file.current).toBe(template2388())
    expect(file.versions).toEqual([])
    expect(file.baseVersion).toBeNull()
  })

  it('stamps the time of creation when none is given', () => {
    const before = Date.now()
    const created = Date.parse(createDocumentFile(template2388()).meta.created)
    expect(created).toBeGreaterThanOrEqual(before)
    expect(created).toBeLessThanOrEqual(Date.now())
  })

  it('is frozen', () => {
    const file = createDocumentFile(template2388(), { now })
    expect(Object.isFrozen(file) && Object.isFrozen(file.meta) && Object.isFrozen(file.versions)).toBe(true)
  })
})

describe('appVersion', () => {
  it('is the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string }
    expect(appVersion).toBe(pkg.version)
    expect(appName).toBe(`penholder ${pkg.version}`)
  })
})
