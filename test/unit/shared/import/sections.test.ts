import { describe, expect, it } from 'vitest'
import { splitSections } from '../../../../shared/import/sections'

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }))
const headings = (text: string, inAnnex = false) => splitSections(lines(text), inAnnex).map(s => s.heading && [s.heading.number, s.heading.text, s.lines.filter(l => l.text).length])

describe('splitSections', () => {
  it.each([
    ['GA omnibus sections: the numeral alone, then the title', 'Recalling x,\nI\nRevitalization of the work of the General Assembly\n1. Reaffirms y;\nII\nWorking methods\n2. Decides z;', false,
      [null, ['I', 'Revitalization of the work of the General Assembly', 1], ['II', 'Working methods', 1]]],
    ['numeral and a title wrapped over two lines', 'II. Implementation of the Programme of Action for Landlocked\nDeveloping Countries\n13. We commit;', false,
      [null, ['II', 'Implementation of the Programme of Action for Landlocked Developing Countries', 1]]],
    ['an unnumbered heading after a blank line', '16. We stress x.\n\nPartnerships and support mechanisms\n17. We invite y.', true,
      [null, ['', 'Partnerships and support mechanisms', 1]]],
    ['in an annex, a numbered title before unnumbered paragraphs', 'I. Shared commitments\nWe reaffirm our commitment.', true,
      [null, ['I', 'Shared commitments', 1]]],
    ['in the body, a line starting A. before a PP is text', 'A. Whereas the parties have agreed\nRecalling x,', false, [null]],
    ['a line ending with a comma is never a title', 'I\nRecalling its resolutions,\n1. Decides;', false, [null]]
  ])('%s', (_, text, inAnnex, expected) => {
    expect(headings(text, inAnnex)).toEqual(expected)
  })
})
