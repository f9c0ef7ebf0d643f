import { describe, expect, it } from 'vitest'
import { takeFootnotes } from '../../../../shared/import/footnotes'
import { footnoteMark } from '../../../../shared/schema'

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }))
const read = (text: string) => {
  const { lines: out, notes } = takeFootnotes(lines(text))
  return { text: out.map(l => l.text).filter(Boolean).join('\n').replaceAll(footnoteMark, '^'), notes }
}

describe('takeFootnotes', () => {
  it.each([
    ['glued to a comma, notes below a rule line', 'Recalling its resolution 80/999,1\nNoting the work of the group,2\n______________\n1 See also resolution 79/888.\n2 See A/81/123, sect. II.',
      'Recalling its resolution 80/999,^\nNoting the work of the group,^', ['See also resolution 79/888.', 'See A/81/123, sect. II.']],
    ['set apart by spaces and run into a year, notes with blank lines between', 'Programme of Action for the Decade 2014–20241 and the Development 2  and Agenda, 3\n_____\n\n1 Resolution 69/137.\n\n2 Resolution 70/1.\n\n3 Resolution 71/256,\nannex.',
      'Programme of Action for the Decade 2014–2024^ and the Development^ and Agenda,^', ['Resolution 69/137.', 'Resolution 70/1.', 'Resolution 71/256, annex.']],
    ['a block of notes that ends the text, without a rule', 'Noting the report of the Group of Experts,1\n\n1 S/2017/939.',
      'Noting the report of the Group of Experts,^', ['S/2017/939.']],
    ['notes at a page foot without a rule, each a paragraph of its own, the sentence going on after them', 'Recalling all resolutions on peacebuilding,1\n\nRecognizing the role of the United Nations,\n\n1 Including General Assembly resolution 60/180,\nand Council resolution 2558\n(2020).\n\nTaking note of the report of 25 November 20242 and further acknowledging\n\n2 A/79/552-S/2024/767.\n\nthe inputs of the group,',
      'Recalling all resolutions on peacebuilding,^\nRecognizing the role of the United Nations,\nTaking note of the report of 25 November 2024^ and further acknowledging\nthe inputs of the group,', ['Including General Assembly resolution 60/180, and Council resolution 2558 (2020).', 'A/79/552-S/2024/767.']],
    ['a paragraph opening with a number after a blank line is no note when it is not the next one', 'Noting the report,1\n\n2 posts are abolished,\n\n1 See A/80/1.',
      'Noting the report,^\n2 posts are abolished,', ['See A/80/1.']],
    ['a sponsors’ note marked * goes; references spaced after lower-case words and a year range (A/80/L.25)', 'on universal health coverage 1 and on tuberculosis 2  adopted, the Sendai Framework 2015\u20132030, 3 and of 4 posts on 4 December 2025,\n__________________\n\n* Any changes to the list of sponsors will be reflected in the official record of the meeting.\n\n1  Resolution 78/4, annex.\n\n2  Resolution 78/5, annex.\n\n3  Resolution 69/283, annex II.\n\n4  A/80/1.',
      'on universal health coverage^ and on tuberculosis^ adopted, the Sendai Framework 2015\u20132030,^ and of 4 posts on 4 December 2025,\n4  A/80/1.', ['Resolution 78/4, annex.', 'Resolution 78/5, annex.', 'Resolution 69/283, annex II.']],
    ['G77, CO2 and 2331 (2016) are not references, whatever the notes', 'Recalling the G77 and CO2 emissions, resolution 2331 (2016) and paragraph 2 of it,\n______\n77 A note.\n2 Another.\n2331 A third.',
      'Recalling the G77 and CO2 emissions, resolution 2331 (2016) and paragraph 2 of it,\n77 A note.\n2 Another.\n2331 A third.', []],
    ['set apart before the paragraph’s comma (A/RES/72/298)', 'Ayant examiné les rapports 1 et le rapport du Comité consultatif 2,\n__________________\n1 A/72/633, A/72/633/Corr.1 et A/72/719.\n2 A/72/789/Add.2.',
      'Ayant examiné les rapports^ et le rapport du Comité consultatif^,', ['A/72/633, A/72/633/Corr.1 et A/72/719.', 'A/72/789/Add.2.']],
    ['a number before a comma after a word that takes one is no reference', 'Recalling chapters 2, 3 and items 4,\n______\n2 A note.\n3 Another.',
      'Recalling chapters 2, 3 and items 4,\n2 A note.\n3 Another.', []],
    ['set apart after the year of a date (A/C.3/80/L.50)', 'World Conference on Human Rights on 25 June 1993 5 regarding the need to develop\nin 1993 5 States\n__________________\n\n5  A/CONF.157/24 (Part I), chap. III.',
      'World Conference on Human Rights on 25 June 1993^ regarding the need to develop\nin 1993 5 States', ['A/CONF.157/24 (Part I), chap. III.']],
    ['a number with no note below is text', 'Decides to allocate 5 posts,\n1. Requests a report;', 'Decides to allocate 5 posts,\n1. Requests a report;', []]
  ])('%s', (_, text, body, notes) => {
    expect(read(text)).toEqual({ text: body, notes })
  })
})

describe('takeFootnotes: a `*` note at a page foot without a rule (A/C.5/80/L.10)', () => {
  const text = '5. Extends condolences, including East Jerusalem;\n\n\n* On behalf of the States that are members of the Group of 77 and China, taking into account also\nthe provisions of General Assembly resolution ES-10/23 of 10 May 2024.\n\n6. Condemns the destruction;'
  it.each([
    ['goes when the heading carries a * mark', true, ['5. Extends condolences, including East Jerusalem;', '6. Condemns the destruction;']],
    ['stays as text when the heading has none', false, ['5. Extends condolences, including East Jerusalem;', '* On behalf of the States that are members of the Group of 77 and China, taking into account also', 'the provisions of General Assembly resolution ES-10/23 of 10 May 2024.', '6. Condemns the destruction;']]
  ])('%s', (_, starred, kept) => {
    expect(takeFootnotes(lines(text), starred).lines.map(l => l.text).filter(Boolean)).toEqual(kept)
  })
})
