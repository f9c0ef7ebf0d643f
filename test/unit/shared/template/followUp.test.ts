import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Node } from 'prosemirror-model'
import { followUpDraft, template2388 } from '../../../../shared/template'
import { importResolution } from '../../../../shared/import'
import { amendmentsOf, describeAmendment, diffDocuments } from '../../../../shared/amend'
import { readResolution } from '../../../../shared/schema'

const corpus = (name: string): Node => {
  const imported = importResolution(readFileSync(new URL(`../../../corpus/${name}`, import.meta.url), 'utf8'))
  if (!imported.ok) throw new Error(`${name}: ${imported.error}`)
  return imported.doc
}

const now = new Date(2026, 10, 30, 14, 45)

const follow = (source: Node) => {
  const result = followUpDraft(source, now)
  if (!result.ok) throw new Error(result.error)
  return result.draft
}

/// The first PP with no-break spaces shown as spaces (2388 prints `2331\u00a0(2016)`).
const pp = (doc: Node, n: number) => readResolution(doc).paragraphs.filter(p => p.kind === 'pp')[n - 1].text.replace(/\u00a0/g, ' ')
const ops = (doc: Node) => readResolution(doc).paragraphs.filter(p => p.kind === 'op')

describe('followUpDraft', () => {
  it.each([
    // source, its first PP as the follow-up has it, whether that PP is new
    ['2388', template2388, 'Recalling presidential statement 2015/25, resolutions 2331 (2016) and 2388 (2017),', false],
    ['1397', () => corpus('sc-1397-2002-pdf-extraction.txt'), 'Recalling all its previous relevant resolutions, in particular resolutions 242 (1967), 338 (1973) and 1397 (2002),', false],
    ['80/3', () => corpus('ga-80-3-pdf-extraction.txt'), 'Recalling its resolutions 76/217 of 17 December 2021, 77/246 of 30 December 2022, 77/329 of 25 August 2023, 78/315 of 10 July 2024, 79/279 of 11 April 2025 and 80/3 of 14 October 2025 on the convening of the Third United Nations Conference on Landlocked Developing Countries,', false],
    ['80/1', () => corpus('ga-80-1-pdf-extraction.txt'), 'Recalling its resolution 80/1 of 19 September 2025,', true]
  ] as const)('%s: the recall of the source, as the draft’s one amendment', (_, source, firstPP, inserted) => {
    const doc = source()
    const draft = follow(doc)
    expect(draft.base).toBe(doc)
    expect(pp(draft.current, 1)).toBe(firstPP)
    const sourcePPs = readResolution(doc).paragraphs.filter(p => p.kind === 'pp').length
    expect(readResolution(draft.current).paragraphs.filter(p => p.kind === 'pp').length).toBe(sourcePPs + (inserted ? 1 : 0))
    const diff = diffDocuments(draft.base, draft.current)
    const amendments = amendmentsOf(diff)
    expect(amendments).toHaveLength(1)
    expect(describeAmendment(amendments[0], diff)).toMatch(inserted ? /^Insert, as the first preambular paragraph, / : /^In preambular paragraph 1, /)
    expect(ops(draft.current).map(p => p.text)).toEqual(ops(doc).map(p => p.text))
  })

  it('2388: the citation in PP1 extended, worded as one replacement of the citation, a draft heading dated today, the last OP kept', () => {
    const draft = follow(template2388())
    const diff = diffDocuments(draft.base, draft.current)
    expect(describeAmendment(amendmentsOf(diff)[0], diff)).toBe('In preambular paragraph 1, replace the words “resolution\u00a02331 (2016)” with “resolutions\u00a02331 (2016) and 2388 (2017)”')
    expect(readResolution(draft.current).meta).toMatchObject({
      symbol: 'S/2026/…', date: '30 November 2026', meeting: '', sponsors: '', distribution: 'Provisional', original: 'English', lang: 'en'
    })
    expect(ops(draft.current).at(-1)!.text).toBe('Decides to remain actively seized of this matter.')
    expect(draft.title).toBe('Follow-up to resolution 2388 (2017)')
  })

  it.each([
    ['a draft', () => follow(template2388()).current, '“S/2026/…”'],
    ['a text without its symbol (242 as reprinted)', () => corpus('sc-242-1967.txt'), '“none”']
  ] as const)('refuses %s, naming its symbol', (_, source, named) => {
    expect(followUpDraft(source(), now)).toEqual({ ok: false, error: expect.stringContaining(named) })
  })
})
