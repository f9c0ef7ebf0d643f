import { describe, expect, it } from 'vitest'
import { selectionForWord } from '../../../../../shared/export/html'
import { exportPlainText } from '../../../../../shared/export'
import { template2388 } from '../../../../../shared/template'
import { forEachParagraph } from '../../../../../shared/schema'

const template = template2388()
const positions: number[] = []
forEachParagraph(template, (_node, pos) => { positions.push(pos) })
/// Start and end of the content of the n-th paragraph (0-based, PPs first).
const paragraph = (n: number) => {
  const node = template.resolve(positions[n] + 1).parent
  return { start: positions[n] + 1, end: positions[n] + 1 + node.content.size }
}

describe('selectionForWord', () => {
  it('copies whole operative paragraphs with their numbers as text and a tab, italics kept', () => {
    const { start } = paragraph(24), { end } = paragraph(25)
    const copied = selectionForWord(template, start, end)
    expect(copied.text.split('\n').map(line => line.slice(0, 40))).toEqual(['1.\tReaffirms its condemnation in the str', '2.\tUrges Members States to consider, as '])
    expect(copied.html).toContain('<p class="op">1.<span style="mso-tab-count:1">\t</span><i>Reaffirms its condemnation</i> in the strongest')
  })

  it('copies words inside a paragraph without a number', () => {
    const { start } = paragraph(24)
    expect(selectionForWord(template, start + 10, start + 26).text).toBe('its condemnation')
  })

  it('copies the whole document with the heading and the organ line, as the text export', () => {
    const copied = selectionForWord(template, 0, template.content.size)
    expect(copied.text).toBe(exportPlainText(template))
    expect(copied.html).toContain('<p class="organ">The Security Council,</p>')
  })
})
