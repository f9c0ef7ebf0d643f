import { describe, expect, it } from 'vitest'
import { openingPhraseLength, opensParagraph, opensOperatively, lexiconPhrase } from '../../../../shared/style'

const lead = (text: string, kind: 'pp' | 'op' | 'sub') => text.slice(0, openingPhraseLength(text, kind))

describe('opening phrases', () => {
  it.each([
    ['Taking note of the Secretary-General’s report', 'pp', 'Taking note'],
    ['Expressing grave concern over the high numbers', 'pp', 'Expressing grave concern'],
    ['Recalling also its resolution 2331 (2016)', 'pp', 'Recalling also'],
    ['Bearing in mind the Charter', 'pp', 'Bearing in mind'],
    ['Acting under Chapter VII of the Charter of the United Nations,', 'pp', 'Acting under Chapter VII of the Charter of the United Nations'],
    ['Further calls upon Member States', 'op', 'Further calls upon'],
    ['Strongly condemns violations', 'op', 'Strongly condemns'],
    ['Reaffirms its condemnation in the strongest terms', 'op', 'Reaffirms its condemnation'],
    ['Notes with appreciation', 'op', 'Notes'],
    ['Noteworthy efforts', 'op', 'Noteworthy'],
    ['Emphasizing the need', 'pp', 'Emphasizing'],
    ['Prie instamment les États Membres', 'op', 'Prie instamment'],
    ['Rappelant sa résolution', 'pp', 'Rappelant'],
    ['Décide également de', 'op', 'Décide également'],
    ['Decides to remain seized', 'pp', 'Decides'],
    ['Vivement préoccupé par l’interruption des négociations', 'pp', 'Vivement préoccupé'],
    ['Agissant en vertu du Chapitre VII de la Charte des Nations Unies,', 'pp', 'Agissant en vertu du Chapitre VII de la Charte des Nations Unies'],
    ['Habiendo examinado la carta del Secretario General', 'pp', 'Habiendo examinado'],
    ['Acogiendo con beneplácito la cooperación', 'pp', 'Acogiendo con beneplácito'],
    ['Recordando además su resolución', 'pp', 'Recordando además'],
    ['Actuando en virtud del Capítulo VII de la Carta de las Naciones Unidas,', 'pp', 'Actuando en virtud del Capítulo VII de la Carta de las Naciones Unidas'],
    ['Decide además prorrogar', 'op', 'Decide además'],
    ['Exhorta a las partes', 'op', 'Exhorta'],
    ['The Council,', 'pp', ''],
    ['To prevent trafficking;', 'sub', '']
  ] as const)('%s (%s) → %s', (text, kind, phrase) => {
    expect(lead(text, kind)).toBe(phrase)
  })

  it.each([
    ['Recalling its resolution', true], ['Emphasizing the need', true], ['Urges Member States', true],
    ['United Nations bodies', false], ['including trafficking', false], ['Member States', false],
    ['Decidido a coadyuvar', true], ['Profundamente preocupado por', true], ['Decidimos', false]
  ])('%s opens a paragraph: %s', (text, opens) => {
    expect(opensParagraph(text)).toBe(opens)
  })

  it.each([['Decides to remain seized', true], ['Further requests', true], ['Recalling its resolution', false]])(
    '%s opens operatively: %s', (text, op) => {
      expect(opensOperatively(text)).toBe(op)
    })

  it('prefers the paragraph’s own kind', () => {
    expect(lexiconPhrase('Welcoming the report', 'op')).toBe('Welcoming')
  })
})
