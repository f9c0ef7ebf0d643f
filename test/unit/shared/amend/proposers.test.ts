import { describe, expect, it } from 'vitest'
import { template2388 } from '../../../../shared/template'
import { blameVersions } from '../../../../shared/amend/proposers'
import { diffDocuments } from '../../../../shared/amend/diffDocuments'
import { all, insertAfter, remove, revise, rewordIn } from './revisions'
import { titleChangesOf } from '../../../../shared/amend/titles'
import { compareDocuments } from '../../../../shared/amend/compare'
import { buildResolution, readResolution } from '../../../../shared/schema'
import { headingChangesOf } from '../../../../shared/amend/sectionHeadings'
import { draft2388, firstOp, renumbered, sectioned, sections2388 } from './sectionedTexts'

const base = template2388()
const policies = rewordIn('OP4', 'related legislation', 'related legislation and policies')
const perpetrators = rewordIn('OP4', 'impunity of offenders', 'impunity of perpetrators')
const newOp = insertAfter('OP20', { kind: 'op', lead: 7, text: 'Decides to convene a high-level meeting on trafficking in persons;', pid: 'new-op' })
/// France adds “and policies” to OP4; Norway changes “offenders” and deletes PP3; Chile
/// adds an OP; the current text has all of it.
const versions = [
  { author: 'France', doc: revise(policies, { base }) },
  { author: 'Norway', doc: revise(all(policies, perpetrators, remove('PP3')), { base }) },
  { author: 'Chile', doc: revise(all(policies, perpetrators, newOp, remove('PP3')), { base }) }
]
const diff = diffDocuments(base, versions[2].doc)
const blame = blameVersions(base, versions)
const entry = (label: string) => diff.entries.find(e => (e.base ?? e.current)!.label === label && (e.status !== 'unchanged'))!

describe('blameVersions', () => {
  it.each([['PP3', 'Norway'], ['OP4', 'France'], ['OP21', 'Chile']])('finds who first changed %s: %s', (label, author) => {
    expect(blame.paragraph(entry(label))).toBe(author)
  })

  it.each([
    ['the words France added', 'related legislation', ['France']],
    ['the word Norway changed', 'offenders', ['Norway']],
    ['the whole paragraph', '', ['France', 'Norway']]
  ])('names the proposers of %s', (_name, words, authors) => {
    const op4 = entry('OP4'), text = op4.base!.text
    const from = words ? text.indexOf(words) : 0, to = words ? from + words.length : text.length
    expect(blame.words(op4, from, to)).toEqual(authors)
  })

  it('finds who first changed the title, and compare --json names them', () => {
    const retitled = (doc: typeof base, title: string) => { const draft = readResolution(doc); return buildResolution({ ...draft, meta: { ...draft.meta, title } }) }
    const titled = [{ author: 'France', doc: retitled(versions[0].doc, ' ') }, { author: 'Norway', doc: retitled(versions[1].doc, 'Trafficking in persons in armed conflict') }, { author: 'Chile', doc: retitled(versions[2].doc, 'Trafficking in persons in armed conflict') }]
    const [change] = titleChangesOf(diffDocuments(base, titled[2].doc))
    expect(blameVersions(base, titled).title(change)).toBe('Norway')
    const json = compareDocuments(base, titled[2].doc, 'negotiation', blameVersions(base, titled))
    expect(json.changes.find(c => c.from === 'title')?.proposers).toEqual(['Norway'])
  })
})

/// Heading changes are followed by the heading's words and place, never its printed number,
/// which another delegation's heading put in or taken out changes; a move by the next
/// paragraph the current text keeps. 2388 in sections I (OP1), II (OP13), III (OP27).
describe('blaming heading changes', () => {
  const [I, II, III] = sections2388
  const fresh = { number: 'I', text: 'General provisions', at: firstOp }
  const withoutOp13 = { ...draft2388, paragraphs: draft2388.paragraphs.filter((_p, i) => i !== firstOp + 12) }
  const tabledText = sectioned(sections2388)
  it.each([
    ['France puts a heading before section I; Chile deletes heading II', renumbered([fresh, I, II, III]), renumbered([fresh, I, III]), [['deleted', 'Chile'], ['inserted', 'France']]],
    ['France puts a heading before section I; Chile rewords heading III', renumbered([fresh, I, II, III]), renumbered([fresh, I, II, { ...III, text: 'Follow-up and review' }]), [['inserted', 'France'], ['modified', 'Chile']]]
  ])('%s', (_name, france, chile, want) => {
    const versions = [{ author: 'France', doc: sectioned(france) }, { author: 'Chile', doc: sectioned(chile) }]
    const blame = blameVersions(tabledText, versions)
    const changes = headingChangesOf(diffDocuments(tabledText, versions[1].doc)).filter(c => c.kind !== 'moved')
    expect(changes.map(c => [c.kind, blame.heading(c)])).toEqual(want)
  })

  it.each([
    ['before OP15', firstOp + 13],
    ['after OP16', firstOp + 15]
  ])('France deletes OP13, the first of section II; Chile moves heading II %s: the move is Chile’s', (_name, at) => {
    const france = sectioned([I, { ...II, at: firstOp + 12 }, { ...III, at: firstOp + 25 }], withoutOp13)
    const chile = sectioned([I, { ...II, at }, { ...III, at: firstOp + 25 }], withoutOp13)
    const blame = blameVersions(tabledText, [{ author: 'France', doc: france }, { author: 'Chile', doc: chile }])
    const diff = diffDocuments(tabledText, chile)
    const moves = [...headingChangesOf(diff).filter(c => c.kind === 'moved').map(c => blame.heading(c)), ...diff.entries.filter(e => e.moved).map(e => blame.paragraph(e))]
    expect(moves.length).toBeGreaterThan(0)
    expect(new Set(moves)).toEqual(new Set(['Chile']))
    expect(blame.paragraph(diff.entries.find(e => e.status === 'deleted')!)).toBe('France')
  })
})
