import { describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Node } from 'prosemirror-model'
import { importResolution } from '../../../../shared/import'
import { exportPlainText } from '../../../../shared/export'
import { buildResolution, readResolution, summarizeResolution } from '../../../../shared/schema'
import { runCli } from '../../../support/cli'
import { compareDocuments } from '../../../../shared/amend/compare'
import { roundTripProblemsInBoth } from './roundTrip'
import { readAmendments } from '../../../../shared/amend/readAmendments'
import { applyAmendments } from '../../../../shared/amend/applyAmendments'

const corpus = (path: string) => readFileSync(new URL(`../../../corpus/amendments/${path}`, import.meta.url), 'utf8')

function imported(path: string): Node {
  const result = importResolution(corpus(path))
  if (!result.ok) throw new Error(result.error)
  return result.doc
}

describe('amendment documents of the corpus', () => {
  it.each(['official-en.txt', 'official-fr.txt'])('own/%s, every official form in English or French, gives the amended text exactly', name => {
    const read = readAmendments(corpus(`own/${name}`))
    expect(read.map(a => a.ok ? 'read' : a.error)).toEqual(Array(20).fill('read'))
    const applied = applyAmendments(imported('own/draft.txt'), read.map(a => a.ok ? a.operations : []))
    expect([applied.refused, applied.nearMisses]).toEqual([[], []])
    expect(exportPlainText(applied.doc)).toBe(exportPlainText(imported('own/amended.txt')))
  })

  it('A/789 (1948): every amendment read, in the forms of the time', () => {
    const read = readAmendments(corpus('A-789/amendments.txt'))
    expect(read.map(a => [a.number, a.line])).toEqual([['1', 5], ['2', 10], ['3', 12], ['4', 14], ['5', 18], ['6', 21]])
    const ops = read.map(a => a.ok ? a.operations : a.error)
    expect(ops[0]).toEqual([
      { kind: 'delete', label: 'PP1' }, { kind: 'delete', label: 'PP2' }, { kind: 'delete', label: 'PP3' }, { kind: 'delete', label: 'PP4' },
      { kind: 'insert', at: { where: 'first', part: 'pp' }, paragraphs: [{ kind: 'pp', level: 0, text: 'HAVING CONSIDERED FURTHER the situation in Palestine' }] }
    ])
    expect(ops.slice(1, 3)).toEqual([[{ kind: 'delete', label: 'OP2(c)' }], [{ kind: 'delete', label: 'OP3' }]])
    expect(ops[3]).toEqual([
      { kind: 'edit', label: 'OP5', edits: [{ op: 'replace', old: { words: 'through' }, text: 'with' }] },
      { kind: 'check', label: 'OP5', text: expect.stringMatching(/^CALLS UPON the Governments .* either with the Conciliation Commission or directly .*between them;$/) }
    ])
    expect(ops[4]).toEqual([{ kind: 'edit', label: 'OP10', edits: [{ op: 'delete', old: { words: expect.stringMatching(/^in this connexion, .* should be taken into account$/) } }] }])
    expect(ops[5]).toEqual([{ kind: 'edit', label: 'OP11', edits: [{ op: 'delete', old: { words: 'ENDORSES the conclusions stated in part one, section VIII, paragraph 4(i), of the Progress Report of the United Nations Mediator in Palestine;' } }] }])
  })

  /// A/80/L.35 (Belarus) amends the draft A/80/L.27 on the Chernobyl disaster
  /// (README.md): a word replaced in the title and every paragraph at once, four
  /// operative paragraphs deleted by their numbers in one amendment, and a slip that only
  /// the order of the list makes: amendment 5 quotes the title of the agenda sub-item with
  /// “Chornobyl”, which amendment 1 has already replaced in every paragraph.
  describe('A/80/L.35 applied to its draft A/80/L.27', () => {
    const draft = imported('A-80-L.35/draft-A-80-L.27.txt')
    const read = readAmendments(corpus('A-80-L.35/amendments.txt'))
    const lists = read.map(a => a.ok ? a.operations : [])
    const paragraph = (doc: Node, label: string) => summarizeResolution(doc).paragraphs.find(p => p.label === label)!.text

    it('reads the five amendments: a replacement everywhere and a list of paragraphs deleted by number', () => {
      expect([summarizeResolution(draft).preambular, summarizeResolution(draft).operative, summarizeResolution(draft).footnotes?.length]).toEqual([7, 14, 3])
      expect(read.map(a => [a.number, a.line])).toEqual([['1', 35], ['2', 38], ['3', 40], ['4', 42], ['5', 44]])
      expect(lists[0]).toEqual([{ kind: 'replaceEverywhere', old: 'Chornobyl', text: 'Chernobyl', parts: ['title', 'pp', 'op'] }])
      expect(lists[3]).toEqual(['OP5', 'OP6', 'OP10', 'OP13'].map(label => ({ kind: 'delete', label })))
    })

    it('applies four exactly and reports amendment 5, whose quote amendment 1 already changed, with the closest text', () => {
      const applied = applyAmendments(draft, lists)
      expect(applied.refused).toEqual([])
      expect(applied.nearMisses.map(m => [m.amendment, m.paragraph, m.closest.endsWith('consequences of the Chernobyl disaster')])).toEqual([[5, 'OP14', true]])
      const amended = applied.doc
      expect([summarizeResolution(amended).preambular, summarizeResolution(amended).operative]).toEqual([7, 10])
      expect(readResolution(amended).meta.title).toBe('Strengthening of international cooperation and coordination of efforts to study, mitigate and minimize the consequences of the Chernobyl disaster')
      expect(exportPlainText(amended)).not.toContain('Chornobyl')
      expect(paragraph(amended, 'PP2')).toContain('on the closure of the Chernobyl nuclear power plant, and taking note')
      expect(paragraph(amended, 'PP4')).toContain('recovery of Chernobyl-affected territories')
      expect(paragraph(amended, 'PP5')).toContain('observed on 26 April, and stressing its significance')
      expect(paragraph(amended, 'OP1')).toBe('Takes note of the report of the Secretary-General on the persistent legacy of the Chernobyl disaster;')
      expect(paragraph(amended, 'OP6')).toContain('keep post-Chernobyl recovery issues')
      expect(summarizeResolution(amended).paragraphs.filter(p => p.label.startsWith('OP')).map(p => p.text.split(' ')[0])).toEqual([
        'Takes', 'Greatly', 'Acknowledges', 'Stresses', 'Encourages', 'Requests', 'Recognizes', 'Invites', 'Requests', 'Requests'])
      expect(summarizeResolution(amended).footnotes?.map(f => f.text)).toEqual(['A/80/395.', 'Resolution 70/1.', 'Resolution 69/283, annex II.'])
    })

    it('penholder apply: exit 1 and nothing written for the near-miss, exit 0 with --accept-near-misses', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'penholder-l35-'))
      const path = (name: string) => new URL(`../../../corpus/amendments/A-80-L.35/${name}`, import.meta.url).pathname
      try {
        const target = join(folder, 'amended.penholder')
        const strict = await runCli('apply', path('draft-A-80-L.27.txt'), path('amendments.txt'), '-o', target)
        expect([strict.code, existsSync(target)]).toEqual([1, false])
        expect(strict.err).toMatch(/^penholder: .*amendments\.txt: amendment 5 \(line 44\): “Strengthening .* the Chornobyl disaster” is not in operative paragraph 14 as written; closest: “Strengthening .* the Chernobyl disaster”\npenholder: nothing written: 1 near-miss; /)
        const accepted = await runCli('apply', path('draft-A-80-L.27.txt'), path('amendments.txt'), '-o', target, '--accept-near-misses')
        expect([accepted.code, accepted.out]).toEqual([0, `${target}: 5 amendments applied to ${path('draft-A-80-L.27.txt')}, 1 of them to the closest text found\n`])
      } finally {
        rmSync(folder, { recursive: true, force: true })
      }
    }, 60_000)
  })

  /// Three more amendments of the United States to A/80/L.25 (A-80-L.30/), each a
  /// document of one unnumbered amendment.
  describe('A/80/L.31, L.32 and L.33 applied to the draft A/80/L.25', () => {
    const draft = imported('A-80-L.30/draft-A-80-L.25.txt')
    const applied = (symbol: string) => {
      const read = readAmendments(corpus(`${symbol}/amendments.txt`))
      expect(read.map(a => a.ok || a.error)).toEqual([true])
      return applyAmendments(draft, read.map(a => a.ok ? a.operations : []))
    }
    const op = (doc: Node, n: number) => readResolution(doc).paragraphs.filter(p => p.kind === 'op')[n - 1]

    it('A/80/L.31: one amendment over two lines, its words with a reference to the document’s own ** note, which becomes their footnote', () => {
      const result = applied('A-80-L.31')
      expect([result.refused, result.nearMisses]).toEqual([[], []])
      const op68 = op(result.doc, 68)
      expect(op68.text).toContain('including sexual and reproductive health in accordance with the Programme of Action of the International Conference on Population and Development and its review outcomes as adopted by the General Assembly, education and protection,')
      expect(op68.footnotes).toEqual([{ at: op68.text.indexOf('Development and its review') + 'Development'.length, text: 'Report of the International Conference on Population and Development, Cairo, 5– 13 September 1994 (United Nations publication, Sales No. E.95.XIII.18), chap. I, resolution 1, annex.' }])
    })

    it('A/80/L.32: words replaced in operative paragraph 69', () => {
      const result = applied('A-80-L.32')
      expect([result.refused, result.nearMisses]).toEqual([[], []])
      expect(op(draft, 69).text).toContain('sexual and reproductive')
      expect(op(result.doc, 69).text).toBe(op(draft, 69).text.replace('sexual and reproductive', 'emergency'))
    })

    it('A/80/L.33: an operative paragraph set out after paragraph 70', () => {
      const result = applied('A-80-L.33')
      expect([result.refused, result.nearMisses]).toEqual([[], []])
      expect(summarizeResolution(result.doc).operative).toBe(96)
      expect(op(result.doc, 70).text).toBe(op(draft, 70).text)
      expect(op(result.doc, 71).text).toBe('Stresses that there is no international right to an abortion and that humanitarian response efforts of the United Nations system for maternal health and family planning should include every attempt to eliminate the need for abortion and should provide women with the best possible family planning, maternal healthcare, psychological support and other essential support services;')
      expect(op(result.doc, 72).text).toBe(op(draft, 71).text)
    })
  })

  /// Four more documents of the eightieth session, each read and applied to the draft it
  /// amends (README.md): two parts deleted from in one sentence, new operative paragraphs
  /// set out after “insert … paragraph:” and after “…, reading:”, and words deleted whose
  /// quotation marks the draft's footnote with the document's own `*` note.
  describe('A/C.3/80/L.65, A/80/L.36, A/C.3/80/L.56 and A/C.3/80/L.58 applied to their drafts', () => {
    const appliedTo = (draftPath: string, listPath: string) => {
      const draft = imported(draftPath)
      const read = readAmendments(corpus(listPath))
      expect(read.map(a => a.ok || a.error)).toEqual([true])
      const result = applyAmendments(draft, read.map(a => a.ok ? a.operations : []))
      expect([result.refused, result.nearMisses]).toEqual([[], []])
      return { before: readResolution(draft).paragraphs, after: readResolution(result.doc).paragraphs }
    }
    const texts = (ps: ReadonlyArray<{ kind: string, text: string }>, kind: string) => ps.filter(p => p.kind === kind).map(p => p.text)

    it('A/C.3/80/L.65: “Delete the third preambular paragraph and operative paragraph 2.” takes one paragraph from each part', () => {
      const { before, after } = appliedTo('A-C.3-80-L.65/draft-A-C.3-80-L.24.txt', 'A-C.3-80-L.65/amendments.txt')
      expect(texts(after, 'pp')).toEqual(texts(before, 'pp').filter((_t, i) => i !== 2))
      expect(texts(after, 'op')).toEqual(['Takes note of the report of the Human Rights Council, including the addendum thereto, and its recommendations;'])
      expect(after.find(p => p.text.startsWith('Having considered'))?.footnotes?.map(f => f.text)).toEqual(['Official Records of the General Assembly, Eightieth Session, Supplement No. 53 (A/80/53); and ibid., Supplement No. 53A (A/80/53/Add.1).'])
    })

    it.each([
      ['A/80/L.36: after operative paragraph 89 of A/80/L.25', 'A-80-L.30/draft-A-80-L.25.txt', 'A-80-L.36/amendments.txt', 89,
        'Calls upon Member States to refrain from promulgating and applying any unilateral coercive measures, as they affect social and humanitarian conditions, owing to the deterioration in public services and a shortage of essential food and health items, with impacts on the most vulnerable, further hindering the efficiency of United Nations operations and delivery of humanitarian and development assistance on the ground;'],
      ['A/C.3/80/L.56: after operative paragraph 3 of A/C.3/80/L.2, “insert a new operative paragraph, reading:”', 'A-C.3-80-L.56/draft-A-C.3-80-L.2.txt', 'A-C.3-80-L.56/amendments.txt', 3,
        'Notes with alarm that the Russian Federation has sought to justify its territorial aggression against Ukraine on the purported basis of eliminating neo-Nazism, and underlines that the pretextual use of neo-Nazism to justify territorial aggression seriously undermines genuine attempts to combat neo-Nazism;']
    ])('%s: the paragraph set out stands there, the others as tabled', (_name, draftPath, listPath, after, text) => {
      const { before, after: amended } = appliedTo(draftPath, listPath)
      const ops = texts(before, 'op')
      expect(texts(amended, 'op')).toEqual([...ops.slice(0, after), text, ...ops.slice(after)])
      expect(texts(amended, 'pp')).toEqual(texts(before, 'pp'))
    })

    it('A/C.3/80/L.58: the words deleted from the twenty-eighth preambular paragraph take the draft’s footnote, which the document quotes as Court*, with them', () => {
      const { before, after } = appliedTo('A-C.3-80-L.58/draft-A-C.3-80-L.50.txt', 'A-C.3-80-L.58/amendments.txt')
      expect(before[27].footnotes?.map(f => f.text)).toEqual(['United Nations, Treaty Series, vol. 2187, No. 38544.'])
      expect(after[27]).toMatchObject({ kind: 'pp', text: 'Deploring practices of forced displacement and their negative consequences for the enjoyment of human rights and fundamental freedoms by large groups of populations,' })
      expect(after[27].footnotes ?? []).toEqual([])
      expect(after.filter((_p, i) => i !== 27)).toEqual(before.filter((_p, i) => i !== 27))
    })
  })

  /// Three amendments of the Third Committee to the revised draft on the rights of the child,
  /// A/C.3/80/L.20/Rev.1, which was not found, applied to the preamble of the draft as first
  /// tabled, A/C.3/80/L.20 (README.md): where the revision kept the tabled words they apply
  /// exactly; where it changed them the quotation is a near-miss, reported with the tabled words.
  describe('A/C.3/80/L.61, L.62 and L.63 applied to the preamble of A/C.3/80/L.20', () => {
    const draft = imported('A-C.3-80-L.61/draft-A-C.3-80-L.20.txt')
    const tabled = readResolution(draft).paragraphs.map(p => p.text)
    const listOf = (symbol: string) => readAmendments(corpus(`${symbol}/amendments.txt`)).map(a => a.ok ? a.operations : [])
    const pp14 = 'Recalling general comment No. 7 (2020) of the Committee on the Rights of the Child on implementing children’s rights in early childhood, which recognizes young children as holders of the full scope of rights enshrined in the Convention and early childhood as a critical period for the realization of these rights, and other relevant general comments,'

    it('the excerpt is the whole preamble as tabled: 21 paragraphs, the thirteenth to fifteenth as the amendments name them', () => {
      expect([summarizeResolution(draft).preambular, summarizeResolution(draft).operative, summarizeResolution(draft).footnotes?.length]).toEqual([21, 0, 38])
      expect(tabled[12]).toMatch(/^Reaffirming the Vienna Declaration .* the outcome document of the fourth Global Conference on the Sustained Eradication of Child Labour, held in Buenos Aires from 14 to 16 November 2017, and the outcome documents of previous Global Conferences, /)
      expect(tabled[13]).toBe(pp14)
      expect(tabled[14]).toMatch(/^Taking note of the statement of the Committee on the Rights of the Child on article 5 of the Convention \(2023\), /)
    })

    it('A/C.3/80/L.63: the conference named in the thirteenth preambular paragraph replaced, the rest as tabled', () => {
      const applied = applyAmendments(draft, listOf('A-C.3-80-L.63'))
      expect([applied.refused, applied.nearMisses]).toEqual([[], []])
      expect(readResolution(applied.doc).paragraphs.map(p => p.text)).toEqual(tabled.map((text, i) => i !== 12 ? text
        : text.replace('the fourth Global Conference on the Sustained Eradication of Child Labour, held in Buenos Aires from 14 to 16 November 2017', 'the fifth Global Conference on the Elimination of Child Labour, held in Durban, South Africa, from 15 to 20 May 2022')))
      expect(readResolution(applied.doc).paragraphs[12].text).toContain('the outcome document of the fifth Global Conference on the Elimination of Child Labour, held in Durban, South Africa, from 15 to 20 May 2022, and the outcome documents of previous Global Conferences')
      // Compared back, one replacement of the stretch, as the document words it, not three.
      expect(compareDocuments(draft, applied.doc, 'official').changes.map(c => c.description)).toEqual([
        'In the thirteenth preambular paragraph, replace the words “fourth Global Conference on the Sustained Eradication of Child Labour, held in Buenos Aires from 14 to 16 November 2017” with “fifth Global Conference on the Elimination of Child Labour, held in Durban, South Africa, from 15 to 20 May 2022”.'
      ])
    })

    it('A/C.3/80/L.62: “insert a new preambular paragraph” and “reading:” on the next line set out the paragraph without the word “reading”', () => {
      const applied = applyAmendments(draft, listOf('A-C.3-80-L.62'))
      expect([applied.refused, applied.nearMisses]).toEqual([[], []])
      expect(readResolution(applied.doc).paragraphs.map(p => p.text)).toEqual([...tabled.slice(0, 14),
        'Reaffirming that, in accordance with article 5 of the Convention, States Parties shall respect the responsibilities, rights and duties of parents or, where applicable, the members of the extended family or community as provided for by local custom, legal guardians or other persons legally responsible for the child, to provide, in a manner consistent with the evolving capacities of the child, appropriate direction and guidance in the exercise by the child of his or her rights, particularly regarding health and education,',
        ...tabled.slice(14)])
    })

    it('A/C.3/80/L.61: the fifteenth preambular paragraph deleted; the words of the revision quoted in the fourteenth are a near-miss naming the tabled words', () => {
      const applied = applyAmendments(draft, listOf('A-C.3-80-L.61'))
      expect(applied.refused).toEqual([])
      expect(applied.nearMisses.map(m => [m.amendment, m.paragraph, m.looked])).toEqual([[1, 'PP14',
        'which notes that young children are holders of all rights enshrined in the Convention and that early childhood is a critical period for the realization of these rights']])
      expect(applied.nearMisses[0].closest).toBe('which recognizes young children as holders of the full scope of rights enshrined in the Convention and early childhood as a critical period for the realization of these rights')
      expect(readResolution(applied.doc).paragraphs.map(p => p.text)).toEqual([...tabled.slice(0, 14), ...tabled.slice(15)])
      // Accepted, the closest text (to the quote's last word, “rights”) takes the new words:
      // the fourteenth paragraph reads as the revision amended would, no word left over.
      const accepted = readResolution(applyAmendments(draft, listOf('A-C.3-80-L.61'), { acceptNearMisses: true }).doc).paragraphs.map(p => p.text)
      expect(accepted).toEqual([...tabled.slice(0, 13),
        'Recalling general comment No. 7 (2020) of the Committee on the Rights of the Child on implementing children’s rights in early childhood, and taking note of the statement of the Committee on the Rights of the Child on article 5 of the Convention (2023), and other relevant general comments,',
        ...tabled.slice(15)])
    })
  })

  /// The other direction on real pairs: a draft compared with what its real amendments make
  /// of it gives edits in place (never a paragraph deleted and put in again; L.35's four
  /// deletions by number and L.30's of whole paragraphs stay deletions), and that list,
  /// written and read back, applies to the draft to give the amended text exactly.
  it.each([
    ['A/80/L.30 on A/80/L.25', 'A-80-L.30/draft-A-80-L.25.txt', 'A-80-L.30/amendments.txt', ['modified', 'modified', 'deleted', 'deleted', 'deleted', 'modified', 'modified', 'deleted', 'modified', 'modified', 'modified']],
    ['A/80/L.35 on A/80/L.27', 'A-80-L.35/draft-A-80-L.27.txt', 'A-80-L.35/amendments.txt', ['modified', 'modified', 'modified', 'modified', 'modified', 'modified', 'modified', 'modified', 'modified', 'modified', 'deleted', 'deleted', 'modified', 'modified', 'deleted', 'modified', 'modified', 'deleted', 'modified']],
    ['A/C.3/80/L.65 on A/C.3/80/L.24', 'A-C.3-80-L.65/draft-A-C.3-80-L.24.txt', 'A-C.3-80-L.65/amendments.txt', ['deleted', 'deleted']],
    ['A/C.3/80/L.56 on an excerpt of A/C.3/80/L.2', 'A-C.3-80-L.56/draft-A-C.3-80-L.2.txt', 'A-C.3-80-L.56/amendments.txt', ['inserted']],
    ['A/C.3/80/L.58 on an excerpt of A/C.3/80/L.50', 'A-C.3-80-L.58/draft-A-C.3-80-L.50.txt', 'A-C.3-80-L.58/amendments.txt', ['modified']],
    ['A/C.3/80/L.62 on the preamble of A/C.3/80/L.20', 'A-C.3-80-L.61/draft-A-C.3-80-L.20.txt', 'A-C.3-80-L.62/amendments.txt', ['inserted']],
    ['A/C.3/80/L.63 on the preamble of A/C.3/80/L.20', 'A-C.3-80-L.61/draft-A-C.3-80-L.20.txt', 'A-C.3-80-L.63/amendments.txt', ['modified']]
  ])('%s: compared back, the changes are edits in place, and their list applies back exactly in both registers and languages', (_name, draftPath, listPath, kinds) => {
    const draft = imported(draftPath)
    const applied = readResolution(applyAmendments(draft, readAmendments(corpus(listPath)).map(a => a.ok ? a.operations : []), { acceptNearMisses: true }).doc)
    // A comparison lists the changes of paragraphs; a change of the title (L.35's first
    // amendment) is not one of them yet, so the title is compared as tabled.
    const amended = buildResolution({ ...applied, meta: readResolution(draft).meta })
    expect(compareDocuments(draft, amended).changes.map(c => c.kind)).toEqual(kinds)
    expect(roundTripProblemsInBoth(draft, amended)).toEqual([])
  })
})
