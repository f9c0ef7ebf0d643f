import { describe, expect, it } from 'vitest'
import { amendmentsFront, exportAmendmentsText } from '../../../../shared/export'
import { completeMeta } from '../../../../shared/schema'

const descriptions = [
  'In operative paragraph 4, after the words “legislation”, insert “and policies”',
  'Paragraph 2 should read:\n“Urges Member States to act;”'
]

describe('the amendments document', () => {
  it.each([
    ['an English draft with two delegations', completeMeta({ symbol: 'A/80/L.25' }), ['Norway', 'Peru'],
      { symbol: 'A/80/L.25', proposers: 'Norway, Peru: amendments', title: 'Amendments to draft resolution A/80/L.25' }],
    ['a French draft', completeMeta({ symbol: 'A/80/L.25', lang: 'fr' }), ['Norvège'],
      { symbol: 'A/80/L.25', proposers: 'Norvège : amendements', title: 'Amendements au projet de résolution A/80/L.25' }],
    ['a text without symbol or known proposers', completeMeta({}), [],
      { symbol: null, proposers: null, title: 'Amendments to the draft resolution' }]
  ])('opens %s with its symbol, delegations and title', (_name, meta, proposers, front) => {
    expect(amendmentsFront(meta, proposers)).toEqual(front)
  })

  it('prints the front lines, then the amendments numbered, set-out text indented', () => {
    expect(exportAmendmentsText(completeMeta({ symbol: 'A/80/L.25' }), descriptions, ['Norway'])).toBe(
      'A/80/L.25\n\nNorway: amendments\n\nAmendments to draft resolution A/80/L.25\n\n' +
      '1. In operative paragraph 4, after the words “legislation”, insert “and policies”\n' +
      '2. Paragraph 2 should read:\n    “Urges Member States to act;”\n')
  })
})
