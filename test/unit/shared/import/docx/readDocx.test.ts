import { describe, expect, it } from 'vitest'
import { strToU8, zipSync } from 'fflate'
import type { Node } from 'prosemirror-model'
import { readDocx, type DocxDocument } from '../../../../../shared/import/docx'
import { exportDocx, exportRedlineDocx } from '../../../../../shared/export/docx'
import { proposersByVersion } from '../../../../../shared/amend/proposers'
import { compareDocuments, diffDocuments } from '../../../../../shared/amend'
import { template2388 } from '../../../../../shared/template'
import { buildResolution, readResolution, type ResolutionDraft } from '../../../../../shared/schema'
import { scatterAmendments } from '../../../../bench/scatterAmendments'
import { decimalList, del, handMadeDocx, ins, markDeleted, p, r } from './handMadeDocx'

const template = template2388()

/// A document as plain data without paragraph ids, which a round trip renews.
function content(doc: Node): ResolutionDraft {
  const draft = readResolution(doc)
  const bare = (ps: ResolutionDraft['paragraphs']) => ps.map(({ pid: _pid, ...rest }) => rest)
  return { ...draft, paragraphs: bare(draft.paragraphs), annexes: draft.annexes?.map(a => ({ ...a, paragraphs: bare(a.paragraphs) })) } as ResolutionDraft
}

function read(bytes: Uint8Array): DocxDocument {
  const result = readDocx(bytes)
  if (!result.ok) throw new Error(result.error)
  return result.document
}

/// An excerpt from OP8 with a roman-first list, footnotes, a section and an annex.
const richDoc = () => buildResolution({
  meta: { ...readResolution(template).meta, symbol: 'S/2017/983', title: '', meeting: '' },
  organ: 'The Security Council',
  start: 8,
  paragraphs: [
    { kind: 'pp', text: 'Recalling its resolutions on the matter,', lead: 9, footnotes: [{ at: 39, text: 'S/RES/2331 (2016).' }] },
    { kind: 'op', text: 'Decides:', lead: 7 },
    { kind: 'sub', level: 1, listStyle: 'roman', text: 'To act without delay;', lead: 0 },
    { kind: 'sub', level: 1, listStyle: 'roman', text: 'To report;', lead: 0 },
    { kind: 'op', text: 'Requests a report on the Panel of Experts.', lead: 8, em: [[22, 41]] },
    { kind: 'op', text: 'Decides to remain seized of the matter.', lead: 7 }
  ],
  sections: [{ number: 'I', text: 'Follow-up', at: 5 }],
  annexes: [{ title: { text: 'Terms of reference' }, paragraphs: [{ kind: 'op', text: 'The panel meets yearly.', lead: 0 }, { kind: 'op', text: 'It reports.', lead: 0 }] }]
})

/// A French Security Council draft with lettered subparagraphs.
const frenchDoc = () => buildResolution({
  meta: { ...readResolution(template).meta, lang: 'fr', symbol: 'S/2017/983', date: '21 novembre 2017', meeting: '' },
  organ: 'Le Conseil de sécurité',
  paragraphs: [
    { kind: 'pp', text: 'Rappelant sa résolution 2331 (2016),', lead: 9 },
    { kind: 'op', text: 'Décide :', lead: 6 },
    { kind: 'sub', level: 1, text: 'D’agir sans délai;', lead: 0 },
    { kind: 'sub', level: 1, text: 'De faire rapport;', lead: 0 },
    { kind: 'op', text: 'Décide de demeurer activement saisi de la question.', lead: 6 }
  ]
})

/// A General Assembly Third Committee draft: its heading names the session and agenda item.
const gaDraft = () => buildResolution({
  meta: { ...readResolution(template).meta, symbol: 'A/C.3/72/L.12', distribution: 'Limited', date: '12 October 2017', original: 'English', meeting: '', session: 'Seventy-second session', agendaItem: '107', sponsors: 'Belarus', title: 'Improving the coordination of efforts against trafficking in persons' },
  organ: 'The General Assembly',
  paragraphs: [
    { kind: 'pp', text: 'Reaffirming its resolution 64/293 of 30 July 2010,', lead: 11 },
    { kind: 'op', text: 'Urges Member States to ratify the Protocol;', lead: 5 },
    { kind: 'op', text: 'Decides to continue its consideration of the question at its seventy-fourth session.', lead: 7 }
  ]
})

describe('readDocx', () => {
  it.each([
    ['2388, draft layout', () => template, 'draft'],
    ['2388, official layout', () => template, 'official'],
    ['2388 with 100 seeded amendments', () => scatterAmendments(template, 100, 2388), 'draft'],
    ['an excerpt with footnotes, a section, a roman-first list and an annex', richDoc, 'official'],
    ['a French draft with subparagraphs a), b)', frenchDoc, 'draft'],
    ['a General Assembly draft with its session and agenda item', gaDraft, 'official']
  ] as const)('reads its own clean .docx back to the same document: %s', async (_name, make, layout) => {
    const doc = make()
    const read1 = read(await exportDocx(doc, { layout }))
    expect(content(read1.current)).toEqual(content(doc))
    expect(read1.versions).toEqual([])
    expect(read1.base).toBe(read1.current)
  })

  it('opens a redline as base (all rejected), one version per author, and current (all accepted)', async () => {
    const current = scatterAmendments(template, 40, 11)
    const bytes = await exportRedlineDocx(template, current, {
      proposerOf: entry => entry.status === 'inserted' || entry.status === 'deleted' ? 'France' : 'Norway'
    })
    const docx = read(bytes)
    expect(content(docx.base)).toEqual(content(template))
    expect(content(docx.current)).toEqual(content(current))
    expect(docx.versions.map(v => v.author)).toEqual(['Norway', 'France'])
    expect(docx.versions[1].doc).toBe(docx.current)
    // Norway's version holds the word edits and moves, none of France's insertions and deletions.
    const norway = diffDocuments(docx.base, docx.versions[0].doc).entries
    expect(norway.some(e => e.status === 'modified')).toBe(true)
    expect(norway.filter(e => e.status === 'inserted' || e.status === 'deleted').every(e => e.moved || false)).toBe(true)
  })

  it('attributes each change of a hand-made .docx to its Word author', () => {
    const bytes = handMadeDocx([
      p(r('The Security Council,')),
      p(r('Recalling', true) + r(' its resolutions,')),
      p(r('Calls upon', true) + r(' Member States to act') + ins('France', 1, r(' without delay')) + r(';'), 0),
      p(r('Requests', true) + r(' a report') + del('Russian Federation', 2, ' every year') + r(';'), 0),
      p(del('Russian Federation', 3, 'Encourages regional cooperation;'), 0, markDeleted('Russian Federation', 4)),
      p(r('Decides', true) + r(' to remain seized of the matter.'), 0)
    ].join(''), { numbering: decimalList })
    const docx = read(bytes)
    expect(docx.versions.map(v => v.author)).toEqual(['France', 'Russian Federation'])
    const ops = (doc: Node) => readResolution(doc).paragraphs.filter(q => q.kind === 'op').map(q => q.text)
    expect(ops(docx.base)).toEqual(['Calls upon Member States to act;', 'Requests a report every year;', 'Encourages regional cooperation;', 'Decides to remain seized of the matter.'])
    expect(ops(docx.current)).toEqual(['Calls upon Member States to act without delay;', 'Requests a report;', 'Decides to remain seized of the matter.'])
    const proposerOf = proposersByVersion(docx.base, docx.versions)
    const changes = diffDocuments(docx.base, docx.current).entries.filter(e => e.status !== 'unchanged')
    expect(changes.map(e => [e.status, proposerOf(e)])).toEqual([['modified', 'France'], ['modified', 'Russian Federation'], ['deleted', 'Russian Federation']])
    expect(compareDocuments(docx.base, docx.current).changes).toHaveLength(3)
  })

  it('numbers paragraphs as Word displays them, not as typed', () => {
    const bytes = handMadeDocx([
      p(r('The General Assembly,')),
      p(r('Recalling', true) + r(' its resolution 70/1,')),
      p(r('Decides:'), 0),
      p(r('To act;'), 1),
      p(r('To report;'), 1),
      p(r('7. Requests a report.'), 0)
    ].join(''), { numbering: decimalList })
    const doc = read(bytes).current
    expect(readResolution(doc).paragraphs.map(q => [q.kind, q.text])).toEqual([
      ['pp', 'Recalling its resolution 70/1,'], ['op', 'Decides:'], ['sub', 'To act;'], ['sub', 'To report;'], ['op', '7. Requests a report.']
    ])
  })

  it('reads comments anchored to a paragraph and a range of its text', () => {
    const bytes = handMadeDocx([
      p(r('The Security Council,')),
      p(r('Recalling', true) + r(' its ') + '<w:commentRangeStart w:id="0"/>' + r('resolutions') + '<w:commentRangeEnd w:id="0"/>' + r(',')),
      p(r('Decides', true) + r(' to remain seized of the matter.'))
    ].join(''), { comments: '<w:comment w:id="0" w:author="Ghana" w:date="2026-11-04T09:00:00Z"><w:p><w:r><w:t>Which ones?</w:t></w:r></w:p></w:comment>' })
    const docx = read(bytes)
    const pp1 = readResolution(docx.current).paragraphs[0]
    expect(docx.comments).toEqual([{ id: '0', author: 'Ghana', date: '2026-11-04T09:00:00Z', text: 'Which ones?', pid: pp1.pid, from: 14, to: 25 }])
    expect(pp1.text.slice(14, 25)).toBe('resolutions')
  })

  it('writes comments out and reads them back, anchored to the same words', async () => {
    const pps = readResolution(template).paragraphs
    const comments = [
      { id: 'c1', author: 'Ghana', date: '2026-11-04T09:00:00.000Z', text: 'Which statement?', pid: pps[0].pid!, from: 10, to: 32 },
      { id: 'c2', author: 'Peru', date: null, text: 'Agreed ad ref.\nSee PP1.', pid: pps[30].pid!, from: 0, to: pps[30].text.length },
      { id: 'c3', author: 'Ghana', date: '2026-11-05T09:00:00.000Z', text: 'Thank you.', pid: pps[30].pid!, from: 0, to: 4, replyTo: 'c2', resolved: true }
    ]
    const docx = read(await exportDocx(template, { comments }))
    const after = readResolution(docx.current).paragraphs
    expect(docx.comments.map(c => ({ ...c, date: c.date && new Date(c.date).toISOString() }))).toEqual([
      { id: '0', author: 'Ghana', date: '2026-11-04T09:00:00.000Z', text: 'Which statement?', pid: after[0].pid, from: 10, to: 32 },
      // The docx library dates an undated comment with the time of the export.
      { id: '1', author: 'Peru', date: expect.any(String), text: 'Agreed ad ref.\nSee PP1.', pid: after[30].pid, from: 0, to: pps[30].text.length },
      { id: '2', author: 'Ghana', date: '2026-11-05T09:00:00.000Z', text: 'Thank you.', pid: after[30].pid, from: 0, to: 4, replyTo: '1', resolved: true }
    ])
    expect(after[0].text.slice(10, 32)).toBe('presidential statement')
  })

  it.each([
    ['an encrypted file (OLE compound)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /^is encrypted or an old \.doc \(an OLE compound file, not a \.docx zip\)/],
    ['a text file', strToU8('The Security Council,\n'), /^is not a \.docx \(not a zip file\)$/],
    ['a truncated zip', handMadeDocx(p(r('x'))).slice(0, 60), /^is a damaged \.docx \(the zip cannot be read: /],
    ['a zip without a Word document', zipSync({ 'a.txt': strToU8('x') }), /^is not a Word document \(no word\/document\.xml\)$/],
    ['broken XML', zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p></w:body>') }), /^is a damaged \.docx \(XML: /],
    ['a letter, not a resolution', handMadeDocx(p(r('Dear colleagues,')) + p(r('Please find the draft attached.'))), /^not a resolution: /]
  ])('refuses %s with a one-line message', (_name, bytes, message) => {
    const result = readDocx(bytes)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toMatch(message)
      expect(result.error).not.toContain('\n')
    }
  })
})
