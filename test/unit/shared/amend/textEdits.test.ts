import { describe, expect, it } from 'vitest'
import { applyTextEdits, closestText, spliceText, wholeWordMatches, type TextEdit } from '../../../../shared/amend/textEdits'
import { footnoteMark } from '../../../../shared/schema'
import { at, templateParagraphs } from './revisions'
import { readFileSync } from 'node:fs'
import { importResolution } from '../../../../shared/import'
import { readParagraphs } from '../../../../shared/amend/paragraphs'

/// Paragraphs of a real draft, by label, with a footnote mark where each reference stands.
function draftParagraphs(path: string): Map<string, string> {
  const imported = importResolution(readFileSync(new URL(`../../../corpus/amendments/${path}`, import.meta.url), 'utf8'))
  if (!imported.ok) throw new Error(imported.error)
  return new Map(readParagraphs(imported.doc).map(r => [r.label, r.text]))
}
const l25 = draftParagraphs('A-80-L.30/draft-A-80-L.25.txt')
const l27 = draftParagraphs('A-80-L.35/draft-A-80-L.27.txt')

const op4 = templateParagraphs()[at('OP4')].text

describe('spliceText', () => {
  it.each([
    ['a word between words', ['related ', 'and policies', ' legislation'], 'related and policies legislation'],
    ['words before a comma', ['Member States', 'and others', ', where'], 'Member States and others, where'],
    ['words opening with a comma', ['instruments', ', in accordance with law', ';'], 'instruments, in accordance with law;'],
    ['a deletion between two spaces', ['Shabaab, ', '', ' and other'], 'Shabaab, and other'],
    ['a deletion before a comma', ['the word ', '', ', and'], 'the word, and'],
    ['the last words of a paragraph deleted, no space left behind them', ['Decides to remain seized of the matter ', '', ''], 'Decides to remain seized of the matter'],
    ['words ending in a comma before a comma, with one comma', ['reproductive health ', 'in accordance with the Programme of Action, as adopted by the General Assembly,', ', education'],
      'reproductive health in accordance with the Programme of Action, as adopted by the General Assembly, education'],
    ['a deletion before a footnote reference, which follows the word before', ['Sustainable Development ', '', `${footnoteMark} and`], `Sustainable Development${footnoteMark} and`]
  ])('joins %s', (_name, [left, middle, right], expected) => {
    expect(spliceText(left, middle, right)).toBe(expected)
  })
})

describe('wholeWordMatches', () => {
  it.each([['in', 3], ['armed', 2], ['rafficking', 0], ['Member States,', 1]])('finds “%s” %i times in OP4 as whole words', (needle, n) => {
    expect(wholeWordMatches(op4, needle as string)).toHaveLength(n as number)
  })
})

describe('closestText', () => {
  const op8 = templateParagraphs()[at('OP8')].text
  it.each([
    ['the same words with another case, dash and spacing', op4, 'anti‑Trafficking and  related Legislation', 'anti-trafficking and related legislation'],
    ['a slip in the last word: the run the quote starts with, not one word before it', op8, 'a multi-dimensional strategy', 'a multi-dimensional approach'],
    ['a slip in the first word: the run the quote ends with', op8, 'one multi-dimensional approach', 'a multi-dimensional approach'],
    ['nothing sharing half the words', op4, 'a multidimensional approach', ''],
    ['a modifier-letter apostrophe and another case for the curly apostrophe the draft sets (A/80/L.27, OP5)', l27.get('OP5')!, 'The world\u02bcs most dangerous', 'the world’s most dangerous']
  ])('finds %s', (_name, text, looked, closest) => {
    expect(closestText(text, looked)).toBe(closest)
  })
})

describe('applyTextEdits', () => {
  it.each<[string, TextEdit[], string]>([
    ['an insertion after words', [{ op: 'insert', after: { words: 'related legislation' }, text: 'and policies' }], 'related legislation and policies to ensure'],
    ['a deletion by occurrence', [{ op: 'delete', old: { words: 'armed', occurrence: 2 } }], 'or by and terrorist groups'],
    ['the end of the paragraph deleted, its final mark kept', [{ op: 'deleteEnd', after: { words: 'are addressed' } }], 'groups are addressed;'],
    ['two edits placed in the text as tabled, made together', [
      { op: 'replace', old: { words: 'offenders' }, text: 'perpetrators' },
      { op: 'insert', text: 'and its Protocols' }], 'perpetrators in line with Article'],
    ['words added at the end, before the final mark', [{ op: 'insert', text: 'and its Protocols' }], 'Organized Crime and its Protocols;']
  ])('makes %s', (_name, edits, expected) => {
    const result = applyTextEdits(op4, edits)
    expect(result.ok && result.text).toContain(expected)
  })

  it('reports words not found exactly with the closest text, and changes nothing', () => {
    expect(applyTextEdits(op4, [{ op: 'insert', after: { words: 'anti‑Trafficking and  related Legislation' }, text: 'x' }, { op: 'delete', old: { words: 'offenders' } }]))
      .toEqual({ ok: false, nearMisses: [{ looked: 'anti‑Trafficking and  related Legislation', closest: 'anti-trafficking and related legislation' }] })
    expect(closestText(op4, 'anti‑Trafficking and  related Legislation')).toBe('anti-trafficking and related legislation')
    expect(closestText(op4, 'implement anti‑Trafficking')).toBe('implement anti-trafficking')
  })

  it.each<[string, string, TextEdit[], string]>([
    ['the end of a paragraph ending in a footnote deleted: the final mark and the reference stay', l27.get('OP3')!, [{ op: 'deleteEnd', after: { words: 'Sendai Framework' } }],
      `Acknowledges the need for continuing international cooperation on Chornobyl under the auspices of the United Nations that can contribute to the implementation of the 2030 Agenda for Sustainable Development${footnoteMark} and the Sendai Framework;${footnoteMark}`],
    ['the end replaced after words a reference follows: the reference stays with them', l27.get('OP3')!, [{ op: 'replaceEnd', after: { words: '2030 Agenda for Sustainable Development' }, text: 'and its targets;' }],
      `Acknowledges the need for continuing international cooperation on Chornobyl under the auspices of the United Nations that can contribute to the implementation of the 2030 Agenda for Sustainable Development${footnoteMark} and its targets;`],
    ['words added at the end of a paragraph ending in a footnote, before its final mark', l27.get('OP1')!, [{ op: 'insert', text: 'and its recommendations' }],
      `Welcomes the report of the Secretary-General on the persistent legacy of the Chornobyl disaster and its recommendations;${footnoteMark}`],
    ['the last words of a paragraph without final punctuation deleted', 'Decides to remain actively seized of the matter', [{ op: 'delete', old: { words: 'actively seized of the matter' } }], 'Decides to remain']
  ])('makes %s', (_name, text, edits, expected) => {
    const result = applyTextEdits(text, edits, text.split(footnoteMark).slice(1).map((_p, k) => `note ${k + 1}`))
    expect(result.ok && result.text).toBe(expected)
    // No edit here takes out a reference before another: those kept keep their notes in order.
    expect(result.ok && result.notes).toEqual(expected.split(footnoteMark).slice(1).map((_p, k) => `note ${k + 1}`))
  })

  it.each<[string, string, TextEdit, string]>([
    ['a hyphen-minus for the non-breaking hyphen the draft sets (A/80/L.25, OP26)', l25.get('OP26')!, { op: 'insert', after: { words: 'from the COVID-19 pandemic' }, text: 'and other health emergencies' },
      'lessons learned from the COVID\u201119 pandemic and other health emergencies, including'],
    ['a space for a no-break space', 'Recalling the report of 15\u00a0March 2006,', { op: 'replace', old: { words: '15 March 2006' }, text: '16 March 2006' }, 'Recalling the report of 16 March 2006,'],
    ['a straight apostrophe for a curly one (A/80/L.27, OP5)', l27.get('OP5')!, { op: 'replace', old: { words: "the world's most dangerous" }, text: 'the most dangerous' }, 'after one of the most dangerous nuclear disasters;'],
    ['straight quotation marks for curly ones (A/80/L.27, OP13)', l27.get('OP13')!, { op: 'delete', old: { words: ', the sub-item entitled "Strengthening' }, after: { words: 'assistance"' } }, 'assistance” of international cooperation and']
  ])('finds quoted words set with %s exactly, and keeps the text as written', (_name, text, edit, expected) => {
    const result = applyTextEdits(text, [edit])
    expect(result.ok && result.text).toContain(expected)
  })

  it('keeps a letter that differs a near-miss: typographic equivalents only', () => {
    expect(applyTextEdits(l27.get('OP14')!, [{ op: 'delete', old: { words: 'the Chernobyl disaster' } }])).toEqual({ ok: false, nearMisses: [{ looked: 'the Chernobyl disaster', closest: 'the Chornobyl disaster' }] })
  })

  it('refuses two edits that claim the same words', () => {
    expect(applyTextEdits(op4, [{ op: 'delete', old: { words: 'impunity of offenders' } }, { op: 'replace', old: { words: 'offenders' }, text: 'perpetrators' }]))
      .toEqual({ ok: false, overlap: true })
  })

  it('finds words around a footnote reference, which quotes leave out', () => {
    const text = `Recalling its resolution 2331 (2016)${footnoteMark} and its presidential statement,`
    const result = applyTextEdits(text, [{ op: 'replace', old: { words: '2331 (2016) and its' }, text: '2331 (2016), 2388 (2017) and its' }])
    expect(result.ok && result.text).toBe(`Recalling its resolution 2331 (2016), 2388 (2017) and its presidential statement,`)
  })
})
