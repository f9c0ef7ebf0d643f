import { describe, expect, it } from 'vitest'
import { readAdoptedLine, takeClosingLines } from '../../../../shared/import/closingLines'

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }))

describe('closing lines', () => {
  it.each([
    ['a GA closing line and date', '4. Decides to continue.\n45th plenary meeting\n10 December 2026', ['4. Decides to continue.'], { meeting: '45th plenary', date: '10 December 2026' }],
    ['French', '2. Décide.\n3e séance plénière\n19 septembre 2025', ['2. Décide.'], { meeting: '3e plénière', date: '19 septembre 2025' }],
    ['an SC adoption line in the body', 'Adopted by the Security Council at its 9999th meeting, on 3 March 2025\n1. Decides;', ['1. Decides;'], { meeting: '9999th', date: '3 March 2025' }],
    ['the closing line and date on one line, as a text extraction gives them', '30. Calls for a review.\n\n51st plenary meeting 26 November 2025', ['30. Calls for a review.', ''], { meeting: '51st plenary', date: '26 November 2025' }],
    ['a date in a paragraph stays', '1. Decides to meet on\n10 December 2026;', ['1. Decides to meet on', '10 December 2026;'], {}],
    ['the ordinal’s letter set apart (A/RES/62/30 run together)', '2. Décide.\n61 e séance plénière 5 décembre 2007', ['2. Décide.'], { meeting: '61e plénière', date: '5 décembre 2007' }]
  ])('%s', (_, text, kept, facts) => {
    const taken = takeClosingLines(lines(text), 'leave out')
    expect([taken.lines.map(l => l.text), taken.facts, taken.left]).toEqual([kept, facts, []])
  })

  it.each([
    ['notes below a rule line, a note wrapped over two lines (A/RES/80/7)',
      '5. Requests.\n40th plenary meeting\n14 November 2025\n\n_______________\n\n2 See International Atomic Energy Agency, Resolutions\nTaken during the 69th Regular Session',
      ['5. Requests.', '', '_______________', '', '2 See International Atomic Energy Agency, Resolutions', 'Taken during the 69th Regular Session'], []],
    ['an annex and all it holds', '2. Expresses.\n18th plenary meeting\n14 October 2025\n\nAnnex\nAwaza Political Declaration\n1.\nWe, the Heads of State',
      ['2. Expresses.', '', 'Annex', 'Awaza Political Declaration', '1.', 'We, the Heads of State'], []],
    ['no page’s own line (A/RES/62/30 on girlsrightsplatform.org)', '2. Décide.\n61e séance plénière 5 décembre 2007\n\nSélectionner le paragraphe cible3',
      ['2. Décide.', ''], ['Sélectionner le paragraphe cible3']],
    ['an annex captioned with a letter (S/RES/2231 (2015): Annex A)', '2. Decides.\n4th plenary meeting\n\nAnnex A\nRules of the Conference\nThe Conference shall meet in Geneva.',
      ['2. Decides.', '', 'Annex A', 'Rules of the Conference', 'The Conference shall meet in Geneva.'], []],
    ['a caption not recognized and the sentences under it: short lines among sentences stay', '2. Decides.\n4th plenary meeting\n\nAppendix\nRules of the Conference\nThe Conference shall meet in Geneva.',
      ['2. Decides.', '', 'Appendix', 'Rules of the Conference', 'The Conference shall meet in Geneva.'], []]
  ])('after the closing lines keeps %s', (_, text, kept, left) => {
    const taken = takeClosingLines(lines(text), 'leave out')
    expect([taken.lines.map(l => l.text), taken.left.map(l => l.text)]).toEqual([kept, left])
  })

  it('keeps a line after the closing lines when told to, as a paste does', () => {
    const taken = takeClosingLines(lines('2. Décide.\n61e séance plénière 5 décembre 2007\n\nSélectionner le paragraphe cible3'), 'keep')
    expect([taken.lines.map(l => l.text), taken.left]).toEqual([['2. Décide.', '', 'Sélectionner le paragraphe cible3'], []])
  })
  it.each([
    ['Adopted by the General Assembly at its 73rd plenary meeting, on 19 December 2017', { meeting: '73rd plenary', date: '19 December 2017' }],
    ['Aprobada por el Consejo de Seguridad en su 8111ª sesión, celebrada el 21 de noviembre de 2017', { meeting: '8111ª', date: '21 de noviembre de 2017' }],
    ['Adopted by consensus the report', null],
    ['Adopted unanimously at the 1382nd meeting.', { meeting: '1382nd', vote: 'adopted unanimously' }],
    ['Adopted by the Security Council at its 2963rd meeting on 29 November 1990 by 12 votes to 2 (Cuba and Yemen), with 1 abstention (China).', { meeting: '2963rd', date: '29 November 1990', vote: '12 votes to 2 (Cuba and Yemen), with 1 abstention (China)' }],
    ['Adopted at the 81st plenary meeting, on 4 December 2000, by a recorded vote of 106 to 1, with 67 abstentions', { meeting: '81st plenary', date: '4 December 2000', vote: 'a recorded vote of 106 to 1, with 67 abstentions' }]
  ])('%s', (line, facts) => {
    expect(readAdoptedLine(line)).toEqual(facts)
  })
})
