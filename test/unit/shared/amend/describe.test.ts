import { describe, expect, it } from 'vitest'
import type { Node } from 'prosemirror-model'
import type { ParagraphDraft } from '../../../../shared/schema'
import { describeAmendment } from '../../../../shared/amend/describe'
import { amendmentsOf } from '../../../../shared/amend/amendments'
import { diffDocuments } from '../../../../shared/amend/diffDocuments'
import { template2388 } from '../../../../shared/template'
import { all, at, insertAfter, moveAfter, remove, revise, rewordIn } from './revisions'

const template = template2388()

function descriptions(current: Node, base: Node = template): string[] {
  const diff = diffDocuments(base, current)
  return amendmentsOf(diff).map(a => describeAmendment(a, diff))
}

const newOp = (text: string): ParagraphDraft => ({ kind: 'op', lead: 7, text })
const newPp = (text: string): ParagraphDraft => ({ kind: 'pp', lead: 9, text })
const sub = (text: string, level = 1): ParagraphDraft => ({ kind: 'sub', level, lead: 0, text })
const meeting = 'Decides to convene a high-level meeting on trafficking in persons in armed conflict;'

describe('describeAmendment on the 2388 template', () => {
  it.each<[string, (ps: ParagraphDraft[]) => ParagraphDraft[], string[]]>([
    ['an insertion of words', rewordIn('OP4', 'related legislation', 'related legislation and policies'),
      ['In operative paragraph 4, after the words “legislation”, insert “and policies”']],
    ['an insertion placed by several words', rewordIn('OP4', 'armed and terrorist', 'armed and other terrorist'),
      ['In operative paragraph 4, after the words “armed and”, insert “other”']],
    ['a deletion of words', rewordIn('OP4', 'States, where appropriate, to', 'States to'),
      ['In operative paragraph 4, replace the words “States, where appropriate, to” with “States to”']],
    ['a replacement of words', rewordIn('OP5', 'step up', 'redouble'),
      ['In operative paragraph 5, replace the words “step up” with “redouble”']],
    ['several edits in one paragraph', all(rewordIn('OP5', 'step up', 'redouble'), rewordIn('OP5', 'evidence of human trafficking', 'evidence of trafficking in persons')),
      ['In operative paragraph 5, replace the words “step up” with “redouble”; and replace the words “human trafficking” with “trafficking in persons”']],
    ['a paragraph rewritten', rewordIn('OP35', 'Decides to remain actively seized of this matter.', 'Requests the Secretary-General to report to the Council on the implementation of this resolution.'),
      ['Replace operative paragraph 35 with the following: “Requests the Secretary-General to report to the Council on the implementation of this resolution.”']],
    ['a preambular paragraph deleted', remove('PP3'), ['Delete preambular paragraph 3']],
    ['an operative paragraph deleted, with no renumbering clause: every number refers to the text as tabled', remove('OP13'), ['Delete operative paragraph 13']],
    ['the last operative paragraph deleted', remove('OP35'), ['Delete operative paragraph 35']],
    ['a paragraph inserted', insertAfter('OP12', newOp(meeting)),
      [`After operative paragraph 12, insert a new paragraph reading: “${meeting}”`]],
    ['two paragraphs inserted', insertAfter('OP12', newOp(meeting), newOp('Requests the Secretary-General to report on the meeting;')),
      [`After operative paragraph 12, insert a new paragraph reading: “${meeting}”`,
        'After operative paragraph 12, insert a new paragraph reading: “Requests the Secretary-General to report on the meeting;”']],
    ['a paragraph inserted first', ps => [newPp('Recalling its resolution 2331 (2016),'), ...ps],
      ['Insert, as the first preambular paragraph, a new paragraph reading: “Recalling its resolution 2331 (2016),”']],
    ['a paragraph inserted with its subparagraphs', insertAfter('OP12', newOp('Decides to convene meetings:'), sub('On victims;'), sub('On evidence;')),
      ['After operative paragraph 12, insert a new paragraph reading: “Decides to convene meetings:\n(a) On victims;\n(b) On evidence;”']],
    ['a subparagraph added', insertAfter('OP13', sub('Law enforcement officials;')),
      ['In operative paragraph 13, insert, as the first subparagraph, a new subparagraph reading: “Law enforcement officials;”']],
    ['a paragraph moved', moveAfter('OP7', 'OP9'), ['Move operative paragraph 7 to follow operative paragraph 9']],
    ['a paragraph moved to the top of its part', ps => { const [op9] = ps.splice(at('OP9'), 1); ps.splice(at('OP1'), 0, op9); return ps },
      ['Move operative paragraph 9 to become the first operative paragraph']],
    ['a paragraph moved and edited', all(rewordIn('OP7', 'increase capacity', 'build capacity'), moveAfter('OP7', 'OP9')),
      ['Move operative paragraph 7 to follow operative paragraph 9 and, in it, replace the words “increase” with “build”']],
    ['edits named by the numbering of the text amended', all(rewordIn('OP4', 'related legislation', 'related legislation and policies'), remove('OP2')),
      ['Delete operative paragraph 2', 'In operative paragraph 4, after the words “legislation”, insert “and policies”']]
  ])('words %s', (_name, edit, expected) => {
    expect(descriptions(revise(edit))).toEqual(expected)
  })

  describe('subparagraphs', () => {
    const base = revise(insertAfter('OP13', sub('Law enforcement officials;'), sub('Border control officials;'), sub('Criminal justice personnel;')))
    const in13 = (edit: (subs: ParagraphDraft[]) => ParagraphDraft[]) => revise(ps => {
      const start = at('OP13') + 1
      return [...ps.slice(0, start), ...edit(ps.slice(start, start + 3)), ...ps.slice(start + 3)]
    }, { base })

    it.each<[string, (subs: ParagraphDraft[]) => ParagraphDraft[], string[]]>([
      ['an edit', ([a, b, c]) => [{ ...a, text: 'Law enforcement and judicial officials;' }, b, c],
        ['In operative paragraph 13, subparagraph (a), after the words “enforcement”, insert “and judicial”']],
      ['a deletion', ([a, , c]) => [a, c], ['In operative paragraph 13, delete subparagraph (b)']],
      ['an insertion', ([a, b, c]) => [a, sub('Prosecutors;'), b, c],
        ['In operative paragraph 13, after subparagraph (a), insert a new subparagraph reading: “Prosecutors;”']],
      ['an insertion first', subs => [sub('Prosecutors;'), ...subs],
        ['In operative paragraph 13, insert, as the first subparagraph, a new subparagraph reading: “Prosecutors;”']],
      ['a move', ([a, b, c]) => [a, c, b], ['In operative paragraph 13, move subparagraph (c) to follow subparagraph (a)']],
      ['a move to the top', ([a, b, c]) => [c, a, b], ['In operative paragraph 13, move subparagraph (c) to become the first subparagraph']],
      ['two insertions', ([a, b, c]) => [a, sub('Prosecutors;'), sub('Judges;'), b, c],
        ['In operative paragraph 13, after subparagraph (a), insert a new subparagraph reading: “Prosecutors;”',
          'In operative paragraph 13, after subparagraph (a), insert a new subparagraph reading: “Judges;”']],
      ['a second level', ([a, b, c]) => [a, sub('At airports;', 2), b, c],
        ['In operative paragraph 13, subparagraph (a), insert, as the first subparagraph, a new subparagraph reading: “At airports;”']]
    ])('words %s', (_name, edit, expected) => {
      expect(descriptions(in13(edit), base)).toEqual(expected)
    })

    it('words a subparagraph moved to another paragraph', () => {
      const current = revise(ps => {
        const [c] = ps.splice(at('OP13') + 3, 1)
        ps.splice(at('OP14') + 3, 0, c)
        return ps
      }, { base })
      expect(descriptions(current, base)).toEqual(['Move subparagraph (c) of operative paragraph 13 to become the first subparagraph of operative paragraph 14'])
    })

    it('words an edit in a second-level subparagraph', () => {
      const nested = revise(insertAfter('OP13', sub('Officials:'), sub('At airports;', 2)))
      const edited = revise(ps => { ps[at('OP13') + 2] = { ...ps[at('OP13') + 2], text: 'At airports and seaports;' }; return ps }, { base: nested })
      expect(descriptions(edited, nested)).toEqual(['In operative paragraph 13, subparagraph (a) (i), at the end of the subparagraph, add “and seaports”'])
    })

    it('deletes a paragraph with its subparagraphs in one amendment', () => {
      expect(descriptions(revise(ps => ps.filter((_p, i) => i < at('OP13') || i > at('OP13') + 3), { base }), base))
        .toEqual(['Delete operative paragraph 13'])
    })
  })

  it('says a paragraph whose new footnote follows no words cannot be worded, instead of wording it without the footnote', () => {
    const current = revise(ps => { ps[at('OP35')] = { ...ps[at('OP35')], text: 'Decides to remain seized of the matter, in particular of the report.', footnotes: [{ at: 'Decides to remain seized of the matter, '.length, text: 'S/2017/939.' }] }; return ps })
    expect(descriptions(current)).toEqual(['This change cannot be worded as an amendment: its footnote “S/2017/939.” follows no words in “remain seized of the matter, in particular of the report.”, so no words can place it'])
  })
})
