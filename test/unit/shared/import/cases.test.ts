import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importResolution } from '../../../../shared/import'
import { labelParagraphs, readResolution, summarizeResolution } from '../../../../shared/schema'
import { compareDocuments } from '../../../../shared/amend'

/// The import cases of issue 11 (test/cases/import/, copied from the team's cases): each
/// is a kind of fault in texts drafters receive, with the right structure written here.
const caseText = (name: string) => readFileSync(new URL(`../../../cases/import/${name}`, import.meta.url), 'utf8')

function imported(name: string) {
  const result = importResolution(caseText(name))
  if (!result.ok) throw new Error(result.error)
  return result
}

const labels = (name: string) => labelParagraphs(imported(name).doc).map(l => `${l.label} ${l.number}`.trim())

describe('import cases', () => {
  it('ligatures read as letters: the PDF copy and the clean copy compare with no changes', () => {
    const pdf = imported('ligature-pdf-copy.txt').doc, plain = imported('ligature-pdf-copy-plain.txt').doc
    expect(compareDocuments(plain, pdf).changes).toEqual([])
    const s = summarizeResolution(pdf)
    expect(s.paragraphs.map(p => p.text)).toEqual([
      'Recalling its resolution 2388 (2017) on trafficking in persons in conflict situations,',
      'Expressing grave concern at the financial flows that sustain trafficking networks,',
      'Requests the United Nations Office on Drugs and Crime to assist Member States in the identification of victims;',
      'Decides to remain actively seized of the matter.'
    ])
    expect(s).toMatchObject({ symbol: 'S/RES/2999 (2025)', adoption: { meeting: '9999th meeting', date: '3 March 2025' }, preambular: 2, operative: 2 })
  })

  it('soft hyphens inside words and at line ends disappear and the words are whole', () => {
    const s = summarizeResolution(imported('soft-hyphen-pdf-copy.txt').doc)
    expect(s.paragraphs.map(p => p.text)).toEqual([
      'Recalling its resolution 2388 (2017) on trafficking in persons in armed conflict,',
      'Stressing the need for improved data collection on victims,',
      'Calls upon Member States to strengthen international cooperation;',
      'Decides to remain actively seized of the matter.'
    ])
  })

  it('`8.Calls upon` with no space is OP8, and the operative part starts at 8', () => {
    expect(labels('number-no-space-pdf-copy.txt')).toEqual(['PP1', 'OP8 8.', 'OP9 9.', 'OP10 10.', 'OP11 11.'])
    const s = summarizeResolution(imported('number-no-space-pdf-copy.txt').doc)
    expect(s.paragraphs.map(p => p.lead)).toEqual(['Recalling', 'Calls upon', 'Invites', 'Requests', 'Decides'])
    expect(s.paragraphs[1].text).toBe('Calls upon the parties to continue negotiations without preconditions;')
  })

  it('negotiation labels PP1. / OP1. say the kind and leave the text', () => {
    const s = summarizeResolution(imported('pp-op-labelled-draft.txt').doc)
    expect(s).toMatchObject({ preambular: 2, operative: 3 })
    expect(s.paragraphs.map(p => [p.label, p.text.slice(0, 24)])).toEqual([
      ['PP1', 'Recalling its previous r'], ['PP2', 'Reaffirming its strong c'],
      ['OP1', 'Decides to extend the ma'], ['OP2', 'Requests the Secretary-G'], ['OP3', 'Decides to remain active']
    ])
    expect(s.paragraphs[1].text).toContain('good neighbourliness, non-interference and regional cooperation,')
  })

  it('OP numbers alone on their lines, page furniture and closing lines of a GA PDF copy', () => {
    const result = imported('op-number-own-line.txt')
    expect(result.layout).toBe('pdf')
    const s = summarizeResolution(result.doc)
    expect(labelParagraphs(result.doc).map(l => l.label)).toEqual(['PP1', 'PP2', 'PP3', 'OP1', 'OP2', 'OP2(a)', 'OP2(b)', 'OP2(c)', 'OP3', 'OP4'])
    expect(s.paragraphs.map(p => p.text)).toEqual([
      'Recalling its resolution 64/293 of 30 July 2010 on the United Nations Global Plan of Action to Combat Trafficking in Persons,',
      'Recalling also Security Council resolutions 2331 (2016) and 2388 (2017),',
      'Deeply concerned that armed groups continue to profit from the sale and exploitation of persons displaced by conflict,',
      'Urges Member States to ratify or accede to the United Nations Convention against Transnational Organized Crime and the Protocol thereto on trafficking in persons;',
      'Requests the Secretary-General, within existing resources:',
      'To compile the measures taken by Member States to identify victims of trafficking among displaced persons;',
      'To include information on trafficking in the assessments of country situations;',
      'To report to the General Assembly at its eighty-third session;',
      'Encourages regional organizations to share information on trafficking routes with the United Nations Office on Drugs and Crime;',
      'Decides to continue its consideration of the question at its eighty-third session.'
    ])
    expect(s.adoption).toEqual({ meeting: '45th plenary meeting', date: '10 December 2026', agendaItem: '104', session: 'Eighty-first session' })
    expect(readResolution(result.doc).meta).toMatchObject({ symbol: 'A/RES/81/999', title: 'Cooperation against trafficking in persons in situations of armed conflict' })
  })

  it('footnotes below a rule line, closing lines and an annex with sections', () => {
    const result = imported('annex-footnotes.txt')
    const s = summarizeResolution(result.doc)
    expect(s).toMatchObject({ preambular: 2, operative: 3, adoption: { meeting: '50th plenary meeting', date: '14 December 2026' } })
    expect(s.paragraphs.map(p => p.text)).toEqual([
      'Recalling its resolution 80/999 of 1 December 2025,',
      'Noting with appreciation the work of the inter-agency coordination group,',
      'Endorses the declaration on cooperation against trafficking in persons, annexed to the present resolution;',
      'Requests the Secretary-General to bring the declaration to the attention of all Member States;',
      'Decides to include in the provisional agenda of its eighty-third session the item entitled "Cooperation against trafficking in persons".'
    ])
    expect(s.footnotes).toEqual([
      { label: 'FN1', paragraph: 'PP1', text: 'See also resolution 79/888.' },
      { label: 'FN2', paragraph: 'PP2', text: 'See A/81/123, sect. II.' }
    ])
    expect(readResolution(result.doc).paragraphs.slice(0, 2).map(p => p.footnotes)).toEqual([
      [{ at: s.paragraphs[0].text.length, text: 'See also resolution 79/888.' }], [{ at: s.paragraphs[1].text.length, text: 'See A/81/123, sect. II.' }]
    ])
    expect(s.annexes).toEqual([{
      label: 'A1', title: 'Declaration on cooperation against trafficking in persons',
      paragraphs: [
        { label: 'A1.1', text: 'We, the representatives of the States Members of the United Nations, reaffirm our commitment to prevent and combat trafficking in persons;' },
        { label: 'A1.2', text: 'We recognize that conflict increases the vulnerability of women and children to trafficking;' },
        { label: 'A1.3', text: 'We undertake to:' },
        { label: 'A1.3(a)', text: 'Strengthen the identification of victims among displaced persons;' },
        { label: 'A1.3(b)', text: 'Exchange information on trafficking routes and financial flows;' },
        { label: 'A1.4', text: 'We invite the United Nations Office on Drugs and Crime to support these efforts.' }
      ],
      sections: [{ label: 'A1.S1', text: 'I. Shared commitments', before: 'A1.1' }, { label: 'A1.S2', text: 'II. Action', before: 'A1.3' }]
    }])
  })

  it('a list that opens with (i) keeps its roman numbering; the next list its letters', () => {
    expect(labels('roman-first-list.txt')).toEqual(['PP1', 'OP1 1.', 'OP1(i) (i)', 'OP1(ii) (ii)', 'OP2 2.', 'OP2(a) (a)', 'OP2(b) (b)', 'OP2(c) (c)', 'OP3 3.'])
    expect(readResolution(imported('roman-first-list.txt').doc).paragraphs.map(p => p.listStyle ?? null))
      .toEqual([null, null, 'roman', 'roman', null, null, null, null, null])
  })
})

/// The start of a real draft as it circulated, with its negotiation labels and PDF line
/// wraps: the UNISFA mandate renewal of November 2017 (draft "Rev 2" of 13 November 2017,
/// https://fr.scribd.com/document/364743650/UNISFA-Resolution-11-13-17-Rev-2), its
/// organ line and first three PPs verbatim, then an OP of our own to close it.
const unisfaDraft = `The Security Council,

PP1. Recalling its previous resolutions and its presidential statements on the situation in Sudan and
South Sudan, and in particular, resolutions 1990 (2011), 2024 (2011), 2032 (2011), 2046 (2012),
2047 (2012), 2075 (2012), 2104 (2013), 2126 (2013), 2156 (2014), 2179 (2014), 2205 (2015),
2230 (2015), 2251 (2015), 2287 (2016), and 2318 (2016), and 2352 (2017) as well as presidential
statements S/PRST/2012/19 and S/PRST/2013/14, and the Councils press statements of 18 June
2012, 21 September 2012, 28 September 2012, 6 May 2013, 14 June 2013, 14 February 2014, 17
March 2014, 11 December 2014, and 27 November 2015,
PP2. Reaffirming its strong commitment to the sovereignty, independence, unity and territorial
integrity of Sudan and South Sudan, and to the purposes and the principles of the Charter of the
United Nations, and recalling the importance of the principles of good neighbourliness, non-
interference and regional cooperation,
PP3. Reiterating that the territorial boundaries of States shall not be altered by force, and that any
territorial disputes shall be settled exclusively by peaceful mean s, affirming the priority it attaches
to the full and urgent implementation of all outstanding issues from the Comprehensive Peace
Agreement (CPA), and underscoring that the future status of Abyei shall be resolved by
negotiations between the parties in a manner consistent with the CPA and not by the unilateral
actions of either party,
OP1. Decides to remain seized of the matter.`

describe('a real labelled draft', () => {
  it('reads PP1–PP3 by their labels, the wrapped lines joined and non-interference whole', () => {
    const result = importResolution(unisfaDraft)
    if (!result.ok) throw new Error(result.error)
    const s = summarizeResolution(result.doc)
    expect(s.paragraphs.map(p => [p.label, p.lead, p.text.length])).toEqual([
      ['PP1', 'Recalling', 613], ['PP2', 'Reaffirming', 317], ['PP3', 'Reiterating', 502], ['OP1', 'Decides', 39]
    ])
    expect(s.paragraphs[0].text).toMatch(/^Recalling its previous resolutions .* Sudan and South Sudan, and in particular, resolutions 1990 \(2011\), .* 17 March 2014, 11 December 2014, and 27 November 2015,$/)
    expect(s.paragraphs[1].text).toContain('principles of good neighbourliness, non-interference and regional cooperation,')
  })
})
