import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { buildResolution, readResolution, type ResolutionDraft, type SectionDraft } from '../../../../shared/schema'
import { importResolution } from '../../../../shared/import'
import { template2388 } from '../../../../shared/template'
import { diffDocuments } from '../../../../shared/amend/diffDocuments'
import { headingChangesOf } from '../../../../shared/amend/sectionHeadings'
import { amendmentsOf } from '../../../../shared/amend/amendments'
import { compareDocuments } from '../../../../shared/amend/compare'
import { readAmendments } from '../../../../shared/amend/readAmendments'
import { applyAmendments } from '../../../../shared/amend/applyAmendments'
import { acceptAllChanges, acceptChange, rejectAllChanges, rejectChange } from '../../../../shared/amend/accept'
import { inFrench, roundTripProblem } from './roundTrip'

/// 2388's operative part set out in three sections, as a long General Assembly text is:
/// I from OP1, II from OP13, III from OP27.
const draft = readResolution(template2388())
const firstOp = draft.paragraphs.findIndex(p => p.kind === 'op')
const tabledSections: SectionDraft[] = [
  { number: 'I', text: 'Prevention of trafficking in persons', at: firstOp },
  { number: 'II', text: 'Protection of victims', at: firstOp + 12 },
  { number: 'III', text: 'Follow-up', at: firstOp + 26 }
]
const sectioned = (sections: SectionDraft[], d: ResolutionDraft = draft) => buildResolution({ ...d, sections })
const base = sectioned(tabledSections)
const withHeading = (k: number, text: string, number = tabledSections[k].number) => sectioned(tabledSections.map((h, i) => i === k ? { ...h, number, text } : h))

/// The GA case with an annex in two sections (I. Shared commitments, II. Action).
const imported = importResolution(readFileSync(new URL('../../../cases/import/annex-footnotes.txt', import.meta.url), 'utf8'))
if (!imported.ok) throw new Error(imported.error)
const annexed = imported.doc
const annexDraft = readResolution(annexed)
const withAnnexHeading = (number: string, text: string) => buildResolution({
  ...annexDraft,
  annexes: annexDraft.annexes!.map(a => ({ ...a, sections: a.sections!.map(h => h.number === number ? { ...h, text } : h) }))
})

const descriptions = (from: Node, to: Node, style: 'negotiation' | 'official' = 'negotiation') => compareDocuments(from, to, style).changes.map(c => c.description)

describe('a changed section heading is an amendment', () => {
  it('is found at its place among the part’s headings, named S2 in a comparison and “section II” in amendments', () => {
    const changes = headingChangesOf(diffDocuments(base, withHeading(1, 'Protection of victims and survivors')))
    expect(changes.map(c => [c.label, c.target, c.ordinal, c.base.text, c.current.text])).toEqual([['S2', 'section II', 2, 'Protection of victims', 'Protection of victims and survivors']])
    expect(headingChangesOf(diffDocuments(annexed, withAnnexHeading('II', 'Joint action'))).map(c => [c.label, c.target])).toEqual([['A1.S2', 'A1.section II']])
  })

  it.each([
    ['spaces only', withHeading(1, ' Protection  of victims ')],
    ['renumbered (out of scope)', withHeading(1, 'Protection of survivors', 'B')],
    ['a heading added (out of scope)', sectioned([...tabledSections, { number: 'IV', text: 'Final provisions', at: firstOp + 30 }])],
    ['a heading removed (out of scope)', sectioned(tabledSections.slice(0, 2))]
  ])('is not found when the heading changed in %s', (_name, current) => {
    expect(headingChangesOf(diffDocuments(base, current))).toEqual([])
  })

  it.each([
    ['negotiation', 'en', 'In the heading of section II, at the end of the heading, add “and survivors”'],
    ['official', 'en', 'In the heading of section II, at the end of the heading, add “and survivors”'],
    ['negotiation', 'fr', 'Dans l’intitulé de la section II, à la fin de l’intitulé, ajouter « and survivors »'],
    ['official', 'fr', 'Dans l’intitulé de la section II, à la fin de l’intitulé, ajouter « and survivors »']
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
    for (const style of ['negotiation', 'official'] as const) {
      expect(roundTripProblem(annexed, current, style)).toBeNull()
      expect(roundTripProblem(inFrench(annexed), inFrench(current), style)).toBeNull()
    }
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

  it('is read back from the official variants and from French, and refused when deleted, moved or named as a place', () => {
    const list = [
      '1. Amend the heading of section II to read as follows: “Protection of victims and survivors”',
      '2. In the heading of section III, replace the word “Follow-up” with “Review”.',
      '3. Delete the heading of section I.',
      '4. After the heading of section I, insert the following paragraph: “Decides to act;”',
      '5. In the heading of section IV, replace the word “Follow-up” with “Review”.',
      '6. In the heading of section I, delete the words “Prevention of trafficking in persons”.'
    ].join('\n')
    const read = readAmendments(list)
    expect(read[3]).toMatchObject({ number: '4', ok: false, error: 'places a new paragraph by a section heading; only paragraphs are named as places' })
    const applied = applyAmendments(base, read.map(a => a.ok ? a.operations : []))
    expect(readResolution(applied.doc).sections!.map(h => `${h.number}. ${h.text}`)).toEqual(['I. Prevention of trafficking in persons', 'II. Protection of victims and survivors', 'III. Review'])
    expect(applied.refused).toEqual([
      { amendment: 3, reason: 'names the heading of section I as a paragraph; a heading can only be amended in its words' },
      { amendment: 5, reason: 'names the heading of section IV, which the text as tabled lacks' },
      { amendment: 6, reason: 'leaves the heading of section I with no words; write the new words instead' }
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
