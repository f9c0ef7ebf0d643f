import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

/// A fresh folder under the system's temp dir for each test, removed afterwards.
export function useTempFolder(): () => string {
  let current: string | null = null
  afterEach(() => {
    if (current) rmSync(current, { recursive: true, force: true })
    current = null
  })
  return () => (current ??= mkdtempSync(join(tmpdir(), 'penholder-')))
}
