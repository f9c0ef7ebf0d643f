import { join } from 'node:path'
import * as z from 'zod'
import { docxLayouts, docxPapers } from '../../shared/export/docx'
import { defaultHostSettings, type HostSettings } from '../../shared/host'
import { nodeDisk, type Disk } from './disk'
import { readJsonFile, writeJsonFile } from './jsonFile'

/// Each setting with the values it accepts. A stored value outside them falls back to the
/// default for that one setting, so a hand-edited or older settings file never costs the
/// others.
const fields = {
  /// The name recorded with each saved version of a document.
  author: z.string().max(200),
  theme: z.enum(['system', 'light', 'dark']),
  /// Editor text size in CSS pixels.
  fontSize: z.number().int().min(10).max(32),
  spellcheck: z.boolean(),
  /// Keep `<name>.bak`, the previous version, next to a saved document.
  keepBackup: z.boolean(),
  /// A document first shows with the redline (tracked changes drawn over the text)
  /// rather than as clean text.
  redline: z.boolean(),
  /// The page of Export Word and of printing: the draft or the official UN layout
  /// (un-resolution-style.md, "Word layout"), on A4 or Letter.
  layout: z.enum(docxLayouts),
  paper: z.enum(docxPapers)
}

const settingsSchema = z.strictObject(fields)

/// The settings the page may read and change (`HostSettings`), checked as the settings
/// file checks them: what the IPC handler accepts from `saveSettings`.
export const hostSettingsSchema = settingsSchema.pick({ author: true, redline: true, layout: true, paper: true }) satisfies z.ZodType<HostSettings>

export type Settings = Readonly<z.infer<typeof settingsSchema>>

/// The page's settings default as every host's do (`defaultHostSettings`).
export const defaultSettings: Settings = Object.freeze({
  ...defaultHostSettings,
  theme: 'system',
  fontSize: 16,
  spellcheck: true,
  keepBackup: false
})

/// The settings as loaded, and what was wrong with the stored file, one sentence each,
/// for the app to show once.
export interface LoadedSettings {
  readonly settings: Settings
  readonly problems: readonly string[]
}

/// The settings file in the app's user data folder.
export function settingsPath(userData: string): string {
  return join(userData, 'settings.json')
}

/// Read the settings; anything missing, unknown or invalid gives way to the defaults.
export async function loadSettings(userData: string, disk: Disk = nodeDisk): Promise<LoadedSettings> {
  const file = settingsPath(userData)
  const reading = await readJsonFile(file, z.record(z.string(), z.unknown()), disk)
  if (reading.kind === 'missing') return { settings: defaultSettings, problems: [] }
  if (reading.kind === 'problem') return { settings: defaultSettings, problems: [reading.problem.message] }
  const stored = reading.value
  const problems: string[] = []
  const settings: Record<string, unknown> = { ...defaultSettings }
  for (const [key, value] of Object.entries(stored)) {
    if (!Object.hasOwn(fields, key)) {
      problems.push(`${file}: unknown setting “${key}” ignored.`)
      continue
    }
    const name = key as keyof typeof fields
    const checked = fields[name].safeParse(value)
    if (checked.success) settings[name] = checked.data
    else problems.push(`${file}: “${name}” cannot be ${JSON.stringify(value)} (${checked.error.issues[0].message}); using ${JSON.stringify(defaultSettings[name])}.`)
  }
  return { settings: Object.freeze(settingsSchema.parse(settings)), problems }
}

/// Store the settings atomically. Settings that fail validation are a bug in the caller,
/// not something to write down: this throws rather than store them.
export async function saveSettings(userData: string, settings: Settings, disk: Disk = nodeDisk): Promise<void> {
  await writeJsonFile(settingsPath(userData), settingsSchema.parse(settings), disk)
}
