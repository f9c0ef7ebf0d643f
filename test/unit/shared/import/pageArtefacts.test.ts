import { describe, expect, it } from 'vitest'
import { removePageArtefacts, isArtefactLine } from '../../../../shared/import/pageArtefacts'

describe('page artefacts of a PDF copy', () => {
  it.each([
    ['S/RES/2331 (2016)', true], ['17-20574', true], ['3/7', true], ['17-20574  3/7', true],
    ['2/7  16-22896', true], ['16-22896 (E)', true], ['*1720574*', true], ['Page 3', true],
    ['A/RES/64/174', true], ['25-03411 (E)    040325', true], ['*2503411*', true], ['A/HRC/S-4/L.1*', true], ['2/5 25-16680', true],
    ['2016', false], ['resolution 2331 (2016),', false], ['3', false],
    ['Recalling presidential statement 2015/25, resolution 2331 (2016),', false]
  ])('%j is an artefact: %s', (line, artefact) => {
    expect(isArtefactLine(line)).toBe(artefact)
  })
  it('drops artefacts and end marks, keeps the text and line numbers', () => {
    const lines = ['Recalling its resolution', 'S/RES/2388 (2017)', '2331 (2016),', '* *** *', 'For information media. Not an official record.']
      .map((text, i) => ({ text, line: i + 1 }))
    expect(removePageArtefacts(lines)).toEqual([{ text: 'Recalling its resolution', line: 1 }, { text: '2331 (2016),', line: 3 }])
  })
  it('drops a running header that repeats the title beside other furniture, not an annex title', () => {
    const lines = ['of the', 'A/RES/80/3', 'Awaza Political Declaration', '', '25-16680', '2/5', 'partnerships', 'Annex', 'Awaza Political Declaration', '1. We']
      .map((text, i) => ({ text, line: i + 1 }))
    expect(removePageArtefacts(lines, 'Awaza Political Declaration').map(l => l.text)).toEqual(['of the', '', 'partnerships', 'Annex', 'Awaza Political Declaration', '1. We'])
  })
  it('drops the title alone on its line, as a text extraction leaves the header (A/RES/80/27), and a page-break mark at a line end (A/RES/80/22)', () => {
    const lines = ['Noting that essential guidelines were adopted at the tenth special session of the General Assembly, 1', '', '1 Resolution S-10/2.', '', 'Regional disarmament', '',
      'Recalling the guidelines,', 'at the national, regional and international ---', '', 'levels;', 'Annex', 'Regional disarmament']
      .map((text, i) => ({ text, line: i + 1 }))
    expect(removePageArtefacts(lines, 'Regional disarmament').map(l => l.text)).toEqual([
      'Noting that essential guidelines were adopted at the tenth special session of the General Assembly, 1', '', '1 Resolution S-10/2.', '', '',
      'Recalling the guidelines,', 'at the national, regional and international', '', 'levels;', 'Annex', 'Regional disarmament'])
  })
  it.each([
    ['a long run of spaces', 'Recalling' + ' '.repeat(400_000) + 'the guidelines,'],
    ['a long run of dashes inside a line', 'Recalling ' + '-'.repeat(400_000) + ' the guidelines,'],
    ['a long run of spaces before a page-break mark', 'international' + ' '.repeat(400_000) + '---']
  ])('reads a line with %s in time linear in its length (under 400 ms of processor time for 400,000 characters)', (_, text) => {
    const start = process.cpuUsage()
    const [kept] = removePageArtefacts([{ text, line: 1 }])
    const used = process.cpuUsage(start)
    expect(kept.text).toBe(text.endsWith('---') ? 'international' : text)
    expect((used.user + used.system) / 1000).toBeLessThan(400)
  })
})
