import { describe, expect, it } from 'vitest'
import { parseOrganLine, organInSentence } from '../../../../shared/import'

describe('parseOrganLine', () => {
  it.each([
    ['The Security Council,', 'The Security Council', 'en'],
    ['The General Assembly,', 'The General Assembly', 'en'],
    ['The Economic and Social Council,', 'The Economic and Social Council', 'en'],
    ['“The Security Council,', 'The Security Council', 'en'],
    ['Le Conseil de sécurité,', 'Le Conseil de sécurité', 'fr'],
    ['L’Assemblée générale,', 'L’Assemblée générale', 'fr'],
    ['El Consejo de Seguridad,', 'El Consejo de Seguridad', 'es'],
    ['The Security Council', 'The Security Council', 'en']
  ])('%s', (line, organ, lang) => {
    expect(parseOrganLine(line)).toEqual({ organ, lang })
  })
  it.each([
    'The Security Council reiterated its condemnation of trafficking in human beings today, particularly',
    'The Council underscored the importance of cooperation',
    'Recalling its resolution 2331 (2016),',
    'Security Council'
  ])('is not fooled by %s', line => {
    expect(parseOrganLine(line)).toBeNull()
  })
  it('puts the organ in a sentence', () => {
    expect(organInSentence('The Security Council')).toBe('the Security Council')
  })
})
