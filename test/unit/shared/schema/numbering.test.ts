import { describe, expect, it } from 'vitest'
import { annexCaption, buildResolution, labelParagraphs, subparagraphNumber, toLetter, toRoman, type ParagraphDraft } from '../../../../shared/schema'
import { annexFootnotesDraft, romanFirstListDraft } from '../../../support/structuredDrafts'
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

describe('numbering of the parts real texts add', () => {
  it('prints a list in its own style: (i) at the first level under OP1, (a) under OP2', () => {
    const labels = labelParagraphs(buildResolution(romanFirstListDraft))
    expect(labels.map(l => [l.label, l.number])).toEqual([
      ['PP1', ''], ['OP1', '1.'], ['OP1(i)', '(i)'], ['OP1(ii)', '(ii)'],
      ['OP2', '2.'], ['OP2(a)', '(a)'], ['OP2(b)', '(b)'], ['OP2(c)', '(c)'], ['OP3', '3.']
    ])
  })

  it('keeps the start of an operative part that begins mid-way, even for one OP', () => {
    const excerpt = buildResolution({ meta: completeMeta({ lang: 'fr' }), organ: '', start: 8, paragraphs: [p('op', 'Demande;'), p('sub', 'Aux États;', 1), p('op', 'Décide.')] })
    expect(labelParagraphs(excerpt).map(l => [l.label, l.number])).toEqual([['OP8', '8.'], ['OP8(a)', 'a)'], ['OP9', '9.']])
    const lone = buildResolution({ meta: completeMeta({}), organ: '', start: 8, paragraphs: [p('op', 'Decides.')] })
    expect(labelParagraphs(lone).map(l => l.number)).toEqual(['8.'])
  })

  it('numbers annex paragraphs from 1 in each annex, across its sections, and unnumbered ones by position', () => {
    const doc = buildResolution({
      ...annexFootnotesDraft,
      annexes: [...annexFootnotesDraft.annexes!, {
        title: { text: 'Plan of action' },
        paragraphs: [p('pp', 'The States,'), p('op', 'Agree:'), p('sub', 'To act;', 1), p('pp', 'Further,')]
      }]
    })
    const labels = labelParagraphs(doc)
    expect(labels.map(l => l.label)).toEqual([
      'PP1', 'PP2', 'OP1', 'OP2', 'OP3',
      'A1.1', 'A1.2', 'A1.3', 'A1.3(a)', 'A1.3(b)', 'A1.4',
      'A2.P1', 'A2.1', 'A2.1(a)', 'A2.P2'
    ])
    expect(labels.slice(5, 11).map(l => l.number)).toEqual(['1.', '2.', '3.', '(a)', '(b)', '4.'])
    expect(labels[12]).toMatchObject({ part: 'annex', annex: 2, number: '1.' })
    expect(labels[0]).toMatchObject({ part: 'preamble', annex: 0 })
  })

  it.each([
    [1, 1, 'en', 'Annex'], [2, 3, 'en', 'Annex II'], [3, 3, 'fr', 'Annexe III'], [1, 1, 'es', 'Anexo']
  ] as const)('annex %i of %i in %s is captioned %s', (annex, count, lang, caption) => {
    expect(annexCaption(annex, count, lang)).toBe(caption)
  })

  it.each([
    [1, 3, 'en', 'number', '(3)'], [1, 2, 'fr', 'roman', 'ii)'], [2, 2, 'en', 'letter', '(b)'], [3, 4, 'en', 'roman', 'iv.']
  ] as const)('level %i item %i in %s, %s style, prints %s', (level, index, lang, style, printed) => {
    expect(subparagraphNumber(level, index, lang, style)).toBe(printed)
  })
})
