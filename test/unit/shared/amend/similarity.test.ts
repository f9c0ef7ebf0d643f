import { describe, expect, it } from 'vitest'
import { profileSimilarity, textProfile } from '../../../../shared/amend/similarity'
import { similarityThreshold } from '../../../../shared/amend/align'
import { at, reword, templateParagraphs } from './revisions'

const ps = templateParagraphs()
const similarity = (a: string, b: string) => profileSimilarity(textProfile(a), textProfile(b))

describe('profileSimilarity', () => {
  it('rates a text 1 against itself, whatever the case and spacing', () => {
    expect(similarity(ps[at('OP4')].text, ps[at('OP4')].text.toUpperCase().replace(/ /g, '  '))).toBe(1)
  })

  it('rates texts with no word in common 0', () => {
    expect(similarity('Decides to remain seized', 'Urges Member States')).toBe(0)
  })

  it.each([
    ['OP4', 'review, amend and implement', 'review and implement'],
    ['OP5', 'step up their efforts', 'redouble their efforts'],
    ['OP35', 'of this matter', 'of the matter'],
    ['PP2', 'Taking note of', 'Welcoming']
  ])('keeps a lightly edited %s above the threshold', (label, from, to) => {
    const p = ps[at(label)]
    expect(similarity(p.text, reword(p, from, to).text)).toBeGreaterThanOrEqual(similarityThreshold)
  })

  it('keeps every pair of different 2388 paragraphs of one kind below the threshold', () => {
    let highest = 0
    for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) {
      if (ps[i].kind === ps[j].kind) highest = Math.max(highest, similarity(ps[i].text, ps[j].text))
    }
    expect(highest).toBeLessThan(similarityThreshold)
  })
})
