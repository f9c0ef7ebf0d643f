import type { Node, Mark } from 'prosemirror-model'
import { schema, paragraphKind, clampLevel, type ParagraphKind, type ListStyle } from './schema'
import { completeMeta, type ResolutionMeta } from './meta'
import { newPid } from './pid'
import { forEachPartChild, type DocumentPart } from './parts'

/// A footnote as plain data: `at` is the offset in the owner's `text` (which holds no
/// reference marks) where the reference stands, `text` the note.
export interface FootnoteDraft {
  at: number
  text: string
}

/// A run of text with its italic spans (`em`, offsets in `text`) and footnote references.
export interface InlineDraft {
  text: string
  em?: ReadonlyArray<readonly [number, number]>
  footnotes?: readonly FootnoteDraft[]
}

/// A paragraph as plain data: what the importer produces and the exporters read. `lead`
/// is the length of the italic opening phrase; `em` lists other italic spans. In an
/// annex, `pp` is an unnumbered paragraph and `op` a numbered one. `listStyle` is a
/// subparagraph's marker style where its list does not use its level's default.
export interface ParagraphDraft extends InlineDraft {
  kind: ParagraphKind
  lead: number
  level?: number
  pid?: string
  listStyle?: ListStyle
}

/// A section heading: `number` as printed (`I`, `A`, or empty), its title as `text`, and
/// `at`, the index in its part's `paragraphs` of the paragraph it stands before (the
/// length of the list for a heading at the end).
export interface SectionDraft extends InlineDraft {
  number: string
  at: number
}

/// An annex: its title, paragraphs and section headings.
export interface AnnexDraft {
  title: InlineDraft
  paragraphs: ParagraphDraft[]
  sections?: SectionDraft[]
}

/// A resolution as plain data, in document order; subparagraphs follow the PP or OP they
/// belong to. `start` is the number of the first OP (1 unless the text is an excerpt);
/// `sections` are the headings of the operative part.
export interface ResolutionDraft {
  meta: ResolutionMeta
  organ: string
  paragraphs: ParagraphDraft[]
  start?: number
  sections?: SectionDraft[]
  annexes?: AnnexDraft[]
}

const typeOf = { pp: schema.nodes.preambular_paragraph, op: schema.nodes.operative_paragraph, sub: schema.nodes.subparagraph }

const within = (n: number, text: string) => Math.max(0, Math.min(n, text.length))

/// The inline nodes of a draft: text cut where the opening phrase (`lead` characters) and
/// the italic spans begin and end, and a footnote node at each reference. A reference
/// strictly inside an italic span carries its mark, so the span stays one run.
function inlineContent(p: InlineDraft, leadLength = 0): Node[] {
  const { text } = p
  const em = p.em ?? []
  const notes = [...(p.footnotes ?? [])].map(n => ({ at: within(n.at, text), text: n.text })).sort((a, b) => a.at - b.at)
  const lead = within(leadLength, text)
  const cuts = new Set([0, text.length, lead])
  for (const [from, to] of em) { cuts.add(within(from, text)); cuts.add(within(to, text)) }
  for (const note of notes) cuts.add(note.at)
  const points = [...cuts].sort((a, b) => a - b)
  const marksAt = (from: number, to: number): Mark[] => {
    const marks: Mark[] = []
    if (to <= lead && from < lead) marks.push(schema.marks.lead.create())
    if (em.some(([a, b]) => from >= a && to <= b && from < b)) marks.push(schema.marks.em.create())
    return marks
  }
  const result: Node[] = []
  let note = 0
  const notesAt = (at: number) => {
    for (; note < notes.length && notes[note].at === at; note++) {
      const inside = (a: number, b: number) => a < at && at < b
      const marks: Mark[] = []
      if (inside(0, lead)) marks.push(schema.marks.lead.create())
      if (em.some(([a, b]) => inside(a, b))) marks.push(schema.marks.em.create())
      result.push(schema.nodes.footnote.create({ text: notes[note].text }, null, marks))
    }
  }
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1]
    notesAt(from)
    if (from < to) result.push(schema.text(text.slice(from, to), marksAt(from, to)))
  }
  notesAt(text.length)
  return result
}

/// Build the paragraphs of one part; `top` is the type a subparagraph takes when it has
/// no paragraph before it in the part, which cannot be represented.
function partContent(paragraphs: readonly ParagraphDraft[], sections: readonly SectionDraft[], top: (p: ParagraphDraft) => 'pp' | 'op'): Node[] {
  const content: Node[] = []
  const headings = [...sections].sort((a, b) => a.at - b.at)
  let h = 0
  const headingsBefore = (index: number) => {
    for (; h < headings.length && headings[h].at <= index; h++) content.push(sectionHeading(headings[h]))
  }
  let open = false
  paragraphs.forEach((p, i) => {
    headingsBefore(i)
    let kind = p.kind
    if (kind === 'sub' && !open) kind = top(p)
    open = true
    content.push(buildParagraph(p, kind))
  })
  headingsBefore(Infinity)
  return content
}

function sectionHeading(s: SectionDraft): Node {
  return schema.nodes.section_heading.create({ number: s.number }, inlineContent(s))
}

function buildParagraph(p: ParagraphDraft, kind: ParagraphKind): Node {
  const attrs: Record<string, unknown> = { pid: p.pid ?? newPid() }
  if (kind === 'sub') {
    attrs.level = clampLevel(p.level ?? 1)
    if (p.listStyle) attrs.listStyle = p.listStyle
  }
  return typeOf[kind].create(attrs, inlineContent(p, p.lead))
}

/// Build a document from a draft. Paragraphs without a pid get a fresh one; subparagraphs
/// before the first PP or OP of their part are not representable and become paragraphs of
/// that part. In the body, a PP after the first OP becomes an OP, and section headings
/// stand in the operative part only (one placed in the preamble opens the operative
/// part).
export function buildResolution(draft: ResolutionDraft): Node {
  const firstOp = draft.paragraphs.findIndex(p => p.kind === 'op')
  const split = firstOp < 0 ? draft.paragraphs.length : firstOp
  const preambleDrafts = draft.paragraphs.slice(0, split)
  const operativeDrafts = draft.paragraphs.slice(split).map(p => p.kind === 'pp' ? { ...p, kind: 'op' as const } : p)
  const sections = (draft.sections ?? []).map(s => ({ ...s, at: Math.max(0, s.at - split) }))
  const organText = draft.organ ? [schema.text(draft.organ)] : []
  const start = Number.isInteger(draft.start) && draft.start! > 1 ? draft.start! : 1
  return schema.nodes.doc.create(null, [
    schema.nodes.heading.create(completeMeta(draft.meta)),
    schema.nodes.organ.create(null, organText),
    schema.nodes.preamble.create(null, partContent(preambleDrafts, [], () => 'pp')),
    schema.nodes.operative_part.create(start === 1 ? null : { start }, partContent(operativeDrafts, sections, () => 'op')),
    ...(draft.annexes ?? []).map(annex => schema.nodes.annex.create(null, [
      schema.nodes.annex_title.create(null, inlineContent(annex.title)),
      ...partContent(annex.paragraphs, annex.sections ?? [], p => p.kind === 'sub' ? 'op' : p.kind)
    ]))
  ])
}

/// Read inline content back into plain data: the text without reference marks, the
/// length of the leading run marked `lead`, italic spans and footnotes.
function readInline(node: Node): InlineDraft & { lead: number } {
  let lead = 0
  let leading = true
  let text = ''
  const em: Array<[number, number]> = []
  const footnotes: FootnoteDraft[] = []
  node.forEach(child => {
    const offset = text.length
    const isNote = child.type === schema.nodes.footnote
    const len = isNote ? 0 : child.text!.length
    if (isNote) footnotes.push({ at: offset, text: child.attrs.text })
    else text += child.text
    const isLead = child.marks.some(m => m.type === schema.marks.lead)
    if (leading && isLead) lead += len
    else leading = false
    if (!isNote && child.marks.some(m => m.type === schema.marks.em)) {
      const last = em[em.length - 1]
      if (last && last[1] === offset) last[1] = offset + len
      else em.push([offset, offset + len])
    }
  })
  const result: InlineDraft & { lead: number } = { text, lead }
  if (em.length) result.em = em
  if (footnotes.length) result.footnotes = footnotes
  return result
}

/// Read a paragraph node back into plain data. `text` leaves out footnote reference
/// marks; the footnotes are listed with their offsets in it.
export function readParagraph(node: Node): ParagraphDraft {
  const kind = paragraphKind(node)
  if (!kind) throw new RangeError(`Not a paragraph: ${node.type.name}`)
  const { text, lead, em, footnotes } = readInline(node)
  const result: ParagraphDraft = { kind, text, lead, pid: node.attrs.pid ?? undefined }
  if (kind === 'sub') result.level = node.attrs.level
  if (kind === 'sub' && node.attrs.listStyle) result.listStyle = node.attrs.listStyle
  if (em) result.em = em
  if (footnotes) result.footnotes = footnotes
  return result
}

/// A section heading or annex title as plain data.
function readHeadingInline(node: Node): InlineDraft {
  const { lead: _, ...inline } = readInline(node)
  return inline
}

/// Paragraphs and section headings of a part node, as plain data.
function readPart(part: Node): { paragraphs: ParagraphDraft[], sections: SectionDraft[] } {
  const paragraphs: ParagraphDraft[] = []
  const sections: SectionDraft[] = []
  part.forEach(node => {
    if (node.type === schema.nodes.section_heading) sections.push({ number: node.attrs.number, ...readHeadingInline(node), at: paragraphs.length })
    else if (paragraphKind(node)) paragraphs.push(readParagraph(node))
  })
  return { paragraphs, sections }
}

/// The inverse of `buildResolution`. Fields that would be empty (`start` 1, no sections,
/// no annexes) are left out.
export function readResolution(doc: Node): ResolutionDraft {
  const preamble = readPart(doc.child(2))
  const operative = readPart(doc.child(3))
  const result: ResolutionDraft = {
    meta: doc.firstChild!.attrs as ResolutionMeta,
    organ: doc.child(1).textContent,
    paragraphs: [...preamble.paragraphs, ...operative.paragraphs]
  }
  if (doc.child(3).attrs.start !== 1) result.start = doc.child(3).attrs.start
  if (operative.sections.length) result.sections = operative.sections.map(s => ({ ...s, at: s.at + preamble.paragraphs.length }))
  const annexes: AnnexDraft[] = []
  for (let i = 4; i < doc.childCount; i++) {
    const annex = doc.child(i)
    const { paragraphs, sections } = readPart(annex)
    annexes.push(sections.length
      ? { title: readHeadingInline(annex.firstChild!), paragraphs, sections }
      : { title: readHeadingInline(annex.firstChild!), paragraphs })
  }
  if (annexes.length) result.annexes = annexes
  return result
}

/// Call `f` for every paragraph and subparagraph in document order — preamble, operative
/// part, then each annex — with its position and the part it stands in. Section headings
/// and annex titles are not paragraphs and are skipped.
export function forEachParagraph(doc: Node, f: (node: Node, pos: number, part: DocumentPart) => void): void {
  forEachPartChild(doc, (node, pos, part) => { if (paragraphKind(node)) f(node, pos, part) })
}
