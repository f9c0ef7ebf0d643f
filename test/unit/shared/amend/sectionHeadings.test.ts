import { describe, expect, it } from 'vitest'
import type { Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { buildResolution, readResolution, type SectionDraft } from '../../../../shared/schema'
import { diffDocuments } from '../../../../shared/amend/diffDocuments'
import { headingChangesOf } from '../../../../shared/amend/sectionHeadings'
import { amendmentsOf } from '../../../../shared/amend/amendments'
import { compareDocuments } from '../../../../shared/amend/compare'
import { readAmendments } from '../../../../shared/amend/readAmendments'
import { applyAmendments } from '../../../../shared/amend/applyAmendments'
import { acceptAllChanges, acceptChange, rejectAllChanges, rejectChange } from '../../../../shared/amend/accept'
import { blameVersions } from '../../../../shared/amend/proposers'
import { inFrench, roundTripProblem, roundTripProblemsInBoth } from './roundTrip'
import { draft2388, firstOp, headed, importedText, renumbered, sections2388, sectioned } from './sectionedTexts'

const draft = draft2388
const tabledSections = sections2388
const base = sectioned(tabledSections)
const withHeading = (k: number, text: string, number = tabledSections[k].number) => sectioned(tabledSections.map((h, i) => i === k ? { ...h, number, text } : h))
const imported = importedText

/// The GA case with an annex in two sections (I. Shared commitments, II. Action).
const annexed = imported('../../../cases/import/annex-footnotes.txt')
const annexDraft = readResolution(annexed)
const withAnnexHeading = (number: string, text: string) => buildResolution({
  ...annexDraft,
  annexes: annexDraft.annexes!.map(a => ({ ...a, sections: a.sections!.map(h => h.number === number ? { ...h, text } : h) }))
})

const descriptions = (from: Node, to: Node, style: 'negotiation' | 'official' = 'negotiation') => compareDocuments(from, to, style).changes.map(c => c.description)

describe('a changed section heading is an amendment', () => {
  it('is found at its place among the part’s headings, named S2 in a comparison and “section II” in amendments', () => {
    const changes = headingChangesOf(diffDocuments(base, withHeading(1, 'Protection of victims and survivors')))
    expect(changes.map(c => [c.label, c.target, c.ordinal, c.base?.text, c.current?.text])).toEqual([['S2', 'section II', 2, 'Protection of victims', 'Protection of victims and survivors']])
    expect(headingChangesOf(diffDocuments(annexed, withAnnexHeading('II', 'Joint action'))).map(c => [c.label, c.target])).toEqual([['A1.S2', 'A1.section II']])
  })

  it('is not found when the heading changed in spaces only', () => {
    expect(headingChangesOf(diffDocuments(base, withHeading(1, ' Protection  of victims ')))).toEqual([])
  })

  it.each([
    ['negotiation', 'en', 'In the heading of section II, at the end of the heading, add “and survivors”'],
    ['official', 'en', 'In the heading of section II, at the end of the heading, add “and survivors”.'],
    ['negotiation', 'fr', 'Dans l’intitulé de la section II, à la fin de l’intitulé, ajouter « and survivors »'],
    ['official', 'fr', 'Dans l’intitulé de la section II, à la fin de l’intitulé, ajouter « and survivors ».']
  ] as const)('is worded in its words (%s register, %s) and the list applies exactly', (style, lang, wording) => {
    const [from, to] = lang === 'fr' ? [inFrench(base), inFrench(withHeading(1, 'Protection of victims and survivors'))] : [base, withHeading(1, 'Protection of victims and survivors')]
    expect(descriptions(from, to, style).map(d => d.replace(/\u00a0/g, ' '))).toEqual([wording])
    expect(roundTripProblem(from, to, style)).toBeNull()
  })

  it.each([
    ['negotiation', 'en', 'Replace the heading of section III with the following: “Implementation and review of the present resolution”'],
    ['official', 'en', 'Amend the heading of section III to read as follows:\nImplementation and review of the present resolution'],
    ['negotiation', 'fr', 'Remplacer l’intitulé de la section III par ce qui suit : « Implementation and review of the present resolution »'],
    ['official', 'fr', 'L’intitulé de la section III se lira comme suit :\nImplementation and review of the present resolution']
  ] as const)('is replaced whole where word edits read badly (%s register, %s) and the list applies exactly', (style, lang, wording) => {
    const current = withHeading(2, 'Implementation and review of the present resolution')
    const [from, to] = lang === 'fr' ? [inFrench(base), inFrench(current)] : [base, current]
    expect(descriptions(from, to, style).map(d => d.replace(/\u00a0/g, ' '))).toEqual([wording])
    expect(roundTripProblem(from, to, style)).toBeNull()
  })

  it('in an annex names the section “of the annex”, in both registers and languages', () => {
    const current = withAnnexHeading('II', 'Action against trafficking in persons')
    expect(descriptions(annexed, current)).toEqual(['In the heading of section II of the annex, replace the existing text after the words “Action” by the following: “against trafficking in persons”'])
    expect(roundTripProblemsInBoth(annexed, current)).toEqual([])
  })

  it('is listed in reading order, before the first change in its section, and carries S labels in the JSON', () => {
    const reworded = readResolution(withHeading(1, 'Protection of victims and survivors'))
    const op = (n: number) => firstOp + n - 1
    const current = buildResolution({ ...reworded, paragraphs: reworded.paragraphs.map((p, i) => i === op(2) || i === op(20) ? { ...p, text: p.text.replace(/[;.]$/, ', as appropriate$&') } : p) })
    const changes = compareDocuments(base, current).changes
    expect(changes.map(c => [c.kind, c.from, c.to])).toEqual([['modified', 'OP2', 'OP2'], ['modified', 'S2', 'S2'], ['modified', 'OP20', 'OP20']])
    expect(changes[1].edits).toEqual([expect.objectContaining({ op: 'insert', text: 'and survivors' })])
    expect(amendmentsOf(diffDocuments(base, current)).map(a => a.id)).toContain('S2')
  })

  it('is read back from the official variants and from French, and refused when it names a heading the text lacks or one deleted, or is named as a place', () => {
    const list = [
      '1. Amend the heading of section II to read as follows: “Protection of victims and survivors”',
      '2. In the heading of section III, replace the word “Follow-up” with “Review”.',
      '3. Delete the heading of section I.',
      '4. After the heading of section I, insert the following paragraph: “Decides to act;”',
      '5. In the heading of section IV, replace the word “Follow-up” with “Review”.',
      '6. In the heading of section I, delete the words “Prevention of trafficking in persons”.'
    ].join('\n')
    const read = readAmendments(list)
    expect(read[3]).toMatchObject({ number: '4', ok: false, error: 'places a new paragraph by a section heading; only paragraphs are named as places, or a heading they precede' })
    const applied = applyAmendments(base, read.map(a => a.ok ? a.operations : []))
    // Amendment 3 takes heading I out: sections II and III become I and II.
    expect(readResolution(applied.doc).sections!.map(h => `${h.number}. ${h.text}`)).toEqual(['I. Protection of victims and survivors', 'II. Review'])
    expect(applied.refused).toEqual([
      { amendment: 5, reason: 'names the heading of section IV, which the text as tabled lacks' },
      { amendment: 6, reason: 'names the heading of section I, which an earlier amendment deleted' }
    ])
    const french = readAmendments('1. L’intitulé de la section II se lira comme suit : « Protection des victimes »\n2. Dans l’intitulé de la section II de l’annexe, remplacer le mot « Action » par « Action commune ».')
    expect(readResolution(applyAmendments(base, [french[0].ok ? french[0].operations : []]).doc).sections![1].text).toBe('Protection des victimes')
    expect(readResolution(applyAmendments(annexed, [french[1].ok ? french[1].operations : []]).doc).annexes![0].sections![1].text).toBe('Action commune')
  })
})

describe('accepting and rejecting a changed section heading', () => {
  const current = (() => {
    const d = readResolution(withHeading(1, 'Protection of victims and survivors'))
    return buildResolution({ ...d, sections: d.sections!.map(h => h.number === 'III' ? { ...h, text: 'Review' } : h) })
  })()
  const diff = diffDocuments(base, current)
  const amendments = amendmentsOf(diff)
  const headings = (doc: Node) => readResolution(doc).sections!.map(h => h.text)

  it.each([0, 1])('accepts amendment %i into the base alone, and rejects it in the current text alone', i => {
    expect(amendments.map(a => a.id)).toEqual(['S2', 'S3'])
    const accepted = acceptChange(diff, amendments[i])
    expect(headings(accepted)).toEqual(i === 0 ? ['Prevention of trafficking in persons', 'Protection of victims and survivors', 'Follow-up'] : ['Prevention of trafficking in persons', 'Protection of victims', 'Review'])
    expect(amendmentsOf(diffDocuments(accepted, current)).map(a => a.id)).toEqual([amendments[1 - i].id])
    const rejected = rejectChange(diff, amendments[i], new Transform(current)).doc
    expect(amendmentsOf(diffDocuments(base, rejected)).map(a => a.id)).toEqual([amendments[1 - i].id])
  })

  it('accepts and rejects all, headings included', () => {
    expect(headings(acceptAllChanges(diff))).toEqual(headings(current))
    expect(headings(rejectAllChanges(diff, new Transform(current)).doc)).toEqual(headings(base))
  })
})

const [I, II, III] = sections2388.map(h => h.text)

describe('a section heading added, removed, moved or renumbered is an amendment', () => {
  /// Each case: the amended headings, its JSON (kind, from, to) and its wording in English
  /// and French, negotiation and official registers.
  it.each([
    ['added after the last', headed(['I', I, 1], ['II', II, 13], ['III', III, 27], ['IV', 'Final provisions', 31]), ['inserted', undefined, 'S4'], [
      'Before operative paragraph 31, insert the following heading: “IV. Final provisions”',
      'Before paragraph 31, insert the following heading:\nIV. Final provisions',
      'Avant le paragraphe 31 du dispositif, insérer l’intitulé suivant : « IV. Final provisions »',
      'Avant le paragraphe 31, insérer l’intitulé suivant :\nIV. Final provisions']],
    ['added between, the later sections renumbered', headed(['I', I, 1], ['II', 'Assistance to victims', 7], ['III', II, 13], ['IV', III, 27]), ['inserted', undefined, 'S2'], [
      'Before operative paragraph 7, insert the following heading: “II. Assistance to victims”',
      'Before paragraph 7, insert the following heading:\nII. Assistance to victims',
      'Avant le paragraphe 7 du dispositif, insérer l’intitulé suivant : « II. Assistance to victims »',
      'Avant le paragraphe 7, insérer l’intitulé suivant :\nII. Assistance to victims']],
    ['added at the end of the part', headed(['I', I, 1], ['II', II, 13], ['III', III, 27], ['IV', 'Final provisions', 0]), ['inserted', undefined, 'S4'], [
      'At the end of the operative part, insert the following heading: “IV. Final provisions”',
      'At the end of the operative part, insert the following heading:\nIV. Final provisions',
      'À la fin du dispositif, insérer l’intitulé suivant : « IV. Final provisions »',
      'À la fin du dispositif, insérer l’intitulé suivant :\nIV. Final provisions']],
    ['removed, section III renumbered II', headed(['I', I, 1], ['II', III, 27]), ['deleted', 'S2', undefined], [
      'Delete the heading of section II', 'Delete the heading of section II.',
      'Supprimer l’intitulé de la section II', 'Supprimer l’intitulé de la section II.']],
    ['removed with every paragraph of its section', buildResolution({ ...draft, paragraphs: draft.paragraphs.filter((_p, i) => i < firstOp + 12 || i >= firstOp + 26), sections: [{ number: 'I', text: I, at: firstOp }, { number: 'II', text: III, at: firstOp + 12 }] }), ['deleted', 'S2', undefined], [
      'Delete section II', 'Delete section II.', 'Supprimer la section II', 'Supprimer la section II.']],
    ['moved: section II starts three paragraphs earlier', headed(['I', I, 1], ['II', II, 10], ['III', III, 27]), ['moved', 'S2', 'S2'], [
      'Move the heading of section II to stand before operative paragraph 10',
      'Move the heading of section II to stand before paragraph 10.',
      'Déplacer l’intitulé de la section II avant le paragraphe 10 du dispositif',
      'Déplacer l’intitulé de la section II avant le paragraphe 10.']],
    ['moved to the end, past section III', headed(['I', I, 1], ['II', III, 27], ['III', II, 0]), ['moved', 'S2', 'S3'], [
      'Move the heading of section II to the end of the operative part',
      'Move the heading of section II to the end of the operative part.',
      'Déplacer l’intitulé de la section II à la fin du dispositif',
      'Déplacer l’intitulé de la section II à la fin du dispositif.']],
    ['moved and reworded', headed(['I', I, 1], ['II', 'Protection of survivors', 10], ['III', III, 27]), ['moved', 'S2', 'S2'], [
      'Move the heading of section II to stand before operative paragraph 10 and, in it, replace the words “victims” with “survivors”',
      'Move the heading of section II to stand before paragraph 10 and, in it, replace the word “victims” with “survivors”.',
      'Déplacer l’intitulé de la section II avant le paragraphe 10 du dispositif et, dans cet intitulé, remplacer les mots « victims » par « survivors »',
      'Déplacer l’intitulé de la section II avant le paragraphe 10 et, dans cet intitulé, remplacer le mot « victims » par « survivors ».']],
    ['moved past section III and reworded', headed(['I', I, 1], ['II', III, 27], ['III', 'Protection of survivors', 0]), ['moved', 'S2', 'S3'], [
      'Move the heading of section II to the end of the operative part and, in it, replace the words “victims” with “survivors”',
      'Move the heading of section II to the end of the operative part and, in it, replace the word “victims” with “survivors”.',
      'Déplacer l’intitulé de la section II à la fin du dispositif et, dans cet intitulé, remplacer les mots « victims » par « survivors »',
      'Déplacer l’intitulé de la section II à la fin du dispositif et, dans cet intitulé, remplacer le mot « victims » par « survivors ».']],
    // A heading put in, or moved, in front of a heading that stays before the same
    // paragraph is placed before it by name: the heading standing there is not moved too.
    ['added in front of section I, heading nothing yet', headed(['I', 'Scope', 1], ['II', I, 1], ['III', II, 13], ['IV', III, 27]), ['inserted', undefined, 'S1'], [
      'Before the heading of section I, insert the following heading: “I. Scope”',
      'Before the heading of section I, insert the following heading:\nI. Scope',
      'Avant l’intitulé de la section I, insérer l’intitulé suivant : « I. Scope »',
      'Avant l’intitulé de la section I, insérer l’intitulé suivant :\nI. Scope']],
    ['added in front of section III, heading nothing yet', headed(['I', I, 1], ['II', II, 13], ['III', 'Assistance to victims', 27], ['IV', III, 27]), ['inserted', undefined, 'S3'], [
      'Before the heading of section III, insert the following heading: “III. Assistance to victims”',
      'Before the heading of section III, insert the following heading:\nIII. Assistance to victims',
      'Avant l’intitulé de la section III, insérer l’intitulé suivant : « III. Assistance to victims »',
      'Avant l’intitulé de la section III, insérer l’intitulé suivant :\nIII. Assistance to victims']],
    ['section III’s heading moved to the start, section III joining section II', headed(['I', III, 1], ['II', I, 1], ['III', II, 13]), ['moved', 'S3', 'S1'], [
      'Move the heading of section III to precede the heading of section I',
      'Move the heading of section III to precede the heading of section I.',
      'Déplacer l’intitulé de la section III avant l’intitulé de la section I',
      'Déplacer l’intitulé de la section III avant l’intitulé de la section I.']],
    // Heading I moved past operative paragraph 1 alone: one amendment, not a move of the
    // heading and a move of the paragraph that crossed it.
    ['heading I moved past operative paragraph 1', headed(['I', I, 2], ['II', II, 13], ['III', III, 27]), ['moved', 'OP1', 'OP1'], [
      'Move operative paragraph 1 to precede the heading of section I',
      'Move paragraph 1 to precede the heading of section I.',
      'Déplacer le paragraphe 1 du dispositif avant l’intitulé de la section I',
      'Déplacer le paragraphe 1 avant l’intitulé de la section I.']],
    ['renumbered by hand', headed(['I', I, 1], ['B', II, 13], ['III', III, 27]), ['modified', 'S2', 'S2'], [
      'Replace the heading of section II with the following: “B. Protection of victims”',
      'Amend the heading of section II to read as follows:\nB. Protection of victims',
      'Remplacer l’intitulé de la section II par ce qui suit : « B. Protection of victims »',
      'L’intitulé de la section II se lira comme suit :\nB. Protection of victims']]
  ] as const)('%s: one amendment, worded in both registers and languages, read back and applied exactly', (_name, current, [kind, from, to], wordings) => {
    const tabled = headed(['I', I, 1], ['II', II, 13], ['III', III, 27])
    const [change, ...rest] = compareDocuments(tabled, current).changes
    expect(rest).toEqual([])
    expect([change.kind, change.from, change.to]).toEqual([kind, from, to])
    const cases = [['negotiation', false], ['official', false], ['negotiation', true], ['official', true]] as const
    cases.forEach(([style, french], k) => {
      const [a, b] = french ? [inFrench(tabled), inFrench(current)] : [tabled, current]
      expect(descriptions(a, b, style).map(d => d.replace(/\u00a0/g, ' '))).toEqual([wordings[k]])
      expect(roundTripProblem(a, b, style)).toBeNull()
    })
  })

  it('carries a heading renumbered by hand as printed in its JSON edit', () => {
    const [change] = compareDocuments(base, headed(['I', I, 1], ['B', II, 13], ['III', III, 27])).changes
    expect(change.edits).toEqual([{ op: 'replace', old: II, text: `B. ${II}` }])
  })

  it('carries the inserted heading as printed in the JSON, and names the new section for the paragraphs placed under it', () => {
    const current = readResolution(headed(['I', I, 1], ['II', II, 13], ['III', III, 27], ['IV', 'Final provisions', 0]))
    const withParagraph = buildResolution({ ...current, paragraphs: [...current.paragraphs, { kind: 'op', lead: 0, text: 'Decides to remain seized of the matter.' }] })
    const changes = compareDocuments(base, withParagraph).changes
    expect(changes.map(c => [c.kind, c.to, c.text, c.description])).toEqual([
      ['inserted', 'S4', 'IV. Final provisions', 'At the end of the operative part, insert the following heading: “IV. Final provisions”'],
      ['inserted', 'OP36', 'Decides to remain seized of the matter.', 'Under the new section IV, insert a new paragraph reading: “Decides to remain seized of the matter.”']
    ])
    expect(descriptions(inFrench(base), inFrench(withParagraph))[1].replace(/\u00a0/g, ' ')).toBe('Dans la nouvelle section IV, insérer le nouveau paragraphe suivant : « Decides to remain seized of the matter. »')
    for (const style of ['negotiation', 'official'] as const) expect(roundTripProblem(base, withParagraph, style)).toBeNull()
  })

  it('places paragraphs moved before the part’s first heading just before it', () => {
    // OP2–OP4 moved before heading I, which keeps OP1: “to precede the heading of section I”.
    const tabled = readResolution(base)
    const ops = tabled.paragraphs.slice(firstOp)
    const current = buildResolution({ ...tabled, paragraphs: [...tabled.paragraphs.slice(0, firstOp), ops[3], ops[2], ops[1], ops[0], ...ops.slice(4)], sections: tabledSections.map(h => h.number === 'I' ? { ...h, at: firstOp + 3 } : h) })
    expect(descriptions(base, current)).toContain('Move operative paragraph 3 to precede the heading of section I')
    expect(roundTripProblemsInBoth(base, current)).toEqual([])
  })

  /// A/RES/80/3 (test/corpus/ga-80-3-pdf-extraction.txt): an annex in sections I, II and
  /// III, two unnumbered subheadings between II and III, which take no place in the
  /// sequence (sectionNumbers.ts): the sections after one added, taken out or moved are
  /// numbered anew past them.
  const awaza = imported('../../../corpus/ga-80-3-pdf-extraction.txt')
  const awazaDraft = readResolution(awaza)
  const withAnnexSections = (edit: (sections: SectionDraft[]) => SectionDraft[]) => buildResolution({ ...awazaDraft, annexes: awazaDraft.annexes!.map(a => ({ ...a, sections: edit(a.sections!.map(h => ({ ...h }))) })) })

  /// The annex's paragraphs a heading may stand before (not subparagraphs), by index.
  const tops = awazaDraft.annexes![0].paragraphs.flatMap((p, i) => p.kind === 'sub' ? [] : [i])
  const shifted = (at: number, by: number) => tops[tops.indexOf(at) + by]
  const [partnerships, governance] = awazaDraft.annexes![0].sections!.filter(h => !h.number).map(h => h.text)
  it.each([
    ['section III’s heading removed', withAnnexSections(s => s.filter(h => h.number !== 'III')), /^Delete the heading of section III of the annex$/],
    ['section III removed with its paragraphs', (() => {
      const annex = awazaDraft.annexes![0], third = annex.sections!.find(h => h.number === 'III')!.at
      return buildResolution({ ...awazaDraft, annexes: [{ ...annex, paragraphs: annex.paragraphs.slice(0, third), sections: annex.sections!.filter(h => h.number !== 'III') }] })
    })(), /^Delete section III of the annex$/],
    ['section II’s heading moved two paragraphs back', withAnnexSections(s => s.map(h => h.number === 'II' ? { ...h, at: shifted(h.at, -2) } : h)), /^Move the heading of section II of the annex to stand before paragraph \d+ of the annex$/],
    ['a heading put in front of section III’s heading', withAnnexSections(s => s.flatMap(h => h.number === 'III' ? [{ number: '', text: 'Means of implementation', at: h.at }, h] : [h])),
      /^Before the heading of section III of the annex, insert the following heading: “Means of implementation”$/],
    ['section III’s heading moved in front of section I’s, the sections numbered anew', withAnnexSections(s => renumbered([{ ...s.find(h => h.number === 'III')!, at: s[0].at }, ...s.filter(h => h.number !== 'III')])),
      /^Move the heading of section III of the annex to precede the heading of section I of the annex$/],
    ['a heading put in before the fifth paragraph, the sections after it numbered anew past the subheadings', withAnnexSections(s => renumbered([...s, { number: 'IV', text: 'Means of implementation', at: tops[4] }].sort((a, b) => a.at - b.at))), /^Before paragraph \d+ of the annex, insert the following heading: “II\. Means of implementation”$/],
    ['an unnumbered subheading reworded', withAnnexSections(s => s.map(h => h.text === partnerships ? { ...h, text: 'Partnerships and financing mechanisms' } : h)),
      /^In the heading “Partnerships and support mechanisms” preceding paragraph 17 of the annex, replace the words “support” with “financing”$/],
    ['an unnumbered subheading removed', withAnnexSections(s => s.filter(h => h.text !== governance)), /^Delete the heading “Governance, accountability and monitoring” preceding paragraph 20 of the annex$/],
    ['an unnumbered subheading moved two paragraphs back', withAnnexSections(s => s.map(h => h.text === governance ? { ...h, at: shifted(h.at, -2) } : h)),
      /^Move the heading “Governance, accountability and monitoring” preceding paragraph 20 of the annex to stand before paragraph 18 of the annex$/],
    ['an unnumbered subheading moved past section III and reworded', withAnnexSections(s => [...s.filter(h => h.text !== partnerships), { number: '', text: 'Partnerships and financing mechanisms', at: tops[tops.length - 1] }]),
      /^Move the heading “Partnerships and support mechanisms” preceding paragraph 17 of the annex to stand before paragraph 25 of the annex and, in it, replace the words “support” with “financing”$/]
  ])('in a real annex (A/RES/80/3), %s', (_name, current, wording) => {
    const [description, ...rest] = descriptions(awaza, current)
    expect(rest).toEqual([])
    expect(description).toMatch(wording)
    expect(roundTripProblemsInBoth(awaza, current)).toEqual([])
  })

  it('lists heading I moved past the first operative paragraph of a real text (A/RES/50/153) as one amendment', () => {
    const tabled = imported('../../../corpus/ga-50-153-page-3-excerpt.txt')
    const d = readResolution(tabled)
    const first = d.paragraphs.findIndex(p => p.kind === 'op')
    const current = buildResolution({ ...d, sections: d.sections!.map((h, k) => k ? h : { ...h, at: first + 1 }) })
    expect(descriptions(tabled, current)).toEqual(['Move operative paragraph 1 to precede the heading of section I'])
    expect(roundTripProblemsInBoth(tabled, current)).toEqual([])
  })

  it('refuses, with the amendment’s number, a heading placed after a paragraph, in the preamble, or naming a section the text lacks', () => {
    const list = [
      '1. After operative paragraph 4, insert the following heading: “II. Assistance”',
      '2. Delete the heading of section V.',
      '3. Move the heading of section IV to stand before operative paragraph 3.',
      '4. Before preambular paragraph 3, insert the following heading: “Context”',
      '5. Under the new section IV, insert a new paragraph reading: “Decides to act;”',
      '6. Before operative paragraph 20, insert the following heading: “III. Review”',
      '7. Delete section V.'
    ].join('\n')
    const read = readAmendments(list)
    expect(read[0]).toMatchObject({ number: '1', ok: false, error: 'puts a heading after a paragraph; name the paragraph it stands before' })
    const applied = applyAmendments(base, read.map(a => a.ok ? a.operations : []))
    expect(applied.refused).toEqual([
      { amendment: 2, reason: 'names the heading of section V, which the text as tabled lacks' },
      { amendment: 3, reason: 'names the heading of section IV, which the text as tabled lacks' },
      { amendment: 4, reason: 'puts a heading before preambular paragraph 3, in the preamble; headings divide the operative part' },
      { amendment: 5, reason: 'names the new section IV, which the list inserts nowhere before' },
      { amendment: 7, reason: 'names the heading of section V, which the text as tabled lacks' }
    ])
    // Amendment 6 applies: section III from OP27 becomes IV.
    expect(readResolution(applied.doc).sections!.map(h => `${h.number}. ${h.text}@${h.at - firstOp + 1}`)).toEqual([`I. ${I}@1`, `II. ${II}@13`, 'III. Review@20', `IV. ${III}@27`])
    const sub = readAmendments('1. Move the heading of section II of the annex to stand before paragraph 13 (a) of the annex.')
    expect(applyAmendments(awaza, sub.map(a => a.ok ? a.operations : [])).refused).toEqual([{ amendment: 1, reason: 'puts a heading before paragraph 13 (a) of annex I, a subparagraph; a heading stands before a paragraph' }])
  })

  /// A/RES/80/3's two unnumbered subheadings, named by their words and the paragraph they
  /// precede as tabled: “Partnerships and support mechanisms” before paragraph 17 of the
  /// annex (A1.S3), “Governance, accountability and monitoring” before paragraph 20 (A1.S4).
  const subheadingCases = [
    ['reworded', withAnnexSections(s => s.map(h => h.text === partnerships ? { ...h, text: 'Partnerships and financing mechanisms' } : h)), ['modified', 'A1.S3', 'A1.S3'], [
      'In the heading “Partnerships and support mechanisms” preceding paragraph 17 of the annex, replace the words “support” with “financing”',
      'In the heading “Partnerships and support mechanisms” preceding paragraph 17 of the annex, replace the word “support” with “financing”.',
      'Dans l’intitulé « Partnerships and support mechanisms » qui précède le paragraphe 17 de l’annexe, remplacer les mots « support » par « financing »',
      'Dans l’intitulé « Partnerships and support mechanisms » qui précède le paragraphe 17 de l’annexe, remplacer le mot « support » par « financing ».']],
    ['removed', withAnnexSections(s => s.filter(h => h.text !== governance)), ['deleted', 'A1.S4', undefined], [
      'Delete the heading “Governance, accountability and monitoring” preceding paragraph 20 of the annex',
      'Delete the heading “Governance, accountability and monitoring” preceding paragraph 20 of the annex.',
      'Supprimer l’intitulé « Governance, accountability and monitoring » qui précède le paragraphe 20 de l’annexe',
      'Supprimer l’intitulé « Governance, accountability and monitoring » qui précède le paragraphe 20 de l’annexe.']],
    ['moved to the end of the annex', withAnnexSections(s => [...s.filter(h => h.text !== governance), { number: '', text: governance, at: awazaDraft.annexes![0].paragraphs.length }]), ['moved', 'A1.S4', 'A1.S5'], [
      'Move the heading “Governance, accountability and monitoring” preceding paragraph 20 of the annex to the end of the annex',
      'Move the heading “Governance, accountability and monitoring” preceding paragraph 20 of the annex to the end of the annex.',
      'Déplacer l’intitulé « Governance, accountability and monitoring » qui précède le paragraphe 20 de l’annexe à la fin de l’annexe',
      'Déplacer l’intitulé « Governance, accountability and monitoring » qui précède le paragraphe 20 de l’annexe à la fin de l’annexe.']]
  ] as const
  it.each(subheadingCases)('an unnumbered subheading %s: one amendment, its JSON labels, worded in both registers and languages, read back and applied exactly', (_name, current, [kind, from, to], wordings) => {
    const [change, ...rest] = compareDocuments(awaza, current).changes
    expect(rest).toEqual([])
    expect([change.kind, change.from, change.to]).toEqual([kind, from, to])
    const cases = [['negotiation', false], ['official', false], ['negotiation', true], ['official', true]] as const
    cases.forEach(([style, french], k) => {
      const [a, b] = french ? [inFrench(awaza), inFrench(current)] : [awaza, current]
      expect(descriptions(a, b, style).map(d => d.replace(/\u00a0/g, ' '))).toEqual([wordings[k]])
      expect(roundTripProblem(a, b, style)).toBeNull()
    })
  })

  it.each(subheadingCases)('an unnumbered subheading %s: accepted into the base, or rejected in the current text, leaves nothing to amend; its proposer is blamed', (_name, current) => {
    const diff = diffDocuments(awaza, current)
    const [amendment] = amendmentsOf(diff)
    const headingsOf = (doc: Node) => readResolution(doc).annexes![0].sections!.map(h => `${h.number}. ${h.text}@${h.at}`)
    const accepted = acceptChange(diff, amendment)
    expect(headingsOf(accepted)).toEqual(headingsOf(current))
    expect(amendmentsOf(diffDocuments(accepted, current))).toEqual([])
    const rejected = rejectChange(diff, amendment, new Transform(current)).doc
    expect(headingsOf(rejected)).toEqual(headingsOf(awaza))
    expect(amendmentsOf(diffDocuments(awaza, rejected))).toEqual([])
    const blame = blameVersions(awaza, [{ author: 'France', doc: awaza }, { author: 'Mexico', doc: current }])
    expect(compareDocuments(awaza, current, 'negotiation', blame).changes.map(c => c.proposers)).toEqual([['Mexico']])
  })

  /// The section under “Partnerships and support mechanisms” (paragraphs 17 to 19 of the
  /// annex) emptied and filled with one new paragraph; a new unnumbered heading at the end
  /// of the annex with paragraph 3 moved under it.
  const annex = awazaDraft.annexes![0]
  const [from, to] = [annex.sections!.find(h => h.text === partnerships)!.at, annex.sections!.find(h => h.text === governance)!.at]
  const refilled = buildResolution({ ...awazaDraft, annexes: [{ ...annex, paragraphs: [...annex.paragraphs.slice(0, from), { ...annex.paragraphs[from], pid: undefined, text: 'We call for new partnerships;', footnotes: undefined }, ...annex.paragraphs.slice(to)], sections: annex.sections!.map(h => h.at >= to ? { ...h, at: h.at - (to - from) + 1 } : h) }] })
  const third = tops[2], end = annex.paragraphs.length
  const movedUnderNew = buildResolution({ ...awazaDraft, annexes: [{ ...annex, paragraphs: [...annex.paragraphs.slice(0, third), ...annex.paragraphs.slice(third + 1), annex.paragraphs[third]], sections: [...annex.sections!.map(h => h.at > third ? { ...h, at: h.at - 1 } : h), { number: '', text: 'Final provisions', at: end - 1 }] }] })
  it.each([
    ['a paragraph put in under an unnumbered subheading whose section lost its paragraphs', refilled, [
      'Under the heading “Partnerships and support mechanisms” preceding paragraph 17 of the annex, insert a new numbered paragraph reading: “We call for new partnerships;”',
      'Sous l’intitulé « Partnerships and support mechanisms » qui précède le paragraphe 17 de l’annexe, insérer le nouveau paragraphe numéroté suivant : « We call for new partnerships; »']],
    ['a paragraph moved under an unnumbered heading the list inserts', movedUnderNew, [
      'At the end of the annex, insert the following heading: “Final provisions”',
      'Move paragraph 3 of the annex under the new heading “Final provisions” of the annex',
      'À la fin de l’annexe, insérer l’intitulé suivant : « Final provisions »',
      'Déplacer le paragraphe 3 de l’annexe sous le nouvel intitulé « Final provisions » de l’annexe']]
  ])('%s names it, and the list applies exactly', (_name, current, wordings) => {
    const got = [...descriptions(awaza, current), ...descriptions(inFrench(awaza), inFrench(current))].map(d => d.replace(/\u00a0/g, ' ')).filter(d => /heading|intitulé/.test(d))
    expect(got).toEqual(wordings)
    expect(roundTripProblemsInBoth(awaza, current)).toEqual([])
  })

  it('reads an unnumbered subheading named at the end of its part, and refuses one the text as tabled lacks there', () => {
    const read = readAmendments([
      '1. In the heading “Partnerships and support mechanisms” that precedes paragraph 17 of the annex, replace the word “support” with “financing”.',
      '2. Delete the heading “Partnerships and support mechanisms” preceding paragraph 18 of the annex.'
    ].join('\n'))
    expect(read.map(a => a.ok && a.operations.map(op => 'label' in op && op.label))).toEqual([['A1.heading “Partnerships and support mechanisms” before A1.17'], ['A1.heading “Partnerships and support mechanisms” before A1.18']])
    expect(applyAmendments(awaza, read.map(a => a.ok ? a.operations : [])).refused).toEqual([{ amendment: 2, reason: 'names the heading “Partnerships and support mechanisms” preceding paragraph 18 of annex I, which the text as tabled lacks' }])
    const atEnd = readAmendments('1. Supprimer l’intitulé « Final » à la fin de l’annexe.')
    expect(atEnd.map(a => a.ok && a.operations)).toEqual([[{ kind: 'deleteHeading', label: 'A1.heading “Final” at the end' }]])
  })
})

describe('accepting and rejecting a heading added, removed or moved', () => {
  const tabled = headed(['I', I, 1], ['II', II, 13], ['III', III, 27])
  const printed = (doc: Node) => readResolution(doc).sections!.map(h => `${h.number}. ${h.text}@${h.at - firstOp + 1}`)
  it.each([
    ['added', headed(['I', I, 1], ['II', 'Assistance to victims', 7], ['III', II, 13], ['IV', III, 27])],
    ['removed', headed(['I', I, 1], ['II', III, 27])],
    ['moved', headed(['I', I, 1], ['II', II, 10], ['III', III, 27])],
    ['added at the end', headed(['I', I, 1], ['II', II, 13], ['III', III, 27], ['IV', 'Final provisions', 0])],
    ['moved past section III to the end', headed(['I', I, 1], ['II', III, 27], ['III', II, 0])],
    ['added in front of section III', headed(['I', I, 1], ['II', II, 13], ['III', 'Assistance to victims', 27], ['IV', III, 27])],
    ['section III’s moved in front of section I', headed(['I', III, 1], ['II', I, 1], ['III', II, 13])],
    ['removed with every paragraph of its section', buildResolution({ ...draft, paragraphs: draft.paragraphs.filter((_p, i) => i < firstOp + 12 || i >= firstOp + 26), sections: [{ number: 'I', text: I, at: firstOp }, { number: 'II', text: III, at: firstOp + 12 }] })]
  ])('%s: accepted into the base, or rejected in the current text, leaves nothing to amend', (_name, current) => {
    const diff = diffDocuments(tabled, current)
    const [amendment, ...paragraphs] = amendmentsOf(diff)
    const headingsOf = (doc: Node) => readResolution(doc).sections!.map(h => `${h.number}. ${h.text}`)
    const accepted = acceptChange(diff, amendment)
    expect(headingsOf(accepted)).toEqual(headingsOf(current))
    expect(amendmentsOf(diffDocuments(accepted, current))).toEqual(paragraphs.length ? expect.any(Array) : [])
    expect(amendmentsOf(diffDocuments(accepted, current)).filter(a => a.heading)).toEqual([])
    const rejected = rejectChange(diff, amendment, new Transform(current)).doc
    expect(headingsOf(rejected)).toEqual(headingsOf(tabled))
    expect(amendmentsOf(diffDocuments(tabled, rejected)).filter(a => a.heading)).toEqual([])
    if (!paragraphs.length) {
      expect(printed(accepted)).toEqual(printed(current))
      expect(printed(rejected)).toEqual(printed(tabled))
    }
  })
})

describe('the proposer of a heading change', () => {
  it('is the author of the first version that holds it', () => {
    const tabled = headed(['I', I, 1], ['II', II, 13], ['III', III, 27])
    const first = headed(['I', I, 1], ['II', II, 10], ['III', III, 27])
    const second = headed(['I', I, 1], ['II', II, 10], ['III', III, 27], ['IV', 'Final provisions', 31])
    const blame = blameVersions(tabled, [{ author: 'France', doc: first }, { author: 'Mexico', doc: second }])
    expect(compareDocuments(tabled, second, 'negotiation', blame).changes.map(c => [c.kind, c.proposers])).toEqual([['moved', ['France']], ['inserted', ['Mexico']]])
  })
})

/// What “section II” covers: a numbered section runs to the next numbered heading, the
/// unnumbered subheadings it holds included (sectionNumbers.ts, `sectionEnds`). In the
/// annex of A/RES/80/3 (test/corpus/ga-80-3-pdf-extraction.txt) section II holds
/// “Partnerships and support mechanisms” and “Governance, accountability and monitoring”
/// before section III: “Delete section II of the annex” takes them out with it, and is
/// written only where they went too.
describe('a section taken out whole, with the subheadings it holds', () => {
  const awaza = importedText('../../../corpus/ga-80-3-pdf-extraction.txt')
  const tabled = readResolution(awaza), annex = tabled.annexes![0], sections = annex.sections!
  const [second, third] = ['II', 'III'].map(n => sections.findIndex(h => h.number === n))
  /// The annex with its paragraphs from heading `from` to heading `to` (indices into its
  /// headings) taken out, and the headings `gone` says; the rest numbered anew.
  const cut = (from: number, to: number, gone: (k: number) => boolean) => {
    const [start, end] = [sections[from].at, sections[to].at]
    return buildResolution({ ...tabled, annexes: [{ ...annex, paragraphs: [...annex.paragraphs.slice(0, start), ...annex.paragraphs.slice(end)], sections: renumbered(sections.flatMap((h, k) => gone(k) ? [] : [{ ...h, at: h.at >= end ? h.at - (end - start) : Math.min(h.at, start) }])) }] })
  }
  const headings = (doc: Node) => readResolution(doc).annexes![0].sections!.map(h => `${h.number}. ${h.text}`)
  const withAnnex = (list: SectionDraft[]) => buildResolution({ ...tabled, annexes: [{ ...annex, sections: list }] })
  it.each([
    ['section II to section III, subheadings and all', cut(second, third, k => k >= second && k < third), ['Delete section II of the annex'], 1],
    ['heading II and the paragraphs before its first subheading, the subheadings kept', cut(second, second + 1, k => k === second), ['Delete the heading of section II of the annex'], 5],
    ['heading II and every paragraph to section III, the subheadings kept', cut(second, third, k => k === second), ['Delete the heading of section II of the annex'], 11]
  ])('%s, the list applies exactly', (_name, current, headingWords, count) => {
    const all = descriptions(awaza, current)
    expect(all.filter(d => /section II\b/.test(d))).toEqual(headingWords)
    expect(all.length).toBe(count)
    expect(roundTripProblemsInBoth(awaza, current)).toEqual([])
  })

  it.each([
    ['1. Delete section II of the annex.', ['I. Global context and shared commitments', 'II. Conclusion and call to action'], annex.paragraphs.length - (sections[third].at - sections[second].at)],
    ['1. Supprimer la section II de l’annexe.', ['I. Global context and shared commitments', 'II. Conclusion and call to action'], annex.paragraphs.length - (sections[third].at - sections[second].at)],
    ['1. Delete section I of the annex.', headings(withAnnex(renumbered(sections.slice(1)))), annex.paragraphs.length - (sections[second].at - sections[0].at)]
  ])('“%s” read and applied takes the section out to the next numbered heading, and the sections after it are numbered anew', (list, want, paragraphs) => {
    const applied = applyAmendments(awaza, readAmendments(list).map(a => a.ok ? a.operations : []))
    expect(applied.refused).toEqual([])
    expect(headings(applied.doc)).toEqual(want)
    expect(readResolution(applied.doc).annexes![0].paragraphs.length).toBe(paragraphs)
  })
})

/// Headings put in with the same number given by hand (“A” twice) are no section a number
/// names alone: a paragraph placed under one is named by the heading's words (“Under the
/// new heading “Review” of the annex”), as an unnumbered one is, and the list applies
/// exactly. 2388 in sections I (OP1), II (OP13), III (OP27); the annex of A/RES/80/3.
describe('headings put in sharing a number', () => {
  const newOp = (text: string) => ({ kind: 'op' as const, lead: 0, text })
  const end = draft.paragraphs.length
  const ops = draft.paragraphs.slice(firstOp), third = ops[2]
  const awaza = importedText('../../../corpus/ga-80-3-pdf-extraction.txt'), awazaDraft = readResolution(awaza), annex = awazaDraft.annexes![0]
  it.each([
    ['two headings “A” at the end of the operative part, each with a new paragraph', base,
      sectioned([...tabledSections, { number: 'A', text: 'Assistance to victims', at: end }, { number: 'A', text: 'International cooperation', at: end + 1 }], { ...draft, paragraphs: [...draft.paragraphs, newOp('Decides to establish a trust fund for victims;'), newOp('Decides to remain seized of the matter.')] }),
      ['Under the new heading “Assistance to victims”, insert a new paragraph reading: “Decides to establish a trust fund for victims;”', 'Under the new heading “International cooperation”, insert a new paragraph reading: “Decides to remain seized of the matter.”']],
    ['two headings “IV”, operative paragraph 3 moved under the second at the end', base,
      sectioned([tabledSections[0], { number: 'IV', text: 'Assistance to victims', at: firstOp + 8 }, { ...tabledSections[1], at: firstOp + 11 }, { ...tabledSections[2], at: firstOp + 25 }, { number: 'IV', text: 'Final provisions', at: end - 1 }], { ...draft, paragraphs: [...draft.paragraphs.slice(0, firstOp), ...ops.slice(0, 2), ...ops.slice(3), third] }),
      ['Move operative paragraph 3 under the new heading “Final provisions”']],
    ['two headings “IV” at the end of the annex of A/RES/80/3, each with a new paragraph', awaza,
      buildResolution({ ...awazaDraft, annexes: [{ ...annex, paragraphs: [...annex.paragraphs, newOp('We will review progress in 2029.'), newOp('We will report every two years.')], sections: [...annex.sections!, { number: 'IV', text: 'Review', at: annex.paragraphs.length }, { number: 'IV', text: 'Reporting', at: annex.paragraphs.length + 1 }] }] }),
      ['Under the new heading “Review” of the annex, insert a new numbered paragraph reading: “We will review progress in 2029.”', 'Under the new heading “Reporting” of the annex, insert a new numbered paragraph reading: “We will report every two years.”']]
  ])('%s: named by its words, and the list applies exactly', (_name, tabled, current, wordings) => {
    expect(descriptions(tabled, current).filter(d => /^(Under|Move)/.test(d))).toEqual(wordings)
    expect(roundTripProblemsInBoth(tabled, current)).toEqual([])
  })
})

/// A heading reworded at both ends (its first and last words both changed) and moved past
/// another heading is that heading moved, one amendment, where its words read alike
/// (sectionHeadings.ts, `pairAlike`); a heading sharing little with it is another heading.
/// The annex of A/RES/80/3 and 2388 in sections I (OP1), II (OP13), III (OP27).
describe('a heading reworded at both ends and moved past another', () => {
  const awaza = importedText('../../../corpus/ga-80-3-pdf-extraction.txt'), awazaDraft = readResolution(awaza), annex = awazaDraft.annexes![0]
  const last = annex.paragraphs.flatMap((p, i) => p.kind === 'sub' ? [] : [i]).pop()!
  const partnerships = 'Partnerships and support mechanisms'
  const tabled = headed(['I', I, 1], ['II', II, 13], ['III', III, 27])
  it.each([
    ['A/RES/80/3: “Partnerships and support mechanisms” past section III as “Enhanced partnerships and support”', awaza,
      buildResolution({ ...awazaDraft, annexes: [{ ...annex, sections: [...annex.sections!.filter(h => h.text !== partnerships), { number: '', text: 'Enhanced partnerships and support', at: last }] }] }),
      ['Move the heading “Partnerships and support mechanisms” preceding paragraph 17 of the annex to stand before paragraph 25 of the annex and replace it with the following: “Enhanced partnerships and support”']],
    ['2388: heading I past section II as “Preventing trafficking in persons in conflict”', tabled, headed(['I', II, 13], ['II', 'Preventing trafficking in persons in conflict', 20], ['III', III, 27]),
      ['Move the heading of section I to stand before operative paragraph 20 and, in it, replace the words “Prevention of” with “Preventing”; and at the end of the heading, add “in conflict”']],
    ['2388: heading II past section III as “Support to victims and survivors”, too unlike to be the same', tabled, headed(['I', I, 1], ['II', III, 27], ['III', 'Support to victims and survivors', 30]),
      ['Delete the heading of section II', 'Before operative paragraph 30, insert the following heading: “III. Support to victims and survivors”']]
  ])('%s', (_name, from, to, wordings) => {
    expect(descriptions(from, to)).toEqual(wordings)
    expect(roundTripProblemsInBoth(from, to)).toEqual([])
  })
})

/// Two headings of a part with the same words keep their order (headingPairs.ts,
/// `uncrossSameWords`), and the one taken out is the one whose place is gone, whatever
/// number the other now bears (a heading's place counts before its number): 2388 with
/// sections I (OP1), II and III both “Protection of victims” (OP13, OP14) and IV (OP27).
describe('two headings with the same words', () => {
  const [I, II, III] = sections2388.map(h => h.text)
  const ops = draft.paragraphs.slice(firstOp)
  const tabled = headed(['I', I, 1], ['II', II, 13], ['III', II, 14], ['IV', III, 27])
  const op13BeforeOp7 = { ...draft, paragraphs: [...draft.paragraphs.slice(0, firstOp), ...ops.slice(0, 6), ops[12], ...ops.slice(6, 12), ...ops.slice(13)] }
  const withoutOp13 = { ...draft, paragraphs: draft.paragraphs.filter((_p, i) => i !== firstOp + 12) }
  it.each([
    ['a heading put in, operative paragraph 13 moved under it: the two stay in order, no heading moves',
      sectioned([{ number: 'I', text: I, at: firstOp }, { number: 'II', text: 'Assistance to victims', at: firstOp + 6 }, { number: 'III', text: II, at: firstOp + 13 }, { number: 'IV', text: II, at: firstOp + 13 }, { number: 'V', text: III, at: firstOp + 26 }], op13BeforeOp7),
      ['Before operative paragraph 7, insert the following heading: “II. Assistance to victims”', 'Move operative paragraph 13 to precede operative paragraph 7']],
    ['the first taken out, operative paragraph 13 joining section I: that heading alone goes, no paragraph moves',
      headed(['I', I, 1], ['II', II, 14], ['III', III, 27]), ['Delete the heading of section II']],
    ['the second taken out, operative paragraph 14 joining section II', headed(['I', I, 1], ['II', II, 13], ['III', III, 27]), ['Delete the heading of section III']],
    ['the first taken out with operative paragraph 13, its only paragraph: the section goes whole',
      sectioned([{ number: 'I', text: I, at: firstOp }, { number: 'II', text: II, at: firstOp + 12 }, { number: 'III', text: III, at: firstOp + 25 }], withoutOp13), ['Delete section II']]
  ])('%s', (_name, current, wordings) => {
    expect(descriptions(tabled, current)).toEqual(wordings)
    expect(roundTripProblemsInBoth(tabled, current)).toEqual([])
  })
})

/// A heading printed with its tabled number where its place now gives it another needs
/// an amendment that renumbers it; that amendment can move it too (align.ts,
/// `orderedHeadings`), so a paragraph it crosses stays and is not moved as well. 2388 in
/// sections I (OP1), II (OP13), III (OP27): heading I taken out, II and III keeping their
/// numbers, II now standing before OP14 (OP13 left before the headings).
describe('a heading keeping its printed number where its place gives another', () => {
  const [I, II, III] = sections2388.map(h => h.text)
  const tabled = headed(['I', I, 1], ['II', II, 13], ['III', III, 27]), current = headed(['II', II, 14], ['III', III, 27])
  it('moves with the amendment that renumbers it, and no paragraph moves', () => {
    expect(descriptions(tabled, current).filter(d => d.startsWith('Move'))).toEqual(['Move the heading of section II to stand before operative paragraph 14 and replace it with the following: “II. Protection of victims”'])
    for (const style of ['negotiation', 'official'] as const) expect(roundTripProblem(tabled, current, style)).toBeNull()
  })
})

/// Two headings that read the same side by side (nothing between them, so the same words
/// before the same paragraph label both) and one of them taken out, or the first
/// renumbered by hand: named by their common label, which names the first, the change is
/// listed, not dropped (seeded accept-all search, SUBS seeds 6728 and 310's kinds). The
/// annex of A/RES/80/3 and 2388 in sections I (OP1), II (OP13), III (OP27).
describe('two alike headings side by side, one taken out or renumbered', () => {
  const awaza = importedText('../../../corpus/ga-80-3-pdf-extraction.txt'), awazaDraft = readResolution(awaza), annex = awazaDraft.annexes![0]
  const withAnnex = (extra: SectionDraft[]) => buildResolution({ ...awazaDraft, annexes: [{ ...annex, sections: [...annex.sections!, ...extra] }] })
  const data = { number: '', text: 'Data and statistics', at: annex.paragraphs.length }
  const before13 = (count: number) => sectioned([tabledSections[0], ...Array.from({ length: count }, () => ({ number: '', text: 'Assistance to victims', at: firstOp + 12 })), ...tabledSections.slice(1)])
  it.each([
    ['at the end of the annex of A/RES/80/3', withAnnex([data, data]), withAnnex([data]), 'Delete the heading “Data and statistics” at the end of the annex'],
    ['before the heading of section II of 2388', before13(2), before13(1), 'Delete the heading “Assistance to victims” preceding operative paragraph 13'],
    ['two headings “II” of 2388 before OP13, the first numbered “I” by hand', headed(['I', I, 1], ['II', II, 13], ['II', II, 13], ['III', III, 27]), headed(['I', I, 1], ['I', II, 13], ['II', II, 13], ['III', III, 27]),
      'Replace the heading “Protection of victims” preceding operative paragraph 13 with the following: “I. Protection of victims”']
  ])('%s: one amendment, the list applies exactly, and accepting or rejecting it leaves nothing to amend', (_name, tabled, current, wording) => {
    expect(descriptions(tabled, current)).toEqual([wording])
    expect(roundTripProblemsInBoth(tabled, current)).toEqual([])
    const diff = diffDocuments(tabled, current)
    const [amendment] = amendmentsOf(diff)
    expect(amendmentsOf(diffDocuments(acceptChange(diff, amendment), current))).toEqual([])
    expect(amendmentsOf(diffDocuments(tabled, rejectChange(diff, amendment, new Transform(current)).doc))).toEqual([])
  })

  // Several of a run taken out, nothing else of it changed: each by the common label, each
  // taking out the first left (a random accept-all run with subheadings, seed 14171, left
  // two such headings side by side once the paragraph between them went).
  it.each([
    ['two of three before OP13 of 2388', before13(3), before13(1), 2],
    ['both before OP13 of 2388', before13(2), before13(0), 2]
  ])('%s: one amendment each, the list applies exactly, and accepting them one by one gives the amended text', (_name, tabled, current, count) => {
    expect(descriptions(tabled, current)).toEqual(Array.from({ length: count }, () => 'Delete the heading “Assistance to victims” preceding operative paragraph 13'))
    expect(roundTripProblemsInBoth(tabled, current)).toEqual([])
    let base = tabled
    for (let step = 0; step < count; step++) {
      const diff = diffDocuments(base, current)
      base = acceptChange(diff, amendmentsOf(diff)[0])
    }
    expect(amendmentsOf(diffDocuments(base, current))).toEqual([])
  })
})
