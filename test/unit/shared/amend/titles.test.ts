import { describe, expect, it } from 'vitest'
import { template2388 } from '../../../../shared/template'
import { buildResolution, readResolution } from '../../../../shared/schema'
import { diffDocuments } from '../../../../shared/amend/diffDocuments'
import { titleChangesOf } from '../../../../shared/amend/titles'
import { compareDocuments } from '../../../../shared/amend/compare'
import { inFrench } from './roundTrip'

const tabled = (() => { const draft = readResolution(template2388()); return buildResolution({ ...draft, meta: { ...draft.meta, title: 'Maintenance of international peace and security' } }) })()
const retitled = (title: string) => { const draft = readResolution(tabled); return buildResolution({ ...draft, meta: { ...draft.meta, title } }) }

describe('titleChangesOf', () => {
  it.each([
    ['the same title', 'Maintenance of international peace and security', 0],
    ['a space typed at its end', 'Maintenance of international peace and security ', 0],
    ['two spaces between its words', 'Maintenance of  international peace and security', 0],
    ['a word changed', 'Maintenance of international peace and stability', 1]
  ])('finds %s a change %i times', (_name, title, count) => {
    expect(titleChangesOf(diffDocuments(tabled, retitled(title)))).toHaveLength(count)
  })

  it('says a title left with no words cannot be worded, rather than “Replace the title with “””', () => {
    expect(compareDocuments(tabled, retitled('')).changes.map(c => c.description)).toEqual([
      'This change cannot be worded as an amendment: the title would be left with no words: write the new title'
    ])
    expect(compareDocuments(inFrench(tabled), inFrench(retitled(''))).changes.map(c => c.description)).toEqual([
      'Cette modification ne peut être formulée en amendement\u00a0: le titre n’aurait plus aucun mot\u00a0: écrire le nouveau texte'
    ])
  })
})
