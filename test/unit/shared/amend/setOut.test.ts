import { describe, expect, it } from 'vitest'
import type { Node } from 'prosemirror-model'
import { buildResolution, readResolution, type ParagraphDraft } from '../../../../shared/schema'
import { diffDocuments } from '../../../../shared/amend/diffDocuments'
import { amendmentsOf } from '../../../../shared/amend/amendments'
import { setOutParagraphs } from '../../../../shared/amend/setOut'
import { describeAmendment } from '../../../../shared/amend/describe'
import { compareDocuments } from '../../../../shared/amend/compare'
import { blameVersions } from '../../../../shared/amend/proposers'
import { importedText } from './sectionedTexts'
import { roundTripProblemsInBoth } from './roundTrip'

/// Operative paragraph 13 of test/corpus/amendments/own/draft.txt (2388 with (a)–(c)) and
/// operative paragraph 24 of the real draft A/80/L.25, which has no subparagraphs.
const own = importedText('../../../corpus/amendments/own/draft.txt')
const l25 = importedText('../../../corpus/amendments/A-80-L.30/draft-A-80-L.25.txt')
const op13 = 'Calls upon Member States to enhance the capabilities of professionals interacting with persons forcibly displaced by armed conflict, including refugees, to identify victims or persons vulnerable to trafficking, in particular:'
const atRisk = op13.replace('or persons vulnerable to trafficking', 'or persons at risk')
const urges = 'Urges Member States to train professionals who work with refugees and displaced persons to recognize the signs of trafficking, in particular:'
const [lawEnforcement, criminalJustice, reception] = ['Law enforcement and border control officials;', 'Criminal justice systems personnel;', 'Personnel of refugee and displaced persons reception facilities;']
const sub = (text: string, level = 1): ParagraphDraft => ({ kind: 'sub', level, lead: 0, text })

/// `doc` with the OP numbered `n` and its subparagraphs given way to `lead` and `subs`,
/// moved to follow the OP numbered `after` when given.
function rewrite(doc: Node, n: number, lead: string | null, subs: readonly ParagraphDraft[], after?: number): Node {
  const draft = readResolution(doc)
  const ops = draft.paragraphs.flatMap((p, i) => p.kind === 'op' ? [i] : [])
  const start = ops[n - 1]!
  let end = start + 1
  while (draft.paragraphs[end]?.kind === 'sub') end++
  const paragraphs = draft.paragraphs.slice()
  const [head] = paragraphs.splice(start, end - start, draft.paragraphs[start]!, ...subs)
  paragraphs[start] = { ...head!, text: lead ?? head!.text }
  if (after != null) {
    const group = paragraphs.splice(start, 1 + subs.length)
    const to = paragraphs.findIndex(p => p.text === draft.paragraphs[ops[after - 1]!]!.text)
    let at = to + 1
    while (paragraphs[at]?.kind === 'sub') at++
    paragraphs.splice(at, 0, ...group)
  }
  return buildResolution({ ...draft, paragraphs })
}

describe('setOutParagraphs', () => {
  it.each([
    ['the lead-in and every subparagraph rewritten', own, rewrite(own, 13, urges, [sub('Police, coastguard and immigration officers;'), sub('Prosecutors and judges;')]), 1,
      `Paragraph 13 should read:\n${urges}\n(a) Police, coastguard and immigration officers;\n(b) Prosecutors and judges;`],
    ['the lead-in kept, its subparagraphs given way to others, one a level down', own, rewrite(own, 13, null, [sub('Labour inspectors, including:'), sub('Consular staff;', 2), sub('Prosecutors and judges;')]), 1,
      `Paragraph 13 should read:\n${op13}\n(a) Labour inspectors, including:\n(i) Consular staff;\n(b) Prosecutors and judges;`],
    ['a tabled subparagraph reworded among new ones', own, rewrite(own, 13, urges, [sub('Law enforcement officials and coastguards;'), sub('Prosecutors and judges;')]), 1,
      `Paragraph 13 should read:\n${urges}\n(a) Law enforcement officials and coastguards;\n(b) Prosecutors and judges;`],
    ['A/80/L.25: a paragraph that had none given two', l25, rewrite(l25, 24, 'Calls upon Member States and the international community:', [sub('To provide adequate resources for disaster risk reduction;'), sub('To strengthen national and local capacities;')]), 1,
      'Paragraph 24 should read:\nCalls upon Member States and the international community:\n(a) To provide adequate resources for disaster risk reduction;\n(b) To strengthen national and local capacities;'],
    ['moved as well', own, rewrite(own, 13, atRisk, [sub('Police, coastguard and immigration officers;'), sub('Prosecutors and judges;')], 15), 1,
      `Move paragraph 13 to follow paragraph 15 and replace it with the following:\n${atRisk}\n(a) Police, coastguard and immigration officers;\n(b) Prosecutors and judges;`]
  ])('%s: one amendment that sets it out, read back and applied exactly', (_name, base, current, count, wording) => {
    const diff = diffDocuments(base, current)
    const setOut = amendmentsOf(diff).filter(a => a.setOut)
    expect(setOut.length).toBe(count)
    expect(describeAmendment(setOut[0]!, diff, 'official').replace(/\n\s*/g, '\n')).toBe(wording)
    expect(roundTripProblemsInBoth(base, current)).toEqual([])
  })

  it.each([
    ['one subparagraph kept as it was', rewrite(own, 13, urges, [sub(lawEnforcement), sub('Prosecutors and judges;'), sub(reception)]), 3],
    ['two changes only: the lead-in and one subparagraph put in', rewrite(own, 13, urges, [sub(lawEnforcement), sub(criminalJustice), sub(reception), sub('Prosecutors and judges;')]), 2],
    ['only words changed, every subparagraph in its place', rewrite(own, 13, urges, [sub('Law enforcement officials;'), sub('Criminal justice personnel;'), sub('Personnel of reception facilities;')]), 4]
  ])('%s: amended piece by piece', (_name, current, count) => {
    const diff = diffDocuments(own, current)
    expect(setOutParagraphs(diff).size).toBe(0)
    expect(amendmentsOf(diff).length).toBe(count)
    expect(roundTripProblemsInBoth(own, current)).toEqual([])
  })

  it('a subparagraph moved in from another paragraph stays its own amendment, so the paragraph is amended piece by piece', () => {
    const draft = readResolution(own)
    const paragraphs = draft.paragraphs.slice()
    const at = paragraphs.findIndex(p => p.text === op13)
    const [moved] = paragraphs.splice(at + 3, 1)
    paragraphs.splice(at + 1, 2, sub('Prosecutors and judges;'), sub('Consular staff;'))
    const op14 = paragraphs.findIndex((p, i) => i > at && p.kind === 'op')
    paragraphs[op14] = { ...paragraphs[op14]!, text: paragraphs[op14]!.text.replace(/;$/, ':') }
    paragraphs.splice(op14 + 1, 0, moved!)
    const current = buildResolution({ ...draft, paragraphs })
    const diff = diffDocuments(own, current)
    expect(setOutParagraphs(diff).size).toBe(0)
    expect(roundTripProblemsInBoth(own, current)).toEqual([])
  })

  it('in `compare --json` over versions: the change and its edit name who rewrote the lead-in and who rewrote the subparagraphs', () => {
    const mexico = rewrite(own, 13, null, [sub('Labour inspectors, including:'), sub('Consular staff;', 2), sub('Prosecutors and judges;')])
    const chile = rewrite(mexico, 13, atRisk, readResolution(mexico).paragraphs.filter(p => p.kind === 'sub' && /^(Labour|Consular|Prosecutors)/.test(p.text)))
    const blame = blameVersions(own, [{ author: 'Mexico', doc: mexico }, { author: 'Chile', doc: chile }])
    const [change] = compareDocuments(own, chile, 'official', blame).changes.filter(c => c.from === 'OP13')
    expect([change.proposers, change.edits!.map(e => e.proposers)]).toEqual([['Chile', 'Mexico'], [['Chile', 'Mexico']]])
    const alone = compareDocuments(own, mexico, 'official', blameVersions(own, [{ author: 'Mexico', doc: mexico }])).changes.filter(c => c.from === 'OP13')
    expect(alone.map(c => c.proposers)).toEqual([['Mexico']])
  })

  it('in `compare --json`: one change of the paragraph, its words and subparagraphs a line each as tabled and as amended', () => {
    const current = rewrite(own, 13, urges, [sub('Police, coastguard and immigration officers;'), sub('Prosecutors and judges;')])
    const changes = compareDocuments(own, current, 'official').changes.filter(c => c.from === 'OP13')
    expect(changes.map(c => [c.kind, c.to, c.edits])).toEqual([['modified', 'OP13', [{
      op: 'replace',
      old: [op13, lawEnforcement, criminalJustice, reception].join('\n'),
      text: [urges, 'Police, coastguard and immigration officers;', 'Prosecutors and judges;'].join('\n')
    }]]])
  })
})
