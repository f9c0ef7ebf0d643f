import type { Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { newPid, schema, type Language, type ResolutionMeta } from '../schema'
import { unDate } from './unDate'

/// A new draft that follows up an adopted resolution: `base` is the source as adopted,
/// `current` the draft to work on, `title` its working title.
export interface FollowUpDraft {
  readonly base: Node
  readonly current: Node
  readonly title: string
}

/// What a follow-up draft cites and how its symbol starts.
interface SourceReference {
  /// As a recall cites it: `2388 (2017)`, `64/174`.
  readonly number: string
  readonly organ: 'sc' | 'ga'
}

const scResolution = /^S\/RES\/(\d+) \((\d{4})\)$/
const gaResolution = /^A\/RES\/(\d+\/\d+(?: [A-Z])?)$/

function sourceReference(meta: ResolutionMeta, words: typeof recallWords.en): SourceReference | null {
  const symbol = meta.symbol.replace(/\u00a0/g, ' ').trim()
  const sc = scResolution.exec(symbol)
  if (sc) return { number: `${sc[1]} (${sc[2]})`, organ: 'sc' }
  const ga = gaResolution.exec(symbol)
  if (!ga) return null
  return { number: meta.date ? `${ga[1]} ${words.of} ${meta.date}` : ga[1], organ: 'ga' }
}

/// The words of a recall in each language (un-resolution-style.md, "Preamble": a PP opens
/// with a participle in italics): the participle, the organ's possessive, the noun in
/// the singular and plural, and the conjunction closing a list.
const recallWords: Record<Language, { recalling: string, its: string, theirs: string, one: string, many: string, and: string, of: string }> = {
  en: { recalling: 'Recalling', its: 'its', theirs: 'its', one: 'resolution', many: 'resolutions', and: 'and', of: 'of' },
  fr: { recalling: 'Rappelant', its: 'sa', theirs: 'ses', one: 'résolution', many: 'résolutions', and: 'et', of: 'du' },
  es: { recalling: 'Recordando', its: 'su', theirs: 'sus', one: 'resolución', many: 'resoluciones', and: 'y', of: 'de' }
}

/// Participles with which a first PP recalls the organ's earlier texts.
const recallingOpening = /^(?:Recalling|Reaffirming|Rappelant|Réaffirmant|Recordando|Reafirmando)\b/

/// A resolution number as texts cite it: `2331 (2016)` (Security Council), `64/174`,
/// `60/251 A` or `76/217 of 17 December 2021` (General Assembly, with its date); the
/// spaces may be no-break spaces.
function citation(words: typeof recallWords.en): string {
  const date = String.raw`[ \u00a0]${words.of}[ \u00a0]\d{1,2}(?:er)?[ \u00a0](?:de[ \u00a0])?\p{L}+[ \u00a0](?:de[ \u00a0])?\d{4}`
  return String.raw`\d+[ \u00a0]\(\d{4}\)|\d+\/\d+(?:[ \u00a0][A-Z]\b)?(?:${date})?`
}

/// The last list of cited resolutions in a paragraph: `resolution 2331 (2016)`,
/// `resolutions 2331 (2016) and 2388 (2017)`, `résolutions 70/1, 71/2 et 72/3`.
function lastResolutionList(text: string, words: typeof recallWords.en): { index: number, noun: string, list: string } | null {
  const nouns = `${words.many}|${words.one}`
  const cited = citation(words)
  const pattern = new RegExp(`(?:(${words.theirs}|${words.its})[ \\u00a0])?(${nouns})[ \\u00a0]((?:${cited})(?:(?:,[ \\u00a0]|[ \\u00a0]${words.and}[ \\u00a0])(?:${cited}))*)`, 'gu')
  let last: RegExpExecArray | null = null
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m
  if (!last) return null
  return { index: last.index + (last[1] ? last[1].length + 1 : 0), noun: last[2], list: last[3] }
}

/// One change to a paragraph's text: `from`…`to` (UTF-16 offsets in its `textContent`,
/// where a footnote reference counts one) replaced by `text`.
interface TextEdit { from: number, to: number, text: string }

/// The edits that add `number` to the last list of resolutions `text` cites: the noun
/// and possessive put in the plural where the list had one, the new number closing the
/// list after the conjunction (`resolution 2331 (2016),` → `resolutions 2331 (2016) and
/// 2388 (2017),`). Null where the text cites no resolution.
function addToRecall(text: string, number: string, lang: Language): TextEdit[] | null {
  const words = recallWords[lang]
  const found = lastResolutionList(text, words)
  if (!found) return null
  const edits: TextEdit[] = []
  if (found.noun === words.one) {
    const possessive = text.slice(0, found.index).match(new RegExp(`(?:^|[ \\u00a0])(${words.its})[ \\u00a0]$`))
    if (possessive && words.its !== words.theirs) {
      const at = found.index - possessive[1].length - 1
      edits.push({ from: at, to: at + words.its.length, text: words.theirs })
    }
    edits.push({ from: found.index, to: found.index + words.one.length, text: words.many })
  }
  const listStart = found.index + found.noun.length + 1
  const listEnd = listStart + found.list.length
  const lastAnd = found.list.lastIndexOf(` ${words.and} `)
  if (lastAnd >= 0) edits.push({ from: listStart + lastAnd, to: listStart + lastAnd + words.and.length + 2, text: ', ' })
  const cited = found.list.includes('\u00a0') ? number.replace(/ /g, '\u00a0') : number
  edits.push({ from: listEnd, to: listEnd, text: ` ${words.and} ${cited}` })
  return edits
}

/// The document position of a text offset inside the paragraph at `pos`.
function positionOf(paragraph: Node, pos: number, offset: number): number {
  let left = offset, at = pos + 1
  for (let i = 0; i < paragraph.childCount; i++) {
    const child = paragraph.child(i)
    const length = child.isText ? child.text!.length : child.textContent.length
    if (left <= length && child.isText) return at + left
    if (left < length) return at + child.nodeSize
    left -= length
    at += child.nodeSize
  }
  return at
}

function applyEdits(tr: Transform, paragraph: Node, pos: number, edits: readonly TextEdit[]): void {
  for (const edit of [...edits].sort((a, b) => b.from - a.from)) {
    const from = positionOf(paragraph, pos, edit.from), to = positionOf(paragraph, pos, edit.to)
    const marks = tr.doc.resolve(from).marks()
    if (edit.text) tr.replaceWith(from, to, schema.text(edit.text, marks))
    else tr.delete(from, to)
  }
}

/// The heading of a draft: a symbol to be assigned (`S/2026/…`, `A/…/L.…`), the
/// circulation date, the distribution drafts carry, the language kept, and no meeting,
/// vote, sponsors or adoption facts (un-resolution-style.md, "Heading": a Security Council
/// draft prints symbol, distribution, date, `Original:` and a sponsors line ending
/// `: draft resolution`).
function draftHeading(meta: ResolutionMeta, organ: SourceReference['organ'], now: Date): ResolutionMeta {
  return {
    ...meta,
    symbol: organ === 'sc' ? `S/${now.getFullYear()}/…` : 'A/…/L.…',
    distribution: organ === 'sc' ? 'Provisional' : 'Limited',
    date: unDate(now, meta.lang),
    original: meta.original || { en: 'English', fr: 'French', es: 'Spanish' }[meta.lang] || 'English',
    meeting: '',
    vote: '',
    sponsors: '',
    agendaItem: organ === 'ga' ? meta.agendaItem : '',
    session: ''
  }
}

/// A follow-up draft of an adopted resolution, dated `now`: the source becomes the base;
/// the draft gets a draft's heading (see `draftHeading`) and recalls the source — added
/// to the first preambular paragraph where it already recalls resolutions (2388's PP1
/// becomes `Recalling presidential statement 2015/25, resolutions 2331 (2016) and 2388
/// (2017),`), else in a new first PP `Recalling its resolution 2388 (2017),`. Every other
/// paragraph, the last OP (`Decides to remain actively seized of the matter.`) among
/// them, stays as adopted, so the recall shows as the draft's amendments.
/// Returns an error naming the symbol when the source is not an adopted Security Council
/// (`S/RES/n (year)`) or General Assembly (`A/RES/s/n`) resolution, which a recall cannot
/// cite.
export function followUpDraft(source: Node, now: Date): { ok: true, draft: FollowUpDraft } | { ok: false, error: string } {
  const heading = source.child(0)
  const meta = heading.attrs as ResolutionMeta
  const lang: Language = Object.hasOwn(recallWords, meta.lang) ? meta.lang : 'en'
  const reference = sourceReference(meta, recallWords[lang])
  if (!reference) return { ok: false, error: `not an adopted resolution (symbol “${meta.symbol || 'none'}”, expected S/RES/… or A/RES/…): a follow-up draft recalls the resolution it follows` }
  const tr = new Transform(source)
  tr.setNodeMarkup(0, undefined, draftHeading(meta, reference.organ, now))
  const preambleStart = heading.nodeSize + source.child(1).nodeSize
  const first = source.child(2).firstChild
  const firstPos = preambleStart + 1
  const edits = first && recallingOpening.test(first.textContent) ? addToRecall(first.textContent, reference.number, lang) : null
  if (first && edits) applyEdits(tr, first, firstPos, edits)
  else {
    const words = recallWords[lang]
    const recall = schema.nodes.preambular_paragraph.create({ pid: newPid() }, [
      schema.text(words.recalling, [schema.marks.lead.create()]),
      schema.text(` ${words.its} ${words.one} ${reference.number},`)
    ])
    tr.insert(firstPos, recall)
  }
  const cited = reference.number.replace(/ (?:of|du|de) .*$/, '')
  const title = { en: `Follow-up to resolution ${cited}`, fr: `Suite donnée à la résolution ${cited}`, es: `Seguimiento de la resolución ${cited}` }[lang]
  return { ok: true, draft: { base: source, current: tr.doc, title } }
}
