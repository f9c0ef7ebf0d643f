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
    ['a subparagraph marker', '1. Decides:\n(a) To act;\n(b) To report.', ['1. Decides:', '(a) To act;', '(b) To report.']]
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
    ['a capitalized second part', 'the Secretary-\nGeneral', '', 'the Secretary-General']
  ])('%s', (_, text, elsewhere, joined) => {
    expect(join(text, text + ' ' + elsewhere)).toEqual([joined])
  })
})
