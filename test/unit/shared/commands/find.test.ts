import { describe, expect, it } from 'vitest'
import { findMatches, replaceAll, replaceMatch } from '../../../../shared/commands'
import { readResolution, summarizeResolution } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'

/// An oracle apart from the code under test: a regular expression over the organ line and
/// the paragraph texts.
function occurrences(query: string, options: { caseSensitive?: boolean, wholeWord?: boolean }): number {
  const { organ, paragraphs } = readResolution(template2388())
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = options.wholeWord ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : escaped
  const flags = 'gu' + (options.caseSensitive ? '' : 'i')
  return [organ, ...paragraphs.map(p => p.text)].reduce((n, text) => n + (text.match(new RegExp(pattern, flags))?.length ?? 0), 0)
}
import { amendments, run, templateState } from './fixtures/editor'

describe('find and replace', () => {
  const start = templateState()
  const text = (state: typeof start, m: { from: number, to: number }) => state.doc.textBetween(m.from, m.to)

  it.each([
    ['trafficking in persons', {}],
    ['Recalling', { caseSensitive: true }],
    ['recalling', {}],
    ['Member States', { caseSensitive: true }],
    ['State', { wholeWord: true }],
    ['State', {}],
    ['Security Council', {}]
  ])('finds %j (%j) as often as it occurs', (query, options) => {
    const matches = findMatches(start.doc, query, options)
    expect(matches.length).toBeGreaterThan(0)
    expect(matches).toHaveLength(occurrences(query, options))
    for (const m of matches) expect(text(start, m).toLowerCase()).toBe(query.toLowerCase())
  })

  it('finds nothing for an empty query or a word only inside others', () => {
    expect(findMatches(start.doc, '')).toEqual([])
    expect(findMatches(start.doc, 'traffick', { wholeWord: true })).toEqual([])
  })

  it('replaces one match and keeps the italic opening phrase italic', () => {
    const [first] = findMatches(start.doc, 'Further calls upon', { caseSensitive: true })
    const state = run(start, replaceMatch(first, 'Further urges'))!
    expect(summarizeResolution(state.doc).paragraphs[27].lead).toBe('Further urges')
    expect(amendments(state)).toEqual(['In operative paragraph 4, replace the words “calls upon” with “urges”'])
  })

  it('replaces all as one change, and says when there is nothing to replace', () => {
    const state = run(start, replaceAll('Member States', 'States Members', { caseSensitive: true }))!
    expect(findMatches(state.doc, 'Member States', { caseSensitive: true })).toEqual([])
    expect(findMatches(state.doc, 'States Members', { caseSensitive: true })).toHaveLength(occurrences('Member States', { caseSensitive: true }))
    expect(run(start, replaceAll('no such words', 'x'))).toBeNull()
  })
})
