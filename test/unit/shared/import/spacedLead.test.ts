import { describe, expect, it } from 'vitest'
import { mendSpacedLead } from '../../../../shared/import/spacedLead'

describe('mendSpacedLead', () => {
  it.each([
    ['the lead of S/RES/1364 (2001) as vlex.com gives it', 'Ayan t ex am iné', 'Ayant examiné'],
    ['a lead whose spaces moved, the text after it as written', 'Reca llin g its resolution 2331 (2016)', 'Recalling its resolution 2331 (2016)'],
    ['an operative verb and its particle', 'Call s up on States', 'Calls upon States'],
    ['a lead as printed', 'Ayant examiné le rapport', 'Ayant examiné le rapport'],
    ['a line whose first words spell no phrase', 'Un ited Nations', 'Un ited Nations'],
    ['words inside a line, which the letters cannot place', 'le rapport ex am iné', 'le rapport ex am iné'],
    ['a numbered paragraph', '1. De cides', '1. De cides'],
    ['a phrase the letters only begin', 'Ayan t ex', 'Ayan t ex']
  ])('%s: %s', (_, text, mended) => {
    expect(mendSpacedLead(text)).toBe(mended)
  })

  it('looks no further than the longest phrase: a line of 100,000 one-letter words costs no more than a short one', () => {
    const long = 'a '.repeat(100_000)
    const start = performance.now()
    expect(mendSpacedLead(long)).toBe(long)
    expect(performance.now() - start).toBeLessThan(50)
  })
})
