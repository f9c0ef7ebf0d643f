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
