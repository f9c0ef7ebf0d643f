import { describe, expect, it } from 'vitest'
import { joinLines, vocabularyOf } from '../../../../shared/import/joinLines'

const join = (text: string, vocabularyText = text) =>
  joinLines(text.split('\n').map((t, i) => ({ text: t, line: i + 1 })), vocabularyOf(vocabularyText)).map(b => b.text)

describe('joinLines', () => {
  it.each([
    ['one paragraph per line', 'Recalling its resolution 2331 (2016),\nNoting the report,\n1. Decides;', ['Recalling its resolution 2331 (2016),', 'Noting the report,', '1. Decides;']],
    ['blank lines between paragraphs', 'Recalling x,\n\nAlso recalling y,\n\n1. Decides;', ['Recalling x,', 'Also recalling y,', '1. Decides;']],
    ['a page break after a comma', 'Condemning all violations,\n\nincluding trafficking,', ['Condemning all violations, including trafficking,']],
    ['hard-wrapped lines', 'Recalling its primary responsibility for the\nmaintenance of international peace,\nNoting y,', ['Recalling its primary responsibility for the maintenance of international peace,', 'Noting y,']],
    ['a page break mid-sentence', 'Recalling the efforts of\n\nthe United Nations,', ['Recalling the efforts of the United Nations,']],
    ['a wrapped line that starts with United after a comma', 'Recalling the work of entities,\nUnited Nations bodies and others,', ['Recalling the work of entities, United Nations bodies and others,']],
    ['a subparagraph marker', '1. Decides:\n(a) To act;\n(b) To report.', ['1. Decides:', '(a) To act;', '(b) To report.']],
    ['OP numbers alone on their lines', 'Noting y,\n1.\nUrges Member States\nto act;\n2.\nRequests a report:\n(a)\nTo compile data;', ['Noting y,', '1. Urges Member States to act;', '2. Requests a report:', '(a) To compile data;']],
    ['a number with no space after it', 'Recalling x,\n8.Calls upon the parties;\n9.Invites States;', ['Recalling x,', '8.Calls upon the parties;', '9.Invites States;']],
    ['negotiation labels', 'PP1. Recalling x,\nOP1. Decides;', ['PP1. Recalling x,', 'OP1. Decides;']],
    ['French Agissant on its own line after a PP', 'Rappelant sa résolution 2331 (2016),\nAgissant en vertu du Chapitre VII de la Charte des Nations Unies,\n1. Décide;', ['Rappelant sa résolution 2331 (2016),', 'Agissant en vertu du Chapitre VII de la Charte des Nations Unies,', '1. Décide;']],
    ['Spanish Actuando and English Acting on their own lines', 'Recordando x,\nActuando en virtud del Capítulo VII,\nRecalling y,\nActing under Chapter VII of the Charter of the United Nations,', ['Recordando x,', 'Actuando en virtud del Capítulo VII,', 'Recalling y,', 'Acting under Chapter VII of the Charter of the United Nations,']],
    ['a lead-in with a colon goes on without a blank line', 'We welcome the Programme of Action:\nAddressing the Special Needs of States,', ['We welcome the Programme of Action: Addressing the Special Needs of States,']],
    ['words an extraction broke and rejoined with a space; a suspended hyphen stays', 'Requesting the Commission to promote system- wide coordination and information- sharing in small- and medium-sized States,', ['Requesting the Commission to promote system-wide coordination and information-sharing in small- and medium-sized States,']],
    ['a page break after `and`, the next page opening with a capital (A/RES/80/22)', 'Cognizant of the Convention on the Prohibition of the Development, Production and\n\nStockpiling of Bacteriological (Biological) and Toxin Weapons,\n\nCognizant also of the discussions,', ['Cognizant of the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons,', 'Cognizant also of the discussions,']],
    ['part letters alone on their lines end their blocks, `A` as `B`', 'Noting y,\n\nA\n\nRecalling its resolution 79/1,\n\nB\n\nNoting the report,', ['Noting y,', 'A', 'Recalling its resolution 79/1,', 'B', 'Noting the report,']],
    ['a heading without punctuation before a blank line still ends its block', 'Peacebuilding financing\n\nNoting the report,', ['Peacebuilding financing', 'Noting the report,']],
    ['a word cut by a soft hyphen at a line end', 'Recalling its resolution on traf\u00AD\nficking,', ['Recalling its resolution on trafficking,']]
  ])('%s', (_, text, blocks) => {
    expect(join(text)).toEqual(blocks)
  })

  it.each([
    ['a word broken by the typesetter', 'combat traffick-\ning in persons', '', 'combat trafficking in persons'],
    ['a compound broken at its hyphen, known from the text', 'the anti-\ntrafficking research', 'anti-trafficking', 'the anti-trafficking research'],
    ['a compound with a hyphenated prefix', 'non-\nState armed groups', '', 'non-State armed groups'],
    ['a prefix the text writes solid', 'the post\u2011\nconflict', '', 'the post\u2011conflict'],
    ['a compound of two words of the text', 'conflict-\nrelated', 'the conflict is related', 'conflict-related'],
    ['a word the text writes solid', 'pre-\nvent', 'prevent', 'prevent'],
    ['a capitalized second part', 'the Secretary-\nGeneral', '', 'the Secretary-General'],
    ['a compound with a usual second half', 'a renewed and action-\noriented framework', 'action', 'a renewed and action-oriented framework']
  ])('%s', (_, text, elsewhere, joined) => {
    expect(join(text, text + ' ' + elsewhere)).toEqual([joined])
  })
})
