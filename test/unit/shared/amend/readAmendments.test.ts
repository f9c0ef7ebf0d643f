import { describe, expect, it } from 'vitest'
import { readAmendments } from '../../../../shared/amend/readAmendments'
import { templateParagraphs } from './revisions'

const one = (text: string) => {
  const [a] = readAmendments(text)
  return a.ok ? a.operations : a.error
}

describe('readAmendments', () => {
  it.each([
    ['the negotiation register', 'In operative paragraph 4, after the words “legislation”, insert “and policies”',
      [{ kind: 'edit', label: 'OP4', edits: [{ op: 'insert', after: { words: 'legislation' }, text: 'and policies' }] }]],
    ['a subparagraph named after its paragraph', 'In operative paragraph 13, subparagraph (a) (i), at the end of the subparagraph, add “and seaports”',
      [{ kind: 'edit', label: 'OP13(a)(i)', edits: [{ op: 'insert', text: 'and seaports' }] }]],
    ['an ordinal preambular paragraph', 'In the third preambular paragraph, delete the word “primary”.',
      [{ kind: 'edit', label: 'PP3', edits: [{ op: 'delete', old: { words: 'primary' } }] }]],
    ['an ordinal past a hundred', 'In the hundred and first preambular paragraph, delete the word “develop”.',
      [{ kind: 'edit', label: 'PP101', edits: [{ op: 'delete', old: { words: 'develop' } }] }]],
    ['a word placed by its occurrence', 'In paragraph 11, after the word “and” (second occurrence), insert “in particular”.',
      [{ kind: 'edit', label: 'OP11', edits: [{ op: 'insert', after: { words: 'and', occurrence: 2 }, text: 'in particular' }] }]],
    ['a deletion placed by the words after it', 'In paragraph 2, before the word “Protocol”, delete the word “supplementing”.',
      [{ kind: 'edit', label: 'OP2', edits: [{ op: 'delete', old: { words: 'supplementing' }, before: { words: 'Protocol' } }] }]],
    ['"Paragraph 2 should read:" with the text set out', 'Paragraph 2 should read:\n\n    Urges Member States to ratify the Convention;',
      [{ kind: 'replace', label: 'OP2', text: 'Urges Member States to ratify the Convention;' }]],
    ['a quoted paragraph whose words open a quote they never close (2388 operative paragraph 10 with “Levant”” deleted)', 'Replace operative paragraph 10 with the following: “Reiterates its condemnation of trafficking undertaken by the “Islamic State of Iraq and the (ISIL/Da’esh);”',
      [{ kind: 'replace', label: 'OP10', text: 'Reiterates its condemnation of trafficking undertaken by the “Islamic State of Iraq and the (ISIL/Da’esh);' }]],
    ['"replace the existing text by the following"', 'In paragraph 7, replace the existing text by the following: “Calls upon Member States to act;”',
      [{ kind: 'replace', label: 'OP7', text: 'Calls upon Member States to act;' }]],
    ['"Substitute … for … in paragraph 5"', 'Substitute “redouble” for “step up” in paragraph 5.',
      [{ kind: 'edit', label: 'OP5', edits: [{ op: 'replace', old: { words: 'step up' }, text: 'redouble' }] }]],
    ['"At the end of the second paragraph, insert the following:"', 'At the end of the second paragraph, insert the following: “and policies”',
      [{ kind: 'edit', label: 'OP2', edits: [{ op: 'insert', text: 'and policies' }] }]],
    ['a new paragraph between two others', 'Insert the following new paragraph between the first and second preambular paragraphs: “Recalling also its resolution 2195 (2014),”',
      [{ kind: 'insert', at: { where: 'after', label: 'PP1' }, paragraphs: [{ kind: 'pp', level: 0, text: 'Recalling also its resolution 2195 (2014),' }] }]],
    ['a new paragraph with its subparagraphs', 'After operative paragraph 12, insert a new paragraph reading: “Decides:\n(a) To meet;\n(i) In New York;\n(b) To report.”',
      [{ kind: 'insert', at: { where: 'after', label: 'OP12' }, paragraphs: [
        { kind: 'op', level: 0, text: 'Decides:' }, { kind: 'sub', level: 1, text: 'To meet;' }, { kind: 'sub', level: 2, text: 'In New York;' }, { kind: 'sub', level: 1, text: 'To report.' }] }]],
    ['a move in French', 'Déplacer le paragraphe 7 du dispositif après le paragraphe 9 du dispositif',
      [{ kind: 'move', label: 'OP7', to: { where: 'after', label: 'OP9' } }]],
    ['a French edit', 'Au paragraphe 4 du dispositif, après les mots « legislation », insérer « and policies »',
      [{ kind: 'edit', label: 'OP4', edits: [{ op: 'insert', after: { words: 'legislation' }, text: 'and policies' }] }]],
    ['a French subparagraph deleted', 'Supprimer l’alinéa c) du paragraphe 2.', [{ kind: 'delete', label: 'OP2(c)' }]],
    ['a move and an edit in one amendment', 'Move operative paragraph 7 to follow operative paragraph 9 and, in it, replace the words “increase” with “build”',
      [{ kind: 'move', label: 'OP7', to: { where: 'after', label: 'OP9' } }, { kind: 'edit', label: 'OP7', edits: [{ op: 'replace', old: { words: 'increase' }, text: 'build' }] }]],
    ['a subparagraph of an annex', 'In paragraph 13 (b) of the annex, delete the word “all”.',
      [{ kind: 'edit', label: 'A1.13(b)', edits: [{ op: 'delete', old: { words: 'all' } }] }]],
    ['an unnumbered paragraph of annex II, in French', 'Supprimer le quatrième alinéa non numéroté de l’annexe II.', [{ kind: 'delete', label: 'A2.P4' }]],
    ['a word replaced in the title and every paragraph (A/80/L.35, 1)', 'Replace “Chornobyl” with “Chernobyl” in the title, the preambular paragraphs \nand the operative paragraphs.',
      [{ kind: 'replaceEverywhere', old: 'Chornobyl', text: 'Chernobyl', parts: ['title', 'pp', 'op'] }]],
    ['a word replaced throughout, in French', 'Remplacer « Tchernobyl » par « Tchornobyl » dans tout le texte',
      [{ kind: 'replaceEverywhere', old: 'Tchernobyl', text: 'Tchornobyl', parts: ['title', 'pp', 'op'] }]],
    ['operative paragraphs deleted by their numbers (A/80/L.35, 4)', 'Delete operative paragraphs 5, 6, 10 and 13.',
      ['OP5', 'OP6', 'OP10', 'OP13'].map(label => ({ kind: 'delete', label }))],
    ['a note reworded', 'In operative paragraph 1, replace the footnote after the words “disaster” with a footnote reading “A/80/395 and Corr.1.”',
      [{ kind: 'edit', label: 'OP1', edits: [{ op: 'replaceNote', after: { words: 'disaster' }, note: 'A/80/395 and Corr.1.' }] }]],
    ['a new paragraph set out with its footnote', 'After paragraph 1, insert the following paragraph, with a footnote after the word “report” reading “A/80/395.”:\n\n    Welcomes the report;',
      [{ kind: 'insert', at: { where: 'after', label: 'OP1' }, paragraphs: [{ kind: 'op', level: 0, text: 'Welcomes the report;\ufffc', notes: ['A/80/395.'] }] }]],
    ['a paragraph replaced with two footnotes, in French', 'Remplacer le paragraphe 2 du dispositif par ce qui suit : « Salue le rapport et la résolution ; », avec une note de bas de page après le mot « rapport » ainsi libellée : « A/80/395. » et une note de bas de page après le mot « résolution » ainsi libellée : « Résolution 70/1. »',
      [{ kind: 'replace', label: 'OP2', text: 'Salue le rapport\ufffc et la résolution\ufffc ;', notes: ['A/80/395.', 'Résolution 70/1.'] }]],
    ['a paragraph added at the end of an annex', 'At the end of the annex, insert the following paragraph: “Decides to review the plan.”',
      [{ kind: 'insert', at: { where: 'last', part: 'op', annex: 1 }, paragraphs: [{ kind: 'op', level: 0, text: 'Decides to review the plan.' }] }]],
    ['the title amended to read as follows, set out', 'Amend the title to read as follows:\n\n    Trafficking in persons in armed conflict',
      [{ kind: 'replace', label: 'title', text: 'Trafficking in persons in armed conflict' }]],
    ['the title of the draft resolution replaced', 'Replace the title of the draft resolution with the following: “Trafficking in persons in armed conflict”',
      [{ kind: 'replace', label: 'title', text: 'Trafficking in persons in armed conflict' }]],
    ['the title should read', 'The title should read: “Trafficking in persons”',
      [{ kind: 'replace', label: 'title', text: 'Trafficking in persons' }]],
    ['words of the title', 'In the title, after the word “security”, insert “: trafficking in persons”',
      [{ kind: 'edit', label: 'title', edits: [{ op: 'insert', after: { words: 'security' }, text: ': trafficking in persons' }] }]],
    ['the end of the title', 'In the title of the draft resolution, at the end of the title, add “in armed conflict”; and after the word “peace”, delete the end of the title',
      [{ kind: 'edit', label: 'title', edits: [{ op: 'insert', text: 'in armed conflict' }, { op: 'deleteEnd', after: { words: 'peace' } }] }]],
    ['the title of annex II, in French', 'Dans le titre de l’annexe II, remplacer le mot « Declaration » par « Plan »',
      [{ kind: 'edit', label: 'A2.title', edits: [{ op: 'replace', old: { words: 'Declaration' }, text: 'Plan' }] }]],
    ['the French title replaced', 'Le titre se lira comme suit :\n\n    Traite des personnes',
      [{ kind: 'replace', label: 'title', text: 'Traite des personnes' }]],
    ['a new paragraph under a section, set out', 'Under section II, insert the following new paragraph:\n\n    Decides to protect victims;',
      [{ kind: 'insert', at: { where: 'section', section: 'II' }, paragraphs: [{ kind: 'op', level: 0, text: 'Decides to protect victims;' }] }]],
    ['a new numbered paragraph under a section of annex II, in French', 'Dans la section B de l’annexe II, insérer le nouveau paragraphe numéroté suivant : « Décide d’agir. »',
      [{ kind: 'insert', at: { where: 'section', section: 'B', annex: 2 }, paragraphs: [{ kind: 'op', level: 0, text: 'Décide d’agir.' }] }]],
    ['a paragraph moved to a section', 'Move operative paragraph 7 to section III',
      [{ kind: 'move', label: 'OP7', to: { where: 'section', section: 'III' } }]],
    ['a paragraph moved to a section, in French', 'Déplacer le paragraphe 7 dans la section III',
      [{ kind: 'move', label: 'OP7', to: { where: 'section', section: 'III' } }]],
    ['the title of the annex, in French, negotiation register', 'Remplacer le titre de l’annexe par ce qui suit : « Plan d’action »',
      [{ kind: 'replace', label: 'A1.title', text: 'Plan d’action' }]]
  ])('reads %s', (_name, text, operations) => {
    expect(one(text)).toEqual(operations)
  })

  /// Official wordings as issued, with their line breaks (text extractions of the
  /// documents at https://right-docs.org/doc/a-hrc-s-4-l.3 and
  /// https://www.right-docs.org/doc/a-hrc-11-l.19/, whose drafts could not be found whole).
  it.each([
    ['A/HRC/S-4/L.3, 1: an insertion and “delete the end of the paragraph” replace the end',
      '1. In the first preambular paragraph after the words “15 March 2006” insert the following\n\nphrase: “in its paragraph 10, provided for the Council to be able to hold special sessions when\n\nneeded, at the request of a member of the Council with the support of one third of the\n\nmembership of the Council” and delete the end of the paragraph;',
      [{ kind: 'edit', label: 'PP1', edits: [{ op: 'replaceEnd', after: { words: '15 March 2006' }, text: 'in its paragraph 10, provided for the Council to be able to hold special sessions when needed, at the request of a member of the Council with the support of one third of the membership of the Council' }] }]],
    ['A/HRC/S-4/L.3, 5: words added at the end, quoted over several lines',
      '1. At the end of the second paragraph insert the following: “and also calls upon the parties\n\nwhich have not yet signed the Darfur Peace Agreement to do so and upon all parties to observe\n\nthe ceasefire”;',
      [{ kind: 'edit', label: 'OP2', edits: [{ op: 'insert', text: 'and also calls upon the parties which have not yet signed the Darfur Peace Agreement to do so and upon all parties to observe the ceasefire' }] }]],
    ['A/HRC/11/L.19, 1: a new paragraph set out after a comma',
      '1. After the third preambular paragraph insert a new preambular paragraph,\n\n\nReaffirming Commission on Human Rights resolution 2005/82 of 21 April 2005, and\n\nCouncil resolutions 6/34 and 6/35 of 14 December 2007,',
      [{ kind: 'insert', at: { where: 'after', label: 'PP3' }, paragraphs: [{ kind: 'pp', level: 0, text: 'Reaffirming Commission on Human Rights resolution 2005/82 of 21 April 2005, and Council resolutions 6/34 and 6/35 of 14 December 2007,' }] }]],
    ['A/HRC/11/L.19, 2: “Paragraph 2 should read” without a colon',
      '1. Paragraph 2 should read\n\nAcknowledges the progress made in the implementation of the Comprehensive Peace\n\nAgreement and urges the Government of\n\nthe Sudan to intensify these efforts;',
      [{ kind: 'replace', label: 'OP2', text: 'Acknowledges the progress made in the implementation of the Comprehensive Peace Agreement and urges the Government of the Sudan to intensify these efforts;' }]],
    ['A/C.3/80/L.65: a paragraph of each part deleted in one sentence', 'Delete the third preambular paragraph and operative paragraph 2. \n',
      [{ kind: 'delete', label: 'PP3' }, { kind: 'delete', label: 'OP2' }]],
    ['A/80/L.38: an ordinal and a numbered group deleted together, over two lines', 'Delete the twenty-first preambular paragraph and operative paragraphs 35, 38 \nand 39. \n',
      ['PP21', 'OP35', 'OP38', 'OP39'].map(label => ({ kind: 'delete', label }))],
    ['A/80/L.39: operative paragraphs deleted by their numbers', 'Delete operative paragraphs 3, 43 and 45. \n',
      ['OP3', 'OP43', 'OP45'].map(label => ({ kind: 'delete', label }))],
    ['A/C.3/80/L.64, 2: one deletion in two operative paragraphs', 'In operative paragraphs 27 and 43, delete \u201csexual and reproductive\u201d. \n',
      ['OP27', 'OP43'].map(label => ({ kind: 'edit', label, edits: [{ op: 'delete', old: { words: 'sexual and reproductive' } }] }))],
    ['A/C.3/80/L.56: a new paragraph set out after “…, reading:”', 'After operative paragraph 3, insert a new operative paragraph, reading: \n \nNotes with alarm that the Russian Federation has sought to justify its territorial \naggression against Ukraine; \n \n',
      [{ kind: 'insert', at: { where: 'after', label: 'OP3' }, paragraphs: [{ kind: 'op', level: 0, text: 'Notes with alarm that the Russian Federation has sought to justify its territorial aggression against Ukraine;' }] }]],
    ['the same deletions in French', 'Supprimer le troisième alinéa du préambule et les paragraphes 35, 38 et 39 du dispositif.',
      ['PP3', 'OP35', 'OP38', 'OP39'].map(label => ({ kind: 'delete', label }))],
    ['one deletion in two paragraphs, in French', 'Aux paragraphes 27 et 43 du dispositif, supprimer « sexual and reproductive ».',
      ['OP27', 'OP43'].map(label => ({ kind: 'edit', label, edits: [{ op: 'delete', old: { words: 'sexual and reproductive' } }] }))],
    ['a wrapped amendment whose line ends with a comma sets nothing out', '1. In paragraph 4,\nafter the words “legislation”, insert “and policies”',
      [{ kind: 'edit', label: 'OP4', edits: [{ op: 'insert', after: { words: 'legislation' }, text: 'and policies' }] }]],
    ['a lead-in wrapped before “as follows:”', '1. Paragraph 2 should read\nas follows:\n\n    Urges Member States to act;\n',
      [{ kind: 'replace', label: 'OP2', text: 'Urges Member States to act;' }]],
    ['a lead-in wrapped before “to read:”', '1. After operative paragraph 2, insert a new paragraph\nto read:\n\n    Decides to act;\n',
      [{ kind: 'insert', at: { where: 'after', label: 'OP2' }, paragraphs: [{ kind: 'op', level: 0, text: 'Decides to act;' }] }]]
  ])('reads the official wording of %s', (_name, text, operations) => {
    expect(one(text)).toEqual(operations)
  })

  /// A paragraph set out again with its subparagraphs: the lead-in and (a), (b) … replace
  /// the paragraph and every subparagraph under it. A/HRC/14/L.21 (Pakistan, amendments to
  /// A/HRC/14/L.5; its text as stored at https://www.right-docs.org/doc/a-hrc-14-l.21/,
  /// which breaks off in subparagraph (b), so (a) closes the list here); the other cases
  /// set out operative paragraph 13 of test/corpus/amendments/own/draft.txt (2388 with
  /// subparagraphs (a)–(c)), in each form a document uses.
  const op13 = 'Calls upon Member States to enhance the capabilities of professionals interacting with persons forcibly displaced by armed conflict, including refugees, to identify victims or persons vulnerable to trafficking, in particular:'
  const l21 = 'Decides to extend the mandate of the Special Rapporteur for a further period of three years and, in this context, invites the Special Rapporteur, in accordance with the mandate specified in Council resolution 6/37, inter alia:'
  const l21a = 'To examine incidents of incitement to religious hatred, discrimination, intolerance and violence, manifested in particular by derogatory stereotyping and profiling, as well as by stigmatization of persons based on their religion or belief, whether involving the use of print, audio-visual or electronic media or any other means, and to recommend appropriate remedial measures;'
  const subs = (...list: Array<[number, string]>) => list.map(([level, text]) => ({ kind: 'sub', level, text }))
  const abc = subs([1, 'Law enforcement, border control and immigration officials;'], [1, 'Criminal justice systems personnel;'], [1, 'Personnel of reception facilities;'])
  it.each([
    ['A/HRC/14/L.21, 2: “Paragraph 3 should read” without a colon, its subparagraph set out under it',
      `1. Paragraph 3 should read\n\n${l21}\n\n(a) ${l21a}\n`,
      [{ kind: 'replace', label: 'OP3', text: l21, subparagraphs: subs([1, l21a]) }]],
    ['“Paragraph 13 should read:”, set out', `1. Paragraph 13 should read:\n\n    ${op13}\n\n    (a) Law enforcement, border control and immigration officials;\n\n    (b) Criminal justice systems personnel;\n\n    (c) Personnel of reception facilities;\n`,
      [{ kind: 'replace', label: 'OP13', text: op13, subparagraphs: abc }]],
    ['“Amend paragraph 13 to read as follows:”, its number set out too', `1. Amend paragraph 13 to read as follows:\n\n    13. ${op13}\n    (a) Law enforcement, border control and immigration officials;\n    (b) Criminal justice systems personnel;\n    (c) Personnel of reception facilities;\n`,
      [{ kind: 'replace', label: 'OP13', text: op13, subparagraphs: abc }]],
    ['the whole paragraph quoted', `1. Replace operative paragraph 13 with the following: “${op13}\n(a) Law enforcement, border control and immigration officials;\n(b) Criminal justice systems personnel;\n(c) Personnel of reception facilities;”`,
      [{ kind: 'replace', label: 'OP13', text: op13, subparagraphs: abc }]],
    ['« Le paragraphe 13 se lira comme suit : », lettered a), b), c)', `a) Le paragraphe 13 se lira comme suit\u00a0:\n\n    ${op13}\n    a) Law enforcement, border control and immigration officials;\n    b) Criminal justice systems personnel;\n    c) Personnel of reception facilities;\n`,
      [{ kind: 'replace', label: 'OP13', text: op13, subparagraphs: abc }]],
    ['« Remplacer le paragraphe 13 par ce qui suit : », quoted', `1. Remplacer le paragraphe 13 par ce qui suit\u00a0: « ${op13}\n(a) Law enforcement, border control and immigration officials;\n(b) Criminal justice systems personnel;\n(c) Personnel of reception facilities; »`,
      [{ kind: 'replace', label: 'OP13', text: op13, subparagraphs: abc }]],
    ['subparagraphs of two levels, (a) and (i)', `1. Paragraph 13 should read:\n\n    ${op13}\n    (a) Law enforcement officials, including:\n    (i) Border control officials;\n    (ii) Immigration officials;\n    (b) Criminal justice systems personnel;\n`,
      [{ kind: 'replace', label: 'OP13', text: op13, subparagraphs: subs([1, 'Law enforcement officials, including:'], [2, 'Border control officials;'], [2, 'Immigration officials;'], [1, 'Criminal justice systems personnel;']) }]],
    ['a list that opens with (i), its paragraph’s first level', `1. Paragraph 13 should read:\n\n    ${op13}\n    (i) Law enforcement officials;\n    (ii) Criminal justice systems personnel;\n`,
      [{ kind: 'replace', label: 'OP13', text: op13, subparagraphs: subs([1, 'Law enforcement officials;'], [1, 'Criminal justice systems personnel;']) }]],
    ['a. and i. under a subparagraph replaced', '1. Paragraph 13 (a) should read:\n\n    (a) Law enforcement officials, including:\n    a. Border control officials;\n    i. at land borders;\n    b. Immigration officials;\n',
      [{ kind: 'replace', label: 'OP13(a)', text: 'Law enforcement officials, including:', subparagraphs: subs([2, 'Border control officials;'], [3, 'at land borders;'], [2, 'Immigration officials;']) }]],
    ['a footnote on the words of a subparagraph', `1. Paragraph 13 should read, with a footnote after the word “personnel” reading “See A/80/395.”:\n\n    ${op13}\n    (a) Criminal justice systems personnel;\n`,
      [{ kind: 'replace', label: 'OP13', text: op13, subparagraphs: [{ kind: 'sub', level: 1, text: 'Criminal justice systems personnel;\ufffc', notes: ['See A/80/395.'] }] }]],
    ['a line that a PDF copy wraps before “(b)” is the same sentence, no subparagraph', `1. Paragraph 13 should read:\nCalls upon Member States to implement the measures set out in paragraph 4\n(b) of resolution 2331 (2016) and to enhance the capabilities of professionals;\n`,
      [{ kind: 'replace', label: 'OP13', text: 'Calls upon Member States to implement the measures set out in paragraph 4 (b) of resolution 2331 (2016) and to enhance the capabilities of professionals;' }]]
  ])('reads a paragraph set out with its subparagraphs: %s', (_name, text, operations) => {
    expect(one(text)).toEqual(operations)
  })

  it('reads A/HRC/14/L.21 as far as stored: the second preambular paragraph set out, then paragraph 3 with its subparagraph', () => {
    const list = `Pakistan (on behalf of the Organization of the Islamic Conference): amendments to draft resolution A/HRC/14/L.5\n1. The second preambular paragraph should read\nRecalling also articles 18, 19 and 20 of the International Covenant on Civil and Political Rights, article 18 of the Universal Declaration of Human Rights, article 2, paragraph 2 of the International Covenant on Economic, Social and Cultural Rights, articles 4 and 5 of the International Convention on the Elimination of All Forms of Racial Discrimination and other relevant human rights provisions,\n2. Paragraph 3 should read\n${l21}\n(a) ${l21a}\n`
    expect(readAmendments(list).map(a => [a.number, a.line, a.ok ? a.operations.map(o => o.kind === 'replace' ? [o.label, o.subparagraphs?.length ?? 0] : o.kind) : a.error])).toEqual([
      ['1', 2, [['PP2', 0]]],
      ['2', 4, [['OP3', 1]]]
    ])
  })

  /// Official documents name the paragraphs once, at the start of an amendment, and each
  /// operation after applies in each paragraph named. Words from A/C.3/80/L.64 (“In
  /// operative paragraphs 27 and 43, delete …”) and from operative paragraphs 68 and 69 of
  /// the draft A/80/L.25 (A/80/L.31, L.32), which both hold them.
  const inEach = (labels: string[], ...edits: object[]) => labels.map(label => ({ kind: 'edit', label, edits }))
  const ops6869 = ['OP68', 'OP69']
  it.each([
    ['after the words', 'In operative paragraphs 68 and 69, delete “sexual and reproductive” and, after the words “in cooperation with relevant United Nations humanitarian organizations”, insert “and with the consent of the affected State”.',
      inEach(ops6869, { op: 'delete', old: { words: 'sexual and reproductive' } }, { op: 'insert', after: { words: 'in cooperation with relevant United Nations humanitarian organizations' }, text: 'and with the consent of the affected State' })],
    ['before the words, and the words deleted second', 'In operative paragraphs 68 and 69, before the words “humanitarian organizations”, insert “and other”, and delete the words “sexual and reproductive”',
      inEach(ops6869, { op: 'insert', before: { words: 'humanitarian organizations' }, text: 'and other' }, { op: 'delete', old: { words: 'sexual and reproductive' } })],
    ['replace and substitute, by semicolons', 'In operative paragraphs 68 and 69, replace the words “Member States” with “States”; substitute “emergency” for “sexual and reproductive”',
      inEach(ops6869, { op: 'replace', old: { words: 'Member States' }, text: 'States' }, { op: 'replace', old: { words: 'sexual and reproductive' }, text: 'emergency' })],
    ['at the end of the paragraph', 'In operative paragraphs 27 and 43, delete “sexual and reproductive”, and at the end of the paragraph, add “in accordance with national legislation”',
      inEach(['OP27', 'OP43'], { op: 'delete', old: { words: 'sexual and reproductive' } }, { op: 'insert', text: 'in accordance with national legislation' })],
    ['an insertion and “delete the end of the paragraph”', 'In operative paragraphs 68 and 69, after the words “Member States” insert the following phrase: “to act” and delete the end of the paragraph',
      inEach(ops6869, { op: 'replaceEnd', after: { words: 'Member States' }, text: 'to act' })],
    ['the existing text replaced', 'In the second and third preambular paragraphs, replace the words “all” with “every”, and replace the existing text by the following: “Recalling its resolutions,”',
      [...inEach(['PP2', 'PP3'], { op: 'replace', old: { words: 'all' }, text: 'every' }), { kind: 'replace', label: 'PP2', text: 'Recalling its resolutions,' }, { kind: 'replace', label: 'PP3', text: 'Recalling its resolutions,' }]],
    ['after the words, in French', 'Aux paragraphes 68 et 69 du dispositif, supprimer « sexual and reproductive » et, après les mots « Member States », insérer « and donors ».',
      inEach(ops6869, { op: 'delete', old: { words: 'sexual and reproductive' } }, { op: 'insert', after: { words: 'Member States' }, text: 'and donors' })],
    ['before the words and replace, in French', 'Aux paragraphes 68 et 69, remplacer les mots « Member States » par « States » et, avant les mots « humanitarian organizations », insérer « other »',
      inEach(ops6869, { op: 'replace', old: { words: 'Member States' }, text: 'States' }, { op: 'insert', before: { words: 'humanitarian organizations' }, text: 'other' })],
    ['at the end of the paragraph, in French', 'Aux paragraphes 27 et 43 du dispositif, supprimer « sexual and reproductive » et, à la fin du paragraphe, ajouter « conformément à la législation nationale »',
      inEach(['OP27', 'OP43'], { op: 'delete', old: { words: 'sexual and reproductive' } }, { op: 'insert', text: 'conformément à la législation nationale' })],
    ['preambular paragraphs named by ordinals, in French', 'Aux deuxième et troisième alinéas du préambule, remplacer le mot « all » par « every » et, à la fin de l’alinéa, ajouter « and others »',
      inEach(['PP2', 'PP3'], { op: 'replace', old: { words: 'all' }, text: 'every' }, { op: 'insert', text: 'and others' })],
    ['a later clause naming its own paragraph, read once (A/C.3/80/L.64, 2 and 3)', 'In operative paragraphs 27 and 43, delete “sexual and reproductive”; in operative paragraph 46, delete “including sexual and reproductive health,”',
      [...inEach(['OP27', 'OP43'], { op: 'delete', old: { words: 'sexual and reproductive' } }), { kind: 'edit', label: 'OP46', edits: [{ op: 'delete', old: { words: 'including sexual and reproductive health,' } }] }]],
    ['a paragraph deleted by its number, once', 'In operative paragraphs 27 and 43, delete “sexual and reproductive”, and delete operative paragraph 46',
      [...inEach(['OP27', 'OP43'], { op: 'delete', old: { words: 'sexual and reproductive' } }), { kind: 'delete', label: 'OP46' }]]
  ])('carries paragraphs named together into every later clause: %s', (_name, text, operations) => {
    expect(one(text)).toEqual(operations)
  })

  it('finds every edit of one paragraph in its text as tabled: the edits a paragraph takes in turn with another are one operation', () => {
    expect(one('In operative paragraph 68, delete “health,”, and in operative paragraph 69, delete “basic”, and in operative paragraph 68, delete “energy”')).toEqual([
      { kind: 'edit', label: 'OP68', edits: [{ op: 'delete', old: { words: 'health,' } }, { op: 'delete', old: { words: 'energy' } }] },
      { kind: 'edit', label: 'OP69', edits: [{ op: 'delete', old: { words: 'basic' } }] }
    ])
  })

  it('takes a number alone on its line as numbering the line after it, and leaves the document’s * notes out (A/80/L.30)', () => {
    const list = 'United States of America:* amendment to draft resolution A/80/L.25 \n \n1. \nDelete the sixteenth preambular paragraph. \n2. \nIn operative paragraph 21, delete “of considering the impact of climate \nchange”. \n \n* Any changes to the list of sponsors will be reflected in the official record of the meeting. \n'
    expect(readAmendments(list).map(a => [a.number, a.line, a.ok ? a.operations : a.error])).toEqual([
      ['1', 3, [{ kind: 'delete', label: 'PP16' }]],
      ['2', 5, [{ kind: 'edit', label: 'OP21', edits: [{ op: 'delete', old: { words: 'of considering the impact of climate change' } }] }]]
    ])
  })

  it('reads one unnumbered amendment over two lines, and the document’s ** note as the footnote of the words referencing it (A/80/L.31)', () => {
    const text = 'United States of America:* amendment to draft resolution A/80/L.25\n\nIn operative paragraph 68, after “including sexual and reproductive health”, \ninsert “in accordance with the Programme of Action of the International Conference \non Population and Development** and its review outcomes”. \n\n* Any changes to the list of sponsors will be reflected in the official record of the meeting. \n \n** Report of the International Conference on Population and Development, Cairo, \n5– 13 September 1994, chap. I, resolution 1, annex. \n'
    expect(readAmendments(text).map(a => a.ok ? a.operations : a.error)).toEqual([[{ kind: 'edit', label: 'OP68', edits: [{
      op: 'insert', after: { words: 'including sexual and reproductive health' },
      text: 'in accordance with the Programme of Action of the International Conference on Population and Development\ufffc and its review outcomes',
      notes: ['Report of the International Conference on Population and Development, Cairo, 5– 13 September 1994, chap. I, resolution 1, annex.']
    }] }]])
  })

  it.each([
    ['a note of the document: the mark is left out of the words looked for (A/C.3/80/L.58)', 'In the twenty-eighth preambular paragraph, delete \u201cand recalling the relevant \nprovisions of the Rome Statute of the International Criminal Court* that define the \ndeportation as war crimes,\u201d. \n \n \n \n* United Nations, Treaty Series, vol. 2187, No. 38544. \n',
      'and recalling the relevant provisions of the Rome Statute of the International Criminal Court that define the deportation as war crimes,'],
    ['no note of the document: the mark is words', 'In the twenty-eighth preambular paragraph, delete \u201cCourt* that define\u201d.', 'Court* that define']
  ])('reads a * mark in quoted words of the draft with %s', (_name, text, words) => {
    expect(one(text)).toEqual([{ kind: 'edit', label: 'PP28', edits: [{ op: 'delete', old: { words } }] }])
  })

  it('starts an unnumbered amendment at each line opening like one in capitals, with or without a final stop', () => {
    expect(readAmendments('Delete operative paragraph 13\nDelete operative paragraph 14\nIn operative paragraph 4, delete the word “all”').map(a => a.ok ? a.operations : a.error)).toEqual([
      [{ kind: 'delete', label: 'OP13' }], [{ kind: 'delete', label: 'OP14' }], [{ kind: 'edit', label: 'OP4', edits: [{ op: 'delete', old: { words: 'all' } }] }]
    ])
  })

  it.each([
    ['of the annex', '1. Delete paragraph 3 of the annex.', 2, false],
    ['de l’annexe', '1. Supprimer le paragraphe 3 de l’annexe.', 2, false],
    ['of annex II', '1. Delete paragraph 3 of annex II.', 2, true],
    ['of the annex, quoted', '1. In paragraph 3 of annex II, after the words “of the annex”, insert “I”.', 2, true],
    ['of the annex of a text with one', '1. Delete paragraph 3 of the annex.', 1, true]
  ])('reads “%s” in a text with %i annexes: %s', (_name, text, annexes, ok) => {
    const [read] = readAmendments(text, { annexes })
    expect(read.ok ? true : read.error).toBe(ok ? true : `names “the annex” of a text with ${annexes} annexes; say which, as “annex II”`)
  })

  it.each([
    ['an accented French opening alone', 'À la fin du paragraphe 3 du dispositif, ajouter « et ailleurs »', 1],
    ['a French heading line alone', 'L’intitulé de la section II se lira comme suit :\nProtection des victimes', 1],
    ['a French heading line after another amendment', 'Supprimer le paragraphe 3 du dispositif.\nL’intitulé de la section II se lira comme suit :\nProtection des victimes', 2]
  ])('starts an unnumbered French amendment at a line opening with an accented word: %s', (_name, text, count) => {
    const read = readAmendments(text)
    expect(read.map(a => a.ok)).toEqual(Array(count).fill(true))
  })

  it('reads an unnumbered amendment whose quoted words run over thousands of lines opening with “in”, in time linear in its length', () => {
    // 2388's operative paragraphs sixty times over, wrapped before every “in”: each line
    // opens like an amendment after a line that ends no sentence, and continues the quote.
    const words = Array.from({ length: 60 }, () => templateParagraphs().filter(p => p.kind === 'op').map(p => p.text.trim().replace(/[;.]$/, ''))).flat().join(', ')
    const lines = words.split(/ (?=in )/)
    expect(lines.length).toBeGreaterThan(4000)
    const text = `In operative paragraph 4, after the words “legislation”, insert “${lines.join('\n')}”.`
    const start = performance.now()
    const read = readAmendments(text)
    expect(performance.now() - start).toBeLessThan(1500)
    expect(read.map(a => a.ok ? a.operations : a.error)).toEqual([[{ kind: 'edit', label: 'OP4', edits: [{ op: 'insert', after: { words: 'legislation' }, text: words }] }]])
  })

  it('numbers amendments by the list’s own style, so numbered text set out inside one starts none', () => {
    const list = 'Amendments to draft resolution S/2017/983\n\n(a) After paragraph 12, insert the following paragraph:\n\n    13. Decides to meet;\n\n(b) Delete paragraph 3.\n'
    expect(readAmendments(list).map(a => [a.number, a.line, a.ok])).toEqual([['a', 3, true], ['b', 7, true]])
  })

  it.each([
    ['words it cannot read', '1. Paragraph 3 is fine as it is.', 'cannot read “paragraph 3 is fine as it is”'],
    ['an edit naming no paragraph', '1. After the words “legislation”, insert “and policies”.', 'names no paragraph for its edit'],
    ['a paragraph replaced by no words', '1. Replace operative paragraph 3 with the following: “”', 'replaces the words with no words; to take a paragraph out, delete it'],
    ['a paragraph to read as a space', '1. Operative paragraph 3 should read: “ ”', 'replaces the words with no words; to take a paragraph out, delete it'],
    ['subparagraphs set out in a title', '1. The title should read:\n    Trafficking in persons:\n    (a) in armed conflict;', 'sets out subparagraphs in a title it replaces'],
    ['a subparagraph set out beside the one replaced', '1. Paragraph 13 (a) should read:\n    Law enforcement officials;\n    (b) Criminal justice systems personnel;', 'sets out a subparagraph beside operative paragraph 13 (a), which it replaces; replace each subparagraph by its own name'],
  ])('says why it cannot read %s', (_name, text, error) => {
    expect(readAmendments(text)).toEqual([{ number: '1', line: 1, ok: false, error }])
  })
})
