import { describe, expect, it } from 'vitest'
import { placedEdit, planTextEdits } from '../../../../shared/amend/placeEdits'
import { applyTextEdits } from '../../../../shared/amend/textEdits'
import { diffParagraphWords } from '../../../../shared/amend/wordDiff'
import { at, revise, rewordIn, templateParagraphs } from './revisions'
import { template2388 } from '../../../../shared/template'
import { readFileSync } from 'node:fs'
import { importResolution } from '../../../../shared/import'
import { buildResolution, readResolution, type FootnoteDraft } from '../../../../shared/schema'
import { compareDocuments } from '../../../../shared/amend/compare'
import { inFrench, roundTripProblem, roundTripProblemsInBoth } from './roundTrip'
import { SeededRandom } from '../../../bench/seededRandom'

const ps = templateParagraphs()
const pp1 = ps[at('PP1')].text, pp2 = ps[at('PP2')].text, pp7 = ps[at('PP7')].text, op1 = ps[at('OP1')].text, op4 = ps[at('OP4')].text, op18 = ps[at('OP18')].text

/// 2388's PP1 cites “resolution 2331 (2016)” (its spaces no-break ones); a follow-up cites both.
const cited = pp1.match(/resolution\s2331\s\(2016\)/)![0], extended = cited.replace('resolution', 'resolutions') + ' and 2388 (2017)'

const plan = (oldText: string, newText: string) => planTextEdits(oldText, newText, diffParagraphWords(oldText, newText))

describe('planTextEdits', () => {
  it.each([
    ['after a word found once', op4, op4.replace('related legislation', 'related legislation and policies'),
      [{ op: 'insert', after: { words: 'legislation' }, text: 'and policies' }]],
    ['after as many words as make the place unique', op4, op4.replace('armed and terrorist', 'armed and other terrorist'),
      [{ op: 'insert', after: { words: 'armed and' }, text: 'other' }]],
    ['removed words that place themselves', op4, op4.replace('impunity of offenders', 'impunity of perpetrators'),
      [{ op: 'replace', old: { words: 'offenders' }, text: 'perpetrators' }]],
    ['removed words found more than once, with the words before them', op18, op18.replace('children in armed conflict', 'children in conflict'),
      [{ op: 'delete', old: { words: 'armed' }, after: { words: 'in' } }]],
    ['a citation whole', pp1, pp1.replace('2331 (2016)', '2332 (2016)'),
      [{ op: 'replace', old: { words: '2331 (2016)' }, text: '2332 (2016)' }]],
    ['a document symbol whole', pp2, pp2.replace('S/2017/939', 'S/2017/940'),
      [{ op: 'replace', old: { words: 'S/2017/939' }, text: 'S/2017/940' }]],
    ['a percentage whole', 'Decides to allocate 15.5 per cent of the budget;', 'Decides to allocate 16.5 per cent of the budget;',
      [{ op: 'replace', old: { words: '15.5 per cent' }, text: '16.5 per cent' }]],
    ['no quote opening with a comma', op4, op4.replace('States, where appropriate, to', 'States to'),
      [{ op: 'replace', old: { words: 'States, where appropriate, to' }, text: 'States to' }]],
    ['words added after a date and the end of the paragraph deleted, in place', pp7,
      pp7.replace(/(27\s+September\s+2017)/, '$1 in its resolution 72/1').replace(/ to take decisive.*$/, ','),
      [{ op: 'insert', after: { words: '2017' }, text: 'in its resolution 72/1' }, { op: 'deleteEnd', after: { words: 'therein' } }]],
    ['a citation extended, one replacement where the changes make up most of the stretch', pp1, pp1.replace(cited, extended),
      [{ op: 'replace', old: { words: cited }, text: extended }]],
    ['two words replaced four words apart, apart', op4, op4.replace('review, amend', 'revise, amend').replace('related legislation', 'related regulations'),
      [{ op: 'replace', old: { words: 'review' }, text: 'revise' }, { op: 'replace', old: { words: 'legislation' }, text: 'regulations' }]],
    ['an adjective deleted and everything after a place replaced, in place', op1,
      op1.replace('Reaffirms its condemnation in the strongest terms', 'Reaffirms its condemnation').replace(/armed conflicts, .*$/, 'armed conflicts, and calls for their protection;'),
      [{ op: 'delete', old: { words: 'in the strongest terms' } }, { op: 'replaceEnd', after: { words: 'conflicts, and' }, text: 'calls for their protection;' }]]
  ])('places %s', (_name, oldText, newText, expected) => {
    const edits = plan(oldText, newText)
    expect(edits).toEqual(expected)
    const applied = applyTextEdits(oldText, edits ?? [])
    expect(applied.ok && applied.text).toBe(newText)
  })

  it.each([
    ['a word dropped before the name and the words after it replaced', 'Iraq and the Levant” (ISIL/Da’esh), including', 'Iraq the Levant” group including'],
    ['a word of the name and a word after it replaced, one word apart', 'Levant” (ISIL/Da’esh), including', 'Sham” (ISIL/Da’esh), notably']
  ])('no edits told as one across a quotation mark they leave alone (2388 operative paragraph 10, “the Levant”): %s, two edits whose list reads back and applies', (_name, from, to) => {
    const op10 = ps[at('OP10')].text
    expect(plan(op10, op10.replace(from, to))!.length).toBe(2)
    expect(roundTripProblemsInBoth(template2388(), revise(rewordIn('OP10', from, to)))).toEqual([])
  })

  it('A/C.3/80/L.63: the conference named in the thirteenth preambular paragraph of A/C.3/80/L.20 renamed in three places is one replacement, as the document words it', () => {
    const draft = importResolution(readFileSync(new URL('../../../corpus/amendments/A-C.3-80-L.61/draft-A-C.3-80-L.20.txt', import.meta.url), 'utf8'))
    if (!draft.ok) throw new Error(draft.error)
    const pp13 = readResolution(draft.doc).paragraphs.filter(p => p.kind === 'pp')[12].text
    const [tabled, amended] = ['fourth Global Conference on the Sustained Eradication of Child Labour, held in Buenos Aires from 14 to 16 November 2017', 'fifth Global Conference on the Elimination of Child Labour, held in Durban, South Africa, from 15 to 20 May 2022']
    expect(plan(pp13, pp13.replace(tabled, amended))).toEqual([{ op: 'replace', old: { words: tabled }, text: amended }])
  })

  it.each(['PP3', 'PP7', 'OP4', 'OP8', 'OP18'])('never quotes or puts in words that open with punctuation or a space, or end with a space or a comma, in %s of 2388', label => {
    const text = ps[at(label)].text
    const revisions = [
      text.replace(/([;.,])$/, ', and to consider further measures$1'),
      text.replace(/, /, ', in particular, '),
      text.replace(/ and /, ', and as appropriate, ')
    ]
    for (const revised of revisions) {
      const edits = plan(text, revised)!
      const applied = applyTextEdits(text, edits)
      expect(applied.ok && applied.text, revised).toBe(revised)
      const quoted = edits.flatMap(e => [..."after" in e && e.after ? [e.after.words] : [], ..."before" in e && e.before ? [e.before.words] : [], ..."old" in e ? [e.old.words] : [], ..."text" in e ? [e.text.replace(/[;.,:]$/, '')] : []])
      for (const q of quoted) expect(q, JSON.stringify(edits)).toMatch(/^[^\s,;:.)\]”’»](?:.*[^\s,])?$/su)
    }
  })

  it('amends a pair in place past its opening words, whatever was rewritten', () => {
    expect(plan(op1, 'Reaffirms its condemnation in the strongest terms of all instances of trafficking in persons in areas under the control of terrorist groups;'))
      .toEqual([{ op: 'replaceEnd', after: { words: 'instances of trafficking in persons' }, text: 'in areas under the control of terrorist groups;' }])
  })

  it('quotes a bounded context in a paragraph that repeats itself, in time linear in its length', () => {
    const cycle = 'states parties shall take measures to prevent and combat trafficking in persons and to protect victims of such trafficking in'
    const long = 'Decides that ' + Array.from({ length: 175 }, () => cycle).join(' ') + ' all cases;'
    const middle = long.indexOf('protect victims', long.length >> 1)
    const edited = long.slice(0, middle) + 'protect and assist victims' + long.slice(middle + 'protect victims'.length)
    const start = performance.now()
    const edits = plan(long, edited)!
    expect(performance.now() - start).toBeLessThan(500)
    expect(edits).toHaveLength(1)
    const quoted = JSON.stringify(edits[0])
    expect(quoted.length).toBeLessThan(200)
    expect(edits[0]).toMatchObject({ op: 'insert', text: 'and assist' })
    const applied = applyTextEdits(long, edits)
    expect(applied.ok && applied.text).toBe(edited)
  })
})

describe('placedEdit', () => {
  it.each([
    [{ op: 'insert', after: { words: 'legislation' }, text: 'and policies' }, { op: 'insert', before: 'legislation', text: 'and policies' }],
    [{ op: 'insert', text: 'and others' }, { op: 'insert', at: 'end', text: 'and others' }],
    [{ op: 'deleteEnd', after: { words: 'Transnational Organized Crime' } }, { op: 'delete', before: 'Transnational Organized Crime', old: ';' }]
  ] as const)('gives the JSON shape of %j', (edit, json) => {
    expect(placedEdit(op4, edit)).toEqual(json)
  })
})

/// Resolution 80/6 of the General Assembly, imported from its PDF text with its footnotes.
const ga806 = (() => {
  const imported = importResolution(readFileSync(new URL('../../../corpus/ga-80-6-pdf-extraction.txt', import.meta.url), 'utf8'))
  if (!imported.ok) throw new Error(imported.error)
  return imported.doc
})()

/// 80/6 with the footnotes of paragraph `index` (in the draft's flat list) changed.
function withFootnotes(index: number, change: (notes: readonly FootnoteDraft[]) => FootnoteDraft[]) {
  const draft = readResolution(ga806)
  draft.paragraphs[index] = { ...draft.paragraphs[index], footnotes: change(draft.paragraphs[index].footnotes ?? []) }
  return buildResolution(draft)
}

describe('footnotes put in or taken out', () => {
  const pp1Length = readResolution(ga806).paragraphs[0].text.length
  it.each([
    ['a footnote taken out after a word', ga806, withFootnotes(1, () => []),
      'In preambular paragraph 2, delete the footnote after the words “Court”',
      { op: 'delete', before: 'Court', footnote: 'United Nations, Treaty Series, vol. 2187, No. 38544.' }],
    ['a footnote put in after a word', withFootnotes(1, () => []), ga806,
      'In preambular paragraph 2, after the words “Court”, insert a footnote reading “United Nations, Treaty Series, vol. 2187, No. 38544.”',
      { op: 'insert', before: 'Court', footnote: 'United Nations, Treaty Series, vol. 2187, No. 38544.' }],
    ['a footnote after a comma, placed by the words before it', ga806, withFootnotes(8, () => []),
      'In preambular paragraph 9, delete the footnote after the words “and the International Criminal Court”',
      { op: 'delete', before: 'and the International Criminal Court', footnote: 'A/58/874 and A/58/874/Add.1.' }],
    ['the first of two footnotes taken out, the second keeping its note', ga806, withFootnotes(27, notes => notes.slice(1)),
      'In operative paragraph 14, delete the footnote after the words “Court”',
      { op: 'delete', before: 'Court', footnote: 'A/67/828-S/2013/210, annex.' }],
    ['a footnote put in after the final comma of a paragraph', ga806, withFootnotes(0, notes => [...notes, { at: pp1Length, text: 'See A/80/1.' }]),
      'In preambular paragraph 1, after the words “resolutions”, insert a footnote reading “See A/80/1.”',
      { op: 'insert', before: 'resolutions', footnote: 'See A/80/1.' }]
  ] as const)('words %s, and applies back exactly', (_name, base, current, description, json) => {
    const [change] = compareDocuments(base, current).changes
    expect(change.description).toBe(description)
    expect(change.edits).toEqual([json])
    expect(roundTripProblemsInBoth(base, current)).toEqual([])
  })

  /// 80/6 with paragraph `index` (flat list) replaced by `change` of it.
  const withParagraph = (index: number, change: (p: ReturnType<typeof readResolution>['paragraphs'][number]) => ReturnType<typeof readResolution>['paragraphs']) => {
    const draft = readResolution(ga806)
    draft.paragraphs.splice(index, 1, ...change(draft.paragraphs[index]))
    return buildResolution(draft)
  }

  it.each([
    ['a note that reads otherwise, its reference kept', ga806, withFootnotes(8, notes => notes.map(n => ({ ...n, text: 'A/58/874, A/58/874/Add.1 and A/58/874/Corr.1.' }))),
      'In preambular paragraph 9, replace the footnote after the words “and the International Criminal Court” with a footnote reading “A/58/874, A/58/874/Add.1 and A/58/874/Corr.1.”',
      'Au neuvième alinéa du préambule, remplacer la note de bas de page qui suit les mots « and the International Criminal Court » par une note ainsi libellée : « A/58/874, A/58/874/Add.1 and A/58/874/Corr.1. »'],
    ['a new paragraph with the footnote of the paragraph it copies', ga806, withParagraph(8, p => [p, { ...p, text: p.text.replace('appreciation to', 'appreciation also to'), footnotes: p.footnotes!.map(n => ({ ...n, at: n.at + ' also'.length })) }]),
      'After preambular paragraph 9, insert a new paragraph reading: “Expressing its appreciation also to the Secretary-General for providing effective and efficient assistance to the International Criminal Court in accordance with the Relationship Agreement between the United Nations and the International Criminal Court,”, with a footnote after the words “and the International Criminal Court” reading “A/58/874 and A/58/874/Add.1.”',
      'Après le neuvième alinéa du préambule, insérer le nouvel alinéa suivant, avec une note de bas de page après les mots « and the International Criminal Court » ainsi libellée : « A/58/874 and A/58/874/Add.1. » :'],
    ['a paragraph replaced whole, its new footnote with it', ga806, withParagraph(8, p => [{ ...p, text: 'Noting the annual reports of the Court to the United Nations,', lead: 0, footnotes: [{ at: 'Noting the annual reports of the Court'.length, text: 'A/80/312.' }] }]),
      'Replace preambular paragraph 9 with the following: “Noting the annual reports of the Court to the United Nations,”, with a footnote after the words “Court” reading “A/80/312.”',
      'Le neuvième alinéa du préambule se lira comme suit, avec une note de bas de page après le mot « Court » ainsi libellée : « A/80/312. » :'],
    ['the end words and the note of a paragraph changed, its reference kept at the end', ga806, withParagraph(8, p => {
      const text = p.text.replace(/ between the United Nations .*$/, ' and its annexes,')
      return [{ ...p, text, footnotes: [{ at: text.length, text: 'A/58/874, annex.' }] }]
    }),
      'In preambular paragraph 9, replace the words “between the United Nations and the International Criminal Court” with “and its annexes”; and replace the footnote after the words “and the International Criminal Court” with a footnote reading “A/58/874, annex.”',
      'Au neuvième alinéa du préambule, remplacer les mots « between the United Nations and the International Criminal Court » par « and its annexes » ; et remplacer la note de bas de page qui suit les mots « and the International Criminal Court » par une note ainsi libellée : « A/58/874, annex. »'],
    ['words put in with a footnote of their own', ga806, withParagraph(3, p => {
      const text = p.text.replace('Rome Statute,', 'Rome Statute and of its amendments on the crime of aggression,')
      return [{ ...p, text, footnotes: [{ at: text.length, text: 'C.N.651.2010.TREATIES-8.' }] }]
    }),
      'In preambular paragraph 4, replace the existing text after the words “Statute” by the following: “and of its amendments on the crime of aggression,”, with a footnote after the words “aggression” reading “C.N.651.2010.TREATIES-8.”',
      'Au quatrième alinéa du préambule, remplacer le texte qui suit le mot « Statute » par ce qui suit : « and of its amendments on the crime of aggression, », avec une note de bas de page après le mot « aggression » ainsi libellée : « C.N.651.2010.TREATIES-8. »']
  ] as const)('words %s, and applies it back exactly', (_name, base, current, negotiation, officialFrench) => {
    const [change] = compareDocuments(base, current).changes
    expect(change.description).toBe(negotiation)
    expect(compareDocuments(inFrench(base), inFrench(current), 'official').changes[0].description.replace(/\u00a0/g, ' '), officialFrench).toContain(officialFrench)
    expect(roundTripProblemsInBoth(base, current)).toEqual([])
  })

  it('applies back exactly over 100 seeded sets of one to four footnotes put in, taken out or reworded, and paragraphs with footnotes put in, in 80/6, in both registers and languages', () => {
    const draft = readResolution(ga806)
    for (let seed = 1; seed <= 100; seed++) {
      const r = new SeededRandom(seed)
      const paragraphs = draft.paragraphs.map(p => ({ ...p }))
      for (let n = r.between(1, 4); n > 0; n--) {
        const i = r.int(paragraphs.length), p = paragraphs[i], notes = p.footnotes ?? []
        const action = r.int(4)
        if (notes.length && action === 0) {
          const gone = r.int(notes.length)
          paragraphs[i] = { ...p, footnotes: notes.filter((_note, k) => k !== gone) }
        } else if (notes.length && action === 1) {
          const changed = r.int(notes.length)
          paragraphs[i] = { ...p, footnotes: notes.map((note, k) => k === changed ? { ...note, text: `${note.text} See also A/80/${seed}.` } : note) }
        } else if (notes.length && action === 2) {
          paragraphs.splice(i + 1, 0, { ...p, text: p.text.replace(/^(\S+)/, '$1 further'), lead: 0, footnotes: notes.map(note => ({ ...note, at: note.at + ' further'.length })) })
        } else {
          const ends = [...p.text.matchAll(/[\p{L}\p{N})][,;.:]?(?= )/gu)].map(m => m.index! + m[0].length).filter(at => !notes.some(note => note.at === at))
          if (ends.length) paragraphs[i] = { ...p, footnotes: [...notes, { at: r.pick(ends), text: `See document A/80/${seed}.` }] }
        }
      }
      const current = buildResolution({ ...draft, paragraphs })
      expect(compareDocuments(ga806, current).changes.length).toBeGreaterThan(0)
      const style = seed % 2 ? 'negotiation' : 'official'
      const problem = seed % 4 < 2 ? roundTripProblem(ga806, current, style) : roundTripProblem(inFrench(ga806), inFrench(current), style)
      expect(problem, `seed ${seed}`).toBeNull()
    }
  })
})
