import type { Node } from 'prosemirror-model'
import { frontMatter } from '../../../../../shared/export/docx/exportDocx'
import { labelParagraphs, forEachParagraph } from '../../../../../shared/schema'
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
    .map((p, i) => (numbers[i] ? numbers[i] + '\t' : '') + p.runs.map(r => r.text).join(''))
    .filter(line => line !== '')
}

/// The lines a document should read as: heading lines, organ line, and each paragraph
/// with its number.
export function documentLines(doc: Node): string[] {
  const labels = labelParagraphs(doc)
  const lines = frontMatter(doc).map(line => line.text)
  let i = 0
  forEachParagraph(doc, node => {
    const number = labels[i++].number
    lines.push((number ? number + '\t' : '') + node.textContent)
  })
  return lines
}
