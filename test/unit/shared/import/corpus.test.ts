import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importResolution } from '../../../../shared/import'
import { labelParagraphs, readResolution, summarizeResolution } from '../../../../shared/schema'
import { pdfCopy } from '../../../support/pdfCopy'

/// Real resolutions (test/corpus/README.md says where each was found), imported and
/// compared with their structure as the official text has it.
const corpus = (name: string) => readFileSync(new URL(`../../../corpus/${name}`, import.meta.url), 'utf8')

function imported(name: string) {
  const result = importResolution(corpus(name))
  if (!result.ok) throw new Error(result.error)
  return { ...result, summary: summarizeResolution(result.doc), draft: readResolution(result.doc) }
}

const rows = (name: string) => imported(name).summary.paragraphs.map(p => [p.label, p.lead, p.text])

describe('corpus: S/RES/242 (1967)', () => {
  it('keeps OP1’s list in roman numerals and OP2’s in letters', () => {
    const { doc, summary, draft } = imported('sc-242-1967.txt')
    expect(labelParagraphs(doc).map(l => `${l.label} ${l.number}`.trim())).toEqual([
      'PP1', 'PP2', 'PP3', 'OP1 1.', 'OP1(i) (i)', 'OP1(ii) (ii)', 'OP2 2.', 'OP2(a) (a)', 'OP2(b) (b)', 'OP2(c) (c)', 'OP3 3.', 'OP4 4.'
    ])
    expect(draft.paragraphs.map(p => p.listStyle ?? null)).toEqual([null, null, null, null, 'roman', 'roman', null, null, null, null, null, null])
    expect(summary.paragraphs.map(p => p.text)).toEqual([
      'Expressing its continuing concern with the grave situation in the Middle East,',
      'Emphasizing the inadmissibility of the acquisition of territory by war and the need to work for a just and lasting peace in which every State in the area can live in security,',
      'Emphasizing further that all Member States in their acceptance of the Charter of the United Nations have undertaken a commitment to act in accordance with Article 2 of the Charter,',
      'Affirms that the fulfilment of Charter principles requires the establishment of a just and lasting peace in the Middle East which should include the application of both the following principles:',
      'Withdrawal of Israel armed forces from territories occupied in the recent conflict;',
      'Termination of all claims or states of belligerency and respect for and acknowledgment of the sovereignty, territorial integrity and political independence of every State in the area and their right to live in peace within secure and recognized boundaries free from threats or acts of force;',
      'Affirms further the necessity',
      'For guaranteeing freedom of navigation through international waterways in the area;',
      'For achieving a just settlement of the refugee problem;',
      'For guaranteeing the territorial inviolability and political independence of every State in the area, through measures including the establishment of demilitarized zones;',
      'Requests the Secretary-General to designate a Special Representative to proceed to the Middle East to establish and maintain contacts with the States concerned in order to promote agreement and assist efforts to achieve a peaceful and accepted settlement in accordance with the provisions and principles in this resolution;',
      'Requests the Secretary-General to report to the Security Council on the progress of the efforts of the Special Representative as soon as possible.'
    ])
  })
})

describe('corpus: S/RES/1397 (2002), a PDF extraction', () => {
  it('reads the heading, 7 PPs and 4 OPs, the footer inside OP4 gone', () => {
    const { layout, summary, draft } = imported('sc-1397-2002-pdf-extraction.txt')
    expect(layout).toBe('pdf')
    expect(draft.meta).toMatchObject({ symbol: 'S/RES/1397 (2002)', distribution: 'General', meeting: '4489th', date: '12 March 2002', title: '' })
    expect(summary.adoption).toEqual({ meeting: '4489th meeting', date: '12 March 2002' })
    expect(rows('sc-1397-2002-pdf-extraction.txt')).toEqual([
      ['PP1', 'Recalling', 'Recalling all its previous relevant resolutions, in particular resolutions 242 (1967) and 338 (1973),'],
      ['PP2', 'Affirming', 'Affirming a vision of a region where two States, Israel and Palestine, live side by side within secure and recognized borders,'],
      ['PP3', 'Expressing', 'Expressing its grave concern at the continuation of the tragic and violent events that have taken place since September 2000, especially the recent attacks and the increased number of casualties,'],
      ['PP4', 'Stressing', 'Stressing the need for all concerned to ensure the safety of civilians,'],
      ['PP5', 'Stressing also', 'Stressing also the need to respect the universally accepted norms of international humanitarian law,'],
      ['PP6', 'Welcoming', 'Welcoming and encouraging the diplomatic efforts of special envoys from the United States of America, the Russian Federation, the European Union and the United Nations Special Coordinator and others, to bring about a comprehensive, just and lasting peace in the Middle East,'],
      ['PP7', 'Welcoming', 'Welcoming the contribution of Saudi Crown Prince Abdullah,'],
      ['OP1', 'Demands', 'Demands immediate cessation of all acts of violence, including all acts of terror, provocation, incitement and destruction;'],
      ['OP2', 'Calls upon', 'Calls upon the Israeli and Palestinian sides and their leaders to cooperate in the implementation of the Tenet work plan and Mitchell Report recommendations with the aim of resuming negotiations on a political settlement;'],
      ['OP3', 'Expresses', 'Expresses support for the efforts of the Secretary-General and others to assist the parties to halt the violence and to resume the peace process;'],
      ['OP4', 'Decides', 'Decides to remain seized of the matter.']
    ])
  })
})

/// The headings and closing lines of General Assembly resolutions of the eightieth session
/// as their PDFs give them, extracted line by line or block by block: each read as a PDF
/// copy with no warning, its symbol, title and agenda item, and its adoption (plenary
/// meeting, date), as the first page and the closing line print them.
const gaPdfHeadings: Array<[file: string, symbol: string, title: string, agendaItem: string, meeting: string, date: string]> = [
  ['ga-80-1-pdf-extraction.txt', 'A/RES/80/1', 'Participation by the State of Palestine during the eightieth session', '7', '3rd', '19 September 2025'],
  ['ga-80-3-pdf-extraction.txt', 'A/RES/80/3', 'Awaza Political Declaration', '13', '18th', '14 October 2025'],
  ['ga-80-6-pdf-extraction.txt', 'A/RES/80/6', 'Report of the International Criminal Court', '74', '35th', '11 November 2025'],
  ['ga-80-7-pdf-extraction.txt', 'A/RES/80/7', 'Report of the International Atomic Energy Agency', '89', '40th', '14 November 2025'],
  ['ga-80-10-pdf-extraction.txt', 'A/RES/80/10', 'International Day of the World’s Indigenous Women and Girls', '13', '51st', '26 November 2025'],
  ['ga-80-13-text-extraction.txt', 'A/RES/80/13', 'Implementation of the Declaration of the Indian Ocean as a Zone of Peace', '91', '52nd', '1 December 2025'],
  ['ga-80-22-text-extraction.txt', 'A/RES/80/22', 'Role of science and technology in the context of international security and disarmament', '98', '52nd', '1 December 2025'],
  ['ga-80-27-text-extraction.txt', 'A/RES/80/27', 'Regional disarmament', '99 (f)', '52nd', '1 December 2025']
]

describe('corpus: the headings of General Assembly resolutions as PDF extractions', () => {
  it.each(gaPdfHeadings)('%s: the heading and the closing lines as printed, no warning', (name, symbol, title, agendaItem, meeting, date) => {
    const { layout, summary, draft, warnings } = imported(name)
    expect([layout, warnings]).toEqual(['pdf', []])
    const session = 'Eightieth session'
    expect(draft.meta).toMatchObject({ symbol, title, agendaItem, session, distribution: 'General', date, meeting: `${meeting} plenary` })
    expect(summary.adoption).toEqual({ meeting: `${meeting} plenary meeting`, date, agendaItem, session })
  })
})

describe('corpus: A/RES/80/1, a PDF extraction', () => {
  it('reads a footnote and OP1’s (a)–(c) across the page break', () => {
    const { summary, draft } = imported('ga-80-1-pdf-extraction.txt')
    expect(summary.footnotes).toEqual([{ label: 'FN1', paragraph: 'PP1', text: 'See resolution 169 (II).' }])
    expect(draft.paragraphs[0].footnotes).toEqual([{ at: draft.paragraphs[0].text.indexOf(' are prevented'), text: 'See resolution 169 (II).' }])
    expect(rows('ga-80-1-pdf-extraction.txt')).toEqual([
      ['PP1', 'Expressing concern', 'Expressing concern regarding situations in which representatives referred to in section 11 of the Agreement between the United Nations and the United States of America regarding the Headquarters of the United Nations are prevented from participating in the meetings of the General Assembly,'],
      ['PP2', 'Regretting', 'Regretting, in this regard, the decision of the United States of America to deny visas to and revoke visas from representatives of the State of Palestine ahead of the eightieth session of the General Assembly, thus preventing them from participating in the meetings of the United Nations, and seeking the immediate reversal of this decision,'],
      ['PP3', 'Taking note', 'Taking note of the meeting of the Committee on Relations with the Host Country of 12 September 2025, and the statements made therein, including the position of the United Nations Legal Counsel,'],
      ['PP4', 'Recalling', 'Recalling its relevant resolutions regarding the question of Palestine,'],
      ['PP5', 'Recalling also', 'Recalling also the Headquarters Agreement,'],
      ['OP1', 'Decides', 'Decides, without setting a precedent for future general debates and mandated high-level meetings and while stressing that the representatives of the State of Palestine should be able to participate in person in the relevant meetings at the United Nations in New York, that:'],
      ['OP1(a)', '', 'The State of Palestine may submit a pre‑recorded statement of its President, which will be played in the General Assembly Hall during the general debate of the Assembly at its eightieth session after introduction by its representative who is physically present in the Assembly Hall;'],
      ['OP1(b)', '', 'The State of Palestine may deliver statements by means of videoconference or submit a pre‑recorded statement at the meetings of the High-level International Conference for the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution;'],
      ['OP1(c)', '', 'The State of Palestine may submit a pre‑recorded statement of its President or other high-level representative at any high-level meeting or United Nations conference and at international conferences and meetings convened under the auspices of the General Assembly or, as appropriate, under the auspices of other organs of the United Nations, if representatives of the State of Palestine are prevented from participating in the meetings of the United Nations;'],
      ['OP2', 'Also decides', 'Also decides that, in addition to the records of the general debate of the General Assembly at its eightieth session, the President of the General Assembly will circulate as a document of the Assembly the statement referred to in paragraph 1 (a) above, delivered by means of a pre‑recorded statement during the general debate and submitted to the President no later than the day on which the pre‑recorded statement is played in the Assembly Hall;'],
      ['OP3', 'Further decides', 'Further decides that these procedures shall apply only during the eightieth session.']
    ])
  })
})

describe('corpus: A/RES/80/3, a PDF extraction with an annex', () => {
  const { summary, draft } = imported('ga-80-3-pdf-extraction.txt')
  const annex = summary.annexes![0]
  const text = (label: string) => annex.paragraphs.find(p => p.label === label)!.text

  it('reads 1 PP and 2 OPs, then the annex', () => {
    expect(summary.paragraphs.map(p => [p.label, p.lead])).toEqual([['PP1', 'Recalling'], ['OP1', 'Endorses'], ['OP2', 'Expresses']])
    expect(summary.annexes!.map(a => a.title)).toEqual(['Awaza Political Declaration'])
  })

  it('gives the annex its 25 paragraphs, 13 (a)–(e) and its five sections', () => {
    expect(annex.paragraphs.map(p => p.label)).toEqual([
      ...Array.from({ length: 13 }, (_, i) => `A1.${i + 1}`), 'A1.13(a)', 'A1.13(b)', 'A1.13(c)', 'A1.13(d)', 'A1.13(e)',
      ...Array.from({ length: 12 }, (_, i) => `A1.${i + 14}`)
    ])
    expect(annex.sections).toEqual([
      { label: 'A1.S1', text: 'I. Global context and shared commitments', before: 'A1.3' },
      { label: 'A1.S2', text: 'II. Implementation of the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034', before: 'A1.13' },
      { label: 'A1.S3', text: 'Partnerships and support mechanisms', before: 'A1.17' },
      { label: 'A1.S4', text: 'Governance, accountability and monitoring', before: 'A1.20' },
      { label: 'A1.S5', text: 'III. Conclusion and call to action', before: 'A1.23' }
    ])
    expect(['A1.13(a)', 'A1.13(b)', 'A1.13(c)', 'A1.13(d)', 'A1.13(e)'].map(text)).toEqual([
      'Structural transformation and science, technology and innovation;', 'Trade, trade facilitation and regional integration;',
      'Transit, transport and connectivity;', 'Enhancing adaptive capacity, strengthening resilience and reducing vulnerability to climate change and disasters;',
      'Means of implementation.'
    ])
  })

  it('joins paragraphs across page breaks and takes out the 16 footnote references', () => {
    expect(text('A1.1')).toBe('We, the Heads of State and Government and high-level representatives, met in Awaza, Turkmenistan, from 5 to 8 August 2025 at the Third United Nations Conference on Landlocked Developing Countries, with the participation of representatives of intergovernmental and non‑governmental organizations, the private sector, civil society, academia and other stakeholders, under the theme “Driving progress through partnerships” with the objective of advancing the development agenda of the landlocked developing countries.')
    expect(text('A1.2')).toBe('We welcome the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034 adopted by the General Assembly on 24 December 2024, which builds on the progress achieved under the Almaty Programme of Action: Addressing the Special Needs of Landlocked Developing Countries within a New Global Framework for Transit Transport Cooperation for Landlocked and Transit Developing Countries and the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024 and provides a renewed and action-oriented framework to support the efforts of landlocked developing countries in achieving sustainable development.')
    expect(text('A1.7')).toBe('We further reaffirm our commitment to enhancing our efforts for the full and timely implementation of the 2030 Agenda for Sustainable Development and its Sustainable Development Goals, the United Nations Framework Convention on Climate Change and the Paris Agreement, the Sendai Framework for Disaster Risk Reduction 2015–2030, the New Urban Agenda and the Convention on Biological Diversity and the Kunming-Montreal Global Biodiversity Framework, particularly with regard to the special development needs and challenges of landlocked developing countries.')
    expect(text('A1.8')).toBe('We welcome the outcome document of the Fourth International Conference on Financing for Development, the Sevilla Commitment, which renews the global financing for development framework, building on the Addis Ababa Action Agenda, and call for its timely and effective implementation. We also uphold and will advance all commitments in the 2002 Monterrey Consensus and the 2008 Doha Declaration, as well as the relevant commitments in the Pact for the Future.')
    const after = (p: { text: string, footnotes?: readonly { at: number }[] }) => (p.footnotes ?? []).map(f => p.text.slice(Math.max(0, f.at - 14), f.at))
    expect(draft.annexes![0].paragraphs.filter(p => p.footnotes).map(after)).toEqual([
      ['24 December 2024,', 'Developing Countries', 'Decade 2014–2024'].map(s => s.slice(-14)),
      ['Peace and Trust,'.slice(-14)],
      [' for Sustainable Development', 'Climate Change', 'Paris Agreement,', 'Reduction 2015–2030,', 'New Urban Agenda', 'Biological Diversity', 'Biodiversity Framework,'].map(s => s.slice(-14)),
      ['the Sevilla Commitment,', 'Action Agenda,', 'Monterrey Consensus', 'Doha Declaration,', 'for the Future.'].map(s => s.slice(-14))
    ])
    expect(summary.footnotes!.map(f => [f.label, f.paragraph])).toEqual([
      ['FN1', 'A1.2'], ['FN2', 'A1.2'], ['FN3', 'A1.2'], ['FN4', 'A1.5'],
      ...[5, 6, 7, 8, 9, 10, 11].map(n => [`FN${n}`, 'A1.7']),
      ...[12, 13, 14, 15, 16].map(n => [`FN${n}`, 'A1.8'])
    ])
    expect(summary.footnotes!.map(f => f.text)).toEqual([
      'Resolution 79/233, annex; see also resolution 79/279.',
      'Report of the International Ministerial Conference of Landlocked and Transit Developing Countries and Donor Countries and International Financial and Development Institutions on Transit Transport Cooperation, Almaty, Kazakhstan, 28 and 29 August 2003 (A/CONF.202/3), annex I.',
      'Resolution 69/137, annex II.', 'See resolution 78/266.', 'Resolution 70/1.',
      'United Nations, Treaty Series, vol. 1771, No. 30822.', 'Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21.',
      'Resolution 69/283, annex II.', 'Resolution 71/256, annex.', 'United Nations, Treaty Series, vol. 1760, No. 30619.',
      'United Nations Environment Programme, document CBD/COP/15/17, decision 15/4, annex.', 'Resolution 79/323, annex.', 'Resolution 69/313, annex.',
      'Report of the International Conference on Financing for Development, Monterrey, Mexico, 18–22 March 2002 (United Nations publication, Sales No. E.02.II.A.7), chap. I, resolution 1, annex.',
      'Resolution 63/239, annex.', 'Resolution 79/1.'
    ])
  })
})

/// No real PDF extraction of S/RES/242 (1967) was found: its PDF-copy layout is generated
/// (test/support/pdfCopy.ts) with numbers alone on their lines, the first page's job
/// number, date stamp and bar code, and running headers, and must read the same.
describe('corpus: S/RES/242 (1967) in a generated PDF-copy layout', () => {
  it('reads as the text itself does', () => {
    const clean = corpus('sc-242-1967.txt').split(/\r+/).filter(Boolean)
    const copy = pdfCopy(clean.slice(1), { width: 60, pageLines: 14, symbol: 'S/RES/242 (1967)', job: '67-29461', stamp: '221167', numbersAlone: true })
    const result = importResolution(`S/RES/242 (1967)\n${clean[0]}\n${copy}`)
    if (!result.ok) throw new Error(result.error)
    const plain = imported('sc-242-1967.txt')
    expect(result.layout).toBe('pdf')
    expect(summarizeResolution(result.doc).paragraphs).toEqual(plain.summary.paragraphs)
    expect(readResolution(result.doc).paragraphs.map(p => p.listStyle ?? null)).toEqual(plain.draft.paragraphs.map(p => p.listStyle ?? null))
  })
})

describe('corpus: A/RES/80/7, a PDF extraction with notes after the closing lines', () => {
  it('reads 4 PPs and 5 OPs, three footnotes (two in a block after the closing lines), and no reference in `A.2`', () => {
    const { summary, draft } = imported('ga-80-7-pdf-extraction.txt')
    expect(summary.paragraphs.map(p => [p.label, p.lead])).toEqual([
      ['PP1', 'Having'], ['PP2', 'Taking note'], ['PP3', 'Recognizing'], ['PP4', 'Recognizing also'],
      ['OP1', 'Takes note'], ['OP2', 'Takes note'], ['OP3', 'Reaffirms'], ['OP4', 'Appeals to'], ['OP5', 'Requests']
    ])
    expect(summary.footnotes!.map(f => [f.label, f.paragraph, f.text.slice(0, 40)])).toEqual([
      ['FN1', 'PP1', 'See A/80/348.'],
      ['FN2', 'OP2', 'See International Atomic Energy Agency, '],
      ['FN3', 'OP2', 'See International Atomic Energy Agency G']
    ])
    const op2 = draft.paragraphs[5]
    expect(op2.footnotes!.map(f => op2.text.slice(f.at - 20, f.at + 4))).toEqual(['o 19 September 2025; and', 'Board of Governors”; ite'])
    expect(op2.text).toContain('comprising GC(69)/RES/9 A.2, entitled “Support to the African Union’s Pan African Tsetse and Trypanosomosis Eradication Campaign (AU‑PATTEC)”, GC(69)/RES/9 A.3, entitled')
    expect(draft.paragraphs[0].text).toBe('Having received the report of the International Atomic Energy Agency for 2024,')
  })
})

describe('corpus: A/RES/80/6, a PDF extraction with ten footnotes on five pages', () => {
  it('reads 14 PPs and 32 OPs and finds each reference, glued, spaced or at a line end', () => {
    const { summary, draft } = imported('ga-80-6-pdf-extraction.txt')
    expect([summary.preambular, summary.operative, summary.subparagraphs]).toEqual([14, 32, {}])
    expect(summary.footnotes!.map(f => [f.label, f.paragraph])).toEqual([
      ['FN1', 'PP2'], ['FN2', 'PP9'], ['FN3', 'PP10'], ['FN4', 'OP1'], ['FN5', 'OP3'],
      ['FN6', 'OP13'], ['FN7', 'OP14'], ['FN8', 'OP14'], ['FN9', 'OP22'], ['FN10', 'OP28']
    ])
    expect(summary.footnotes![8].text).toBe('S/PRST/2013/2; see Resolutions and Decisions of the Security Council, 1 August 2012–31 July 2013 (S/INF/68).')
    const before = (i: number) => draft.paragraphs[i].footnotes!.map(f => draft.paragraphs[i].text.slice(f.at - 12, f.at + 4))
    expect([1, 8, 9, 14, 27, 35].map(before)).toEqual([
      ['iminal Court rea'], ['minal Court,'], ['p Agreement, whi'], ['for 2024/25;'],
      ['minal Court, and', 'p Agreement;'], ['bruary 2013, in ']
    ])
    expect(draft.paragraphs[4].text).toBe('Emphasizing that justice, especially transitional justice in conflict and post-conflict societies, is a fundamental building block of sustainable peace,')
  })
})

describe('corpus: A/RES/80/11, a text extraction with titled sections in the operative part', () => {
  const { layout, summary, draft, warnings } = imported('ga-80-11-text-extraction.txt')
  const text = (label: string) => summary.paragraphs.find(p => p.label === label)!.text

  it('reads the heading from lines that each hold a block of the first page, and the closing line with its date', () => {
    expect(layout).toBe('pdf')
    expect(draft.meta).toMatchObject({ symbol: 'A/RES/80/11', distribution: 'General', title: '2025 review of the United Nations peacebuilding architecture' })
    expect(summary.adoption).toEqual({ meeting: '51st plenary meeting', date: '26 November 2025', agendaItem: '62', session: 'Eightieth session' })
  })

  it('reads 16 PPs and 30 OPs in three titled sections, numbering continuous across them', () => {
    expect([summary.preambular, summary.operative, summary.subparagraphs]).toEqual([16, 30, { 1: 11, 2: 4 }])
    expect(summary.sections).toEqual([
      { label: 'S1', text: 'Peacebuilding Commission', before: 'OP1' },
      { label: 'S2', text: 'Peacebuilding financing', before: 'OP13' },
      { label: 'S3', text: 'Department of Political and Peacebuilding Affairs/Peacebuilding Support Office', before: 'OP24' }
    ])
    expect(text('OP13')).toBe('Calls for the full implementation of relevant resolutions on financing for peacebuilding;')
    expect(text('OP24').startsWith('Encourages the Peacebuilding Support Office to further enhance internal cooperation')).toBe(true)
    expect(text('OP30')).toBe('Calls for a further comprehensive review of United Nations peacebuilding in 2030.')
  })

  it('gives OP1 its (a)–(i) with (b)(i)–(ii), and OP2 its (a)–(d), the markers the extraction lost included', () => {
    expect(summary.paragraphs.filter(p => p.label.includes('(')).map(p => [p.label, p.text.split(' ').slice(0, 3).join(' ')])).toEqual([
      ['OP1(a)', 'Requesting the Peacebuilding'], ['OP1(b)', 'Requesting the Peacebuilding'], ['OP1(b)(i)', 'Assisting Member States'],
      ['OP1(b)(ii)', 'Inviting international financial'], ['OP1(c)', 'Taking note of'], ['OP1(d)', 'Requesting the Peacebuilding'],
      ['OP1(e)', 'Requesting the Peacebuilding'], ['OP1(f)', 'Requesting the Peacebuilding'], ['OP1(g)', 'Requesting the Peacebuilding'],
      ['OP1(h)', 'Reaffirming the practice'], ['OP1(i)', 'Requesting the Department'],
      ['OP2(a)', 'Decides, where appropriate'], ['OP2(b)', 'May consider, when'], ['OP2(c)', 'Requests the Peacebuilding'], ['OP2(d)', 'Takes note of']
    ])
    expect(warnings.map(w => w.message)).toEqual(Array(10).fill('a paragraph without a marker in a list was taken as a subparagraph'))
    expect(text('OP1(e)')).toBe('Requesting the Peacebuilding Commission to continue serving as a platform to convene all relevant actors, and gather analysis and expertise, including by leveraging information related to peacebuilding impact, with a view to advocating for developing and sharing good practices in peacebuilding and promoting system-wide coordination;')
  })

  it('takes out four notes at page feet without a rule line, joining the sentence they interrupt', () => {
    expect(summary.footnotes!.map(f => [f.label, f.paragraph, f.text])).toEqual([
      ['FN1', 'PP2', 'Including General Assembly resolution 60/180 and Security Council resolution 1645 (2005), Assembly resolution 65/7 and Council resolution 1947 (2010), Assembly resolution 70/262 and Council resolution 2282 (2016) and Assembly resolution 75/201 and Council resolution 2558 (2020).'],
      ['FN2', 'PP15', 'A/79/552-S/2024/767.'], ['FN3', 'PP15', 'A/79/609-S/2024/827.'], ['FN4', 'PP15', 'A/79/634-S/2024/869, annex.']
    ])
    const pp15 = draft.paragraphs[14]
    expect(pp15.footnotes!.map(f => pp15.text.slice(f.at - 16, f.at + 4))).toEqual(['25 November 2024 and', '13 November 2024 and', '1 November 2024,'])
    expect(pp15.text).toContain('and further acknowledging the inputs from the group of independent eminent persons')
    expect(text('OP11')).toBe('Also encourages the Peacebuilding Commission to further consult with relevant civil society organizations, especially local peacebuilders, grass-roots organizations, and women-led and youth-led organizations from countries considered by the Commission;')
  })
})

/// S/RES/1421 (2002) as two press releases of the day give it whole: the French one
/// (CS/2333) sets the text out under its draft's symbol and names the resolution and the
/// meeting in its header; the English one (SC/7441) opens each paragraph with a straight
/// quotation mark and closes the last with one, and names no meeting.
describe('corpus: S/RES/1421 (2002), the whole press releases CS/2333 in French and SC/7441 in English', () => {
  it.each([
    ['CS/2333: the text set out under its draft’s symbol, the resolution and meeting from the header', 'cs-2333-press-release-fr.txt',
      { lang: 'fr', meeting: '4566e', date: '3 juillet 2002', title: '' }, { meeting: '4566e séance', date: '3 juillet 2002' }, [
        ['PP1', 'Rappelant', 'Rappelant toutes ses résolutions antérieures relatives aux conflits dans l’ex-Yougoslavie, en particulier ses résolutions 1357 (2001) du 21 juin 2001, 1418 (2002) du 21 juin 2002 et 1420 (2002) du 30 juin 2002,'],
        ['PP2', 'Agissant en vertu du Chapitre VII de la Charte des Nations Unies', 'Agissant en vertu du Chapitre VII de la Charte des Nations Unies,'],
        ['OP1', 'Décide', 'Décide que les dispositions de sa résolution 1357 (2001) resteront en vigueur jusqu’au 15 juillet 2002 ;'],
        ['OP2', 'Décide', 'Décide de demeurer saisi de la question.']
      ]],
    ['SC/7441: the straight quotation marks that open each paragraph and close the last taken off', 'sc-7441-press-release.txt',
      { lang: 'en', meeting: '', date: '', title: '' }, undefined, [
        ['PP1', 'Recalling', 'Recalling all its previous relevant resolutions concerning the conflicts in the former Yugoslavia, in particular its resolutions 1357 (2001) of 21 June 2001, 1418 (2002) of 21 June 2002 and 1420 (2002) of 30 June 2002,'],
        ['PP2', 'Acting under Chapter VII of the Charter of the United Nations', 'Acting under Chapter VII of the Charter of the United Nations,'],
        ['OP1', 'Decides', 'Decides that the provisions of its resolution 1357 (2001) shall continue in force until 15 July 2002;'],
        ['OP2', 'Decides', 'Decides to remain seized of the matter.']
      ]]
  ])('%s: 2 PPs (Acting under Chapter VII its own) and 2 OPs', (_name, file, meta, adoption, expected) => {
    const { layout, summary, draft, warnings } = imported(file)
    expect([layout, warnings]).toEqual(['press-release', []])
    expect(draft.meta).toMatchObject({ symbol: 'S/RES/1421 (2002)', ...meta })
    expect(summary.adoption).toEqual(adoption)
    expect(rows(file)).toEqual(expected)
  })

  it('finds the same paragraphs in both languages', () => {
    expect(rows('sc-7441-press-release.txt').map(r => r[0])).toEqual(rows('cs-2333-press-release-fr.txt').map(r => r[0]))
  })
})

describe('corpus: A/RES/80/10, a PDF extraction with notes below rule lines', () => {
  it('reads 11 PPs and 3 OPs, the OP numbers alone on their lines, and 13 notes, two of them Ibid.', () => {
    const { summary, draft } = imported('ga-80-10-pdf-extraction.txt')
    expect([summary.preambular, summary.operative, summary.subparagraphs]).toEqual([11, 3, {}])
    expect(summary.paragraphs.map(p => p.lead)).toEqual([
      'Reaffirming', 'Reaffirming also', 'Recalling', 'Reaffirming', 'Reaffirming also', 'Recognizing', 'Noting', 'Emphasizing', 'Stressing', 'Stressing also', 'Recognizing',
      'Decides', 'Requests', 'Stresses'
    ])
    expect(summary.footnotes!.map(f => f.paragraph)).toEqual(['PP2', 'PP2', 'PP2', 'PP2', 'PP2', 'PP3', 'PP3', 'PP3', 'PP3', 'PP3', 'PP4', 'PP7', 'PP7'])
    expect(summary.footnotes!.map(f => f.text).filter(t => t.startsWith('Ibid.'))).toEqual(['Ibid.', 'Ibid., vol. 1577, No. 27531.', 'Ibid., vol. 1249, No. 20378.'])
    const pp2 = draft.paragraphs[1]
    expect(pp2.footnotes!.map(f => pp2.text.slice(f.at - 8, f.at))).toEqual([' Rights,', ' Rights,', 'ination,', 'he Child', 't Women,'])
    expect(pp2.text).toBe('Reaffirming also the International Covenant on Civil and Political Rights, the International Covenant on Economic, Social and Cultural Rights, the International Convention on the Elimination of All Forms of Racial Discrimination, the Convention on the Rights of the Child and the Convention on the Elimination of All Forms of Discrimination against Women,')
    expect(summary.paragraphs[13].text).toBe('Stresses that the cost of all activities that may arise from the implementation of the present resolution should be met by voluntary contributions and that such activities would be subject to the availability and provision of voluntary contributions.')
  })
})

/// Text extractions (one line a block of the page, blank lines between) whose running
/// header is the title alone on its line, the symbol and page number left out.
describe('corpus: A/RES/80/13 and A/RES/80/27, the title repeated alone as a running header', () => {
  it.each([
    ['ga-80-13-text-extraction.txt', 'Implementation of the Declaration of the Indian Ocean as a Zone of Peace',
      ['Recalling', 'Recalling also', 'Recalling further', 'Emphasizing', 'Noting', 'Convinced', 'Considering', 'Having considered'], 5, ['PP2', 'PP3', 'PP8']],
    ['ga-80-27-text-extraction.txt', 'Regional disarmament',
      ['Recalling', 'Believing', 'Affirming', 'Noting', 'Recalling', 'Welcoming', 'Taking note', 'Recognizing', 'Convinced'], 6, ['PP4', 'PP5']]
  ])('%s: the header is no paragraph, the PPs, OPs and notes as printed', (name, title, pps, ops, notes) => {
    const { summary } = imported(name)
    expect(summary.paragraphs.filter(p => p.label.startsWith('PP')).map(p => p.lead)).toEqual(pps)
    expect(summary.operative).toBe(ops)
    expect(summary.paragraphs.some(p => p.text === title)).toBe(false)
    expect(summary.footnotes!.map(f => f.paragraph)).toEqual(notes)
  })
})

describe('corpus: A/RES/80/22, a sentence cut by a page break and its notes', () => {
  it('reads 12 PPs and 7 OPs: PP6 runs on over the blank line after `Production and`, OP6 over its page’s notes and the `---` mark', () => {
    const { summary, draft } = imported('ga-80-22-text-extraction.txt')
    expect(summary.paragraphs.map(p => p.lead)).toEqual([
      'Recognizing', 'Underlining', 'Mindful', 'Acknowledging', 'Mindful', 'Cognizant', 'Cognizant also', 'Mindful', 'Noting', 'Noting also', 'Acknowledging', 'Noting',
      'Invites', 'Calls upon', 'Takes note', 'Requests', 'Encourages', 'Encourages', 'Decides'
    ])
    const pp6 = draft.paragraphs[5]
    expect(pp6.text).toBe('Cognizant of the discussions on developments in science and technology at the International Atomic Energy Agency and the Organisation for the Prohibition of Chemical Weapons and the decision of the Ninth Review Conference of the States Parties to the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction to develop with a view to establishing a mechanism to review and assess scientific and technological developments relevant to the Convention and to provide States Parties with relevant advice,')
    expect(pp6.footnotes!.map(f => pp6.text.slice(f.at - 10, f.at))).toEqual(['Convention', 'nt advice,'])
    expect(summary.footnotes!.map(f => [f.paragraph, f.text])).toEqual([
      ['PP6', 'United Nations, Treaty Series, vol. 1015, No. 14860.'], ['PP6', 'BWC/CONF.IX/9, sect. II.E.'],
      ['PP9', 'United Nations, Treaty Series, vol. 1342, No. 22495.'], ['OP3', 'A/80/237.']
    ])
    expect(summary.paragraphs[17].text).toBe('Encourages Member States to organize events such as conferences, seminars, workshops and exhibitions, at the national, regional and international levels, on the role of science and technology in the context of international security and disarmament, in order to facilitate multilateral dialogue, as well as dialogue among relevant stakeholders, on current developments in science and technology and their potential impact on international security and disarmament efforts;')
  })
})

describe('corpus: A/C.5/80/L.10, a Fifth Committee draft as extracted from its PDF', () => {
  it('reads 12 OPs and no PP after an organ line without a comma, the heading’s `*` note at the page foot dropped, two footnotes', () => {
    const { layout, summary, draft, warnings } = imported('a-c5-80-l10-pdf-extraction.txt')
    expect([layout, warnings]).toEqual(['pdf', []])
    expect(draft.meta).toMatchObject({
      symbol: 'A/C.5/80/L.10', distribution: 'Limited', date: '16 December 2025', original: 'English', sponsors: 'Iraq',
      title: 'Proposed programme budget for 2026: section 26, Palestine refugees', agendaItem: '136', session: 'Eightieth session'
    })
    expect([summary.preambular, summary.operative]).toEqual([0, 12])
    expect(summary.paragraphs.map(p => [p.label, p.text.split(' ').slice(0, 2).join(' ')])).toEqual([
      ['OP1', 'Recalls its'], ['OP2', 'Reaffirms the'], ['OP3', 'Expresses deep'], ['OP4', 'Condemns in'], ['OP5', 'Extends condolences'], ['OP6', 'Condemns in'],
      ['OP7', 'Requests the'], ['OP8', 'Recalls paragraph'], ['OP9', 'Strongly condemns'], ['OP10', 'Recalls paragraph'], ['OP11', 'Also recalls'], ['OP12', 'Further recalls']
    ])
    expect(summary.paragraphs[4].text).toBe('Extends condolences to the Agency for the loss of its staff members, which stands at 382 as of 7 December 2025, highlighting the continuous disregard and endangerment of the lives of United Nations staff in the Occupied Palestinian Territory, including East Jerusalem;')
    expect(summary.paragraphs[5].text).toBe('Condemns in the strongest terms the destruction of installations, facilities, and vehicles under the United Nations flag and bearing the United Nations emblem, including Agency schools sheltering displaced civilians;')
    expect(summary.paragraphs[10].text).toBe('Also recalls paragraph VI.92 of the report of the Advisory Committee, notes the key role that senior local area staff are performing in Gaza and the West Bank in the current exceptional operational environment, and requests the Secretary-General to present concrete proposals in this regard;')
    expect(summary.footnotes).toEqual([
      { label: 'FN1', paragraph: 'OP8', text: 'Official Records of the General Assembly, Eightieth Session, Supplement No. 7 (A/80/7).' },
      { label: 'FN2', paragraph: 'OP9', text: 'Resolution 22 A (I).' }
    ])
  })
})

/// Single pages of official PDFs as a document site gives them (adattar.minorityforum.info):
/// the page's running header (`A/RES/51/77` ⏎ `Page 10`) first, no heading or organ line,
/// each OP number alone on its line, the page cut off mid-word where the excerpt ends.
describe('corpus: pages of GA omnibus texts whose operative part is divided into sections headed by roman numerals', () => {
  it('A/RES/51/77, page 10: an excerpt from OP58 keeps its numbers, section V opens before OP64', () => {
    const { layout, summary, draft, warnings } = imported('ga-51-77-page-10-excerpt.txt')
    expect(layout).toBe('pdf')
    expect(warnings.map(w => w.message)).toEqual(['no organ line (“The Security Council,”) was found; add it in the heading'])
    expect(draft.start).toBe(58)
    expect(summary.paragraphs.map(p => [p.label, p.lead])).toEqual([
      ['OP58', 'Further calls upon'], ['OP59', 'Stresses'], ['OP60', 'Urges'], ['OP61', 'Requests'], ['OP62', 'Invites'], ['OP63', 'Stresses'], ['OP64', 'Encourages']
    ])
    expect(summary.sections).toEqual([{ label: 'S1', text: 'V. Elimination of exploitation of child labour', before: 'OP64' }])
    expect(summary.paragraphs.some(p => /A\/RES\/51\/77|Page 10/.test(p.text))).toBe(false)
    expect(summary.paragraphs[5].text).toBe('Stresses the need to strengthen partnerships between Governments, international organizations and all sectors of civil society, in particular non-governmental organizations, in order to achieve these objectives;')
    expect(summary.paragraphs[6].text).toBe('Encourages Member States that have not yet done so to ratify and implemen')
  })

  it('A/RES/50/153, page 3: six PPs (`Encouraged by` one of them), section I with its heading over two lines, then OPs 1–5', () => {
    const { layout, summary, draft } = imported('ga-50-153-page-3-excerpt.txt')
    expect(layout).toBe('pdf')
    expect(draft.start ?? 1).toBe(1)
    expect(summary.paragraphs.map(p => [p.label, p.lead])).toEqual([
      ['PP1', 'Alarmed'], ['PP2', 'Encouraged'], ['PP3', 'Determined'], ['PP4', 'Deeply concerned'], ['PP5', 'Welcoming'], ['PP6', 'Recognizing'],
      ['OP1', 'Welcomes'], ['OP2', 'Urges'], ['OP3', 'Emphasizes'], ['OP4', 'Urges'], ['OP5', 'Calls upon']
    ])
    expect(summary.sections).toEqual([{ label: 'S1', text: 'I. Implementation of the Convention on the Rights of the Child', before: 'OP1' }])
    expect(summary.paragraphs[0].text).toBe('Alarmed, in particular, by the exploitation of child labour in its most extreme forms, including forced labour, bonded labour and other forms of slavery,')
    expect(summary.paragraphs[1].text).toBe('Encouraged by measures taken by Governments to eradicate the exploitation of child labour,')
  })
})

describe('corpus: S/RES/2326 (2016) in French, the opening of the press release CS/12631 as its page gives it', () => {
  it('finds the text under `Texte du projet de résolution (S/2016/1061)` with no release header above: 3 PPs (Agissant au titre du Chapitre VII its own) and OP1, cut where the excerpt ends', () => {
    const { layout, summary, draft, warnings } = imported('cs-12631-press-release-fr-excerpt.txt')
    expect([layout, warnings]).toEqual(['press-release', []])
    expect(draft.meta).toMatchObject({ symbol: 'S/RES/2326 (2016)', lang: 'fr', title: '', date: '' })
    expect(rows('cs-12631-press-release-fr-excerpt.txt').map(r => r.slice(0, 2))).toEqual([
      ['PP1', 'Rappelant'], ['PP2', 'Considérant'], ['PP3', 'Agissant au titre du Chapitre VII de la Charte des Nations Unies'], ['OP1', 'Décide']
    ])
    expect(summary.paragraphs[2].text).toBe('Agissant au titre du Chapitre VII de la Charte des Nations Unies,')
    expect(summary.paragraphs[3].text).toBe('Décide de proroger au 16 décembre 2016 le mandat de la Mission')
  })
})

/// The openings of two real PDF extractions in French and Spanish as document sites give
/// them (test/corpus/README.md): the site's own lines above the masthead, the series
/// letter of the symbol set apart (`S` ⏎ `/RES/1364 (2001)`), `Distr. générale` without
/// a colon and the older `Distr.` ⏎ `GENERAL`, each italic lead on a line of its own with
/// the roman text after it, words broken at line ends, the excerpt cut mid-paragraph.
describe('corpus: S/RES/1364 (2001) in French and S/RES/929 (1994) in Spanish, PDF extractions', () => {
  it('S/RES/1364 (2001): the heading with its job number and bar code, the organ’s comma on a line of its own, 8 PPs, the lead `Ayan t ex am iné` made whole', () => {
    const { layout, summary, draft, warnings } = imported('sc-1364-2001-fr-excerpt.txt')
    expect([layout, warnings]).toEqual(['pdf', []])
    expect(draft.meta).toMatchObject({ symbol: 'S/RES/1364 (2001)', distribution: 'générale', date: '31 juillet 2001', meeting: '4353e', title: '', lang: 'fr' })
    expect(summary.adoption).toEqual({ meeting: '4353e séance', date: '31 juillet 2001' })
    expect(summary.paragraphs.map(p => [p.label, p.lead])).toEqual([
      ['PP1', 'Rappelant'], ['PP2', 'Ayant examiné'], ['PP3', 'Rappelant'], ['PP4', 'Soulignant'], ['PP5', 'Vivement préoccupé'],
      ['PP6', 'Déplorant'], ['PP7', 'Rappelant'], ['PP8', 'Se félicitant']
    ])
    expect(summary.paragraphs[1].text).toBe('Ayant examiné le rapport du Secrétaire général en date du 19 juillet 2001 (S/2001/713),')
    expect(summary.paragraphs[3].text).toBe('Soulignant que la situation n’a toujours pas évolué sur certains points essentiels pour un règlement d’ensemble du conflit en Abkhazie (Géorgie), ce qui est inacceptable,')
    expect(summary.paragraphs[4].text).toBe('Vivement préoccupé par l’interruption des négociations à la suite des massacres et prises d’otages survenus en avril-mai dans le district de Gali, les 8 et 9 juillet 2001 dans la région de Gulripshi et de nouveau le 22 juillet 2001 à Primorsk,')
    expect(summary.paragraphs[7].text).toBe('Se félicitant du rôle important que la Mission d’observation des Nations Unies en Géorgie (MONUG) et les Forces collectives de maintien de la paix de la Communauté d’États indépendants (force de maintien de la paix de la CEI) continuent de')
  })

  it('S/RES/929 (1994): the masthead in capitals over two lines, 8 PPs whose leads are Spanish phrases (`Decidido`, `Profundamente preocupado` among them)', () => {
    const { layout, summary, draft, warnings } = imported('sc-929-1994-es-excerpt.txt')
    expect([layout, warnings]).toEqual(['pdf', []])
    expect(draft.meta).toMatchObject({ symbol: 'S/RES/929 (1994)', distribution: 'GENERAL', date: '22 de junio de 1994', meeting: '3392ª', title: '', lang: 'es' })
    expect(summary.adoption).toEqual({ meeting: '3392ª sesión', date: '22 de junio de 1994' })
    expect(summary.paragraphs.map(p => [p.label, p.lead])).toEqual([
      ['PP1', 'Reafirmando'], ['PP2', 'Decidido'], ['PP3', 'Destacando'], ['PP4', 'Habiendo examinado'], ['PP5', 'Teniendo en cuenta'],
      ['PP6', 'Tomando nota'], ['PP7', 'Acogiendo con beneplácito'], ['PP8', 'Profundamente preocupado']
    ])
    expect(summary.paragraphs[0].text).toBe('Reafirmando todas sus resoluciones anteriores sobre la situación en Rwanda, en particular sus resoluciones 912 (1994), de 21 de abril de 1994, 918 (1994), de 17 de mayo de 1994, y 925 (1994), de 8 de junio de 1994, en que se consignan el mandato y la dotación de fuerzas de la Misión de Asistencia de las Naciones Unidas a Rwanda (UNAMIR),')
    expect(summary.paragraphs[1].text).toBe('Decidido a coadyuvar a la reanudación del proceso de arreglo político en virtud del Acuerdo de Paz de Arusha y alentando al Secretario General y a su Representante Especial para Rwanda a continuar y redoblar sus esfuerzos en los planos nacional, regional e internacional a fin de promover esos objetivos,')
    expect(summary.paragraphs[7].text).toBe('Profundamente preocupado por la continuación de las matanzas sistemáticas y generalizadas de la población civil en Rwa')
  })
})

/// Whole resolutions that a site gives run together: every paragraph, and in A/RES/62/30
/// the heading and closing lines too, on one line, as a PDF viewer copies them.
describe('corpus: texts run together on one line, A/RES/62/30 in French and S/RES/1397 (2002) in Spanish', () => {
  it('A/RES/62/30: the heading, 4 PPs (the Assembly’s feminine leads `Guidée`, `Résolue`, `Convaincue`), 2 OPs, the closing line `61 e séance plénière` with its date; the page’s own line after it left out', () => {
    const { layout, summary, draft, warnings } = imported('ga-62-30-fr-one-line-excerpt.txt')
    expect(layout).toBe('pdf')
    expect(warnings).toEqual([{ line: 3, message: 'left out “Sélectionner le paragraphe cible3”: after the closing lines only notes and annexes follow' }])
    expect(draft.meta).toMatchObject({
      symbol: 'A/RES/62/30', distribution: 'générale', date: '5 décembre 2007', meeting: '61e plénière', lang: 'fr',
      title: 'Effets de l’emploi d’armes et de munitions contenant de l’uranium appauvri', agendaItem: '98', session: 'Soixante-deuxième session'
    })
    expect(summary.adoption).toEqual({ meeting: '61e séance plénière', date: '5 décembre 2007', agendaItem: '98', session: 'Soixante-deuxième session' })
    expect(rows('ga-62-30-fr-one-line-excerpt.txt')).toEqual([
      ['PP1', 'Guidée', 'Guidée par les buts et principes énoncés dans la Charte des Nations Unies et les règles du droit international humanitaire,'],
      ['PP2', 'Résolue', 'Résolue à promouvoir le multilatéralisme en tant que moyen essentiel de faire progresser les négociations sur la réglementation des armements et le désarmement,'],
      ['PP3', 'Convaincue', 'Convaincue que, l’humanité ayant davantage conscience de la nécessité de prendre immédiatement des mesures pour protéger l’environnement, il faut, face à tout événement risquant de compromettre ces efforts, s’employer d’urgence à mettre en œuvre les mesures nécessaires,'],
      ['PP4', 'Tenant compte', 'Tenant compte des effets potentiellement néfastes de l’emploi d’armes et de munitions contenant de l’uranium appauvri sur la santé et sur l’environnement,'],
      ['OP1', 'Prie', 'Prie le Secrétaire général de solliciter les vues des États Membres et des organisations internationales compétentes sur les effets de l’emploi d’armes et de munitions contenant de l’uranium appauvri, et de lui présenter un rapport sur la question à sa soixante-troisième session ;'],
      ['OP2', 'Décide', 'Décide d’inscrire à l’ordre du jour provisoire de sa soixante-troisième session une question intitulée « Effets de l’utilisation d’armes et de munitions contenant de l’uranium appauvri ».']
    ])
  })

  it('S/RES/1397 (2002): the masthead on its lines and the body on one, the accented letters lost (`sesin`, `regin`); 7 PPs and 4 OPs as in English, the job number and bar code dropped, the page’s text after the last OP left out', () => {
    const { layout, summary, draft, warnings } = imported('sc-1397-2002-es-excerpt.txt')
    expect(layout).toBe('pdf')
    expect(warnings).toEqual([{ line: 20, message: 'left out “T”: the operative part ended with a full stop before it' }])
    expect(draft.meta).toMatchObject({ symbol: 'S/RES/1397 (2002)', distribution: 'general', date: '12 de marzo de 2002', meeting: '4489', title: '', lang: 'es' })
    expect(summary.paragraphs.map(p => [p.label, p.lead])).toEqual([
      ['PP1', 'Recordando'], ['PP2', 'Apoyando'], ['PP3', 'Expresando'], ['PP4', 'Haciendo'], ['PP5', 'Haciendo'], ['PP6', 'Acogiendo complacido'], ['PP7', 'Acogiendo complacido'],
      ['OP1', 'Exige'], ['OP2', 'Exhorta'], ['OP3', 'Expresa su apoyo'], ['OP4', 'Decide']
    ])
    expect(summary.paragraphs.map(p => p.label)).toEqual(rows('sc-1397-2002-pdf-extraction.txt').map(r => r[0]))
    expect(summary.paragraphs[6].text).toBe('Acogiendo complacido la contribucin aportada por Abdullah, Prncipe Heredero de la Arabia Saudita,')
    expect(summary.paragraphs[7].text).toBe('Exige la cesacin inmediata de todos los actos de violencia, incluidos todos los actos de terrorismo, provocacin, incitacin y destruccin;')
    expect(summary.paragraphs[10].text).toBe('Decide seguir ocupndose de la cuestin.')
  })
})

describe('corpus: A/RES/3406 (XXX) in Spanish, a scan of the 1975 volume as vlex.com gives it', () => {
  it('reads the old numbered title (`3406 (XxX). Año internacional del niño`), 5 PPs with the Assembly’s feminine leads and the unnumbered `Hace suya` as OP1; words broken at line ends rejoined, the scan’s misreadings kept as written', () => {
    const { layout, summary, draft, warnings } = imported('ga-3406-xxx-es-excerpt.txt')
    expect([layout, warnings]).toEqual(['pdf', []])
    expect(draft.meta).toMatchObject({ symbol: 'A/RES/3406 (XXX)', title: 'Año internacional del niño', lang: 'es' })
    expect(summary.paragraphs.map(p => [p.label, p.lead])).toEqual([
      ['PP1', 'Tomando nota'], ['PP2', 'Reconociendo'], ['PP3', 'Preocupada'], ['PP4', 'Convencida'], ['PP5', 'Convencida asimismo'], ['OP1', 'Hace suya']
    ])
    expect(summary.paragraphs[0].text).toBe('Tomando nota de los puntos de vista relativos a un año internacional del niño que figuran en el capítulo VII del informe de la Junta Ejecutiva del Fondo de las Naciones Unidas para la InfanciaI y en los documentos en él mencionados,')
    expect(summary.paragraphs[2].text).toBe('Preocupada por el bienestar de los nifios en todos sus aspectos, por sus derechos humanos y por su identidad jurídica y cultural,')
    expect(summary.paragraphs[4].text).toBe('Convencida asimismo de que un año internacional del niño, si tiene la preparación, el apoyo y la financiación adecuados de los gobiernos y del ptiblico en general mediante contribuciones voluntarias, podría contribuir a fortalecer ese reconocimiento y llevar a la adopción de medidas apropiadas,')
    expect(summary.paragraphs[5].text.slice(0, 120)).toBe('Hace suya la resolución 1962 (LIX) de 30 de julio de: 1975 del Consejo Económico y Social, en la que éste pide al Secret')
  })
})

describe('corpus: A/RES/72/298 in French, page 1 run together on one line with its notes and job number', () => {
  const { layout, summary, draft, warnings } = imported('ga-72-298-fr-one-line-excerpt.txt')

  it('reads the heading with the French agenda item `160 a)`, and 5 PPs', () => {
    expect([layout, warnings]).toEqual(['pdf', []])
    expect(draft.meta).toMatchObject({
      symbol: 'A/RES/72/298', distribution: 'générale', date: '5 juillet 2018', agendaItem: '160 a)', session: 'Soixante-douzième session',
      title: 'Financement de la Force des Nations Unies chargée d’observer le désengagement', lang: 'fr'
    })
    expect(summary.paragraphs.slice(0, 5).map(p => [p.label, p.lead])).toEqual([
      ['PP1', 'Ayant examiné'], ['PP2', 'Rappelant'], ['PP3', 'Rappelant également'], ['PP4', 'Réaffirmant'], ['PP5', 'Consciente']
    ])
    expect(summary.paragraphs[4].text).toBe('Consciente qu’il est indispensable de doter la Force des Nations Unies chargée d’observer le désengagement des ressources financières dont elle a besoin pour s’acquitter des responsabilités que le Conseil de sécurité lui a confiées dans ses résolutions,')
  })

  it('pairs the page’s two notes, numbers read before texts (`1 2 A/72/633, … A/72/789/Add.2.`), with their references set apart (`désengagement 1 et`, `budgétaires 2,`)', () => {
    expect(summary.footnotes).toEqual([
      { label: 'FN1', paragraph: 'PP1', text: 'A/72/633, A/72/633/Corr.1 et A/72/719.' },
      { label: 'FN2', paragraph: 'PP1', text: 'A/72/789/Add.2.' }
    ])
    const pp1 = draft.paragraphs[0]
    expect(pp1.footnotes!.map(f => pp1.text.slice(f.at - 14, f.at + 3))).toEqual([' désengagement et', 'et budgétaires,'])
  })

  /// The page's own `Sélectionner le paragraphe` after the text, which stops at the end of
  /// page 1 in the middle of the preamble, cannot be told from a PP: it is kept, as PP6.
  it('keeps the page’s own last line as PP6, nothing after the preamble saying where the resolution ends', () => {
    expect(summary.paragraphs.slice(5).map(p => [p.label, p.text])).toEqual([['PP6', 'Sélectionner le paragraphe']])
  })
})
