import { describe, expect, it } from 'vitest'
import type { Node } from 'prosemirror-model'
import { exportRedlineDocx } from '../../../../../shared/export/docx'
import { diffDocuments } from '../../../../../shared/amend'
import { template2388 } from '../../../../../shared/template'
import { buildResolution, readResolution } from '../../../../../shared/schema'
import { childNamed, descendantsNamed, type XmlElement } from '../../../../../shared/import/docx/xml'
import { scatterAmendments } from '../../../../bench/scatterAmendments'
import { bodyParagraphs, docxParts } from './docxParts'
import { compareCaseDocument, excerptDraft, settledLines, documentLines } from './settledLines'

const template = template2388()

/// A document with a PP deleted, an OP inserted as the last one, OP2 moved after OP5 and
/// words edited in OP1: every kind of change, and a tracked paragraph at the end.
function handMadeRevision(): Node {
  const draft = readResolution(template)
  const ps = draft.paragraphs.slice()
  const op1 = ps.findIndex(p => p.kind === 'op')
  ps[op1] = { ...ps[op1], text: ps[op1].text.replace('in the strongest terms', 'in the strongest possible terms') }
  const [op2] = ps.splice(op1 + 1, 1)
  ps.splice(op1 + 4, 0, op2)
  ps.splice(2, 1)
  ps.push({ kind: 'op', text: 'Decides to review the matter within six months.', lead: 7, pid: 'new-last' })
  return buildResolution({ ...draft, paragraphs: ps })
}

const pairs: Array<[string, () => [Node, Node]]> = [
  ['2388 with 100 seeded amendments', () => [template, scatterAmendments(template, 100, 2388)]],
  ['2388 with 100 other seeded amendments', () => [template, scatterAmendments(template, 100, 7)]],
  ['2388 with a deletion, a move, an edit and a last paragraph inserted', () => [template, handMadeRevision()]],
  ['compare case number-thousands-compare', () => [compareCaseDocument('number-thousands-compare', 'a'), compareCaseDocument('number-thousands-compare', 'b')]],
  ['compare case reversed-ops-compare', () => [compareCaseDocument('reversed-ops-compare', 'a'), compareCaseDocument('reversed-ops-compare', 'b')]]
]

/// Changes compare --json tells otherwise than word by word: heading lines, section
/// headings and annex titles, which it does not list, and footnote references, for which
/// it quotes whole paragraphs.
const otherPairs: Array<[string, () => [Node, Node]]> = [
  ['an excerpt whose section heading, annex title and annexes changed', () => {
    const draft = excerptDraft()
    return [buildResolution(draft), buildResolution({
      ...draft,
      sections: [{ number: 'II', text: 'Reporting', at: 4 }],
      annexes: [{ ...draft.annexes![0], title: { text: 'Revised terms of reference' } }, { title: { text: 'Members' }, paragraphs: [{ kind: 'op', text: 'Five experts.', lead: 0 }] }]
    })]
  }],
  ['an excerpt that loses its section and its annex', () => {
    const draft = excerptDraft()
    return [buildResolution(draft), buildResolution({ ...draft, sections: [], annexes: [] })]
  }],
  ['an excerpt with footnotes, a section and an annex: a note moved, a subparagraph deleted', () => {
    const draft = excerptDraft()
    const [pp, op, sub1, , op2] = draft.paragraphs
    const paragraphs = [{ ...pp, footnotes: [{ at: 9, text: 'S/RES/2331 (2016).' }] }, op, { ...sub1, footnotes: [] }, op2]
    return [buildResolution(draft), buildResolution({ ...draft, paragraphs })]
  }],
  ['2388 with its adoption date and meeting changed in the heading', () => {
    const draft = readResolution(template)
    return [template, buildResolution({ ...draft, meta: { ...draft.meta, date: '22 November 2017', meeting: '8112th' } })]
  }],
  ['2388 as a draft: heading lines replaced', () => {
    const draft = readResolution(template)
    return [template, buildResolution({ ...draft, meta: { ...draft.meta, symbol: 'S/2017/983', distribution: 'Provisional', original: 'English', sponsors: 'United States of America' } })]
  }]
]

/// The revisions inside paragraphs (not paragraph marks) and on paragraph marks.
function revisions(body: XmlElement[], kind: 'w:ins' | 'w:del') {
  const inline = body.flatMap(p => p.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === kind))
  const marks = body.flatMap(p => descendantsNamed(childNamed(p, 'w:pPr') ?? p, kind))
  return { inline, marks }
}

describe('exportRedlineDocx', () => {
  it.each([...pairs, ...otherPairs])('%s: accepting all gives the current text, rejecting all the base', async (_name, make) => {
    const [base, current] = make()
    const bytes = await exportRedlineDocx(base, current, { author: 'Penholder tests', date: new Date('2026-11-30T12:00:00Z') })
    expect(settledLines(bytes, true)).toEqual(documentLines(current))
    expect(settledLines(bytes, false)).toEqual(documentLines(base))
  })

  it.each(pairs)('%s: one w:ins and one w:del per word edit of each paragraph, each signed, ids unique', async (_name, make) => {
    const [base, current] = make()
    const bytes = await exportRedlineDocx(base, current, { author: 'France', date: new Date('2026-11-30T12:00:00Z') })
    const body = bodyParagraphs(docxParts(bytes))
    const ins = revisions(body, 'w:ins'), del = revisions(body, 'w:del')
    const entries = diffDocuments(base, current).entries
    const edits = entries.filter(e => e.status === 'modified' && !e.moved).flatMap(e => e.words!.edits.map(w => w.op))
    const inserted = entries.filter(e => e.status === 'inserted').length
    const deleted = entries.filter(e => e.status === 'deleted').length
    const moved = entries.filter(e => e.moved).length
    expect(ins.inline).toHaveLength(edits.filter(op => op !== 'delete').length + inserted + moved)
    expect(del.inline).toHaveLength(edits.filter(op => op !== 'insert').length + deleted + moved)
    expect(ins.marks).toHaveLength(inserted + moved)
    expect(del.marks).toHaveLength(deleted + moved)
    const all = [...ins.inline, ...ins.marks, ...del.inline, ...del.marks]
    expect(all.every(r => r.attrs['w:author'] === 'France' && r.attrs['w:date'] === '2026-11-30T12:00:00Z')).toBe(true)
    expect(new Set(all.map(r => r.attrs['w:id'])).size).toBe(all.length)
    expect(revisions(body.slice(-1), 'w:ins').marks.length + revisions(body.slice(-1), 'w:del').marks.length).toBe(0)
  })

  it('signs each revision with its proposer where one is known', async () => {
    const current = handMadeRevision()
    const bytes = await exportRedlineDocx(template, current, {
      author: 'Penholder tests',
      proposerOf: entry => entry.status === 'inserted' ? 'Norway' : undefined
    })
    const body = bodyParagraphs(docxParts(bytes))
    const authors = new Set(revisions(body, 'w:ins').marks.map(r => r.attrs['w:author']))
    expect(authors).toEqual(new Set(['Norway', 'Penholder tests']))
    expect(revisions(body, 'w:del').inline.every(r => r.attrs['w:author'] === 'Penholder tests')).toBe(true)
  })
})
