import type { Node } from 'prosemirror-model'
import { buildResolution, readResolution, toRoman, type ParagraphDraft, type ResolutionDraft, type SectionDraft } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'
import { SeededRandom } from '../../../bench/seededRandom'

/// Seeded revisions of the real 2388 text for the property that defines the amendment
/// list: each kind of change a negotiation makes — words inserted, deleted and replaced
/// (numbers and citations among them), paragraphs inserted, deleted, moved, reversed,
/// rewritten past their opening words, split and merged, subparagraphs added, changed,
/// deleted and moved — several at once.

const words = ['and related', 'as appropriate,', 'in particular', 'urgently', 'including women and girls,', 'effectively',
  '1,750,000', 'resolution 2331 (2016)', 'S/2017/939', '15.5 per cent', ', and to consider', 'the', 'and', 'of']
const numbers = ['1,500,000 United States dollars', '2331 (2016)', 'S/2017/939', '15.5 per cent', '12 months']

function wordStarts(text: string): number[] {
  const starts = [0]
  for (const m of text.matchAll(/ (?=\S)/g)) starts.push(m.index! + 1)
  return starts
}

function reword(p: ParagraphDraft, r: SeededRandom): ParagraphDraft {
  const starts = wordStarts(p.text)
  if (starts.length < 3) return { ...p, text: p.text.replace(/[;.,:]?$/, m => ' ' + r.pick(words).replace(/,$/, '') + m) }
  const k = r.int(starts.length - 1), at = starts[k], next = starts[k + 1]
  switch (r.int(6)) {
    case 0: return { ...p, text: p.text.slice(0, at) + r.pick(words) + ' ' + p.text.slice(at) }
    case 1: return { ...p, text: p.text.slice(0, at) + p.text.slice(next) }
    case 2: return { ...p, text: p.text.slice(0, at) + r.pick(words) + ' ' + p.text.slice(next) }
    case 3: return { ...p, text: p.text.slice(0, at) + r.pick(numbers) + ' ' + p.text.slice(at) }
    case 4: {
      const keep = Math.min(starts.length - 1, 5 + r.int(4))
      return { ...p, text: p.text.slice(0, starts[keep]) + 'a wholly new ending about ' + r.pick(numbers) + p.text.slice(-1) }
    }
    default: return { ...p, text: p.text.replace(/[;.,:]$/, '') + ', ' + r.pick(words).replace(/^, /, '') + p.text.slice(-1) }
  }
}

/// The paragraph groups of a draft list: each PP or OP with its subparagraphs.
function groups(ps: ParagraphDraft[]): ParagraphDraft[][] {
  const out: ParagraphDraft[][] = []
  for (const p of ps) {
    if (p.kind === 'sub' && out.length) out[out.length - 1].push(p)
    else out.push([p])
  }
  return out
}

function revise(ps: ParagraphDraft[], r: SeededRandom): ParagraphDraft[] {
  const gs = groups(ps)
  const ops = gs.map((g, i) => ({ g, i })).filter(x => x.g[0].kind === 'op')
  const anyGroup = () => r.int(gs.length)
  const anyOp = () => ops.length ? ops[r.int(ops.length)].i : anyGroup()
  switch (r.int(11)) {
    case 0: case 1: { const i = anyGroup(); gs[i] = [reword(gs[i][0], r), ...gs[i].slice(1)]; break }
    case 2: {
      const i = anyGroup(), source = gs[anyGroup()][0]
      gs.splice(i + r.int(2), 0, [{ ...reword(source, r), pid: undefined, kind: gs[i][0].kind === 'pp' ? 'pp' : 'op', text: 'Further ' + source.text.charAt(0).toLowerCase() + source.text.slice(1) }])
      break
    }
    case 3: gs.splice(anyGroup(), 1); break
    case 4: {
      const from = anyGroup(), [g] = gs.splice(from, 1)
      const to = r.int(gs.length + 1)
      if (g[0].kind === 'pp' || (gs[to]?.[0].kind ?? 'op') === g[0].kind) gs.splice(to, 0, g)
      else gs.splice(from, 0, g)
      break
    }
    case 5: {
      const i = anyOp(), n = Math.min(gs.length - i, 2 + r.int(5))
      if (gs.slice(i, i + n).every(g => g[0].kind === gs[i][0].kind)) gs.splice(i, n, ...gs.slice(i, i + n).reverse())
      break
    }
    case 6: {
      const i = anyOp(), g = gs[i], items = g.slice(1)
      const at = r.int(items.length + 1)
      items.splice(at, 0, { kind: 'sub', level: 1, lead: 0, text: 'To ' + r.pick(words).replace(/,$/, '') + ' measures against trafficking;' })
      if (items.length > 1 && r.int(3) === 0) items.splice(r.int(items.length), 1)
      if (items.length > 1 && r.int(3) === 0) items[r.int(items.length)] = reword(items[r.int(items.length)], r)
      if (items.length > 2 && r.int(3) === 0) { const [x] = items.splice(r.int(items.length), 1); items.splice(r.int(items.length + 1), 0, x) }
      gs[i] = [{ ...g[0], text: g[0].text.replace(/[;.,]$/, ':') }, ...items]
      break
    }
    case 7: {
      const i = anyGroup(), p = gs[i][0], cut = p.text.indexOf(', ', p.text.length >> 2)
      if (cut > 0 && gs[i].length === 1) {
        gs.splice(i, 1, [{ ...p, text: p.text.slice(0, cut) + p.text.slice(-1) }],
          [{ ...p, pid: undefined, text: 'Also ' + p.text.slice(cut + 2) }])
      }
      break
    }
    case 8: {
      const i = anyGroup()
      if (gs[i + 1] && gs[i].length === 1 && gs[i + 1][0].kind === gs[i][0].kind) {
        const [a, b] = [gs[i][0], gs[i + 1][0]]
        gs.splice(i, 2, [{ ...a, text: a.text.replace(/[;.,]$/, '') + ', and ' + b.text.charAt(0).toLowerCase() + b.text.slice(1) }, ...gs[i + 1].slice(1)])
      }
      break
    }
    case 9: {
      const i = anyOp(), g = gs[i]
      if (g.length > 1) gs[i] = [g[0], ...g.slice(1).filter((_s, k) => k !== r.int(g.length - 1))]
      break
    }
    default: {
      const i = anyGroup(), p = gs[i][0]
      gs[i] = [{ ...p, text: p.text.split(' ').slice(0, 6).join(' ') + ' to do something else entirely by ' + r.pick(numbers) + p.text.slice(-1) }, ...gs[i].slice(1)]
    }
  }
  return gs.flat()
}

/// An annex made of 2388's operative clauses, one unnumbered paragraph first, for
/// revisions that touch annexes.
function withAnnex(draft: ResolutionDraft, r: SeededRandom): ResolutionDraft {
  const ops = draft.paragraphs.filter(p => p.kind === 'op')
  const paragraphs: ParagraphDraft[] = [{ kind: 'pp', lead: 0, text: 'The plan of action reads as follows:' },
    ...Array.from({ length: 6 }, () => ({ ...r.pick(ops), pid: undefined }))]
  return {
    ...draft,
    annexes: [{ title: { text: 'Plan of action against trafficking in persons in armed conflict' }, paragraphs, ...(r.int(2) && { sections: withSubheading([{ number: 'I', text: 'Prevention', at: 1 }, { number: 'II', text: 'Protection of victims', at: 4 }], 3, r) }) }]
  }
}

/// Section headings a General Assembly text sets its operative part out under.
const headingTexts = ['Prevention of trafficking in persons', 'Protection of victims and survivors', 'Follow-up and review']

/// 2388's operative part set out in sections, as long General Assembly texts are: I from
/// its first OP, II from its 13th, III from its 27th (`at` counts every paragraph); one
/// time in two with an unnumbered subheading in section I, before its 7th OP.
function sectionsOf(ps: readonly ParagraphDraft[], r: SeededRandom): SectionDraft[] {
  const ops = ps.flatMap((p, i) => p.kind === 'op' ? [i] : [])
  const sections = [0, 12, 26].flatMap((n, k) => ops[n] != null ? [{ number: ['I', 'II', 'III'][k], text: headingTexts[k], at: ops[n] }] : [])
  return ops[6] != null ? withSubheading(sections, ops[6], r) : sections
}

/// Words of the unnumbered subheadings a section holds, as the annex of A/RES/80/3 has.
const subheadingTexts = ['Partnerships and support mechanisms', 'Governance, accountability and monitoring']

/// One time in two, `sections` with an unnumbered subheading put in before paragraph `at`.
function withSubheading(sections: SectionDraft[], at: number, r: SeededRandom): SectionDraft[] {
  if (!r.int(2)) return sections
  return [...sections, { number: '', text: r.pick(subheadingTexts), at }].sort((a, b) => a.at - b.at)
}

/// Words a heading put in by a revision reads.
const newHeadingTexts = ['Assistance to victims', 'International cooperation', 'Accountability', 'Final provisions']

/// A heading tied to the paragraphs it may stand before: the ids of its part's paragraphs
/// from the one it stands before onward, in the tabled order (none: the end of its part).
interface TiedHeading { readonly heading: SectionDraft, readonly before: readonly string[] }

/// Where a part's headings stand, by the ids of the paragraphs after them.
function tie(ps: readonly ParagraphDraft[], sections: readonly SectionDraft[]): TiedHeading[] {
  return sections.map(h => ({ heading: h, before: ps.slice(h.at).flatMap(p => p.kind !== 'sub' && p.pid ? [p.pid] : []) }))
}

/// The headings of a part revised as a negotiation revises them: each stands before the
/// first paragraph still there of those it stood before (a paragraph moved takes the
/// heading it held along; one deleted leaves it to the next), and then, one time in two,
/// one to three of: a heading deleted, one put in before a paragraph or at the end, one
/// moved to stand before another paragraph; each reworded as a title is about one time in
/// three. A heading put in is an unnumbered subheading one time in four. The numbered ones
/// are numbered in sequence anew, as a secretary numbers them, except, one time in ten,
/// one heading given a number of its own; unnumbered ones stay so. `top`: the paragraphs a
/// heading may stand before.
function reviseHeadings(ps: readonly ParagraphDraft[], tied: TiedHeading[], r: SeededRandom, top: (p: ParagraphDraft) => boolean): SectionDraft[] {
  const heads = ps.flatMap(p => top(p) && p.pid ? [p.pid] : [])
  const anchor = () => r.int(8) === 0 ? [] : heads.slice(r.int(heads.length))
  if (r.int(2)) {
    for (let n = 1 + r.int(3); n > 0; n--) {
      const k = r.int(tied.length + 1)
      switch (r.int(3)) {
        case 0: if (tied.length) tied.splice(Math.min(k, tied.length - 1), 1); break
        case 1: tied.splice(k, 0, { heading: { number: r.int(4) ? '#' : '', text: r.pick(newHeadingTexts), at: 0 }, before: anchor() }); break
        default: if (tied.length) { const [h] = tied.splice(Math.min(k, tied.length - 1), 1); tied.push({ ...h, before: anchor() }) }
      }
    }
  }
  const index = new Map(ps.map((p, i) => [p.pid, i]))
  const placed = tied.map((t, order) => {
    let at = t.before.map(pid => index.get(pid)).find(i => i != null) ?? ps.length
    while (at < ps.length && !top(ps[at])) at++
    return { heading: t.heading, at, order }
  }).sort((a, b) => a.at - b.at || a.order - b.order)
  const odd = r.int(10) === 0 ? r.int(placed.length) : -1
  let numbered = 0
  return placed.map(({ heading, at }, k) => ({
    ...heading, at, number: !heading.number ? '' : k === odd ? 'Z' : toRoman(++numbered).toUpperCase(),
    text: r.int(3) ? heading.text : r.int(4) ? reword({ kind: 'op', lead: 0, text: heading.text }, r).text : r.pick(headingTexts.filter(t => t !== heading.text))
  }))
}

/// Titles a General Assembly draft could carry, for revisions that change the title.
const titles = ['Maintenance of international peace and security', 'Trafficking in persons in armed conflict: protection of victims',
  'Strengthening of the coordination of emergency humanitarian assistance of the United Nations']

/// A title reworded as a paragraph is (words inserted, deleted, replaced, the end
/// rewritten), or replaced whole.
function retitle(title: string, r: SeededRandom): string {
  return r.int(4) ? reword({ kind: 'op', lead: 0, text: title }, r).text : r.pick(titles.filter(t => t !== title))
}

/// A base (2388, or 2388 with subparagraphs added to some OPs, or with an annex, and with
/// a title or none; its operative part and its annex set out in sections or not) and a
/// revision of it with 1 to 6 seeded changes to its body and, when it has one, its annex,
/// with its title, the annex's and its section headings changed or not (headings put in,
/// taken out, alone or with their sections, moved, reworded and renumbered, and carried
/// along by the paragraphs they head). With `freshIds` the revision shares no paragraph ids with the base, as a text
/// imported from elsewhere; with `sectioned`, the operative part is always set out in
/// sections.
export function seededRevision(seed: number, options: { freshIds?: boolean, sectioned?: boolean } = {}): { base: Node, current: Node } {
  const r = new SeededRandom(seed)
  let draft = readResolution(template2388())
  if (r.int(3) === 0) draft = withAnnex(draft, r)
  if (r.int(2)) draft = { ...draft, meta: { ...draft.meta, title: r.pick(titles) } }
  let ps = draft.paragraphs
  if (r.int(2)) {
    ps = revise(ps, r)
    ps = revise(ps, r)
  }
  const sections = r.int(3) === 0 || options.sectioned ? sectionsOf(ps, r) : []
  const base = buildResolution({ ...draft, paragraphs: ps, ...(sections.length && { sections }) })
  const tabled = readResolution(base)
  let revised = tabled.paragraphs
  let tied = tie(tabled.paragraphs, tabled.sections ?? [])
  // One time in five, a section taken out whole, its heading and paragraphs.
  if (sections.length && r.int(5) === 0) {
    const k = r.int(sections.length), gone = new Set(revised.slice(sections[k].at, sections[k + 1]?.at ?? revised.length).map(p => p.pid))
    revised = revised.filter(p => !gone.has(p.pid))
    tied = tied.filter((_t, i) => i !== k)
  }
  for (let n = 1 + r.int(6); n > 0; n--) revised = revise(revised, r)
  const revisedSections = sections.length ? reviseHeadings(revised, tied, r, p => p.kind === 'op') : []
  let annexes = tabled.annexes
  if (annexes && r.int(2)) {
    const { paragraphs, sections: sectioned, ...rest } = annexes[0]
    let annexParagraphs = paragraphs
    for (let n = 1 + r.int(3); n > 0; n--) annexParagraphs = revise(annexParagraphs, r)
    const annexSections = sectioned ? reviseHeadings(annexParagraphs, tie(paragraphs, sectioned), r, p => p.kind !== 'sub') : []
    annexes = [{ ...rest, paragraphs: annexParagraphs, ...(annexSections.length && { sections: annexSections }) }]
  }
  if (annexes && r.int(3) === 0) annexes = [{ ...annexes[0], title: { text: retitle(annexes[0].title.text, r) } }]
  const meta = tabled.meta.title && r.int(2) ? { ...tabled.meta, title: retitle(tabled.meta.title, r) } : tabled.meta
  const fresh = (list: ParagraphDraft[]) => options.freshIds ? list.map(p => ({ ...p, pid: undefined })) : list
  return {
    base,
    current: buildResolution({ ...tabled, meta, paragraphs: fresh(revised), sections: revisedSections, ...(annexes && { annexes: annexes.map(a => ({ ...a, paragraphs: fresh(a.paragraphs) })) }) })
  }
}

/// Subparagraphs of a paragraph rewritten whole: those of operative paragraph 13 of
/// test/corpus/amendments/own/draft.txt and of the amendments that set it out again.
const subparagraphTexts = ['Law enforcement and border control officials;', 'Criminal justice systems personnel;',
  'Personnel of refugee and displaced persons reception facilities;', 'Police, coastguard and immigration officers;',
  'Prosecutors and judges;', 'Health-care and social workers;', 'Labour inspectors, including:', 'Consular staff;']

/// A seeded revision in which, besides its other changes, one OP is rewritten together
/// with its subparagraphs, as an amendments document sets out again with “Paragraph 13
/// should read:” (setOut.ts): its lead-in reworded one time in two, its subparagraphs
/// given way to two to four others, one of them sometimes a tabled one reworded and one
/// sometimes a level down. Section headings keep the paragraphs they stand before.
export function seededSetOutRevision(seed: number, options: { freshIds?: boolean, sectioned?: boolean } = {}): { base: Node, current: Node } {
  const { base, current } = seededRevision(seed, options)
  const r = new SeededRandom(seed ^ 0x5e7001)
  const draft = readResolution(current)
  const gs = groups(draft.paragraphs)
  const ops = gs.flatMap((g, i) => g[0].kind === 'op' ? [i] : [])
  if (!ops.length) return { base, current }
  const i = r.pick(ops), g = gs[i], start = gs.slice(0, i).reduce((n, x) => n + x.length, 0)
  const texts = [...subparagraphTexts].sort(() => r.next() - 0.5).slice(0, 2 + r.int(3))
  const items: ParagraphDraft[] = texts.map(text => ({ kind: 'sub', level: 1, lead: 0, text }))
  if (g.length > 1 && r.int(2)) items.splice(r.int(items.length + 1), 0, reword(g[1 + r.int(g.length - 1)], r))
  if (r.int(3) === 0) {
    const k = 1 + r.int(items.length - 1), [before, sub] = items.slice(k - 1, k + 1) as [ParagraphDraft, ParagraphDraft]
    items[k] = { ...sub, level: (before.level ?? 1) + 1 }
  }
  const lead = r.int(2) ? reword(g[0], r) : g[0]
  gs[i] = [{ ...lead, text: lead.text.replace(/[;.,:]$/, '') + ':' }, ...items]
  const shift = gs[i].length - g.length
  const sections = draft.sections?.map(s => s.at > start ? { ...s, at: s.at + shift } : s)
  return { base, current: buildResolution({ ...draft, paragraphs: gs.flat(), ...(sections && { sections }) }) }
}
