import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { defaultViewPreferences, loadViewPreferences, saveViewPreferences, viewPreferencesPath } from '../../../../electron/shell/viewPreferences'
import { useTempFolder } from '../../../support/tempFolder'

describe('view preferences', () => {
  const temp = useTempFolder()

  it('default to the redline before anything is saved', async () => {
    expect(await loadViewPreferences(temp())).toEqual(defaultViewPreferences)
    expect(defaultViewPreferences.redline).toBe(true)
  })

  it.each([true, false])('keep redline: %s', async redline => {
    await saveViewPreferences(temp(), { redline })
    expect(await loadViewPreferences(temp())).toEqual({ redline })
  })

  it('set a damaged file aside and fall back to the defaults', async () => {
    mkdirSync(temp(), { recursive: true })
    writeFileSync(viewPreferencesPath(temp()), '{"redline": "yes"}')
    expect(await loadViewPreferences(temp())).toEqual(defaultViewPreferences)
    expect(existsSync(`${viewPreferencesPath(temp())}.corrupt`)).toBe(true)
  })
})
