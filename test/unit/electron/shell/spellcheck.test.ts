import { describe, expect, it } from 'vitest'
import { spellCheckerLanguages } from '../../../../electron/shell/spellcheck'

describe('spellCheckerLanguages', () => {
  it.each([
    [['af', 'en-AU', 'en-GB', 'en-US', 'fr-FR', 'de-DE'], ['en-US', 'fr-FR']],
    [['en-GB', 'fr'], ['en-GB', 'fr']],
    [['en-GB', 'es'], ['en-GB']],
    [[], []]
  ])('from %j takes %j', (available, languages) => {
    expect(spellCheckerLanguages(available)).toEqual(languages)
  })
})
