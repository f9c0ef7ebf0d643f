import { describe, expect, it } from 'vitest'
import { buildResolution, labelParagraphs, subparagraphNumber, toLetter, toRoman, type ParagraphDraft } from '../../../../shared/schema'
import { completeMeta } from '../../../../shared/schema'

const p = (kind: ParagraphDraft['kind'], text: string, level?: number): ParagraphDraft => ({ kind, text, lead: 0, level })

describe('numbering', () => {
  it.each([[1, 'i'], [4, 'iv'], [9, 'ix'], [14, 'xiv'], [40, 'xl']])('roman %i is %s', (n, r) => {
    expect(toRoman(n)).toBe(r)
  })
  it.each([[1, 'a'], [26, 'z'], [27, 'aa'], [28, 'bb']])('letter %i is %s', (n, l) => {
    expect(toLetter(n)).toBe(l)
  })
  it.each([
    [1, 2, 'en', '(b)'], [2, 3, 'en', '(iii)'], [3, 1, 'en', 'a.'], [4, 2, 'en', 'ii.'],
    [1, 2, 'fr', 'b)'], [2, 4, 'fr', 'iv)']
  ] as const)('level %i item %i in %s prints %s', (level, index, lang, printed) => {
    expect(subparagraphNumber(level, index, lang)).toBe(printed)
  })

  it('labels PPs by position, OPs by number and subparagraphs by their trail', () => {
    const doc = buildResolution({
      meta: completeMeta({}), organ: 'The General Assembly',
      paragraphs: [
        p('pp', 'Recalling its resolution 70/1,'), p('sub', 'First,', 1), p('pp', 'Noting,'),
        p('op', 'Decides:'), p('sub', 'To act;', 1), p('sub', 'To report:', 1), p('sub', 'Annually;', 2),
        p('sub', 'In writing;', 2), p('sub', 'Briefly;', 3), p('sub', 'Soon;', 4), p('sub', 'Later;', 1),
        p('op', 'Requests the Secretary-General to report.')
      ]
    })
    expect(labelParagraphs(doc).map(l => [l.label, l.number])).toEqual([
      ['PP1', ''], ['PP1(a)', '(a)'], ['PP2', ''],
      ['OP1', '1.'], ['OP1(a)', '(a)'], ['OP1(b)', '(b)'], ['OP1(b)(i)', '(i)'], ['OP1(b)(ii)', '(ii)'],
      ['OP1(b)(ii)(a)', 'a.'], ['OP1(b)(ii)(a)(i)', 'i.'], ['OP1(c)', '(c)'],
      ['OP2', '2.']
    ])
  })

  it('leaves a lone operative paragraph unnumbered', () => {
    const doc = buildResolution({ meta: completeMeta({}), organ: 'The Security Council', paragraphs: [p('pp', 'Recalling,'), p('op', 'Decides to remain seized of the matter.')] })
    expect(labelParagraphs(doc).map(l => l.number)).toEqual(['', ''])
  })
})
