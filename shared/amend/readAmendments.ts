import { romanValue } from '../import/markers'
import { ordinalValue } from './ordinals'
import { annexOfLabel, collapseSpaces, formatLabel, headingLabel, headingOfLabel, levelOfLabel, namesHeadingWords, newSubheadingLabel, paragraphName, parseLabel, subheadingLabel, titleLabel, titleOfLabel } from './labels'
import type { AmendmentOperations, HeadingPlacement, NewParagraph, Operation, Placement, TextPart } from './operations'
import { applyTextEdits, locateQuote, type Quote, type TextEdit } from './textEdits'
import { footnoteMark } from '../schema'

/// Amendments read back from text as the United Nations words them — Penholder's own
/// wording in both registers and the variants of issued documents: ordinals (“the third
/// preambular paragraph”), a bare “paragraph 4” for an operative paragraph, “Paragraph 2
/// should read:”, “Delete paragraph 2 (c).”, “Delete in paragraph 10 the following
/// words:”, “Substitute “X” for “Y””, several paragraphs named at once (“Delete the third
/// preambular paragraph and operative paragraph 2”, “In operative paragraphs 27 and 43,
/// delete …”), several operations in one numbered amendment, new
/// text quoted or set out as its own paragraph, amendments numbered `1.` or `(a)`, in
/// English or French (un-resolution-style.md, “How amendments are worded”).

/// One amendment as read: its number as printed, the line it starts on, and its
/// operations or why it could not be read.
export type ReadAmendment =
  | { readonly number: string, readonly line: number, readonly ok: true, readonly operations: AmendmentOperations }
  | { readonly number: string, readonly line: number, readonly ok: false, readonly error: string }

interface Block { number: string, line: number, text: string }

const verbStart = /^(?:in|after|before|delete|replace|move|insert|add|at|substitute|amend|the\s+\S+\s+preambular|paragraph|sub-?paragraph|operative|preambular|au|aux|à|a\s+l|après|avant|supprimer|remplacer|déplacer|insérer|ajouter|le\s+paragraphe|l[’']alinéa|le\s+\S+\s+alinéa|dans|the\s+title|le\s+titre|the\s+heading|l[’']intitulé|under)(?![\p{L}\p{N}])/iu

/// Split a text into numbered amendments. The numbering style of the first one (`1.` or
/// `(a)`) decides what starts the next, which must carry the next number, so that a
/// numbered paragraph or subparagraph set out inside an amendment does not start one.
/// Without numbers, each line that opens like an amendment starts one, unless it opens in
/// lower case after a line that ends no sentence (A/80/L.31 breaks its one amendment
/// before “insert”). Lines before the
/// first amendment (the document's heading) are left out, and so are the document's notes
/// (`* Any changes to the list of sponsors …`, `** Report of the …`, up to a blank line),
/// which are returned by their marks. A number alone on its line, as a PDF extraction
/// leaves it (A/80/L.30), numbers the line after it.
function splitBlocks(text: string): { blocks: Block[], notes: Map<string, string> } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const blocks: Block[] = []
  const notes = new Map<string, string>()
  let note: string | null = null
  let style: 'digits' | 'letters' | 'none' | null = null
  let expected = 1
  let bare: { marker: string, line: number } | null = null
  const label = (n: number) => style === 'letters' ? String.fromCharCode(96 + n) : String(n)
  // The last line with words an amendment got: whether it ends a sentence is read on it
  // alone, not on the whole amendment so far, which would cost time quadratic in its length.
  let lastLine = ''
  const endsSentence = () => !blocks.length || /[.;:”»"]\s*$/.test(lastLine)
  lines.forEach((raw, i) => {
    const noteStart = /^\s*(\*+)\s+(.*)$/.exec(raw)
    if (noteStart) { note = noteStart[1]; notes.set(note, noteStart[2].trim()); return }
    if (note !== null) {
      if (raw.trim()) notes.set(note, `${notes.get(note)} ${raw.trim()}`)
      else note = null
      return
    }
    const alone = /^\s{0,3}(\d+\.|\(?[a-z]\))\s*$/.exec(raw)
    if (alone) { bare = { marker: alone[1], line: i }; return }
    if (bare !== null && !raw.trim()) return
    const line = bare !== null ? `${bare.marker} ${raw.trim()}` : raw
    const at = bare?.line ?? i
    bare = null
    const digits = /^\s{0,3}(\d+)\.\s+(\S.*)$/.exec(line)
    const letters = /^\s{0,3}\(?([a-z])\)\s+(\S.*)$/.exec(line)
    if (style === null) {
      if (digits && digits[1] === '1') style = 'digits'
      else if (letters && letters[1] === 'a') style = 'letters'
      else if (verbStart.test(line.trim())) style = 'none'
      else return
    }
    const m = style === 'digits' ? digits : style === 'letters' ? letters : null
    if (m && m[1] === label(expected)) {
      blocks.push({ number: m[1], line: at + 1, text: m[2] })
      expected++
    } else if (style === 'none' && verbStart.test(line.trim()) && !/^\s{2,}/.test(line) && (endsSentence() || /^\p{Lu}/u.test(line.trim()))) {
      blocks.push({ number: String(expected++), line: i + 1, text: line.trim() })
    } else if (blocks.length) {
      blocks[blocks.length - 1].text += '\n' + line
    } else return
    if (line.trim()) lastLine = line
  })
  return { blocks, notes }
}

const closers: Record<string, string> = { '“': '”', '«': '»', '"': '"' }

/// What introduces text set out on the lines below when a document puts no colon after
/// it: `Paragraph 2 should read`, `insert a new preambular paragraph,` (A/HRC/11/L.19).
/// Looks at the end of the words so far only. A lead that runs on to the next line
/// (A/C.3/80/L.62: “insert a new preambular paragraph⏎reading:”; “should read⏎as
/// follows:”, “insert a new paragraph⏎to read:”) leaves the text to the words there
/// (`leadRunsOn`), so that they are not taken as the text's first words.
const setOutLead = /(?:\bread(?:\s+as\s+follows)?|\breading|\b(?:insert|add)\s+(?:a\s+)?(?:new\s+)?(?:(?:preambular|operative)\s+)?(?:sub-?)?paragraph)\s*,?$/i
const leadRunsOn = /^\s*(?:reading|to\s+read|(?:read\s+)?as\s+follows|the\s+following)(?![\p{L}\p{N}])/iu

/// The amendment's words with each quotation replaced by `⟦n⟧`, and text set out after a
/// closing colon, or on the lines after a `setOutLead`, as a last quotation. Quotations
/// nest (“… “…” …”, « … « … » … »); one whose inner quote is never closed ends at its
/// first closing mark; single quotation marks inside them are apostrophes or inner
/// quotes, kept as they are.
function extractQuotes(text: string): { skeleton: string, quotes: string[] } {
  const quotes: string[] = []
  let skeleton = ''
  let i = 0
  while (i < text.length) {
    const c = text[i]
    const close = closers[c]
    if (close) {
      let depth = 1, j = i + 1
      while (j < text.length && depth) {
        if (text[j] === close && (c !== '"' || depth === 1)) depth--
        else if (text[j] === c && c !== '"') depth++
        if (depth) j++
      }
      // A quotation whose words open a quote they never close (a text as amended can
      // hold one: “the “Islamic State of Iraq (ISIL/Da’esh)”) ends at its first closer.
      if (depth && c !== '"') { j = text.indexOf(close, i + 1); depth = j < 0 ? 1 : 0 }
      if (depth === 0) {
        quotes.push(text.slice(i + 1, j).trim())
        skeleton += `⟦${quotes.length - 1}⟧`
        i = j + 1
        continue
      }
    }
    const lead = c === '\n' && setOutLead.test(skeleton.slice(-80).trimEnd()) && !leadRunsOn.test(text.slice(i + 1, i + 40))
    if (lead) skeleton = skeleton.trimEnd().replace(/,$/, '')
    if ((c === ':' && /^[ \t]*\n/.test(text.slice(i + 1))) || lead) {
      const rest = text.slice(i + 1).trim()
      const quoted = /^[“«"]/.test(rest) ? extractQuotes(rest) : null
      if (!quoted || !/^⟦0⟧[\s.;,]*$/.test(quoted.skeleton)) {
        const lines = rest.split('\n').map(l => l.trim()).filter(Boolean).join('\n')
        quotes.push(!/[“«]/.test(lines) ? lines.replace(/[”»]\s*[.;]?$/, '') : lines)
        return { skeleton: skeleton + `: ⟦${quotes.length - 1}⟧`, quotes }
      }
    }
    skeleton += c
    i++
  }
  return { skeleton, quotes }
}

/// A paragraph reference read at the start of a string (lower case, quotations replaced):
/// its label and how many characters it took.
interface Ref { label: string, length: number, part: 'pp' | 'op', trail: string[] }

const trailPattern = String.raw`(?:\(?[a-z]{1,4}\)(?:\s*\(?[a-z]{1,4}\))*)`
/// An ordinal in words, up to three of them: `third`, `twenty-first`, `hundred and first`,
/// `vingt et unième`, `cent unième`.
const ordinalWords = String.raw`((?:[\p{L}\d-]+\s+(?:and\s+|et\s+)?)?[\p{L}\d-]+)`

const refPatterns: Array<{ re: RegExp, part: 'pp' | 'op', ordinal?: boolean }> = [
  { re: new RegExp(String.raw`^(?:the\s+)?${ordinalWords}\s+preambular\s+paragraph`, 'u'), part: 'pp', ordinal: true },
  { re: new RegExp(String.raw`^(?:the\s+)?${ordinalWords}\s+paragraph\s+of\s+the\s+preamble`, 'u'), part: 'pp', ordinal: true },
  { re: /^preambular\s+paragraph\s+(\d+)/, part: 'pp' },
  { re: /^pp\s*(\d+)/, part: 'pp' },
  { re: /^operative\s+paragraph\s+(\d+)/, part: 'op' },
  { re: /^op\s*(\d+)/, part: 'op' },
  { re: /^paragraph\s+(\d+)/, part: 'op' },
  { re: new RegExp(String.raw`^(?:the\s+)?${ordinalWords}\s+operative\s+paragraph`, 'u'), part: 'op', ordinal: true },
  { re: new RegExp(String.raw`^(?:the\s+)?${ordinalWords}\s+paragraph`, 'u'), part: 'op', ordinal: true },
  { re: new RegExp(String.raw`^(?:le\s+|l[’']\s*)?${ordinalWords}\s+alinéa\s+du\s+préambule`, 'u'), part: 'pp', ordinal: true },
  { re: /^(?:l[’']\s*)?alinéa\s+(\d+)\s+du\s+préambule/, part: 'pp' },
  { re: /^(?:le\s+)?paragraphe\s+(\d+)(?:\s+du\s+dispositif)?/, part: 'op' }
]

const trailOf = (text: string) => (text.match(/[a-z]{1,4}/g) ?? [])

/// An unnumbered annex paragraph by ordinal: “the fourth unnumbered paragraph”.
const unnumberedPattern = new RegExp(String.raw`^(?:the\s+|le\s+)?${ordinalWords}\s+(?:unnumbered\s+paragraph|alinéa\s+non\s+numéroté)`, 'u')
/// “of the annex”, “of annex II”, “de l’annexe”, “de l’annexe II”.
const annexPattern = /^\s*,?\s+(?:of\s+(?:the\s+annex|annex\s+([ivxlc]+|\d+))|de\s+l[’']\s*annexe(?:\s+([ivxlc]+|\d+))?)\b/

/// The annex named at the start of `s` (“of annex II”; 0 and length 0 when none).
function annexOf(s: string): { annex: number, length: number } {
  const m = annexPattern.exec(s)
  if (!m) return { annex: 0, length: 0 }
  const numeral = m[1] ?? m[2]
  return { annex: !numeral ? 1 : /^\d+$/.test(numeral) ? Number(numeral) : romanValue(numeral) ?? 0, length: m[0].length }
}

function readParagraphRef(s: string): Ref | null {
  const unnumbered = unnumberedPattern.exec(s)
  const patterns = unnumbered ? [{ re: unnumberedPattern, part: 'pp' as const, ordinal: true }] : refPatterns
  for (const { re, part, ordinal } of patterns) {
    const m = re.exec(s)
    if (!m) continue
    const n = ordinal ? ordinalValue(m[1]) : Number(m[1])
    if (!n) continue
    let length = m[0].length
    let trail: string[] = []
    const sub = new RegExp(String.raw`^\s*,?\s*(?:sub-?paragraph\s+|alinéa\s+)?(${trailPattern})`).exec(s.slice(length))
    if (sub) { trail = trailOf(sub[1]); length += sub[0].length }
    const { annex, length: annexLength } = annexOf(s.slice(length))
    length += annexLength
    if (unnumbered && !annex) return null
    return { label: formatLabel({ annex, part, n, trail }), length, part, trail }
  }
  return null
}

/// “the title”, “the title of the draft resolution”, “the title of annex II”, « le titre »,
/// « le titre du projet de résolution », « le titre de l’annexe »: label `title`, `A2.title`.
function readTitleRef(s: string): Ref | null {
  const m = /^(?:the\s+|le\s+)?(?:title|titre)(?:\s+of\s+the\s+draft\s+resolution|\s+du\s+projet\s+de\s+résolution)?/.exec(s)
  if (!m) return null
  const annex = annexOf(s.slice(m[0].length))
  return { label: titleLabel(annex.annex), length: m[0].length + annex.length, part: 'pp', trail: [] }
}

/// An unnumbered heading by its words and place (labels.ts, `subheadingLabel`): “the
/// heading “Prevention” preceding paragraph 5 of the annex”, “… at the end of the
/// operative part”; « l’intitulé « Prevention » qui précède le paragraphe 5 de l’annexe »,
/// « … à la fin de l’annexe ». The label holds the quotation's placeholder until the
/// amendment is read (`withQuotedHeadings`).
function readSubheadingRef(s: string): Ref | null {
  const fresh = new RegExp(String.raw`^(?:the\s+|le\s+)?(?:new\s+heading|nouvel\s+intitulé)\s+(⟦\d+⟧)`).exec(s)
  if (fresh) {
    const { annex, length } = annexOf(s.slice(fresh[0].length))
    return { label: newSubheadingLabel(annex, fresh[1]), length: fresh[0].length + length, part: 'op', trail: [] }
  }
  const m = new RegExp(String.raw`^(?:the\s+|l[’']\s*)?(?:heading|intitulé)\s+(⟦\d+⟧)\s+`).exec(s)
  if (!m) return null
  const rest = s.slice(m[0].length)
  const preceding = /^(?:preceding|that\s+precedes|qui\s+précède)\s+/.exec(rest)
  const ref = preceding && readParagraphRefWithArticle(rest.slice(preceding[0].length))
  if (ref) return { label: subheadingLabel(annexOfLabel(ref.label), m[1], ref.label), length: m[0].length + preceding![0].length + ref.length, part: 'op', trail: [] }
  const end = /^(?:at\s+the\s+end\s+of\s+|à\s+la\s+fin\s+(?:du\s+|de\s+l[’']\s*))(?:the\s+)?(operative\s+part|dispositif|annex(?:e)?(?:\s+([ivxlc]+))?)/.exec(rest)
  if (!end) return null
  const at = partEnd(end[1], end[2])
  return { label: subheadingLabel(at.annex ?? 0, m[1], null), length: m[0].length + end[0].length, part: 'op', trail: [] }
}

/// Quotations an unnumbered heading's label holds as placeholders (`heading “⟦0⟧” before
/// OP5`) replaced by their words, in every label of an operation.
function withQuotedHeadings(op: Operation, r: ClauseReader): Operation {
  const resolve = (label: string) => label.replace(/“⟦(\d+)⟧”/, (_q, i: string) => `“${collapseSpaces(r.words(i))}”`)
  const unquoted = <T extends object>(x: T): T => 'label' in x && typeof x.label === 'string' && x.label.includes('⟦') ? { ...x, label: resolve(x.label) } : x
  const headed = <T extends object>(x: T): T => 'heading' in x && typeof x.heading === 'string' && x.heading.includes('⟦') ? { ...x, heading: resolve(x.heading) } : x
  let out = unquoted(op)
  if ('at' in out && typeof out.at === 'object') out = { ...out, at: headed(unquoted(out.at)) } as Operation
  if ('to' in out) out = { ...out, to: headed(unquoted(out.to)) } as Operation
  return out
}

/// “the heading of section II”, “the heading of section II of annex I”, « l’intitulé de la
/// section II », « l’intitulé de la section II de l’annexe »: label `section II`,
/// `A1.section II`, the number as a section is named in “Under section II”.
function readHeadingRef(s: string): Ref | null {
  const unnumbered = readSubheadingRef(s)
  if (unnumbered) return unnumbered
  const m = /^(?:the\s+|l[’']\s*)?(?:heading|intitulé)\s+(?:of|de)\s+/.exec(s)
  const section = m && readSection(s.slice(m[0].length))
  if (!section || section.at.where !== 'section') return null
  return { label: headingLabel(section.at.annex ?? 0, section.at.section, section.at.fresh), length: m![0].length + section.length, part: 'op', trail: [] }
}

/// A reference, possibly to a subparagraph named first (`subparagraph (c) of paragraph 2`,
/// `l’alinéa c) du paragraphe 2`), or to a subparagraph of the paragraph in context.
function readRef(s: string, context: string | null): Ref | null {
  const sub = new RegExp(String.raw`^(?:the\s+|l[’']\s*|le\s+)?(?:sub-?paragraph|alinéa)\s+(${trailPattern})(\s+(?:of|du|de\s+l[’']|de)\s*)?`).exec(s)
  if (sub) {
    const trail = trailOf(sub[1])
    const parent = sub[2] ? readRef(s.slice(sub[0].length), context) : null
    if (parent) return { label: parent.label + trail.map(t => `(${t})`).join(''), length: sub[0].length + parent.length, part: parent.part, trail: [...parent.trail, ...trail] }
    if (!context || namesHeadingWords(context)) return null
    const head = parseLabel(context)
    return { label: formatLabel({ ...head, trail }), length: sub[0].length - (sub[2]?.length ?? 0), part: head.part, trail }
  }
  const title = readTitleRef(s) ?? readHeadingRef(s)
  if (title) return title
  return readParagraphRefWithArticle(s)
}

/// A paragraph's reference, with or without its article (“the”, « le », « du »).
function readParagraphRefWithArticle(s: string): Ref | null {
  const direct = readParagraphRef(s)
  if (direct) return direct
  const article = /^(?:the\s+|le\s+|l[’']\s*|du\s+|de\s+l[’']\s*)/.exec(s)
  const ref = article ? readParagraphRef(s.slice(article[0].length)) : null
  return ref && { ...ref, length: ref.length + article![0].length }
}

/// Paragraphs of one part named together by their numbers: “operative paragraphs 5, 6, 10
/// and 13” (A/80/L.35), « les paragraphes 3 et 4 du dispositif », or by ordinals: “the
/// second and third preambular paragraphs”, « les deuxième et troisième alinéas du
/// préambule »: their labels.
function readNumberedGroup(s: string): { labels: string[], length: number } | null {
  const m = /^(?:the\s+|les\s+)?(preambular\s+paragraphs|operative\s+paragraphs|paragraphs|paragraphes(?:\s+du\s+dispositif)?|alinéas\s+du\s+préambule)\s+(\d+(?:\s*,\s*\d+)*(?:\s*,?\s+(?:and|et)\s+\d+)?)(\s+du\s+(?:dispositif|préambule))?/.exec(s)
  if (m) {
    const part = /preamb|préambule/.test(m[1] + (m[3] ?? '')) ? 'PP' : 'OP'
    return { labels: (m[2].match(/\d+/g) ?? []).map(n => `${part}${n}`), length: m[0].length }
  }
  const o = ordinalGroup.exec(s)
  const numbers = o ? o[1].split(/\s*,\s*(?:(?:and|et)\s+)?|\s+(?:and|et)\s+/).map(ordinalValue) : []
  if (!o || numbers.some(n => !n)) return null
  const part = /preamb|préambule/.test(o[2]) ? 'PP' : 'OP'
  return { labels: numbers.map(n => `${part}${n}`), length: o[0].length }
}

/// Ordinals of one part named together: “the second and third preambular paragraphs”.
const ordinalGroup = /^(?:the\s+|les\s+)?((?:[\p{L}\d-]+\s*,\s*)*[\p{L}\d-]+\s*,?\s+(?:and|et)\s+[\p{L}\d-]+)\s+(preambular\s+paragraphs|paragraphs\s+of\s+the\s+preamble|operative\s+paragraphs|alinéas\s+du\s+préambule|paragraphes\s+du\s+dispositif)/u

/// Several references in a row, each a paragraph (`readRef`) or a numbered group
/// (`readNumberedGroup`), joined by commas and “and” / « et »: “the twenty-first
/// preambular paragraph and operative paragraphs 35, 38 and 39” (A/80/L.38), “the third
/// preambular paragraph and operative paragraph 2” (A/C.3/80/L.65), “operative paragraphs
/// 27 and 43” (A/C.3/80/L.64). A joining word not followed by a reference is left to the
/// caller. Null when `s` opens with none.
function readRefList(s: string, context: string | null): { labels: string[], length: number } | null {
  const labels: string[] = []
  let length = 0
  let joint = ''
  for (;;) {
    const rest = s.slice(length + joint.length)
    const group = readNumberedGroup(rest)
    const ref = group ? null : readRef(rest, context)
    if (!group && !ref) return labels.length ? { labels, length } : null
    labels.push(...(group ? group.labels : [ref!.label]))
    length += joint.length + (group ? group.length : ref!.length)
    joint = /^\s*,\s*(?:(?:and|et)\s+)?|^\s+(?:and|et)\s+/.exec(s.slice(length))?.[0] ?? ''
    if (!joint) return { labels, length }
  }
}

class Unreadable extends Error {}

/// One clause of an amendment, read against the paragraph in context (`In paragraph 4,`).
class ClauseReader {
  /// `notes`: the document's own notes by their marks (`**`), which words it puts in
  /// reference as `Development**` (A/80/L.31).
  constructor(readonly quotes: readonly string[], readonly notes: ReadonlyMap<string, string>) {}

  /// A quotation as set out, lines kept (new paragraphs and their subparagraphs).
  quote(i: string): string {
    const q = this.quotes[Number(i)]
    if (q === undefined) throw new Unreadable('a quotation is missing')
    return q
  }

  /// Quoted words, a line break inside them read as a space.
  words(i: string): string {
    return this.quote(i).replace(/\s*\n\s*/g, ' ')
  }

  /// `“X”` or `“X” (second occurrence)`, from the match groups of `QO`. Words quoted from
  /// the text as tabled mark its footnote references with the document's own notes
  /// (`Court*`, the note `* United Nations, Treaty Series, vol. 2187, …`: A/C.3/80/L.58);
  /// quotes are matched on words, not references (`locateQuote`), so such a mark is left
  /// out. A `*` the document has no note for is kept as written.
  quoteOf(index: string, occurrence: string | undefined): Quote {
    const words = this.notes.size ? this.words(index).replace(noteReference, mark => this.notes.has(mark) ? '' : mark) : this.words(index)
    const n = occurrence ? ordinalValue(occurrence) : null
    return n ? { words, occurrence: n } : { words }
  }
}

const Q = String.raw`⟦(\d+)⟧`
const occ = String.raw`(?:\s*\(${ordinalWords}\s+occurrence\))?`
const words = String.raw`(?:the\s+words?|words?|the\s+phrase|the\s+expression|les\s+mots|le\s+mot|l[’']expression|les\s+termes|le\s+terme)?\s*`
const QO = `${words}${Q}${occ}`

/// In-paragraph edits, each as a pattern over a clause and what it makes.
const editPatterns: Array<[RegExp, (m: RegExpExecArray, r: ClauseReader) => TextEdit]> = [
  [new RegExp(String.raw`^(?:after|après)\s+${QO},?\s+(?:insert|add|insérer|ajouter)\s+(?:a\s+footnote\s+reading|une\s+note\s+de\s+bas\s+de\s+page\s+ainsi\s+libellée)\s*:?\s*${Q}$`, 'u'),
    (m, r) => ({ op: 'insertNote', after: r.quoteOf(m[1], m[2]), note: r.words(m[3]) })],
  [new RegExp(String.raw`^(?:delete|supprimer)\s+(?:the\s+footnote|la\s+note\s+de\s+bas\s+de\s+page)\s+(?:after|qui\s+suit|après)\s+${QO}$`, 'u'),
    (m, r) => ({ op: 'deleteNote', after: r.quoteOf(m[1], m[2]) })],
  [new RegExp(String.raw`^(?:replace|remplacer)\s+(?:the\s+footnote|la\s+note\s+de\s+bas\s+de\s+page)\s+(?:after|qui\s+suit|après)\s+${QO}\s+(?:with|by|par)\s+(?:a\s+footnote\s+reading|une\s+note\s+ainsi\s+libellée)\s*:?\s*${Q}$`, 'u'),
    (m, r) => ({ op: 'replaceNote', after: r.quoteOf(m[1], m[2]), note: r.words(m[3]) })],
  [new RegExp(String.raw`^(?:after|après)\s+${QO},?\s+(?:insert|add|insérer|ajouter)\s+(?:the\s+following(?:\s+(?:words?|phrase|text))?\s*:?\s*|ce\s+qui\s+suit\s*:?\s*)?${Q}$`, 'u'),
    (m, r) => ({ op: 'insert', after: r.quoteOf(m[1], m[2]), text: r.words(m[3]) })],
  [new RegExp(String.raw`^(?:before|avant)\s+${QO},?\s+(?:insert|add|insérer|ajouter)\s+(?:the\s+following\s*:?\s*)?${Q}$`, 'u'),
    (m, r) => ({ op: 'insert', before: r.quoteOf(m[1], m[2]), text: r.words(m[3]) })],
  [new RegExp(String.raw`^(?:insert|add|insérer|ajouter)\s+(?:the\s+words?\s+|les\s+mots\s+)?${Q}\s+(after|before|après|avant)\s+${QO}$`, 'u'),
    (m, r) => /^(?:after|après)$/.test(m[2]) ? { op: 'insert', after: r.quoteOf(m[3], m[4]), text: r.words(m[1]) } : { op: 'insert', before: r.quoteOf(m[3], m[4]), text: r.words(m[1]) }],
  [new RegExp(String.raw`^(?:at\s+the\s+end(?:\s+of\s+the\s+(?:(?:sub-?)?paragraph|title|heading))?|à\s+la\s+fin(?:\s+du\s+(?:paragraphe|titre)|\s+de\s+l[’'](?:alinéa|intitulé))?),?\s+(?:add|insert|ajouter|insérer)\s+(?:the\s+following\s*:?\s*|ce\s+qui\s+suit\s*:?\s*)?(?:the\s+words\s+|les\s+mots\s+)?${Q}$`, 'u'),
    (m, r) => ({ op: 'insert', text: r.words(m[1]) })],
  [new RegExp(String.raw`^(?:add|ajouter)\s+${Q}\s+(?:at\s+the\s+end(?:\s+of\s+the\s+paragraph)?|à\s+la\s+fin(?:\s+du\s+paragraphe)?)$`, 'u'),
    (m, r) => ({ op: 'insert', text: r.words(m[1]) })],
  [new RegExp(String.raw`^(?:replace|remplacer)\s+(?:the\s+existing\s+text|the\s+text|the\s+rest\s+of\s+the\s+paragraph|le\s+texte(?:\s+existant)?)\s+(?:after|following|qui\s+suit)\s+${QO},?\s+(?:by|with|par)\s+(?:the\s+following|ce\s+qui\s+suit|le\s+texte\s+suivant)?\s*:?\s*${Q}$`, 'u'),
    (m, r) => ({ op: 'replaceEnd', after: r.quoteOf(m[1], m[2]), text: r.words(m[3]) })],
  [new RegExp(String.raw`^(?:after|après)\s+${QO},?\s+(?:replace|remplacer)\s+(?:the\s+rest\s+of\s+the\s+paragraph|the\s+end\s+of\s+the\s+(?:paragraph|title|heading)|the\s+existing\s+text|la\s+fin\s+(?:du\s+(?:paragraphe|titre)|de\s+l[’']intitulé)|le\s+reste\s+du\s+paragraphe)\s+(?:by|with|par)\s+(?:the\s+following|ce\s+qui\s+suit)?\s*:?\s*${Q}$`, 'u'),
    (m, r) => ({ op: 'replaceEnd', after: r.quoteOf(m[1], m[2]), text: r.words(m[3]) })],
  [new RegExp(String.raw`^(?:after|après)\s+${QO},?\s+(?:delete|supprimer)\s+(?:the\s+end\s+of\s+the\s+(?:paragraph|title|heading)|the\s+rest\s+of\s+the\s+paragraph|la\s+fin\s+(?:du\s+(?:paragraphe|titre)|de\s+l[’']intitulé)|le\s+reste\s+du\s+paragraphe)$`, 'u'),
    (m, r) => ({ op: 'deleteEnd', after: r.quoteOf(m[1], m[2]) })],
  [new RegExp(String.raw`^(?:delete|supprimer)\s+(?:the\s+end\s+of\s+the\s+(?:paragraph|title|heading)|the\s+rest\s+of\s+the\s+paragraph|the\s+text|la\s+fin\s+(?:du\s+(?:paragraphe|titre)|de\s+l[’']intitulé)|le\s+texte)\s+(?:after|following|qui\s+suit|après)\s+${QO}$`, 'u'),
    (m, r) => ({ op: 'deleteEnd', after: r.quoteOf(m[1], m[2]) })],
  [new RegExp(String.raw`^(?:(after|before|après|avant)\s+${QO},?\s+)?(?:delete|supprimer)\s+(?:the\s+following\s+words?\s*:?\s*|les\s+mots\s+suivants\s*:?\s*)?${QO}$`, 'u'),
    (m, r) => ({ op: 'delete', old: r.quoteOf(m[4], m[5]), ...context(m[1], m[2], m[3], r) })],
  [new RegExp(String.raw`^(?:(after|before|après|avant)\s+${QO},?\s+)?(?:replace|remplacer)\s+${QO}\s+(?:with|by|par)\s+(?:the\s+words?\s+|les\s+mots\s+|le\s+mot\s+|the\s+following\s*:?\s*|ce\s+qui\s+suit\s*:?\s*)?${Q}$`, 'u'),
    (m, r) => ({ op: 'replace', old: r.quoteOf(m[4], m[5]), text: r.words(m[6]), ...context(m[1], m[2], m[3], r) })],
  [new RegExp(String.raw`^(?:substitute|substituer)\s+(?:the\s+words?\s+)?${Q}\s+(?:for|à)\s+${QO}$`, 'u'),
    (m, r) => ({ op: 'replace', old: r.quoteOf(m[2], m[3]), text: r.words(m[1]) })]
]

function context(where: string | undefined, index: string | undefined, occurrence: string | undefined, r: ClauseReader): { after?: Quote, before?: Quote } {
  if (!where || index === undefined) return {}
  const quote = r.quoteOf(index, occurrence)
  return /^(?:after|après)$/.test(where) ? { after: quote } : { before: quote }
}

/// A small roman numeral as subparagraphs are numbered at the second level: `i` … `xxxix`.
/// A lone `i`, `v` or `x` right after `h`, `u` or `w` is a letter.
const romanNumeral = /^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$/

/// New paragraphs from quoted or set-out text: the first line is the paragraph placed,
/// later lines opening with a subparagraph number (`(a)`, `(i)`, `a.`, `a)`) are
/// subparagraphs at the level their numbering says, where the words before end as a
/// lead-in or a list item does (`:`, `;`, `,`, `.`, “; and”, « ; et »); after other words
/// such a line is the same sentence wrapped (“… paragraph 4⏎(b) of resolution 2331
/// (2016)”, as a PDF copy breaks it). A leading paragraph number (`13.`, `12 bis.`) or
/// subparagraph number on the first line is left out.
export function newParagraphsOf(text: string, first: { kind: NewParagraph['kind'], level: number }): NewParagraph[] {
  const lines = text.split('\n').map(l => l.trim()).filter(Boolean)
  const out: NewParagraph[] = []
  let lastLetter = ''
  for (const [i, line] of lines.entries()) {
    const marker = i > 0 && itemEnd.test(lines[i - 1]) ? /^(?:\(([a-z]{1,4})\)|([a-z]{1,4})\)|([a-z]{1,4})\.)\s+(.*)$/.exec(line) : null
    if (i === 0 || !marker) {
      if (i === 0) {
        const body = line.replace(/^\d+(?:\s*(?:bis|ter|quater))?\.\s+/, '').replace(/^(?:\([a-z]{1,4}\)|[a-z]{1,4}\))\s+/, '')
        out.push({ ...first, text: body })
      } else out[out.length - 1] = { ...out[out.length - 1], text: out[out.length - 1].text + ' ' + line }
      continue
    }
    const token = marker[1] ?? marker[2] ?? marker[3]
    const roman = romanNumeral.test(token) && !(token.length === 1 && lastLetter && lastLetter.charCodeAt(0) + 1 === token.charCodeAt(0))
    const dotted = marker[3] !== undefined
    const level = (dotted ? 3 : 1) + (roman ? 1 : 0)
    if (!roman && level === 1) lastLetter = token
    out.push({ kind: 'sub', level, text: marker[4] })
  }
  return out
}

/// How a lead-in or an item of a list ends, so that a subparagraph may follow.
const itemEnd = /(?:[:;,.]|[;,]\s+(?:and|or|et|ou))$/u

const partOf = (label: string): 'pp' | 'op' => parseLabel(label).part
const levelOf = levelOfLabel

/// What a paragraph inserted at a placement is: the kind and level of its neighbour,
/// or a PP/OP of a part, or a subparagraph one level below its parent.
/// Whether a clause says the new paragraph of an annex is numbered (`op`) or not (`pp`).
function annexKindOf(clause: string): 'pp' | 'op' | null {
  return /\bunnumbered\b|non\s+numéroté/.test(clause) ? 'pp' : /\bnumbered\b|numéroté/.test(clause) ? 'op' : null
}

function newKind(at: Placement, clause = ''): { kind: NewParagraph['kind'], level: number } {
  const kind = newKindAt(at)
  const inAnnex = at.where === 'after' || at.where === 'before' ? annexOfLabel(at.label) > 0 : at.parent == null && (at.annex ?? 0) > 0
  const said = inAnnex && kind.kind !== 'sub' ? annexKindOf(clause) : null
  return said ? { kind: said, level: 0 } : kind
}

function newKindAt(at: Placement): { kind: NewParagraph['kind'], level: number } {
  if (at.where === 'after' || at.where === 'before') {
    // Before a section heading (the end of the section before it), a paragraph of its part.
    if (at.where === 'before' && headingOfLabel(at.label)) return { kind: 'op', level: 0 }
    if (namesHeadingWords(at.label)) throw new Unreadable(`places a new paragraph by ${titleOfLabel(at.label) != null ? 'a title' : 'a section heading'}; only paragraphs are named as places, or a heading they precede`)
    const level = levelOf(at.label)
    return level ? { kind: 'sub', level } : { kind: partOf(at.label), level: 0 }
  }
  if (at.parent != null) return { kind: 'sub', level: levelOf(at.parent) + 1 }
  return { kind: 'part' in at ? at.part : 'op', level: 0 }
}

const insertVerb = String.raw`(?:insert|add|insérer|ajouter)`
/// “the following heading”, “a new heading reading”, « l’intitulé suivant », « le nouvel
/// intertitre suivant ».
const newHeading = String.raw`(?:the\s+following\s+(?:new\s+)?heading|a\s+new\s+heading(?:\s+(?:reading|which\s+reads))?|(?:l[’']\s*|le\s+nouvel\s+)(?:intitulé|intertitre)\s+suivant)\s*:?\s*`
const newThing = String.raw`(?:(?:a\s+|the\s+following\s+)?(?:new\s+)?(?:(?:un)?numbered\s+|(?:preambular|operative)\s+)?(?:sub-?paragraphs?|paragraphs?)(?:\s*,?\s+(?:reading|to\s+read|which\s+reads?))?|the\s+following|(?:le|la|les)\s+(?:nouvel(?:le)?s?|nouveaux?)\s+(?:paragraphes?|alinéas?)(?:\s+(?:non\s+)?numérotée?s?)?\s+suivants?|ce\s+qui\s+suit)?\s*:?\s*`

/// The footnotes of words an amendment puts in whole (wording.ts, `footnotes`): “, with a
/// footnote after the words “X” reading “N” and a footnote after …”, « , avec une note de
/// bas de page après les mots « X » ainsi libellée : « N » ».
const footnoteClause = new RegExp(String.raw`,?\s*(?:with|and|avec|et)\s+(?:a\s+footnote\s+after|une\s+note\s+de\s+bas\s+de\s+page\s+après)\s+${QO}\s+(?:reading|ainsi\s+libellée)\s*:?\s*${Q}`, 'gu')

/// What one clause leaves to the clauses after it in its amendment: `context`, the
/// paragraph named by an opening “In paragraph 4,” or by a move (“… and, in it, …”), and
/// `together`, the other paragraphs named with it (“In operative paragraphs 27 and 43,”).
interface ClauseState { context: string | null, together: readonly string[] }

/// Read one clause, with the footnotes of the words it puts in, against the paragraph(s)
/// in context. “In paragraph 4, …” / « Au paragraphe 4, … » names them for this clause and
/// the later ones; “In operative paragraphs 27 and 43, delete …” (A/C.3/80/L.64) names
/// several, and every later clause that works in the paragraph named works in each
/// (`readInEach`).
function readClause(clause: string, state: ClauseState, r: ClauseReader): Operation[] {
  const notes: Array<{ after: Quote, note: string }> = []
  let s = clause.replace(footnoteClause, (_m, words: string, occurrence: string | undefined, note: string) => {
    notes.push({ after: r.quoteOf(words, occurrence), note: r.words(note) })
    return ''
  }).trim().replace(/^(?:and|et)\s+/, '').replace(/[.;,\s]+$/, '')
  const lead = /^(?:in|au|aux|à|dans)\s+/.exec(s)
  const refs = lead && readRefList(s.slice(lead[0].length), state.context)
  if (refs) {
    s = s.slice(lead![0].length + refs.length).replace(/^\s*,?\s*/, '')
    state.context = refs.labels[0]
    state.together = refs.labels.slice(1)
    if (!s) return []
  }
  const read = (inContext: ClauseState) => {
    const operations = readClauseWords(s, inContext, r).map(op => withDocumentNotes(op, r.notes))
    return notes.length ? withFootnotes(operations, notes) : operations
  }
  return state.together.length ? readInEach(read, state) : read(state)
}

/// A clause after several paragraphs were named together, read in each of them: official
/// documents name the paragraphs once, at the start, and each operation after applies in
/// each paragraph named (“In operative paragraphs 27 and 43, delete “X” and after the
/// words “Y”, insert “Z””: X deleted and Z inserted in both). A clause that reads the same
/// in two of them does not work in the paragraph in context: it names its own (“and
/// delete operative paragraph 3”), is read once, and the paragraphs in context stay,
/// unless it names a new context (“and delete in paragraph 10 the following words: …”).
/// Costs two readings of such a clause, whatever the paragraphs named, and one per
/// paragraph named of a clause that works in each.
function readInEach(read: (inContext: ClauseState) => Operation[], state: ClauseState): Operation[] {
  const inOne = (label: string): ClauseState => ({ context: label, together: [] })
  const [one, two] = [inOne(state.context!), inOne(state.together[0])]
  const [first, second] = [read(one), read(two)]
  if (JSON.stringify(first) === JSON.stringify(second)) {
    if (one.context !== state.context) Object.assign(state, one)
    return first
  }
  const rest = state.together.slice(1).map(inOne)
  state.context = one.context
  state.together = [two, ...rest].map(e => e.context!)
  return [...first, ...second, ...rest.flatMap(read)]
}

/// Words an operation puts in, with the notes of the footnote references in them.
interface PutWords { readonly text: string, readonly notes?: readonly string[] }

/// The words an operation puts in: its new paragraphs, its replacement text or the text
/// of its edits.
function putWordsOf(op: Operation): PutWords[] {
  if (op.kind === 'insert') return [...op.paragraphs]
  if (op.kind === 'replace') return [op, ...op.subparagraphs ?? []]
  if (op.kind === 'insertHeading') return [op]
  if (op.kind === 'edit') return op.edits.flatMap(e => 'text' in e ? [e] : [])
  return []
}

/// The operation with the words it puts in changed, in the order of `putWordsOf`.
function withPutWords(op: Operation, words: readonly PutWords[]): Operation {
  if (op.kind === 'insert') return { ...op, paragraphs: op.paragraphs.map((p, i) => ({ ...p, ...words[i] })) }
  if (op.kind === 'replace') {
    const [lead, ...subparagraphs] = words
    return { ...op, ...lead, ...op.subparagraphs && { subparagraphs: op.subparagraphs.map((p, i) => ({ ...p, ...subparagraphs[i] })) } }
  }
  if (op.kind === 'insertHeading') return { ...op, ...words[0] }
  if (op.kind !== 'edit') return op
  let k = 0
  return { ...op, edits: op.edits.map(e => 'text' in e ? { ...e, ...words[k++] } : e) }
}

/// A reference to one of the document's own notes: its mark (`*`, `**`) right after a word
/// or its punctuation, before a space, punctuation or the end.
const noteReference = /(?<=[\p{L}\p{N})\].,;:”’])\*+(?=[\s,.;:)]|$)/gu

/// References to the document's own notes in the words an operation puts in
/// (`Development**`, the note `** Report of …` below the list: A/80/L.31) made footnotes.
function withDocumentNotes(op: Operation, notes: ReadonlyMap<string, string>): Operation {
  const put = putWordsOf(op)
  if (!notes.size || !put.some(w => w.text.includes('*'))) return op
  return withPutWords(op, put.map(w => {
    const found: string[] = []
    const text = w.text.replace(noteReference, mark => {
      const note = notes.get(mark)
      if (note === undefined) return mark
      found.push(note)
      return footnoteMark
    })
    return found.length ? { text, notes: found } : w
  }))
}

/// Footnotes put on the words of the operation that puts words in: each reference after
/// the quoted words in the first of its paragraphs (from that of the footnote before)
/// where they stand.
function withFootnotes(operations: Operation[], notes: ReadonlyArray<{ after: Quote, note: string }>): Operation[] {
  const last = operations[operations.length - 1]
  const texts = last ? putWordsOf(last) : []
  if (!texts.length) throw new Unreadable('puts a footnote on no words it inserts')
  const edits: TextEdit[][] = texts.map(() => [])
  let at = 0
  for (const n of notes) {
    while (at < texts.length && 'looked' in locateQuote(texts[at].text, n.after)) at++
    if (at === texts.length) throw new Unreadable(`puts a footnote after “${n.after.words}”, which are not in the words it inserts`)
    edits[at].push({ op: 'insertNote', after: n.after, note: n.note })
  }
  const noted = texts.map((t, i) => {
    const result = applyTextEdits(t.text, edits[i], t.notes)
    if (!result.ok) throw new Unreadable('puts two footnotes in one place')
    return result.notes.length ? { text: result.text, notes: result.notes } : t
  })
  return [...operations.slice(0, -1), withPutWords(last, noted)]
}

/// Read one clause, its opening reference and footnotes taken, in the paragraph
/// `state.context`.
function readClauseWords(clause: string, state: ClauseState, r: ClauseReader): Operation[] {
  let s = clause
  // “Delete in paragraph 10 the following words: …”
  const inside = /^(delete|replace|supprimer|remplacer)\s+(?:in|au|dans)\s+/.exec(s)
  if (inside) {
    const ref = readRef(s.slice(inside[0].length), state.context)
    if (ref) {
      state.context = ref.label
      s = inside[1] + ' ' + s.slice(inside[0].length + ref.length).replace(/^\s*,?\s*/, '')
    }
  }
  // “… so that the paragraph will read: …” checks the result; “… in paragraph 5” names
  // the paragraph last, as older documents do.
  const check = new RegExp(String.raw`^(.*?)\s*,?\s+so\s+that\s+(?:the\s+(?:sub-?)?paragraph|it)\s+(?:will|would|shall)\s+(?:now\s+)?read\s*:?\s*${Q}$`).exec(s)
  if (check) s = check[1]
  const trailingRef = /^(.*⟦\d+⟧(?:\s*\([^)]*occurrence\))?)\s+(?:in|au|dans)\s+(.+)$/u.exec(s)
  if (trailingRef) {
    const ref = readRef(trailingRef[2], state.context)
    if (ref && ref.length === trailingRef[2].length) { state.context = ref.label; s = trailingRef[1] }
  }
  const checked = (ops: Operation[]): Operation[] => check && state.context ? [...ops, { kind: 'check', label: state.context, text: r.words(check[2]) }] : ops
  for (const [re, make] of editPatterns) {
    const m = re.exec(s)
    if (!m) continue
    if (!state.context) throw new Unreadable('names no paragraph for its edit')
    return checked([{ kind: 'edit', label: state.context, edits: [make(m, r)] }])
  }
  const structural = readStructural(s, state, r)
  if (structural) return structural
  throw new Unreadable(`cannot read “${clause.trim().replace(/[.;,\s]+$/, '').replace(/⟦(\d+)⟧/g, (_m, i) => `“${r.quotes[Number(i)]?.slice(0, 30) ?? ''}”`).slice(0, 80)}”`)
}

/// A section named by its heading's number, “section II”, “section II of the annex”, « la
/// section II de l’annexe », at the start of `s`; one whose heading the list inserts by its
/// number as amended, “the new section III”, « la nouvelle section III » (`fresh`).
function readSection(s: string): { at: Placement, length: number } | null {
  const m = /^(?:(the\s+new\s+|la\s+nouvelle\s+)|la\s+)?section\s+([ivxlc]+|[a-z]|\d+)\b/.exec(s)
  if (!m) return null
  const annex = annexOf(s.slice(m[0].length))
  const section = m[2].toUpperCase()
  const at: Placement = { where: 'section', section, ...annex.annex && { annex: annex.annex }, ...m[1] && { fresh: true } }
  return { at, length: m[0].length + annex.length }
}

/// A section as a place for paragraphs: by its number (`readSection`), or the section
/// under an unnumbered heading, after “under”: “Under the heading “Prevention” preceding
/// operative paragraph 7, insert …”, « Sous l’intitulé « … » qui précède … ».
function readSectionPlace(s: string): { at: Placement, length: number } | null {
  const sub = readSubheadingRef(s)
  if (!sub) return readSection(s)
  const annex = annexOfLabel(sub.label)
  return { at: { where: 'section', section: '', heading: sub.label, ...annex && { annex }, ...headingOfLabel(sub.label)!.fresh && { fresh: true } }, length: sub.length }
}

/// “Delete REF”: a paragraph, or a section heading (“Delete the heading of section II”).
const deleting = (label: string): Operation => headingOfLabel(label) ? { kind: 'deleteHeading', label } : { kind: 'delete', label }

/// A heading put in at `at`, from its text as printed.
function insertingHeading(at: HeadingPlacement, printed: string): Operation {
  const { number, text } = numberedHeading(printed)
  return { kind: 'insertHeading', at, number, text }
}

/// The end of the operative part or of an annex (`annex`, `annexe ii`), as a heading's place.
function partEnd(part: string, numeral: string | undefined): HeadingPlacement {
  return /^annex/.test(part) ? { where: 'last', part: 'op', annex: numeral ? romanValue(numeral) ?? 1 : 1 } : { where: 'last', part: 'op' }
}

/// “Before operative paragraph 5 (or the heading of section III), insert the following
/// heading: …” after its “before” (`after`: it said “after”, refused: a heading is placed
/// before the paragraph or heading it precedes).
function readHeadingInsert(s: string, after: boolean, state: { context: string | null }, r: ClauseReader): Operation[] | null {
  const ref = readRef(s, state.context)
  const ins = ref && new RegExp(String.raw`^\s*,?\s*${insertVerb}\s+${newHeading}${Q}$`).exec(s.slice(ref.length))
  if (!ins) return null
  if (after) throw new Unreadable('puts a heading after a paragraph; name the paragraph it stands before')
  if (titleOfLabel(ref!.label) != null) throw new Unreadable('places a heading by a title; name the paragraph or heading it stands before')
  return [insertingHeading({ where: 'before', label: ref!.label }, r.quote(ins[1]))]
}

/// “Move the heading of section II to stand before operative paragraph 4 (or to precede the
/// heading of section I) [and replace it with the following: …]”, “… to the end of the
/// operative part”; « Déplacer l’intitulé de la section II avant le paragraphe 4 du
/// dispositif » (or « avant l’intitulé de la section I »), « … à la fin de l’annexe ».
/// `rest` follows the heading's name.
function readHeadingMove(label: string, rest: string, state: { context: string | null }, r: ClauseReader): Operation[] {
  let to: HeadingPlacement | null = null, length = 0
  const before = /^(?:to\s+stand\s+before|to\s+precede|before|avant)\s+/.exec(rest)
  const ref = before && readRef(rest.slice(before[0].length), state.context)
  if (ref && titleOfLabel(ref.label) == null) { to = { where: 'before', label: ref.label }; length = before![0].length + ref.length }
  const end = /^(?:to\s+the\s+end\s+of\s+|à\s+la\s+fin\s+(?:du\s+|de\s+l[’']\s*|de\s+la\s+))(?:the\s+|l[’']\s*)?(operative\s+part|dispositif|annex(?:e)?(?:\s+([ivxlc]+))?)/.exec(rest)
  if (!to && end) { to = partEnd(end[1], end[2]); length = end[0].length }
  if (!to) throw new Unreadable('moves a heading to no place it can read; name the paragraph it is to stand before')
  state.context = label
  const ops: Operation[] = [{ kind: 'moveHeading', label, to }]
  const more = rest.slice(length).trim()
  if (!more) return ops
  const replaceIt = new RegExp(String.raw`^(?:and|et)\s+(?:replace\s+it\s+with|le\s+remplacer\s+par)\s*(?:the\s+following|ce\s+qui\s+suit)?\s*:?\s*${Q}$`).exec(more)
  if (!replaceIt) throw new Unreadable(`cannot read “${more.slice(0, 60)}” after the move of a heading`)
  return [...ops, replacing(label, r.quote(replaceIt[1]))]
}

function readPlacementAfterVerb(s: string, state: { context: string | null }): { at: Placement, length: number } | null {
  const toSection = /^(?:to|dans|under|sous)\s+/.exec(s)
  const section = toSection && readSectionPlace(s.slice(toSection[0].length))
  if (section) return { at: section.at, length: toSection![0].length + section.length }
  const rel = /^(to\s+follow|to\s+precede|after|before|après|avant|to\s+come\s+after|to\s+come\s+before)\s+/.exec(s)
  if (rel) {
    const ref = readRef(s.slice(rel[0].length), state.context)
    if (!ref) return null
    return { at: { where: /follow|after|après/.test(rel[1]) ? 'after' : 'before', label: ref.label }, length: rel[0].length + ref.length }
  }
  const between = new RegExp(String.raw`^between\s+(?:the\s+)?([\p{L}\d-]+)\s+and\s+(?:the\s+)?[\p{L}\d-]+\s+(preambular\s+paragraphs|paragraphs\s+of\s+the\s+preamble|operative\s+paragraphs|paragraphs)`, 'u').exec(s)
  if (between) {
    const n = ordinalValue(between[1])
    if (!n) return null
    return { at: { where: 'after', label: `${/preamb/.test(between[2]) ? 'PP' : 'OP'}${n}` }, length: between[0].length }
  }
  const annexEdge = /^(?:to\s+become|as|pour\s+en\s+faire|comme)\s+(?:the\s+|le\s+)?(first|last|premier|dernier)\s+(?:paragraph|paragraphe)\s+(?:of\s+(?:the\s+annex|annex\s+([ivxlc]+))|de\s+l[’']\s*annexe(?:\s+([ivxlc]+))?)/.exec(s)
  if (annexEdge) {
    const numeral = annexEdge[2] ?? annexEdge[3]
    return { at: { where: /first|premier/.test(annexEdge[1]) ? 'first' : 'last', part: 'op', annex: numeral ? romanValue(numeral) ?? 1 : 1 }, length: annexEdge[0].length }
  }
  const edge = /^(?:to\s+become|as|pour\s+en\s+faire|comme)\s+(?:the\s+|le\s+)?(first|last|premier|dernier)\s+(preambular\s+paragraph|operative\s+paragraph|paragraph\s+of\s+the\s+preamble|alinéa\s+du\s+préambule|paragraphe\s+du\s+dispositif|sub-?paragraph|alinéa)(?:\s+(?:of|du|de)\s+)?/.exec(s)
  if (!edge) return null
  const where = /first|premier/.test(edge[1]) ? 'first' : 'last'
  if (/sub|^alinéa$/.test(edge[2])) {
    const ref = /(?:of|du|de)\s+$/.test(edge[0]) ? readRef(s.slice(edge[0].length), state.context) : null
    const parent = ref?.label ?? state.context
    if (!parent) return null
    return { at: { where, parent }, length: edge[0].length + (ref?.length ?? 0) }
  }
  return { at: { where, part: /preamb|préambule/.test(edge[2]) ? 'pp' : 'op' }, length: edge[0].length }
}

/// “Delete the first, second, third and fourth paragraphs of the preamble [and substitute
/// therefor the following: …]”: several paragraphs named by ordinals at once.
function readSeveral(s: string, r: ClauseReader): Operation[] | null {
  const m = new RegExp(String.raw`^(?:delete|supprimer)\s+(?:the\s+|les\s+)?((?:[\p{L}\d-]+,?\s+)+(?:and|et)\s+[\p{L}\d-]+)\s+(preambular\s+paragraphs|paragraphs\s+of\s+the\s+preamble|operative\s+paragraphs|paragraphs|alinéas\s+du\s+préambule|paragraphes)(?:\s+(?:and|et)\s+(?:substitute\s+therefor|replace\s+them\s+(?:with|by)|les\s+remplacer\s+par)\s+(?:the\s+following|ce\s+qui\s+suit)\s*:?\s*${Q})?$`, 'u').exec(s)
  if (!m) return null
  const numbers = m[1].split(/,?\s+(?:and\s+|et\s+)?|,\s*/).filter(Boolean).map(w => ordinalValue(w))
  if (numbers.some(n => !n)) return null
  const part = /preamb|préambule/.test(m[2]) ? 'PP' : 'OP'
  const ops: Operation[] = numbers.map(n => ({ kind: 'delete', label: `${part}${n}` }))
  if (m[3] === undefined) return ops
  const first = Math.min(...(numbers as number[]))
  const at: Placement = first > 1 ? { where: 'after', label: `${part}${first - 1}` } : { where: 'first', part: part === 'PP' ? 'pp' : 'op' }
  return [...ops, { kind: 'insert', at, paragraphs: newParagraphsOf(r.quote(m[3]), newKind(at, s)) }]
}

/// Built once, not per clause read: the form of `readEverywhere` and the names of the parts
/// it can list.
const everywherePattern = new RegExp(String.raw`^(?:replace|remplacer)\s+${QO}\s+(?:with|by|par)\s+${Q}\s+(?:(throughout\s+the\s+(?:draft\s+resolution|text)|dans\s+tout\s+le\s+texte)|(?:in|dans)\s+(.+))$`, 'u')
const partNames: ReadonlyArray<[RegExp, TextPart]> = [
  [/^(?:the\s+|le\s+)?(?:title|titre)$/, 'title'],
  [/^(?:the\s+|les\s+)?(?:preambular\s+paragraphs|preamble|alinéas\s+du\s+préambule|préambule)$/, 'pp'],
  [/^(?:the\s+|les\s+)?(?:operative\s+paragraphs|operative\s+part|paragraphes\s+du\s+dispositif|dispositif)$/, 'op']
]

/// “Replace “X” with “Y” in the title, the preambular paragraphs and the operative
/// paragraphs” (A/80/L.35), “… throughout the text”: the parts named, or null when the
/// words after the quotations name none.
function readEverywhere(s: string, r: ClauseReader): Operation[] | null {
  const m = everywherePattern.exec(s)
  if (!m) return null
  const parts: TextPart[] = []
  if (m[4]) parts.push('title', 'pp', 'op')
  else for (const name of m[5].split(/\s*,\s*(?:(?:and|et)\s+)?|\s+(?:and|et)\s+/)) {
    const part = partNames.find(([re]) => re.test(name))
    if (!part) return null
    parts.push(part[1])
  }
  return [{ kind: 'replaceEverywhere', old: r.quoteOf(m[1], m[2]).words, text: r.words(m[3]), parts }]
}

function readStructural(s: string, state: { context: string | null }, r: ClauseReader): Operation[] | null {
  const several = readSeveral(s, r) ?? readEverywhere(s, r)
  if (several) return several
  // “Under section II, insert …” / « Dans la section II, insérer … »
  const under = /^(?:under|in|dans|sous)\s+/.exec(s)
  const section = under && readSectionPlace(s.slice(under[0].length))
  if (section) {
    const ins = new RegExp(String.raw`^\s*,?\s*${insertVerb}\s+${newThing}${Q}$`).exec(s.slice(under![0].length + section.length))
    if (ins) return [{ kind: 'insert', at: section.at, paragraphs: newParagraphsOf(r.quote(ins[1]), newKind(section.at, s)) }]
  }
  // Delete REF[, REF and REF] / Supprimer REF / REF should be deleted; Delete section II (its heading
  // and paragraphs)
  let m = /^(?:delete|supprimer)\s+/.exec(s)
  const whole = m && readSection(s.slice(m[0].length))
  if (whole && whole.at.where === 'section' && !s.slice(m![0].length + whole.length).trim()) return [{ kind: 'deleteSection', label: headingLabel(whole.at.annex ?? 0, whole.at.section, whole.at.fresh) }]
  if (m) {
    const refs = readRefList(s.slice(m[0].length), state.context)
    if (refs && !s.slice(m[0].length + refs.length).trim()) return refs.labels.map(deleting)
  }
  const refFirst = readRef(s, state.context)
  if (refFirst) {
    const rest = s.slice(refFirst.length).trim()
    if (/^(?:should\s+be|shall\s+be|is|est)\s+(?:deleted|supprimée?)$/.test(rest)) return [deleting(refFirst.label)]
    const read = new RegExp(String.raw`^(?:should|shall|will|would)\s+(?:now\s+)?read(?:\s+as\s+follows)?\s*:?\s*${Q}$|^se\s+lira\s+comme\s+suit\s*:?\s*${Q}$|^(?:est\s+remplacée?\s+par\s+(?:le\s+texte\s+suivant|ce\s+qui\s+suit))\s*:?\s*${Q}$`).exec(rest)
    if (read) return [replacing(refFirst.label, r.quote(read[1] ?? read[2] ?? read[3]))]
    const then = new RegExp(String.raw`^(?:will|would|shall)\s+then\s+read\s*:?\s*${Q}$|^se\s+lira\s+alors\s*:?\s*${Q}$`).exec(rest)
    if (then) return [{ kind: 'check', label: refFirst.label, text: r.words(then[1] ?? then[2]) }]
  }
  // Replace REF with the following: Q / Amend REF to read: Q / Remplacer REF par ce qui suit : Q
  m = /^(?:replace|amend|remplacer|modifier)\s+/.exec(s)
  if (m) {
    const ref = readRef(s.slice(m[0].length), state.context)
    if (ref) {
      const rest = s.slice(m[0].length + ref.length).trim()
      const read = new RegExp(String.raw`^(?:with|by|to\s+read(?:\s+as\s+follows)?|par|comme\s+suit)\s*(?:the\s+following|ce\s+qui\s+suit|le\s+texte\s+suivant)?\s*:?\s*${Q}$`).exec(rest)
      if (read) return [replacing(ref.label, r.quote(read[1]))]
    }
    const existing = new RegExp(String.raw`^(?:replace|remplacer)\s+(?:the\s+existing\s+text|le\s+texte\s+existant)\s+(?:with|by|par)\s*(?:the\s+following|ce\s+qui\s+suit)?\s*:?\s*${Q}$`).exec(s)
    if (existing && state.context) return [replacing(state.context, r.quote(existing[1]))]
  }
  // “… and replace it with the following:” after a move
  const replaceIt = new RegExp(String.raw`^(?:replace\s+it\s+with|le\s+remplacer\s+par)\s*(?:the\s+following|ce\s+qui\s+suit)?\s*:?\s*${Q}$`).exec(s)
  if (replaceIt && state.context) return [replacing(state.context, r.quote(replaceIt[1]))]
  // Move REF to follow REF / Déplacer REF après REF
  m = /^(?:move|déplacer)\s+/.exec(s)
  if (m) {
    const ref = readRef(s.slice(m[0].length), state.context)
    if (ref && headingOfLabel(ref.label)) return readHeadingMove(ref.label, s.slice(m[0].length + ref.length).trim(), state, r)
    if (ref) {
      const placement = readPlacementAfterVerb(s.slice(m[0].length + ref.length).trim(), state)
      if (placement) {
        state.context = ref.label
        const rest = s.slice(m[0].length + ref.length).trim().slice(placement.length).trim()
        const ops: Operation[] = [{ kind: 'move', label: ref.label, to: placement.at }]
        if (!rest) return ops
        const replaceIt = new RegExp(String.raw`^(?:and|et)\s+(?:replace\s+it\s+with|le\s+remplacer\s+par)\s*(?:the\s+following|ce\s+qui\s+suit)?\s*:?\s*${Q}$`).exec(rest)
        if (replaceIt) return [...ops, replacing(ref.label, r.quote(replaceIt[1]))]
      }
    }
  }
  // After REF, insert …; Before REF, insert …
  m = /^(?:(?:insert|add)\s+)?(after|before|après|avant)\s+/.exec(s)
  const heading = m && readHeadingInsert(s.slice(m[0].length), /after|après/.test(m[1]), state, r)
  if (heading) return heading
  if (m) {
    const last = /^(?:the\s+last\s+sub-?paragraph|le\s+dernier\s+alinéa)/.exec(s.slice(m[0].length))
    const ref = last ? null : readRef(s.slice(m[0].length), state.context)
    const length = last ? last[0].length : ref?.length
    if (length != null) {
      const rest = s.slice(m[0].length + length).replace(/^\s*,?\s*/, '')
      const ins = new RegExp(String.raw`^${insertVerb}\s+${newThing}${Q}$`).exec(rest)
      if (ins) {
        const at: Placement = last ? { where: 'last', parent: state.context! } : { where: /after|après/.test(m[1]) ? 'after' : 'before', label: ref!.label }
        if (last && !state.context) return null
        return [{ kind: 'insert', at, paragraphs: newParagraphsOf(r.quote(ins[1]), newKind(at, rest)) }]
      }
    }
  }
  // At the end of the operative part / preamble, insert …; At the end of REF, add “words”
  m = /^(?:at\s+the\s+end\s+of\s+|à\s+la\s+fin\s+(?:du\s+|de\s+l[’']\s*|de\s+la\s+))/.exec(s)
  if (m) {
    const rest = s.slice(m[0].length)
    const part = /^(?:the\s+|l[’']\s*)?(operative\s+part|preamble|dispositif|préambule|annex(?:e)?(?:\s+([ivxlc]+))?)\s*,?\s*/.exec(rest)
    const heading = part && new RegExp(String.raw`^${insertVerb}\s+${newHeading}${Q}$`).exec(rest.slice(part[0].length))
    if (heading) {
      if (/preamb|préambule/.test(part![1])) throw new Unreadable('puts a heading in the preamble; headings divide the operative part')
      return [insertingHeading(partEnd(part![1], part![2]), r.quote(heading[1]))]
    }
    if (part) {
      const ins = new RegExp(String.raw`^${insertVerb}\s+${newThing}${Q}$`).exec(rest.slice(part[0].length))
      if (ins) {
        const at: Placement = /^annex/.test(part[1]) ? { where: 'last', part: 'op', annex: part[2] ? romanValue(part[2]) ?? 1 : 1 }
          : { where: 'last', part: /operative|dispositif/.test(part[1]) ? 'op' : 'pp' }
        return [{ kind: 'insert', at, paragraphs: newParagraphsOf(r.quote(ins[1]), newKind(at, s)) }]
      }
    }
    const ref = readRef(rest, state.context)
    if (ref) {
      const add = new RegExp(String.raw`^\s*,?\s*${insertVerb}\s+(?:the\s+following\s*:?\s*|ce\s+qui\s+suit\s*:?\s*)?(?:the\s+words\s+|les\s+mots\s+)?${Q}$`).exec(rest.slice(ref.length))
      if (add) { state.context = ref.label; return [{ kind: 'edit', label: ref.label, edits: [{ op: 'insert', text: r.words(add[1]) }] }] }
    }
  }
  // Insert, as the first operative paragraph, …; in context: insert, as the first subparagraph, …
  m = new RegExp(String.raw`^(?:insert|add|insérer|ajouter)\s*,?\s*`).exec(s)
  if (m) {
    const placement = readPlacementAfterVerb(s.slice(m[0].length), state)
    if (placement) {
      const rest = s.slice(m[0].length + placement.length).replace(/^\s*,?\s*/, '')
      const ins = new RegExp(String.raw`^${newThing}${Q}$`).exec(rest)
      if (ins) return [{ kind: 'insert', at: placement.at, paragraphs: newParagraphsOf(r.quote(ins[1]), newKind(placement.at, s)) }]
    }
    const named = new RegExp(String.raw`^(?:(?:a\s+|the\s+following\s+)?(?:new\s+)?(?:(?:un)?numbered\s+)?(?:sub-?)?paragraphs?\s+)`).exec(s.slice(m[0].length))
    if (named) {
      const rest = s.slice(m[0].length + named[0].length)
      const p = readPlacementAfterVerb(rest, state)
      const text = p && new RegExp(String.raw`^\s*,?\s*(?:reading|which\s+reads)?\s*:?\s*${Q}$`).exec(rest.slice(p.length))
      if (p && text) return [{ kind: 'insert', at: p.at, paragraphs: newParagraphsOf(r.quote(text[1]), newKind(p.at, s)) }]
    }
    const trailing = new RegExp(String.raw`^${newThing}${Q}\s*,?\s*(.*)$`).exec(s.slice(m[0].length))
    if (trailing) {
      const p = readPlacementAfterVerb(trailing[2], state)
      if (p) return [{ kind: 'insert', at: p.at, paragraphs: newParagraphsOf(r.quote(trailing[1]), newKind(p.at, s)) }]
    }
  }
  return null
}

/// A paragraph's, title's or heading's words replaced whole by `text`; a section heading's
/// with the number it is given when the text opens with one (“IV. Protection”); a
/// paragraph's with the subparagraphs set out under its words (`replacement`).
function replacing(label: string, text: string): Operation {
  const numbered = headingOfLabel(label) ? numberedHeading(text) : null
  if (numbered?.number) return { kind: 'replace', label, text: numbered.text, number: numbered.number }
  const { words, subparagraphs } = replacement(label, text)
  return subparagraphs.length ? { kind: 'replace', label, text: words, subparagraphs } : { kind: 'replace', label, text: words }
}

/// A section heading as printed, its number (roman, a capital letter or digits, then a
/// full stop) taken apart from its words: `III. Prevention`; no number where it opens
/// with none. Throws `Unreadable` for no words.
function numberedHeading(text: string): { number: string, text: string } {
  const words = text.replace(/\s*\n\s*/g, ' ').trim()
  const m = /^([IVXLC]+|[A-Z]|\d+)\.\s+(\S.*)$/u.exec(words)
  if (!words || (m && !m[2].trim())) throw new Unreadable('puts in a heading with no words')
  return m ? { number: m[1], text: m[2] } : { number: '', text: words }
}

/// The text of a paragraph that replaces another, without a leading paragraph or
/// subparagraph number, and the subparagraphs set out under it (“Paragraph 3 should
/// read:” followed by the lead-in and (a), (b) …: A/HRC/14/L.21), numbered as
/// `newParagraphsOf` reads them and placed from one level under the paragraph replaced
/// however their numbers run (a list that opens with (i) is its paragraph's first level,
/// as in `OP1(i)`). Throws `Unreadable` for no words at all, for subparagraphs set out in
/// a title or a heading, and for one numbered beside the subparagraph replaced
/// (“Paragraph 3 (a) should read: … (b) …”), which is replaced by its own name.
function replacement(label: string, text: string): { words: string, subparagraphs: NewParagraph[] } {
  const [first, ...subparagraphs] = newParagraphsOf(text, { kind: 'op', level: 0 })
  if (!first?.text.trim()) throw new Unreadable('replaces the words with no words; to take a paragraph out, delete it')
  if (!subparagraphs.length) return { words: first.text, subparagraphs }
  if (namesHeadingWords(label)) throw new Unreadable(`sets out subparagraphs in ${titleOfLabel(label) != null ? 'a title' : 'a heading'} it replaces`)
  const level = levelOf(label)
  const top = Math.min(...subparagraphs.map(p => p.level))
  if (top <= level) throw new Unreadable(`sets out a subparagraph beside ${paragraphName(label)}, which it replaces; replace each subparagraph by its own name`)
  return { words: first.text, subparagraphs: subparagraphs.map(p => ({ ...p, level: p.level - top + level + 1 })) }
}

/// Split a skeleton into clauses: at semicolons, and at “and” / “et” before a clause
/// that opens with a verb or a place, a whole word (« et, à la fin du paragraphe, … »: `\b`
/// knows no accented letter). “and, in it,” after a move keeps the moved paragraph as the
/// context.
function clausesOf(skeleton: string): string[] {
  return skeleton
    .replace(/\s+/g, ' ')
    .replace(/\bparas?\b\.?/g, p => p.startsWith('paras') ? 'paragraphs' : 'paragraph')
    .split(/;\s*(?:(?:and|et)\s+)?|,?\s+(?:and|et)\s*,?\s+(?=dans cet intitulé|(?:in it|dans ce paragraphe|in|after|before|delete|replace|insert|add|at|move|substitute(?! therefor)|au|à|après|avant|supprimer|remplacer|insérer|ajouter|déplacer)(?![\p{L}\p{N}]))/u)
    .map(c => c.trim())
    .filter(Boolean)
}

/// The operations of one amendment as its clauses are read. An edit joins the
/// amendment's edit of the same paragraph when only edits stand after that one, so that
/// all the edits of a paragraph are found in its text as tabled, also where paragraphs
/// named together take them in turn (“In operative paragraphs 27 and 43, delete … and
/// after …, insert …” reads OP27, OP43, OP27, OP43). Linear: the edits since the last
/// other operation are found by their paragraph's label, and each takes the next edits
/// in place.
class AmendmentOperationsRead {
  readonly operations: Operation[] = []
  private readonly edits = new Map<string, TextEdit[]>()

  add(op: Operation): void {
    const joined = op.kind === 'edit' ? this.edits.get(op.label) : undefined
    if (op.kind === 'edit' && joined) {
      joined.push(...op.edits)
      return
    }
    if (op.kind === 'edit') {
      const edits = [...op.edits]
      this.edits.set(op.label, edits)
      this.operations.push({ ...op, edits })
      return
    }
    this.edits.clear()
    this.operations.push(op)
  }

  /// “After the words “X” insert the following phrase: “Y” and delete the end of the
  /// paragraph” (A/HRC/S-4/L.3): the end deleted is what follows the words inserted, so
  /// the two clauses together replace the text after “X” by “Y”. Turns the insertion
  /// just read in each paragraph in context into that replacement and says whether it did.
  endsAfterInsert(clause: string, state: ClauseState): boolean {
    if (!/^(?:delete|supprimer)\s+(?:the\s+end\s+of\s+the\s+(?:paragraph|title|heading)|the\s+rest\s+of\s+the\s+paragraph|la\s+fin\s+(?:du\s+(?:paragraphe|titre)|de\s+l[’']intitulé)|le\s+reste\s+du\s+paragraphe)$/.test(clause.replace(/[.;,\s]+$/, ''))) return false
    if (state.context === null) return false
    const inContext = [state.context, ...state.together].map(label => this.edits.get(label))
    if (!inContext.every(edits => {
      const last = edits?.[edits.length - 1]
      return last?.op === 'insert' && last.after
    })) return false
    for (const edits of inContext as TextEdit[][]) {
      const last = edits[edits.length - 1] as Extract<TextEdit, { op: 'insert' }>
      edits[edits.length - 1] = { op: 'replaceEnd', after: last.after!, text: last.text }
    }
    return true
  }
}

/// “Of the annex”, « de l’annexe », naming no annex by its number (quoted words aside).
const theAnnex = /\b(?:of\s+the\s+annex|de\s+l[’']\s*annexe)(?![\p{L}\p{N}])(?!\s+(?:[ivxlc]+|\d+)(?![\p{L}\p{N}]))/iu

function readBlock(block: Block, notes: ReadonlyMap<string, string>, annexes: number): ReadAmendment {
  const { skeleton, quotes } = extractQuotes(block.text)
  if (annexes > 1 && theAnnex.test(skeleton)) return { number: block.number, line: block.line, ok: false, error: `names “the annex” of a text with ${annexes} annexes; say which, as “annex II”` }
  const r = new ClauseReader(quotes, notes)
  const state: ClauseState = { context: null, together: [] }
  const read = new AmendmentOperationsRead()
  try {
    for (const raw of clausesOf(skeleton.toLowerCase().replace(/\u00a0/g, ' '))) {
      let clause = raw
      const inIt = /^(?:in it|dans ce paragraphe|dans cet intitulé)\s*,?\s*/.exec(clause)
      if (inIt) clause = clause.slice(inIt[0].length)
      if (read.endsAfterInsert(clause, state)) continue
      for (const op of readClause(clause, state, r)) read.add(withQuotedHeadings(op, r))
    }
    if (!read.operations.length) throw new Unreadable('says nothing to do')
    return { number: block.number, line: block.line, ok: true, operations: read.operations }
  } catch (e) {
    if (!(e instanceof Unreadable)) throw e
    return { number: block.number, line: block.line, ok: false, error: e.message }
  }
}

/// Read a list of amendments. Each numbered amendment is read on its own; one that cannot
/// be read says why, with its number and line. `tabled.annexes`, the number of annexes of
/// the text the list amends, refuses “the annex” where there are several (“of the annex”
/// reads as annex I otherwise). Linear in the text: each amendment is scanned once for
/// quotations and its clauses matched by anchored patterns.
export function readAmendments(text: string, tabled: { annexes?: number } = {}): ReadAmendment[] {
  const { blocks, notes } = splitBlocks(text)
  return blocks.map(b => readBlock(b, notes, tabled.annexes ?? 0))
}
