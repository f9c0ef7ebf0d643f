import { AlignmentType, LevelFormat, LevelSuffix, Paragraph, TextRun } from 'docx'
import type { ResolutionMeta } from '../../schema'
import { amendmentsFront } from '../amendmentsDocument'
import { indentStep, type DocxOptions } from './layout'
import { packageResolution } from './package'
import { styleIds } from './paragraphStyles'

const amendmentList = 'ph-amendments'

/// The amendments to a draft as a document, the way they are issued: the draft's
/// symbol, the proposing delegations and the title (`amendmentsFront`), then the amendments on a real Word list
/// numbered `1.`, `2.`…, each text set out on its own line (`descriptions` as
/// `describeAmendment` words them, set-out text after a line break) indented under its
/// amendment. `proposers` are named in the order given.
export async function exportAmendmentsDocx(meta: ResolutionMeta, descriptions: readonly string[], proposers: readonly string[], options: DocxOptions = {}): Promise<Uint8Array> {
  const front = amendmentsFront(meta, proposers)
  const body: Paragraph[] = [
    ...front.symbol ? [new Paragraph({ style: styleIds.heading, alignment: AlignmentType.RIGHT, children: [new TextRun(front.symbol)] })] : [],
    ...front.proposers ? [new Paragraph({ style: styleIds.organ, children: [new TextRun(front.proposers)] })] : [],
    new Paragraph({ style: styleIds.section, children: [new TextRun(front.title)] })
  ]
  for (const description of descriptions) {
    const [first, ...setOut] = description.split('\n')
    body.push(new Paragraph({ style: styleIds.op, numbering: { reference: amendmentList, level: 0, instance: 0, custom: true }, children: [new TextRun(first)] }))
    for (const line of setOut) body.push(new Paragraph({ style: styleIds.pp, children: [new TextRun(line.trim())] }))
  }
  const numbering = {
    config: [{
      reference: amendmentList,
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, suffix: LevelSuffix.TAB, style: { paragraph: { indent: { left: indentStep * 2, hanging: indentStep } } } }]
    }]
  }
  return packageResolution({ ...meta, title: front.title }, body, numbering, options)
}
