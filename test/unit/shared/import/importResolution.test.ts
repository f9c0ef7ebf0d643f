import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { importResolution, maxImportLength } from '../../../../shared/import'
import { template2388 } from '../../../../shared/template'
import { exportPlainText } from '../../../../shared/export'
import { summarizeResolution, labelParagraphs } from '../../../../shared/schema'
import { textOf } from '../../../support/resolutionText'
import { pdfCopy } from '../../../support/pdfCopy'
import { generatedStructuredResolution } from '../../../support/generatedResolutions'

/// Cases of the never-throws property: a seeded 1000 in `npm test`; PENHOLDER_PROPERTY_RUNS
/// (e.g. 10000) for a long run.
const propertyRuns = Number(process.env.PENHOLDER_PROPERTY_RUNS ?? 1000)

const seed = readFileSync(new URL('../../../corpus/sc-13081-press-release.txt', import.meta.url), 'utf8')
const template = template2388()
const official = exportPlainText(template)
const paragraphsOf2388 = summarizeResolution(template).paragraphs
const numbered = paragraphsOf2388.map((p, i) => i < 24 ? p.text : `${i - 23}. ${p.text}`)
const heading = 'S/RES/2388 (2017)\nResolution 2388 (2017)\nAdopted by the Security Council at its 8111th meeting, on 21 November 2017'

function imported(text: string) {
  const result = importResolution(text)
  if (!result.ok) throw new Error(result.error)
  return result
}

describe('importResolution: the layouts of 2388', () => {
  it.each([
    ['official, blank lines between paragraphs', official, 'official'],
    ['official, no blank lines', official.replace(/\n\n/g, '\n'), 'official'],
    ['official, CRLF and a byte-order mark', '\uFEFF' + official.replace(/\n/g, '\r\n'), 'official'],
    ['copied out of a PDF', heading + '\n\nThe Security Council,\n\n' + pdfCopy(numbered), 'pdf'],
    ['copied out of a narrow PDF with frequent page breaks', heading + '\nThe Security Council,\n' + pdfCopy(numbered, { width: 55, pageLines: 17 }), 'pdf']
  ])('%s gives the template back', (_, text, layout) => {
    const result = imported(text)
    expect(result.layout).toBe(layout)
    expect(textOf(result.doc)).toEqual(textOf(template))
  })

  it('finds the resolution at the end of the whole press release', () => {
    const result = imported(seed)
    expect(result.layout).toBe('press-release')
    const { meta, ...text } = textOf(result.doc)
    const { meta: templateMeta, ...templateText } = textOf(template)
    expect(text).toEqual(templateText)
    expect(meta).toMatchObject({ symbol: 'S/RES/2388 (2017)', meeting: '8111th' })
    expect(templateMeta.date).toBe('21 November 2017')
  })

  it('gives imported paragraphs fresh ids, not the template’s', () => {
    const pids = new Set(textOf(template) && labelParagraphs(imported(official).doc).map(l => l.pid))
    expect(pids.size).toBe(59)
    expect([...pids].some(pid => pid.startsWith('t2388'))).toBe(false)
  })
})

describe('importResolution: other texts', () => {
  it('reads a General Assembly resolution with subparagraphs at two levels', () => {
    const text = [
      'A/RES/64/174', 'Resolution adopted by the General Assembly on 18 December 2009',
      '64/174. Strengthening the United Nations Crime Prevention and Criminal Justice Programme', '',
      'The General Assembly,', '',
      'Recalling its resolution 46/152 of 18 December 1991,', '',
      'Deeply concerned about the negative effects of transnational organized crime,', '',
      '1.\tUrges Member States:', '(a)\tTo ratify the Convention;', '(b)\tTo strengthen cooperation, including:',
      '(i)\tMutual legal assistance;', '(ii)\tExtradition;', '(c)\tTo report;', '',
      '2.\tRequests the Secretary-General to report to it at its sixty-fifth session.'
    ].join('\n')
    const doc = imported(text).doc
    expect(labelParagraphs(doc).map(l => l.label)).toEqual(['PP1', 'PP2', 'OP1', 'OP1(a)', 'OP1(b)', 'OP1(b)(i)', 'OP1(b)(ii)', 'OP1(c)', 'OP2'])
    const s = summarizeResolution(doc)
    expect(s).toMatchObject({ organ: 'The General Assembly', symbol: 'A/RES/64/174', subparagraphs: { 1: 5 } })
    expect(s.paragraphs.map(p => p.lead)).toEqual(['Recalling', 'Deeply concerned', 'Urges', '', '', '', '', '', 'Requests'])
    expect(textOf(doc).meta).toMatchObject({ date: '18 December 2009', title: 'Strengthening the United Nations Crime Prevention and Criminal Justice Programme' })
  })

  it('reads a French text with a) subparagraphs', () => {
    const text = 'Le Conseil de sécurité,\n\nRappelant sa résolution 2331 (2016),\n\n1.\tPrie instamment les États Membres :\na)\tDe prévenir la traite;\nb)\tDe protéger les victimes;\n\n2.\tDécide de demeurer activement saisi de la question.'
    const doc = imported(text).doc
    const s = summarizeResolution(doc)
    expect(s.organ).toBe('Le Conseil de sécurité')
    expect(textOf(doc).meta.lang).toBe('fr')
    expect(s.paragraphs.map(p => [p.label, p.lead])).toEqual([['PP1', 'Rappelant'], ['OP1', 'Prie instamment'], ['OP1(a)', ''], ['OP1(b)', ''], ['OP2', 'Décide']])
    expect(labelParagraphs(doc).map(l => l.number)).toEqual(['', '1.', 'a)', 'b)', '2.'])
  })

  it('reads a draft with a lone, unnumbered operative paragraph', () => {
    const text = 'S/2017/983\nProvisional\n21 November 2017\nOriginal: English\n\nUnited States of America: draft resolution\n\nThe Security Council,\n\nRecalling its resolution 2331 (2016),\n\nDecides to remain actively seized of the matter.'
    const doc = imported(text).doc
    expect(summarizeResolution(doc)).toMatchObject({ preambular: 1, operative: 1 })
    expect(textOf(doc).meta).toMatchObject({ symbol: 'S/2017/983', sponsors: 'United States of America', distribution: 'Provisional' })
  })

  it.each([
    ['a heading whose sponsors are marked', ['A/C.5/80/L.10', 'Iraq:* draft resolution', 'Palestine refugees'], ['OP1', 'OP2'], false, []],
    ['lines that are no heading, one with a mark', Array.from({ length: 30 }, (_, i) => i === 3 ? 'New paragraphs are marked* in the text below.' : `Line ${i + 1} of a covering email.`),
      ['OP1', 'OP2', 'OP3'], true, ['skipped 30 lines before the organ line that do not look like a heading', 'a paragraph without a number among the operative paragraphs was taken as a new operative paragraph']]
  ])('drops a `*` note at a page foot without a rule only under %s (A/C.5/80/L.10), keeping it as text otherwise', (_name, above, labels, kept, warnings) => {
    const result = imported([...above, '', 'The General Assembly,', '', '1. Recalls its resolution 79/1;', '', '* On behalf of the States that are members of the Group of 77 and China.', '', '2. Decides to act.'].join('\n'))
    const summary = summarizeResolution(result.doc)
    expect(summary.paragraphs.map(p => p.label)).toEqual(labels)
    expect(summary.footnotes ?? []).toEqual([])
    expect(result.warnings.map(w => w.message)).toEqual(warnings)
    expect(textOf(result.doc).paragraphs.some(p => p.text.includes('On behalf of the States'))).toBe(kept)
  })

  it('warns, with the line, about a gap in the numbering and a missing organ line', () => {
    const result = imported('1. Decides to act;\n\n3. Requests a report.')
    expect(result.warnings.map(w => w.line)).toEqual([1, 3])
    expect(result.warnings[1].message).toContain('operative paragraph 3 follows 1')
  })
})

describe('importResolution: what is not a resolution', () => {
  it.each([
    ['an empty text', '', /^the text is empty; not a resolution: expected an organ line/],
    ['blank lines', '\n \n\t\n', /^the text is empty/],
    ['the prose of the press release', seed.slice(0, seed.indexOf('MACHARIA')), /^not a resolution: expected an organ line such as “The Security Council,”/],
    ['a JSON file', '{"name": "penholder", "version": "0.1.0"}', /^not a resolution/],
    ['an organ line with nothing after it', 'The Security Council,\n\n', /^found the organ line “The Security Council,” but no paragraphs/],
    ['a 10 MB paste', 'x'.repeat(10_000_000), /^the text is 10\.0 million characters; Penholder imports resolutions of up to 4 million/]
  ])('refuses %s', (_, text, message) => {
    const result = importResolution(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(message)
  })

  it('never throws and never fails inside, on any string or mangled resolution', () => {
    const lines = official.split('\n')
    const mangled = fc.tuple(fc.array(fc.nat(lines.length - 1), { maxLength: 30 }), fc.array(fc.string(), { maxLength: 10 }))
      .map(([picks, noise]) => [...picks.map(i => lines[i]), ...noise].join(fc.sample(fc.constantFrom('\n', '\n\n', ' ', '\r'), 1)[0]))
    const structured = fc.tuple(generatedStructuredResolution, fc.array(fc.nat(), { maxLength: 6 }), fc.array(fc.string(), { maxLength: 4 }))
      .map(([doc, cuts, noise]) => {
        const exported = exportPlainText(doc).split('\n')
        for (const [i, cut] of cuts.entries()) exported.splice(cut % (exported.length + 1), i % 2, noise[i % (noise.length || 1)] ?? '')
        return exported.join('\n')
      })
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), mangled, structured), text => {
      const result = importResolution(text)
      if (!result.ok) expect(result.error).not.toMatch(/^internal error/)
      else result.doc.check()
    }), { numRuns: propertyRuns, seed: 11 })
  }, propertyRuns * 40)

  it('takes a text just under the size limit', () => {
    const big = official.repeat(Math.floor(maxImportLength / official.length))
    expect(importResolution(big).ok).toBe(true)
  })
})

/// Every text costs time linear in its size: each generated case must be imported within
/// 500 ms + 400 ms per 10,000 characters of processor time (`process.cpuUsage()`, user and
/// system, so that the other programs of a shared machine do not count; 40 µs a
/// character, twice the slowest input measured on a loaded machine, 32,000 lines of `1.`
/// at 18 µs, and ten times most texts), the least of up to three tries counting. It
/// catches a text that freezes the importer (the quadratic steps this issue removed took
/// 2.9 s on 64,000 letters and did not end on a megabyte, against bounds of 3.1 s and
/// 40 s); growth ratios at n and 8n (`npm run bench`) catch slower drifts. Texts are made
/// of the units that once cost quadratic time, repeated, with real paragraphs and noise:
/// a seeded 40 cases of up to 60,000 characters in `npm test`; PENHOLDER_TIME_RUNS,
/// PENHOLDER_TIME_CHARS and PENHOLDER_TIME_SEED for a long run (docs/reliability.md gives
/// the command and its figures).
const timeRuns = Number(process.env.PENHOLDER_TIME_RUNS ?? 40)
const timeChars = Number(process.env.PENHOLDER_TIME_CHARS ?? 60_000)
const timeSeed = Number(process.env.PENHOLDER_TIME_SEED ?? 15)
const timeBound = (chars: number) => 500 + chars / 10_000 * 400

const costlyUnits = [
  'a', ' ', '1.\n', '1.\n\n', '8.Calls upon the parties;\n', '7. Decides to act;\n', 'Requesting the Commission to act;\n', '(b) Requesting a report;\n',
  '1. Decides by:\n', 'Recalling its resolution,1\n\n1 See resolution 79/1.\n\n', 'system- wide ', 'traffick-\ning ', 'traf\u00ADficking ',
  '25-03411 (E)    040325\n*2503411*\n', 'Trafficking in persons in armed conflict\n', '__________________\n', 'Annex\n', 'I\nRevitalization of the work\n',
  'PP1. Recalling x,\n', 'OP2. Urges States;\n', '\ufb01nancing ', '(i) To report;\n', 'a) Décide;\n', '45th plenary meeting\n', '\n',
  'Production and\n\nStockpiling ', 'international ---\n\n', '* On behalf of the Group of 77.\n\n'
]
const costlyText = fc.tuple(
  fc.boolean(),
  fc.array(fc.tuple(fc.constantFrom(...costlyUnits), fc.integer({ min: 1, max: timeChars })), { minLength: 1, maxLength: 5 }),
  fc.array(fc.constantFrom(...official.split('\n\n')), { maxLength: 20 }),
  fc.string({ maxLength: 200 })
).map(([organ, pieces, paragraphs, noise]) => {
  const share = Math.floor(timeChars / pieces.length)
  const body = pieces.map(([unit, times]) => unit.repeat(Math.max(1, Math.min(times, Math.floor(share / unit.length))))).join('\n')
  return (organ ? 'The General Assembly,\n\n' : '') + paragraphs.join('\n\n') + '\n' + body + noise
})

describe('importResolution: time linear in the text', () => {
  it(`imports each generated text within the time bound (${timeRuns} cases of up to ${timeChars.toLocaleString('en')} characters, seed ${timeSeed})`, () => {
    const timed = (text: string) => {
      const start = process.cpuUsage()
      importResolution(text)
      const used = process.cpuUsage(start)
      return (used.user + used.system) / 1000
    }
    const cases: Array<{ chars: number, ms: number }> = []
    fc.assert(fc.property(costlyText, text => {
      let ms = timed(text)
      for (let tries = 1; tries < 3 && ms > timeBound(text.length); tries++) ms = Math.min(ms, timed(text))
      cases.push({ chars: text.length, ms })
      expect(ms).toBeLessThanOrEqual(timeBound(text.length))
    }), { numRuns: timeRuns, seed: timeSeed })
    if (process.env.PENHOLDER_TIME_RUNS) {
      const perChar = cases.map(c => c.ms * 1000 / c.chars).sort((a, b) => a - b)
      const slowest = cases.reduce((w, c) => c.ms > w.ms ? c : w)
      const worst = cases.reduce((w, c) => c.ms / timeBound(c.chars) > w.ms / timeBound(w.chars) ? c : w)
      console.log(JSON.stringify({
        cases: cases.length, seed: timeSeed, maxChars: Math.max(...cases.map(c => c.chars)), totalChars: cases.reduce((n, c) => n + c.chars, 0),
        slowest: { chars: slowest.chars, ms: Math.round(slowest.ms) }, worstShareOfBound: (worst.ms / timeBound(worst.chars)).toFixed(3), worstCase: { chars: worst.chars, ms: Math.round(worst.ms) },
        medianMicrosecondsPerChar: perChar[perChar.length >> 1].toFixed(3), p99MicrosecondsPerChar: perChar[Math.floor(perChar.length * 0.99)].toFixed(3)
      }))
    }
  }, timeRuns * 5_000)
})

