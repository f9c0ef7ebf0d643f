import { describe, expect, it } from 'vitest'
import type { Node } from 'prosemirror-model'
import { fileInPartsInSlices, jsonText } from '../../../../renderer/worker/documentJson'
import { fileInParts } from '../../../../renderer/document/fileInParts'
import { buildResolution, readResolution } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'
import { annexFootnotesDraft } from '../../../support/structuredDrafts'
import { draftWithVersions } from '../../../support/manyVersions'

/// 2388 with its operative part pasted `times` times more, with fresh ids.
function pasted(times: number): Node {
  const draft = readResolution(template2388())
  const ops = draft.paragraphs.filter(p => p.kind === 'op').map(p => ({ ...p, pid: undefined }))
  return buildResolution({ ...draft, paragraphs: [...draft.paragraphs, ...Array.from({ length: times }, () => ops).flat()] })
}

describe('jsonText', () => {
  it.each<[string, () => Node]>([
    ['2388', template2388],
    ['a text with sections, an annex, footnotes and italics', () => buildResolution(annexFootnotesDraft)],
    ['2388 with its operative part pasted 20 times', () => pasted(20)]
  ])('is the JSON text of %s', (_name, make) => {
    const doc = make()
    expect(jsonText(doc)).toBe(JSON.stringify(doc.toJSON()))
  })

  it('after typing in one paragraph, is the new text, the others\' texts kept', () => {
    const doc = template2388()
    jsonText(doc)
    const op = doc.child(3), first = op.child(0)
    const typed = doc.copy(doc.content.replaceChild(3, op.copy(op.content.replaceChild(0, first.copy(first.content.addToEnd(doc.type.schema.text(' and more')))))))
    expect(jsonText(typed)).toBe(JSON.stringify(typed.toJSON()))
    expect(jsonText(typed)).not.toBe(jsonText(doc))
  })
})

describe('fileInPartsInSlices', () => {
  it.each([
    ['2388 with three saved versions', () => draftWithVersions(3)],
    ['a pasted text of 8,000 paragraphs', () => ({ ...draftWithVersions(0), current: pasted(229) })]
  ])('gives the parts of %s that fileInParts gives, over several tasks for the big one', async (_name, make) => {
    const file = make()
    let ticks = 0
    const timer = setInterval(() => { ticks++ }, 0)
    const parts = await fileInPartsInSlices(file)
    clearInterval(timer)
    expect(parts).toEqual(fileInParts(file))
    if (file.current.content.size > 1_000_000) expect(ticks).toBeGreaterThan(0)
  })
})
