import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Node } from 'prosemirror-model'
import { buildResolution, readResolution, summarizeResolution, type ParagraphDraft, type SectionDraft } from '../../../../shared/schema'
import { SeededRandom } from '../../../bench/seededRandom'
import { exportPlainText } from '../../../../shared/export'
import { template2388 } from '../../../../shared/template'
import { diffDocuments } from '../../../../shared/amend/diffDocuments'
import { planAmendmentList } from '../../../../shared/amend/plan'
import { applyAmendments } from '../../../../shared/amend/applyAmendments'
import { compareDocuments } from '../../../../shared/amend/compare'
import { readAmendments } from '../../../../shared/amend/readAmendments'
import { seededRevision, seededSetOutRevision } from './seededRevisions'
import { inFrench, roundTripProblem, roundTripProblemsInBoth } from './roundTrip'
import { importedText } from './sectionedTexts'
import { runCli } from '../../../support/cli'

/// Cases run inside `npm test`; `AMEND_PROPERTY_RUNS=5000` runs the long property.
const runs = Number(process.env.AMEND_PROPERTY_RUNS ?? 60)

const imported = importedText

const reversedCase = (name: string) => [imported(`../../../cases/compare/${name}/a.txt`), imported(`../../../cases/compare/${name}/b.txt`)] as const

describe('applying a comparison’s own amendment list to its base gives its current text', () => {
  /// On every text, and on texts whose operative part is always set out in sections:
  /// headings put in, taken out (alone or with their paragraphs), moved, reworded and
  /// renumbered, and paragraphs inserted, deleted and moved around them.
  it.each([
    ['negotiation', '', false], ['official', '', false],
    ['negotiation', ' set out in sections', true], ['official', ' set out in sections', true]
  ] as const)('on seeded revisions of 2388, in English and French, %s register%s', (style, _texts, sectioned) => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.boolean(), fc.boolean(), (seed, freshIds, french) => {
      let { base, current } = seededRevision(seed, { freshIds, sectioned })
      if (french) { base = inFrench(base); current = inFrench(current) }
      const problem = roundTripProblem(base, current, style)
      if (problem) throw new Error(`seed ${seed}${freshIds ? ', fresh ids' : ''}${french ? ', French' : ''}${sectioned ? ', in sections' : ''}: ${problem}`)
    }), { numRuns: runs, seed: sectioned ? 13 : 12 })
  }, Math.max(30_000, runs * 60))

  /// A paragraph rewritten together with its subparagraphs is set out again whole
  /// (setOut.ts): “Paragraph 13 should read:” with its lead-in and (a), (b) …, or after a
  /// move “… and replace it with the following:”.
  it.each(['negotiation', 'official'] as const)('on seeded revisions of 2388 with a paragraph rewritten together with its subparagraphs, in English and French, %s register', style => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.boolean(), fc.boolean(), fc.boolean(), (seed, freshIds, french, sectioned) => {
      let { base, current } = seededSetOutRevision(seed, { freshIds, sectioned })
      if (french) { base = inFrench(base); current = inFrench(current) }
      const problem = roundTripProblem(base, current, style)
      if (problem) throw new Error(`seed ${seed}${freshIds ? ', fresh ids' : ''}${french ? ', French' : ''}${sectioned ? ', in sections' : ''}: ${problem}`)
    }), { numRuns: runs, seed: 14 })
  }, Math.max(30_000, runs * 60))

  /// Section headings stand still between paragraphs (applyAmendments.ts): a paragraph
  /// deleted from the head of a section leaves its heading to the paragraph that follows; a
  /// paragraph put in or moved next to a heading is placed by a paragraph of its own
  /// section (plan.ts), so it lands on the heading's right side. 2388's operative part set
  /// out in three sections: I from OP1, II from OP13, III from OP27.
  describe('on 2388 set out under section headings', () => {
    const draft = readResolution(template2388())
    const firstOp = draft.paragraphs.findIndex(p => p.kind === 'op')
    const headings = [['I', 'Prevention', firstOp], ['II', 'Protection', firstOp + 12], ['III', 'Follow-up', firstOp + 26]] as const
    type Entry = { p: ParagraphDraft, heading?: SectionDraft }
    const entries = (): Entry[] => draft.paragraphs.map((p, i) => {
      const h = headings.find(([, , at]) => at === i)
      return h ? { p, heading: { number: h[0], text: h[1], at: 0 } } : { p }
    })
    const build = (list: Entry[]) => buildResolution({ ...draft, paragraphs: list.map(e => e.p), sections: list.flatMap((e, at) => e.heading ? [{ ...e.heading, at }] : []) })
    const base = build(entries())
    /// Take out entry `i`, its heading passed to the paragraph that follows.
    const takeOut = (list: Entry[], i: number): Entry => {
      const [gone] = list.splice(i, 1)
      if (gone.heading && list[i]) list[i] = { ...list[i], heading: gone.heading }
      return { p: gone.p }
    }
    /// Put `entry` in at `i`: where a heading stands there, either at the head of that
    /// section (it takes the heading) or at the end of the section before.
    const putIn = (list: Entry[], i: number, entry: Entry, headOfSection: boolean) => {
      const there = list[i]
      if (there?.heading && headOfSection) { list[i] = { p: there.p }; list.splice(i, 0, { ...entry, heading: there.heading }) }
      else list.splice(i, 0, entry)
    }
    /// Operative positions next to the headings: the head of each section and the last
    /// paragraph before it.
    const nearHeadings = (list: Entry[]) => list.flatMap((e, k) => e.heading ? [k, k - 1] : [])
    const opPositions = (list: Entry[]) => list.flatMap((e, k) => e.p.kind === 'op' ? [k] : [])
    const roundTrips = (current: Node, label: string) => {
      for (const style of ['negotiation', 'official'] as const) expect(roundTripProblem(base, current, style), `${label}, ${style}`).toBeNull()
    }

    it('on 200 seeded revisions, one to four paragraphs deleted around the headings', () => {
      for (let seed = 1; seed <= 200; seed++) {
        const r = new SeededRandom(seed)
        const list = entries()
        for (let n = 1 + r.int(4); n > 0; n--) takeOut(list, r.int(2) ? r.pick(nearHeadings(list)) : r.pick(opPositions(list)))
        roundTrips(build(list), `seed ${seed}`)
      }
    })

    it('on 200 seeded revisions, one to four new OPs put in, OPs moved and deleted around the headings', () => {
      const changes = { inserted: 0, moved: 0, deleted: 0, atHead: 0 }
      for (let seed = 1; seed <= 200; seed++) {
        const r = new SeededRandom(seed)
        const list = entries()
        for (let n = 1 + r.int(4); n > 0; n--) {
          const near = () => r.int(3) ? r.pick(nearHeadings(list)) : r.pick(opPositions(list))
          const kind = r.int(3), atHead = r.int(2) === 1
          if (kind === 2) { takeOut(list, near()); changes.deleted++; continue }
          const entry = kind === 0
            ? { p: { ...r.pick(draft.paragraphs.slice(firstOp)), pid: undefined, text: `Further requests the Secretary-General to report on item ${seed}.${n};` } }
            : takeOut(list, near())
          // Nothing goes before heading I: the part has no place outside a section.
          const to = Math.max(firstOp, near()), head = atHead || to === firstOp
          if (list[to]?.heading && head) changes.atHead++
          putIn(list, to, entry, head)
          changes[kind === 0 ? 'inserted' : 'moved']++
        }
        roundTrips(build(list), `seed ${seed}`)
      }
      expect(Object.values(changes).every(k => k > 50), JSON.stringify(changes)).toBe(true)
    })

    /// A section none of whose tabled paragraphs stays: each is deleted or moved to another
    /// section, and new OPs and OPs from other sections fill it. The first one takes its
    /// heading; nothing tabled is left to name the place, so the list names the section
    /// (“Under section II, insert …”) unless it is the part's first.
    it('on seeded revisions, a section emptied of its tabled paragraphs and filled again, in English and French', () => {
      const named = { first: 0, section: 0, movedIn: 0 }
      fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), seed => {
        const r = new SeededRandom(seed)
        const list = entries()
        const starts = list.flatMap((e, k) => e.heading ? [k] : [])
        const k = r.int(starts.length), from = starts[k], to = starts[k + 1] ?? list.length
        const heading = list[from].heading!
        const gone = list.splice(from, to - from).map(e => ({ p: e.p }))
        const next: Entry | undefined = list[from]
        const others = list.flatMap((e, i) => e.p.kind === 'op' && !e.heading ? [i] : [])
        const movedAway = gone.filter(() => r.int(3) === 0)
        const fill: Entry[] = Array.from({ length: 1 + r.int(3) }, (_x, n) => ({ p: { ...draft.paragraphs[firstOp], pid: undefined, text: `Decides to review section ${heading.number} in ${2030 + n} and ${seed % 1000};` } }))
        for (let n = r.int(3); n > 0 && others.length; n--) {
          const i = r.pick(others)
          if (list[i] && !list[i].heading && !fill.includes(list[i])) fill.splice(r.int(fill.length + 1), 0, list[i])
        }
        named.movedIn += fill.filter(e => e.p.pid).length
        const rest = list.filter(e => !fill.includes(e))
        const place = next ? rest.indexOf(next) : rest.length
        rest.splice(place, 0, { ...fill[0], heading }, ...fill.slice(1))
        const outside = rest.flatMap((x, i) => x.p.kind === 'op' && (i < place - 1 || i >= place + fill.length) ? [i] : [])
        for (const e of movedAway) rest.splice(r.pick(outside) + 1, 0, e)
        const current = build(rest)
        const descriptions = compareDocuments(base, current).changes.map(c => c.description)
        if (descriptions.some(d => d.startsWith(`Under section ${heading.number},`))) named.section++
        if (descriptions.some(d => d.startsWith('Insert, as the first operative paragraph'))) named.first++
        const french = seed % 2 === 0
        for (const style of ['negotiation', 'official'] as const) {
          const problem = french ? roundTripProblem(inFrench(base), inFrench(current), style) : roundTripProblem(base, current, style)
          if (problem) throw new Error(`seed ${seed}, section ${heading.number}${french ? ', French' : ''}, ${style}: ${problem}`)
        }
      }), { numRuns: Math.max(100, runs), seed: 2388 })
      expect(named.section > 20 && named.first > 5 && named.movedIn > 20, JSON.stringify(named)).toBe(true)
    }, Math.max(30_000, runs * 60))

    it.each([
      ['a new OP at the head of section II', 'Before operative paragraph 13, insert', (list: Entry[]) => putIn(list, firstOp + 12, { p: { ...draft.paragraphs[firstOp], pid: undefined, text: 'Decides to remain seized of the protection of children;' } }, true)],
      ['a new OP at the end of section I', 'After operative paragraph 12, insert', (list: Entry[]) => putIn(list, firstOp + 12, { p: { ...draft.paragraphs[firstOp], pid: undefined, text: 'Decides to remain seized of the prevention of trafficking;' } }, false)],
      ['OP20 moved to the head of section II', 'Move operative paragraph 20 to precede operative paragraph 13', (list: Entry[]) => putIn(list, firstOp + 12, takeOut(list, firstOp + 19), true)],
      ['OP13, holding heading II, moved to the end of section I', 'Move operative paragraph 13 to follow operative paragraph 12', (list: Entry[]) => putIn(list, firstOp + 12, takeOut(list, firstOp + 12), false)]
    ])('%s: named by a paragraph of its section (“%s”)', (_name, wording, edit) => {
      const list = entries()
      edit(list)
      const current = build(list)
      expect(compareDocuments(base, current).changes.map(c => c.description).join('\n')).toContain(wording)
      roundTrips(current, _name)
    })
  })

  it('the seeded revisions change the title and the annex’s title, each with an amendment of its own that names it', () => {
    const changed = { title: 0, 'A1.title': 0 }
    for (let seed = 1; seed <= 200; seed++) {
      const { base, current } = seededRevision(seed)
      const titles = compareDocuments(base, current).changes.filter(c => c.from === 'title' || c.from === 'A1.title')
      for (const c of titles) {
        changed[c.from as keyof typeof changed]++
        expect(c.description).toMatch(c.from === 'title' ? /^(In the title,|Replace the title with)/ : /^(In the title of the annex,|Replace the title of the annex with)/)
      }
    }
    expect(Math.min(...Object.values(changed)), JSON.stringify(changed)).toBeGreaterThan(10)
  })

  it('the seeded revisions add, remove, move, reword and renumber section headings of the operative part and the annex, each amendment naming a heading by its number as tabled', () => {
    const changed = { modified: 0, moved: 0, inserted: 0, deleted: 0, annex: 0, whole: 0 }
    for (let seed = 1; seed <= 300; seed++) {
      const { base, current } = seededRevision(seed)
      for (const c of compareDocuments(base, current).changes.filter(c => /^(?:A1\.)?S\d$/.test(c.from ?? c.to ?? ''))) {
        changed[c.kind]++
        if ((c.from ?? c.to)!.startsWith('A1.')) changed.annex++
        if (c.description.startsWith('Delete section')) changed.whole++
        expect(c.description).toMatch(/^(?:(?:In|Replace|Delete|Move) the heading of section [IVX]+(?: of the annex)?\b|(?:In|Replace|Delete|Move) the heading “[^”]+” (?:preceding (?:operative )?paragraph \d+(?: of the annex)?|at the end of the (?:annex|operative part))\b|Delete section [IVX]+$|(?:Before .+|At the end of .+), insert the following heading: “)/)
      }
    }
    expect(Math.min(...Object.values(changed)), JSON.stringify(changed)).toBeGreaterThan(5)
  })

  it('the sectioned seeded revisions reword, remove and move unnumbered subheadings, each amendment naming one by its words and the paragraph it precedes as tabled', () => {
    const changed = { modified: 0, moved: 0, deleted: 0, annex: 0 }
    for (let seed = 1; seed <= 300; seed++) {
      const { base, current } = seededRevision(seed, { sectioned: true })
      for (const c of compareDocuments(base, current).changes.filter(c => /^(?:In|Replace|Delete|Move) the heading “/.test(c.description))) {
        changed[c.kind as keyof typeof changed]++
        if (c.from!.startsWith('A1.')) changed.annex++
      }
    }
    expect(Math.min(...Object.values(changed)), JSON.stringify(changed)).toBeGreaterThan(5)
  })

  it('in an annex whose section II lost every tabled paragraph to one new one (test/cases/import/annex-footnotes.txt)', () => {
    const base = imported('../../../cases/import/annex-footnotes.txt')
    const draft = readResolution(base)
    const annex = draft.annexes![0], second = annex.sections!.find(h => h.number === 'II')!.at
    const current = buildResolution({ ...draft, annexes: [{ ...annex, paragraphs: [...annex.paragraphs.slice(0, second), { kind: 'op', lead: 0, text: 'We will report on these efforts every two years.' }] }] })
    expect(compareDocuments(base, current).changes.map(c => c.description)).toContain('Under section II of the annex, insert a new numbered paragraph reading: “We will report on these efforts every two years.”')
    expect(roundTripProblemsInBoth(base, current)).toEqual([])
  })

  it('names a section the list inserts by its number as amended: a new section III at the end of the annex and its paragraph', () => {
    const base = imported('../../../cases/import/annex-footnotes.txt')
    const draft = readResolution(base)
    const annex = draft.annexes![0]
    const sections = [...annex.sections!, { number: 'III', text: 'Follow-up', at: annex.paragraphs.length }]
    const current = buildResolution({ ...draft, annexes: [{ ...annex, sections, paragraphs: [...annex.paragraphs, { kind: 'op', lead: 0, text: 'We will report on these efforts every two years.' }] }] })
    expect(compareDocuments(base, current).changes.map(c => [c.kind, c.to, c.description])).toEqual([
      ['inserted', 'A1.S3', 'At the end of the annex, insert the following heading: “III. Follow-up”'],
      ['inserted', expect.stringMatching(/^A1\.\d+$/), 'Under the new section III of the annex, insert a new numbered paragraph reading: “We will report on these efforts every two years.”']
    ])
    expect(roundTripProblemsInBoth(base, current)).toEqual([])
  })

  it('on the 2388 template with its operative paragraphs reversed, in the fewest moves', () => {
    const template = template2388()
    const draft = readResolution(template)
    const reversed = buildResolution({ ...draft, paragraphs: [...draft.paragraphs.filter(p => p.kind === 'pp'), ...draft.paragraphs.filter(p => p.kind !== 'pp').reverse()] })
    const { changes } = compareDocuments(template, reversed)
    expect(changes.length).toBe(34)
    expect(changes.every(c => c.kind === 'moved')).toBe(true)
    for (const style of ['negotiation', 'official'] as const) expect(roundTripProblem(template, reversed, style)).toBeNull()
  })

  it.each([
    ['the last PP made the first OP', (ps: ReturnType<typeof readResolution>['paragraphs']) => { ps[23] = { ...ps[23], kind: 'op' as const }; return ps }],
    ['an OP made a subparagraph of the one before', (ps: ReturnType<typeof readResolution>['paragraphs']) => { ps[28] = { ...ps[28], kind: 'sub' as const, level: 1, lead: 0 }; return ps }]
  ])('when %s, by a move whose place gives the kind', (_name, edit) => {
    const template = template2388()
    const draft = readResolution(template)
    const current = buildResolution({ ...draft, paragraphs: edit(draft.paragraphs.map(p => ({ ...p }))) })
    expect(compareDocuments(template, current).changes.map(c => c.kind)).toEqual(['moved'])
    for (const style of ['negotiation', 'official'] as const) expect(roundTripProblem(template, current, style)).toBeNull()
  })

  it('on the reversed-ops case: three moves, each placed by a paragraph that stays or first', () => {
    const [a, b] = reversedCase('reversed-ops-compare')
    expect(compareDocuments(a, b).changes.map(c => c.description)).toEqual([
      'Move operative paragraph 4 to become the first operative paragraph',
      'Move operative paragraph 3 to precede operative paragraph 1',
      'Move operative paragraph 2 to precede operative paragraph 1'
    ])
    expect(roundTripProblem(a, b, 'official')).toBeNull()
  })

  it('on the number-thousands case: the whole number quoted', () => {
    const [a, b] = reversedCase('number-thousands-compare')
    expect(compareDocuments(a, b).changes.map(c => c.description))
      .toEqual(['In operative paragraph 2, replace the words “1,500,000” with “1,750,000”'])
    expect(roundTripProblem(a, b, 'negotiation')).toBeNull()
  })
})

describe('applyAmendments', () => {
  const template = template2388()
  const apply = (text: string, accept = false) => applyAmendments(template, readAmendments(text).map(a => a.ok ? a.operations : []), { acceptNearMisses: accept })
  const op = (doc: Node, n: number) => readResolution(doc).paragraphs.filter(p => p.kind === 'op')[n - 1].text

  it('reads every number against the text as tabled, whatever comes before', () => {
    const { doc, refused } = apply('1. Delete paragraph 1.\n2. In paragraph 3, replace the words “Calls upon” with “Also calls upon”.\n')
    expect(refused).toEqual([])
    expect(op(doc, 2)).toMatch(/^Also calls upon Member States to reinforce/)
  })

  it('reports a near-miss with the closest text and applies nothing without consent', () => {
    const text = '1. In paragraph 4, after the words “related Legislation”, insert “and policies”.\n'
    const strict = apply(text)
    expect(strict.nearMisses).toEqual([{ amendment: 1, paragraph: 'OP4', looked: 'related Legislation', closest: 'related legislation' }])
    expect(exportPlainText(strict.doc)).toBe(exportPlainText(template))
    expect(op(apply(text, true).doc, 4)).toContain('related legislation and policies')
  })

  it('reports a slip in a substitution checked against the paragraph it says results once, not again for the check', () => {
    const text = '1. Substitute “redouble” for “step upp” in paragraph 5, so that the paragraph will read: “Also calls upon Member States to redouble their efforts to investigate, disrupt and dismantle networks engaging in trafficking in persons in areas affected by armed conflict and to take all appropriate measures to collect, preserve and store evidence of human trafficking;”\n'
    expect(apply(text).nearMisses).toEqual([{ amendment: 1, paragraph: 'OP5', looked: 'step upp', closest: 'step up' }])
    expect(op(apply(text, true).doc, 5)).toMatch(/^Also calls upon Member States to redouble their efforts/)
  })

  it('refuses, with its number, an amendment naming a paragraph the text lacks', () => {
    expect(apply('1. Delete paragraph 3.\n2. Delete paragraph 99.\n').refused).toEqual([{ amendment: 2, reason: 'names operative paragraph 99, which the text as tabled lacks' }])
  })

  it('puts two insertions after one paragraph in the order listed', () => {
    const { doc } = apply('1. After paragraph 12, insert the following paragraph:\n    Decides to convene a meeting;\n2. After paragraph 12, insert the following paragraph:\n    Requests a report on the meeting;\n')
    expect([op(doc, 13), op(doc, 14)]).toEqual(['Decides to convene a meeting;', 'Requests a report on the meeting;'])
  })

  it('amends the title in its words or whole, and refuses to delete it or to name it as a place', () => {
    const titled = buildResolution({ ...readResolution(template), meta: { ...readResolution(template).meta, title: 'Maintenance of international peace and security' } })
    const read = readAmendments('1. In the title, after the word “security”, insert “: trafficking in persons”.\n2. Delete the title.\n3. Move the title to follow paragraph 2.\n4. Amend the title of annex II to read as follows: “Plan”\n5. After the title, insert the following paragraph: “Decides to act;”\n')
    expect(read[4]).toMatchObject({ number: '5', ok: false, error: 'places a new paragraph by a title; only paragraphs are named as places, or a heading they precede' })
    const applied = applyAmendments(titled, read.map(a => a.ok ? a.operations : []))
    expect(readResolution(applied.doc).meta.title).toBe('Maintenance of international peace and security: trafficking in persons')
    expect(applied.refused).toEqual([
      { amendment: 2, reason: 'names the title as a paragraph; a title can only be amended in its words' },
      { amendment: 3, reason: 'names the title as a paragraph; a title can only be amended in its words' },
      { amendment: 4, reason: 'names the title of annex II, which the text as tabled lacks' }
    ])
    expect(applyAmendments(titled, readAmendments('1. Replace the title with the following: “Trafficking in persons”\n').map(a => a.ok ? a.operations : [])).doc.firstChild!.attrs.title).toBe('Trafficking in persons')
  })

  it('agrees with the plan it reads back, not only with the text', () => {
    const { base, current } = seededRevision(7)
    expect(exportPlainText(applyAmendments(base, planAmendmentList(diffDocuments(base, current))).doc)).toBe(exportPlainText(current))
  })
})

/// A real amendments document and the draft it amends, both PDF text extractions
/// (test/corpus/amendments/README.md): A/80/L.30, eleven United States amendments to the
/// draft A/80/L.25 on the coordination of emergency humanitarian assistance.
describe('A/80/L.30 applied to its draft A/80/L.25', () => {
  const corpusFile = (name: string) => new URL(`../../../corpus/amendments/A-80-L.30/${name}`, import.meta.url).pathname
  const draft = imported('../../../corpus/amendments/A-80-L.30/draft-A-80-L.25.txt')
  const read = readAmendments(readFileSync(corpusFile('amendments.txt'), 'utf8'))
  const lists = read.map(a => a.ok ? a.operations : [])
  const text = (doc: Node, label: string) => summarizeResolution(doc).paragraphs.find(p => p.label === label)!.text

  it('reads the eleven amendments, numbers alone on their lines and the sponsors’ note left out', () => {
    expect(read.map(a => a.line)).toEqual([31, 34, 37, 39, 41, 43, 48, 51, 53, 56, 57])
    expect(read.map(a => [a.number, a.ok ? a.operations.map(o => `${o.kind} ${'label' in o ? o.label : ''}`).join(', ') : a.error])).toEqual([
      ['1', 'edit PP4'], ['2', 'edit PP15'], ['3', 'delete PP16'], ['4', 'delete PP20'], ['5', 'delete PP23'], ['6', 'edit PP41'],
      ['7', 'edit OP21'], ['8', 'delete OP22'], ['9', 'edit OP24'], ['10', 'edit OP33'], ['11', 'edit OP39']
    ])
    expect([summarizeResolution(draft).preambular, summarizeResolution(draft).operative, summarizeResolution(draft).footnotes?.length]).toEqual([47, 95, 22])
    expect(readResolution(draft).meta).toMatchObject({ symbol: 'A/80/L.25', agendaItem: '72 (a)', title: 'Strengthening of the coordination of emergency humanitarian assistance of the United Nations' })
    expect(readResolution(draft).meta.sponsors).toMatch(/^Armenia, Austria, Belgium, .* Northern Ireland and Uruguay$/)
  })

  it('applies all eleven exactly: amendment 6 quotes “(COVID-19)” with a hyphen-minus where the draft sets a non-breaking hyphen, a typographic equivalent', () => {
    const applied = applyAmendments(draft, lists)
    expect([applied.refused, applied.nearMisses]).toEqual([[], []])
    expect(text(draft, 'PP41')).toContain('(COVID\u201119) pandemic')
    expect(text(applied.doc, 'PP41')).not.toContain('COVID')
  })

  it('gives the amended text: 44 PPs and 94 OPs, the climate clauses gone', () => {
    const amended = applyAmendments(draft, lists).doc
    const s = summarizeResolution(amended)
    expect([s.preambular, s.operative]).toEqual([44, 94])
    expect(text(amended, 'PP4')).toContain('stretching humanitarian response capacities, the ongoing consequences of the financial and economic crisis, regional food crises,')
    expect(text(amended, 'PP15')).toBe('Expressing its deep concern about the increasing challenges faced by Member States and the United Nations humanitarian response system and their capacities as a result of the consequences of disasters caused by natural or man-made hazards, reaffirming the need for the implementation of the Sendai Framework for Disaster Risk Reduction 2015–2030, and welcoming the convening of the seventh session of the Global Platform for Disaster Risk Reduction in May 2022 and of the high-level meeting on the midterm review of the Sendai Framework on 18 and 19 May 2023, at which the Assembly adopted the political declaration on the midterm review of the Sendai Framework,')
    expect([16, 19, 20].map(n => text(amended, `PP${n}`).slice(0, 40))).toEqual([
      'Reaffirming the adoption of the New Urba', 'Recognizing further that inclusive econo', 'Recognizing, in this respect, that build'
    ])
    expect(text(amended, 'OP21')).toBe('Reaffirms the importance of implementing the Sendai Framework for Disaster Risk Reduction 2015–2030 to ensure the substantial reduction of disaster risk and losses in lives, livelihood and health and in the economic, physical, social, cultural and environmental assets of persons, businesses, communities and countries, and underlines the importance of tackling the underlying disaster risk drivers, and of integrating a disaster risk reduction perspective into humanitarian assistance to prevent new and reduce existing disaster risk;')
    expect(text(amended, 'OP22').slice(0, 60)).toBe('Calls upon Member States, the United Nations and relevant hu')
    expect(text(amended, 'OP23')).toContain('disasters caused by natural or human-made hazards, including weather-related hazards, including through complementary humanitarian')
    expect(text(amended, 'OP32')).toContain('humanitarian assistance and protection, livelihoods, health, water, sanitation and hygiene,')
    expect(text(amended, 'OP38')).toBe('Recognizes the increase in the number and scale of disasters caused by natural or human-made hazards, which in certain instances may contribute to displacement and to additional pressure on host communities, encourages Member States, the United Nations and relevant organizations and actors to further strengthen the efforts aimed at addressing the needs of persons displaced within the context of disasters, and notes in this regard the importance of sharing best practices to prevent and prepare for such displacements;')
  })

  it('penholder apply: exit 0, all eleven applied exactly', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'penholder-l30-'))
    try {
      const target = join(folder, 'amended.penholder')
      const applied = await runCli('apply', corpusFile('draft-A-80-L.25.txt'), corpusFile('amendments.txt'), '-o', target)
      expect([applied.code, applied.err, applied.out, existsSync(target)]).toEqual([0, '', `${target}: 11 amendments applied to ${corpusFile('draft-A-80-L.25.txt')}\n`, true])
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }, 60_000)
})

/// One amendment over two paragraphs of the real draft A/80/L.25, in the wording of
/// A/C.3/80/L.64 (“In operative paragraphs 27 and 43, delete “sexual and reproductive””)
/// with a second clause, as official documents carry the paragraphs named at the start
/// into every later clause: operative paragraphs 68 and 69 both hold the words deleted and
/// the words inserted after.
describe('paragraphs named together, applied to A/80/L.25', () => {
  const draft = imported('../../../corpus/amendments/A-80-L.30/draft-A-80-L.25.txt')
  const apply = (text: string, accept = false) => applyAmendments(draft, readAmendments(text).map(a => a.ok ? a.operations : []), { acceptNearMisses: accept })
  const ops = (doc: Node) => readResolution(doc).paragraphs.filter(p => p.kind === 'op').map(p => p.text)
  const op68 = 'Encourages Member States, in cooperation with relevant United Nations humanitarian organizations and with the consent of the affected State, to ensure that the basic humanitarian needs of affected populations, including clean water, food, shelter, health, including health, education and protection, energy and information and communications technologies, where possible, are addressed as components of humanitarian response, including through providing timely and adequate resources, while ensuring that their collaborative efforts fully adhere to humanitarian principles;'
  const op69 = 'Also encourages Member States, in cooperation with relevant United Nations humanitarian organizations and with the consent of the affected State, to ensure that women and girls have access to basic healthcare services, including reliable and safe access to healthcare services and mental health and psychosocial support, from the onset of emergencies, in this regard recognizes that such assistance protects women, adolescent girls and infants from preventable mortality and morbidity that occur in humanitarian emergencies, and calls upon Member States, the United Nations and other relevant actors to give such programmes due consideration;'

  it.each([
    ['in English', 'In operative paragraphs 68 and 69, delete “sexual and reproductive” and, after the words “in cooperation with relevant United Nations humanitarian organizations”, insert “and with the consent of the affected State”.'],
    ['in French', 'Aux paragraphes 68 et 69 du dispositif, supprimer « sexual and reproductive » et, après les mots « in cooperation with relevant United Nations humanitarian organizations », insérer « and with the consent of the affected State ».']
  ])('makes both edits in both paragraphs, %s, and nothing else', (_name, text) => {
    const applied = apply(text)
    expect([applied.refused, applied.nearMisses]).toEqual([[], []])
    const tabled = ops(draft)
    expect(ops(applied.doc)).toEqual([...tabled.slice(0, 67), op68, op69, ...tabled.slice(69)])
  })

  it.each([
    ['missing from one of them', 'after the words “to ensure that the basic”, insert “and urgent”',
      [['OP69', 'to ensure that the basic', 'to ensure that women and']]],
    ['misspelt, so missing from both', 'after the words “relevant United Nations humanitarian organisations”, insert “and with the consent of the affected State”',
      [['OP68', 'relevant United Nations humanitarian organisations', 'relevant United Nations humanitarian organizations'], ['OP69', 'relevant United Nations humanitarian organisations', 'relevant United Nations humanitarian organizations']]]
  ])('lists a later clause’s quote %s as a near-miss in each paragraph, and applies the amendment in neither', (_name, clause, misses) => {
    const applied = apply(`1. In operative paragraphs 68 and 69, delete “sexual and reproductive” and, ${clause}.\n`)
    expect(applied.refused).toEqual([])
    expect(applied.nearMisses.map(m => [m.paragraph, m.looked, m.closest])).toEqual(misses)
    expect(applied.nearMisses.map(m => m.amendment)).toEqual(misses.map(() => 1))
    expect(exportPlainText(applied.doc)).toBe(exportPlainText(draft))
  })

  it('with the near-misses accepted, applies the closest text in each paragraph', () => {
    const applied = apply('1. In operative paragraphs 68 and 69, delete “sexual and reproductive” and, after the words “relevant United Nations humanitarian organisations”, insert “and with the consent of the affected State”.\n', true)
    expect(applied.nearMisses.map(m => m.paragraph)).toEqual(['OP68', 'OP69'])
    expect(ops(applied.doc).slice(67, 69)).toEqual([op68, op69])
  })
})

/// A paragraph set out again with its subparagraphs (“Paragraph 3 should read:” followed
/// by the lead-in and (a), (b) …, as A/HRC/14/L.21 does): the paragraph and every
/// subparagraph under it as tabled give way to those set out. On operative paragraph 13 of
/// test/corpus/amendments/own/draft.txt (2388 with subparagraphs (a)–(c)) and operative
/// paragraph 24 of the real draft A/80/L.25, which has none; the amended text compared
/// with the text as tabled gives a list that applies back to it.
describe('a paragraph set out with its subparagraphs', () => {
  const own = imported('../../../corpus/amendments/own/draft.txt')
  const l25 = imported('../../../corpus/amendments/A-80-L.30/draft-A-80-L.25.txt')
  const op13 = 'Urges Member States to train professionals who work with refugees and displaced persons to recognize the signs of trafficking, in particular:'
  const op24 = 'Calls upon Member States and the international community:'
  const op24a = 'To provide adequate resources for disaster risk reduction, in order to build resilience and reduce the risk of displacement within the context of disasters caused by natural or human-made hazards;'
  const op24b = 'To strengthen national and local capacities to prevent, prepare for and respond to humanitarian emergencies;'
  /// The OP numbered `n` and the subparagraphs under it, as `level text`.
  const group = (doc: Node, n: number) => summarizeResolution(doc).paragraphs
    .filter(p => new RegExp(`^OP${n}(?:\\(|$)`).test(p.label))
    .map(p => `${p.label.split('(').length - 1} ${p.text}`)
  it.each([
    ['“Paragraph 13 should read:”, set out', own, 13, `1. Paragraph 13 should read:\n\n    ${op13}\n\n    (a) Police, coastguard and immigration officers;\n\n    (b) Prosecutors and judges;\n`,
      [`0 ${op13}`, '1 Police, coastguard and immigration officers;', '1 Prosecutors and judges;']],
    ['« Le paragraphe 13 se lira comme suit : », two levels', own, 13, `a) Le paragraphe 13 se lira comme suit\u00a0:\n\n    ${op13}\n    a) Police officers, including:\n    i) Coastguards;\n    b) Prosecutors and judges;\n`,
      [`0 ${op13}`, '1 Police officers, including:', '2 Coastguards;', '1 Prosecutors and judges;']],
    ['the whole paragraph quoted', own, 13, `1. Replace operative paragraph 13 with the following: “${op13}\n(a) Prosecutors and judges;”`,
      [`0 ${op13}`, '1 Prosecutors and judges;']],
    ['a paragraph that had none, A/80/L.25', l25, 24, `1. Paragraph 24 should read:\n\n    ${op24}\n\n    (a) ${op24a}\n\n    (b) ${op24b}\n`,
      [`0 ${op24}`, `1 ${op24a}`, `1 ${op24b}`]],
    ['a paragraph that had none, in French, quoted', inFrench(l25), 24, `1. Remplacer le paragraphe 24 par ce qui suit\u00a0: « ${op24}\na) ${op24a}\nb) ${op24b} »`,
      [`0 ${op24}`, `1 ${op24a}`, `1 ${op24b}`]]
  ])('%s: gives the paragraph and its subparagraphs as set out, and compared back, a list that applies back', (_name, base, n, list, paragraphs) => {
    const read = readAmendments(list)
    const applied = applyAmendments(base, read.map(a => a.ok ? a.operations : []))
    expect([read.map(a => a.ok || a.error), applied.refused, applied.nearMisses]).toEqual([[true], [], []])
    expect(group(applied.doc, n)).toEqual(paragraphs)
    expect(group(applied.doc, n + 1)).toEqual(group(base, n + 1))
    for (const style of ['negotiation', 'official'] as const) expect(roundTripProblem(base, applied.doc, style), style).toBeNull()
  })

  it('refuses a later amendment naming a subparagraph the replacement took out, and keeps one the list moves elsewhere', () => {
    const apply = (text: string) => applyAmendments(own, readAmendments(text).map(a => a.ok ? a.operations : []))
    const refused = apply(`1. Paragraph 13 should read:\n    ${op13}\n    (a) Prosecutors and judges;\n2. In paragraph 13 (b), delete the word “justice”.\n`)
    expect(refused.refused).toEqual([{ amendment: 2, reason: 'names operative paragraph 13 (b), which an earlier amendment deleted' }])
    const moved = apply(`1. Paragraph 13 should read:\n    ${op13}\n    (a) Prosecutors and judges;\n2. Move paragraph 13 (c) to become the first subparagraph of paragraph 13.\n`)
    expect(moved.refused).toEqual([])
    expect(group(moved.doc, 13)).toEqual([`0 ${op13}`, '1 Personnel of refugee and displaced persons reception facilities;', '1 Prosecutors and judges;'])
  })

  it('keeps the subparagraphs under one the list moves out of a paragraph set out again or deleted', () => {
    const [withRoman] = readAmendments('1. Paragraph 13 (a) should read:\n    (a) Law enforcement and border control officials, including:\n    (i) Police;\n    (ii) Border guards;\n').map(a => a.ok ? a.operations : [])
    const tabled = buildResolution(readResolution(applyAmendments(own, [withRoman]).doc))
    expect(group(tabled, 13).slice(1, 4)).toEqual(['1 Law enforcement and border control officials, including:', '2 Police;', '2 Border guards;'])
    for (const first of [`Paragraph 13 should read:\n    ${op13}\n    (a) Prosecutors and judges;`, 'Delete paragraph 13.']) {
      const applied = applyAmendments(tabled, readAmendments(`1. ${first}\n2. Move paragraph 13 (a) to become the first subparagraph of paragraph 14.\n`).map(a => a.ok ? a.operations : []))
      expect(applied.refused).toEqual([])
      expect(summarizeResolution(applied.doc).paragraphs.filter(p => /^OP1[34]\(a\)/.test(p.label)).map(p => p.text).slice(-3)).toEqual(['Law enforcement and border control officials, including:', 'Police;', 'Border guards;'])
    }
  })

  it('puts the subparagraphs one level under the paragraph where an earlier amendment made it a subparagraph', () => {
    const applied = applyAmendments(own, readAmendments(`1. Move paragraph 12 to become the last subparagraph of paragraph 11.\n2. Paragraph 12 should read:\n    ${op13}\n    (a) Prosecutors and judges;\n`).map(a => a.ok ? a.operations : []))
    expect(applied.refused).toEqual([])
    expect(group(applied.doc, 11).slice(1)).toEqual([`1 ${op13}`, '2 Prosecutors and judges;'])
  })
})
