/// The languages a resolution is drafted in here: English and French, the two working
/// languages of the Secretariat. Each is taken in the first variant the platform's
/// spell checker offers.
const wanted: readonly (readonly string[])[] = [['en-US', 'en-GB', 'en'], ['fr-FR', 'fr']]

/// The spell checker languages to turn on, out of those Electron can download a
/// dictionary for (`session.availableSpellCheckerLanguages`). On macOS the system's own
/// spell checker is used and this list does not apply.
export function spellCheckerLanguages(available: readonly string[]): string[] {
  return wanted.flatMap(variants => variants.find(v => available.includes(v)) ?? [])
}
