import { readFileSync } from 'node:fs'
import type { Node } from 'prosemirror-model'
import { importResolution } from '../../../../../shared/import'
import { frontMatter, resolutionBlocks } from '../../../../../shared/export/docx/blocks'
import { footnoteMark, labelParagraphs, readResolution, type ResolutionDraft } from '../../../../../shared/schema'
import { template2388 } from '../../../../../shared/template'
import { openDocx } from '../../../../../shared/import/docx/package'
import { readParagraphs } from '../../../../../shared/import/docx/body'
import { acceptAll, rejectAll, settleRevisions } from '../../../../../shared/import/docx/revisions'
import { WordNumbering, styleNumbering } from '../../../../../shared/import/docx/numbering'
import { childNamed } from '../../../../../shared/import/docx/xml'

/// The lines of a .docx once every revision is accepted (or rejected), each paragraph as
/// the number Word displays, a tab and its text; empty paragraphs left out.
export function settledLines(bytes: Uint8Array, accept: boolean): string[] {
  const opened = openDocx(bytes)
  if (!opened.ok) throw new Error(opened.error)
  const { document, styles, numbering } = opened.parts
  const paragraphs = readParagraphs(childNamed(document, 'w:body')!, styleNumbering(styles))
  const settled = settleRevisions(paragraphs, accept ? acceptAll : rejectAll)
  const numbers = new WordNumbering(numbering).displayNumbers(settled)
  return settled
    .map((p, i) => (numbers[i] ? numbers[i] + '\t' : '') + p.runs.map(r => r.footnote === undefined ? r.text : footnoteMark).join(''))
    .filter(line => line !== '')
}

/// The lines a document should read as: heading lines, organ line, each paragraph with
/// its number (a footnote reference as its mark), section headings, annex captions and
/// titles, closing lines.
export function documentLines(doc: Node): string[] {
  const labels = labelParagraphs(doc)
  const lines = frontMatter(doc).map(line => line.text)
  let i = 0
  for (const block of resolutionBlocks(doc)) {
    if (block.kind === 'line') { lines.push(block.pieces.map(p => p.text).join('')); continue }
    const number = labels[i++].number
    lines.push((number ? number + '\t' : '') + block.node.textContent)
  }
  return lines
}

/// Side `a` or `b` of a shared compare case (test/cases/compare/<name>/), imported.
export function compareCaseDocument(name: string, side: 'a' | 'b'): Node {
  const imported = importResolution(readFileSync(new URL(`../../../../cases/compare/${name}/${side}.txt`, import.meta.url), 'utf8'))
  if (!imported.ok) throw new Error(imported.error)
  return imported.doc
}

/// An excerpt from OP8 with a roman-first list, a footnote, a section and an annex.
export function excerptDraft(): ResolutionDraft {
  return {
    meta: { ...readResolution(template2388()).meta, symbol: 'S/2017/983', title: '', meeting: '' },
    organ: 'The Security Council',
    start: 8,
    paragraphs: [
      { kind: 'pp', text: 'Recalling its resolutions,', lead: 9 },
      { kind: 'op', text: 'Decides:', lead: 7 },
      { kind: 'sub', level: 1, listStyle: 'roman', text: 'To act;', lead: 0, footnotes: [{ at: 6, text: 'See S/2017/939.' }] },
      { kind: 'sub', level: 1, listStyle: 'roman', text: 'At once;', lead: 0 },
      { kind: 'op', text: 'Requests a report.', lead: 8 }
    ],
    sections: [{ number: 'I', text: 'Follow-up', at: 2 }],
    annexes: [{ title: { text: 'Terms of reference' }, paragraphs: [{ kind: 'op', text: 'The panel meets yearly.', lead: 0 }] }]
  }
}
