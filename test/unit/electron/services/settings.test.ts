import { beforeEach, describe, expect, it } from 'vitest'
import * as fs from 'node:fs/promises'
import { loadSettings, saveSettings, settingsPath, defaultSettings, corruptPath, FileProblem, type Settings } from '../../../../electron/services'
import { faultyDisk } from './fixtures/disks'
import { useTempFolder } from '../../../support/tempFolder'

let userData: string
const tempFolder = useTempFolder()
beforeEach(() => {
  userData = tempFolder()
})

const mine: Settings = { author: 'Permanent Mission of Mexico', theme: 'dark', fontSize: 18, spellcheck: false, keepBackup: true, redline: false, layout: 'official', paper: 'letter' }

describe('settings', () => {
  it('are the defaults before anything was saved', async () => {
    expect(await loadSettings(userData)).toEqual({ settings: defaultSettings, problems: [] })
  })

  it('come back as saved', async () => {
    await saveSettings(userData, mine)
    expect(await loadSettings(userData)).toEqual({ settings: mine, problems: [] })
  })

  it.each<[string, Partial<Settings>, string[]]>([
    ['{"author": "Ana Ruiz", "fontSize": 99}', { author: 'Ana Ruiz' }, ['“fontSize” cannot be 99']],
    ['{"fontSize": 18.5, "theme": "dark"}', { theme: 'dark' }, ['“fontSize” cannot be 18.5']],
    ['{"theme": "solarized", "spellcheck": "yes"}', {}, ['“theme” cannot be "solarized"', '“spellcheck” cannot be "yes"']],
    ['{"keepBackup": true, "zoom": 2}', { keepBackup: true }, ['unknown setting “zoom” ignored']],
    ['{"author": null}', {}, ['“author” cannot be null']],
    ['{"layout": "official", "paper": "legal"}', { layout: 'official' }, ['“paper” cannot be "legal"']],
    ['{"layout": "Official", "paper": "letter"}', { paper: 'letter' }, ['“layout” cannot be "Official"']]
  ])('from %s keep what is valid and report the rest', async (stored, kept, words) => {
    await fs.writeFile(settingsPath(userData), stored)
    const { settings, problems } = await loadSettings(userData)
    expect(settings).toEqual({ ...defaultSettings, ...kept })
    expect(problems).toHaveLength(words.length)
    problems.forEach((problem, i) => {
      expect(problem).toContain(settingsPath(userData))
      expect(problem).toContain(words[i])
    })
  })

  it('written before the page was a setting read as the draft layout on A4', async () => {
    await fs.writeFile(settingsPath(userData), '{"author": "Ana Ruiz", "theme": "dark", "fontSize": 18, "spellcheck": true, "keepBackup": false, "redline": true}')
    expect(await loadSettings(userData)).toEqual({ settings: { ...defaultSettings, author: 'Ana Ruiz', theme: 'dark', fontSize: 18, layout: 'draft', paper: 'a4' }, problems: [] })
  })

  it.each([
    ['JavaScript rather than JSON', '{\n  theme: "dark"\n}\n', ', line 2: the file is damaged'],
    ['words', 'theme = dark\n', 'not valid JSON'],
    ['a list', '["dark"]', 'unexpected content']
  ])('stored as %s fall back to the defaults and the file is kept aside', async (_, stored, words) => {
    await fs.writeFile(settingsPath(userData), stored)
    const { settings, problems } = await loadSettings(userData)
    expect(settings).toEqual(defaultSettings)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(words)
    expect(problems[0]).toContain('kept aside as settings.json.corrupt')
    expect(await fs.readFile(corruptPath(settingsPath(userData)), 'utf8')).toBe(stored)
  })

  it('on a full disk stay as they were', async () => {
    await saveSettings(userData, mine)
    const error = await saveSettings(userData, { ...mine, fontSize: 20 }, faultyDisk([], { step: 'writeFile', code: 'ENOSPC' })).catch(e => e)
    expect(error).toBeInstanceOf(FileProblem)
    expect(error).toMatchObject({ kind: 'disk-full', path: settingsPath(userData), action: 'write' })
    expect((await loadSettings(userData)).settings).toEqual(mine)
    expect(await fs.readdir(userData)).toEqual(['settings.json'])
  })

  it('that are invalid are never written', async () => {
    await saveSettings(userData, mine)
    await expect(saveSettings(userData, { ...mine, fontSize: 3 })).rejects.toThrow()
    expect((await loadSettings(userData)).settings).toEqual(mine)
  })
})
