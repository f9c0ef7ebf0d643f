import { describe, expect, it } from 'vitest'
import { formatNumberedList, wordAmendment, wordingLanguage, type WordingOptions } from '../../../../shared/amend/wording'
import type { AmendmentOperations } from '../../../../shared/amend/operations'
import { readAmendments } from '../../../../shared/amend/readAmendments'

const en = { style: 'official', lang: 'en' } as const
const fr = { style: 'official', lang: 'fr' } as const
const frNegotiation = { style: 'negotiation', lang: 'fr' } as const

describe('wordAmendment', () => {
  it.each<[string, AmendmentOperations, WordingOptions, string]>([
    ['an ordinal preambular paragraph', [{ kind: 'edit', label: 'PP3', edits: [{ op: 'insert', after: { words: 'international peace and security' }, text: 'and its commitment' }] }], en,
      'In the third preambular paragraph, after the words “international peace and security”, insert “and its commitment”.'],
    ['a single word, with its occurrence', [{ kind: 'edit', label: 'OP11', edits: [{ op: 'insert', after: { words: 'and', occurrence: 2 }, text: 'in particular' }] }], en,
      'In paragraph 11, after the word “and” (second occurrence), insert “in particular”.'],
    ['the end of a paragraph', [{ kind: 'edit', label: 'OP6', edits: [{ op: 'deleteEnd', after: { words: 'organized crime' } }] }], en,
      'In paragraph 6, after the words “organized crime”, delete the end of the paragraph.'],
    ['a paragraph set out', [{ kind: 'replace', label: 'OP35', text: 'Decides to remain seized of the matter.' }], en,
      'Paragraph 35 should read:\nDecides to remain seized of the matter.'],
    ['a subparagraph deleted', [{ kind: 'delete', label: 'OP2(c)' }], en, 'Delete paragraph 2 (c).'],
    ['a paragraph of the annex', [{ kind: 'delete', label: 'A1.13(b)' }], en, 'Delete paragraph 13 (b) of the annex.'],
    ['a new numbered paragraph of the annex', [{ kind: 'insert', at: { where: 'after', label: 'A1.P1' }, paragraphs: [{ kind: 'op', level: 0, text: 'Decides to act.' }] }], en,
      'After the first unnumbered paragraph of the annex, insert the following numbered paragraph:\nDecides to act.'],
    ['a move to the top', [{ kind: 'move', label: 'OP9', to: { where: 'first', part: 'op' } }], en, 'Move paragraph 9 to become the first operative paragraph.'],
    ['a French ordinal preambular paragraph', [{ kind: 'edit', label: 'PP3', edits: [{ op: 'replace', old: { words: 'step up' }, text: 'redouble' }] }], fr,
      'Au troisième alinéa du préambule, remplacer les mots «\u00a0step up\u00a0» par «\u00a0redouble\u00a0».'],
    ['a French subparagraph', [{ kind: 'delete', label: 'OP13(c)' }], fr, 'Supprimer l’alinéa c) du paragraphe 13.'],
    ['a French move, negotiation register', [{ kind: 'move', label: 'OP7', to: { where: 'after', label: 'OP9' } }], frNegotiation,
      'Déplacer le paragraphe 7 du dispositif après le paragraphe 9 du dispositif'],
    ['a French insertion', [{ kind: 'insert', at: { where: 'after', label: 'OP12' }, paragraphs: [{ kind: 'op', level: 0, text: 'Décide de se réunir;' }] }], frNegotiation,
      'Après le paragraphe 12 du dispositif, insérer le nouveau paragraphe suivant\u00a0: «\u00a0Décide de se réunir;\u00a0»'],
    ['a word replaced everywhere (A/80/L.35)', [{ kind: 'replaceEverywhere', old: 'Chornobyl', text: 'Chernobyl', parts: ['title', 'pp', 'op'] }], en,
      'Replace “Chornobyl” with “Chernobyl” in the title, the preambular paragraphs and the operative paragraphs.'],
    ['a reworded note', [{ kind: 'edit', label: 'OP1', edits: [{ op: 'replaceNote', after: { words: 'Chornobyl disaster' }, note: 'A/80/395.' }] }], en,
      'In paragraph 1, replace the footnote after the words “Chornobyl disaster” with a footnote reading “A/80/395.”'],
    ['a new paragraph with its footnote, set out', [{ kind: 'insert', at: { where: 'after', label: 'OP1' }, paragraphs: [{ kind: 'op', level: 0, text: 'Welcomes the report of the Secretary-General;\ufffc', notes: ['A/80/395.'] }] }], en,
      'After paragraph 1, insert the following paragraph, with a footnote after the word “Secretary-General” reading “A/80/395.”:\nWelcomes the report of the Secretary-General;'],
    ['words put in with their footnote, in French', [{ kind: 'edit', label: 'OP68', edits: [{ op: 'insert', after: { words: 'health' }, text: 'in accordance with the Programme of Action\ufffc', notes: ['A/CONF.171/13.'] }] }], fr,
      'Au paragraphe 68, après le mot «\u00a0health\u00a0», insérer «\u00a0in accordance with the Programme of Action\u00a0», avec une note de bas de page après le mot «\u00a0Action\u00a0» ainsi libellée\u00a0: «\u00a0A/CONF.171/13.\u00a0»'],
    ['a new paragraph under a section no tabled paragraph of which stays', [{ kind: 'insert', at: { where: 'section', section: 'II' }, paragraphs: [{ kind: 'op', level: 0, text: 'Decides to protect victims;' }] }], en,
      'Under section II, insert the following paragraph:\nDecides to protect victims;'],
    ['the same in French, negotiation register', [{ kind: 'insert', at: { where: 'section', section: 'II' }, paragraphs: [{ kind: 'op', level: 0, text: 'Décide de protéger les victimes ;' }] }], frNegotiation,
      'Dans la section II, insérer le nouveau paragraphe suivant\u00a0: «\u00a0Décide de protéger les victimes ;\u00a0»'],
    ['a move to a section of the annex', [{ kind: 'move', label: 'A1.4', to: { where: 'section', section: 'B', annex: 1 } }], en, 'Move paragraph 4 of the annex to section B of the annex.'],
    ['the title amended whole', [{ kind: 'replace', label: 'title', text: 'Trafficking in persons' }], en, 'Amend the title to read as follows:\nTrafficking in persons'],
    ['words of the annex title, in French', [{ kind: 'edit', label: 'A1.title', edits: [{ op: 'deleteEnd', after: { words: 'Plan' } }] }], frNegotiation,
      'Dans le titre de l’annexe, après les mots «\u00a0Plan\u00a0», supprimer la fin du titre'],
    ['Spanish text in English wording', [{ kind: 'delete', label: 'OP4' }], { style: 'official', lang: wordingLanguage('es') }, 'Delete paragraph 4.']
  ])('words %s', (_name, operations, options, expected) => {
    expect(wordAmendment(operations, options)).toBe(expected)
  })

  /// A footnote reference that follows no words (at the start of the words put in, or
  /// after a space) cannot be placed by “after the words …”: wording refuses the whole
  /// amendment rather than leave the footnote out of it.
  it.each<[string, AmendmentOperations]>([
    ['a replaced paragraph opening with a reference', [{ kind: 'replace', label: 'OP35', text: '\ufffcDecides to remain seized of the matter.', notes: ['A/80/395.'] }]],
    ['a new paragraph with a reference after a space', [{ kind: 'insert', at: { where: 'after', label: 'OP1' }, paragraphs: [{ kind: 'op', level: 0, text: 'Welcomes the report, \ufffcand its annex;', notes: ['A/80/395.'] }] }]],
    ['words put in with a reference at their start', [{ kind: 'edit', label: 'OP4', edits: [{ op: 'insert', after: { words: 'legislation' }, text: '\ufffcand policies', notes: ['A/80/395.'] }] }]]
  ])('refuses to word %s rather than drop its footnote', (_name, operations) => {
    for (const style of ['negotiation', 'official'] as const) {
      for (const lang of ['en', 'fr'] as const) expect(() => wordAmendment(operations, { style, lang })).toThrow(/footnote “A\/80\/395\.” follows no words/)
    }
  })

  /// Operative paragraph 13 of test/corpus/amendments/own/draft.txt set out again with
  /// subparagraphs of two levels, as A/HRC/14/L.21 sets out its paragraph 3.
  const op13: AmendmentOperations = [{
    kind: 'replace', label: 'OP13', text: 'Calls upon Member States to enhance the capabilities of professionals interacting with persons forcibly displaced by armed conflict, in particular:',
    subparagraphs: [{ kind: 'sub', level: 1, text: 'Law enforcement officials, including:' }, { kind: 'sub', level: 2, text: 'Border control officials;' }, { kind: 'sub', level: 1, text: 'Criminal justice systems personnel;' }]
  }]
  it.each<[WordingOptions, string]>([
    [en, 'Paragraph 13 should read:\nCalls upon Member States to enhance the capabilities of professionals interacting with persons forcibly displaced by armed conflict, in particular:\n(a) Law enforcement officials, including:\n(i) Border control officials;\n(b) Criminal justice systems personnel;'],
    [frNegotiation, 'Remplacer le paragraphe 13 du dispositif par ce qui suit\u00a0: «\u00a0Calls upon Member States to enhance the capabilities of professionals interacting with persons forcibly displaced by armed conflict, in particular:\na) Law enforcement officials, including:\ni) Border control officials;\nb) Criminal justice systems personnel;\u00a0»']
  ])('words a paragraph set out again with its subparagraphs, numbered, and reads it back (%o)', (options, expected) => {
    const worded = wordAmendment(op13, options)
    expect(worded).toBe(expected)
    const [read] = readAmendments(formatNumberedList([worded]))
    expect(read.ok && read.operations).toEqual(op13)
  })

  it('ends an official sentence with a full stop when an earlier operation quotes text over several lines, and reads it back', () => {
    const operations: AmendmentOperations = [
      { kind: 'insert', at: { where: 'after', label: 'OP12' }, paragraphs: [{ kind: 'op', level: 0, text: 'Decides:' }, { kind: 'sub', level: 1, text: 'To meet;' }, { kind: 'sub', level: 1, text: 'To report;' }] },
      { kind: 'delete', label: 'OP5' }
    ]
    const worded = wordAmendment(operations, en)
    expect(worded).toBe('After paragraph 12, insert the following paragraph: “Decides:\n(a) To meet;\n(b) To report;”; and delete paragraph 5.')
    const [read] = readAmendments(formatNumberedList([worded]))
    expect(read.ok && read.operations).toEqual(operations)
  })

  it('numbers a list, set-out text indented under its amendment', () => {
    expect(formatNumberedList(['Delete paragraph 3', 'Paragraph 35 should read:\nDecides to act.'])).toBe('1. Delete paragraph 3\n2. Paragraph 35 should read:\n    Decides to act.\n')
  })
})
