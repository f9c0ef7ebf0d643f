import { describe, expect, it } from 'vitest'
import { NoteQueue, ParagraphClassifier } from '../../../../shared/import/classify'
import type { ImportWarning } from '../../../../shared/import'

/// Blocks of a body as joined, read by the classifier: kind, level and text of each.
function classify(blocks: string[]) {
  const warnings: ImportWarning[] = []
  const classifier = new ParagraphClassifier('body', new NoteQueue([]), warnings)
  blocks.forEach((text, i) => classifier.add({ text, line: i + 1 }))
  return { paragraphs: classifier.paragraphs.map(p => [p.kind, p.level ?? 0, p.text.split(' ')[0]]), warnings: warnings.length }
}

describe('ParagraphClassifier: subparagraphs whose markers an extraction lost', () => {
  it.each([
    ['all markers lost after a lead-in', ['Recalling x,', '2. Recognizes y, and in this regard:', 'Decides a;', 'May consider b;', '3. Encourages c;'],
      [['pp', 0, 'Recalling'], ['op', 0, 'Recognizes'], ['sub', 1, 'Decides'], ['sub', 1, 'May'], ['op', 0, 'Encourages']], 2],
    ['the markers kept say the level of the lost ones (A/RES/80/11, OP1)',
      ['1. Reaffirms x by:', 'Requesting a;', 'Requesting b by:', 'Assisting c;', '(ii) Inviting d;', 'Taking note e;', 'Requesting f;', '(e) Requesting g;', 'Requesting h;', '2. Requests i;'],
      [['op', 0, 'Reaffirms'], ['sub', 1, 'Requesting'], ['sub', 1, 'Requesting'], ['sub', 2, 'Assisting'], ['sub', 2, 'Inviting'],
        ['sub', 1, 'Taking'], ['sub', 1, 'Requesting'], ['sub', 1, 'Requesting'], ['sub', 1, 'Requesting'], ['op', 0, 'Requests']], 6],
    ['an unnumbered paragraph after an OP that is no lead-in stays an OP', ['1. Decides x;', 'Requests y;'],
      [['op', 0, 'Decides'], ['op', 0, 'Requests']], 1]
  ])('%s', (_, blocks, paragraphs, warnings) => {
    expect(classify(blocks)).toEqual({ paragraphs, warnings })
  })
})

/// The same, then any page text after the operative part left out as a whole resolution's
/// import does: the texts' last paragraphs and what came after them.
function classifyWhole(blocks: string[]) {
  const warnings: ImportWarning[] = []
  const classifier = new ParagraphClassifier('body', new NoteQueue([]), warnings)
  blocks.forEach((text, i) => classifier.add({ text, line: i + 1 }))
  classifier.leaveOutPageText()
  return { paragraphs: classifier.paragraphs.map(p => p.text.split(' ').slice(0, 2).join(' ')), left: warnings.filter(w => w.message.startsWith('left out')).map(w => w.line) }
}

describe('ParagraphClassifier: a page’s text after the operative part', () => {
  it.each([
    ['a website’s letter after S/RES/1397 (2002) in Spanish (scribd.com) is left out',
      ['3. Expresa su apoyo a los esfuerzos;', '4. Decide seguir ocupándose de la cuestión.', 'T'],
      ['Expresa su', 'Decide seguir'], [3]],
    ['a website’s words after a last OP ending in subparagraphs are left out',
      ['2. Requests the Secretary-General:', '(a) To report;', '(b) To brief the Council.', 'Share this page', 'Print'],
      ['Requests the', 'To report;', 'To brief'], [4, 5]],
    ['a quotation of several paragraphs inside an OP, each opening with “, stays (S/RES/1373 (2001) amended as quoted)',
      ['4. Decides to amend paragraph 2 to read as follows:', '“All States shall deny safe haven to those who finance terrorist acts.', '“The Committee shall report to the Council at least every 90 days.”;', '5. Decides to remain seized of the matter.'],
      ['Decides to', '“All States', '“The Committee', 'Decides to'], []],
    ['a heading and goals after a paragraph ending with a full stop stay (A/RES/70/1, paragraphs 59 and 60)',
      ['59. We recognize that there are different approaches to achieve sustainable development.', 'Sustainable Development Goals', 'Goal 1. End poverty in all its forms everywhere', '60. We reaffirm our strong commitment to the full implementation of this new Agenda.'],
      ['We recognize', 'Sustainable Development', 'Goal 1.', 'We reaffirm'], []],
    ['short lines followed by sentences after the last OP stay: an annex whose caption was not recognized',
      ['4. Decides to remain seized of the matter.', 'Joint Comprehensive Plan of Action', 'Vienna, 14 July 2015', 'The E3/EU+3 and the Islamic Republic of Iran welcome this historic Joint Comprehensive Plan of Action.'],
      ['Decides to', 'Joint Comprehensive', 'Vienna, 14', 'The E3/EU+3'], []]
  ])('%s', (_, blocks, paragraphs, left) => {
    expect(classifyWhole(blocks)).toEqual({ paragraphs, left })
  })
})
