import { join } from 'node:path'
import { z } from 'zod'
import { readJsonFile, writeJsonFile } from '../services'

/// How a document first shows in a new window. Kept apart from the app settings of
/// `electron/services` (author, theme, text size…), which have no field for it.
export interface ViewPreferences {
  /// The redline (tracked changes drawn over the text) rather than the clean text.
  readonly redline: boolean
}

const schema = z.strictObject({ redline: z.boolean() })

export const defaultViewPreferences: ViewPreferences = Object.freeze({ redline: true })

export function viewPreferencesPath(userData: string): string {
  return join(userData, 'view.json')
}

/// The stored preferences, or the defaults when there are none or they are damaged (a
/// damaged file is set aside by `readJsonFile`).
export async function loadViewPreferences(userData: string): Promise<ViewPreferences> {
  const reading = await readJsonFile(viewPreferencesPath(userData), schema)
  return reading.kind === 'value' ? reading.value : defaultViewPreferences
}

export async function saveViewPreferences(userData: string, preferences: ViewPreferences): Promise<void> {
  await writeJsonFile(viewPreferencesPath(userData), schema.parse(preferences))
}
