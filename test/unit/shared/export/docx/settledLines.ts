import { readFileSync } from 'node:fs'
import type { Node } from 'prosemirror-model'
import { importResolution } from '../../../../../shared/import'
import { frontMatter, resolutionBlocks } from '../../../../../shared/export/docx/blocks'
import { footnoteMark, labelParagraphs } from '../../../../../shared/schema'
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
