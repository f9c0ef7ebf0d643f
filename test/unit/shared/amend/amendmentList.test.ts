import { describe, expect, it } from 'vitest'
import { formatAmendmentList } from '../../../../shared/amend/amendmentList'
import { compareDocuments } from '../../../../shared/amend/compare'
import { template2388 } from '../../../../shared/template'
import { all, moveAfter, remove, revise, rewordIn } from './revisions'

describe('formatAmendmentList', () => {
  it('numbers the amendments in the order of the text', () => {
    const { changes } = compareDocuments(template2388(), revise(all(
      rewordIn('OP5', 'step up', 'redouble'),
      moveAfter('OP7', 'OP9'),
      remove('PP3')
    )))
    expect(formatAmendmentList(changes)).toBe([
      '1. Delete preambular paragraph 3',
      '2. In operative paragraph 5, replace the words “step up” with “redouble”',
      '3. Move operative paragraph 7 to follow operative paragraph 9',
      ''
    ].join('\n'))
  })

  it('is empty when nothing changed', () => {
    expect(formatAmendmentList([])).toBe('')
  })
})
