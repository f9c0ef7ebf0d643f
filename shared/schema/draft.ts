import type { Node, Mark } from 'prosemirror-model'
import { schema, paragraphKind, clampLevel, type ParagraphKind } from './schema'
import { completeMeta, type ResolutionMeta } from './meta'
import { newPid } from './pid'

/// A paragraph as plain data: what the importer produces and the exporters read. `lead`
/// is the length of the italic opening phrase; `em` lists other italic spans.
export interface ParagraphDraft {
  kind: ParagraphKind
  text: string
  lead: number
  level?: number
  pid?: string
  em?: ReadonlyArray<readonly [number, number]>
}

/// A resolution as plain data, in document order; subparagraphs follow the PP or OP they
/// belong to.
export interface ResolutionDraft {
  meta: ResolutionMeta
  organ: string
  paragraphs: ParagraphDraft[]
}

const typeOf = { pp: schema.nodes.preambular_paragraph, op: schema.nodes.operative_paragraph, sub: schema.nodes.subparagraph }

function inlineContent(p: ParagraphDraft): Node[] {
  const { text } = p
  if (!text) return []
  const cuts = new Set([0, text.length])
  const lead = Math.max(0, Math.min(p.lead, text.length))
  cuts.add(lead)
  for (const [from, to] of p.em ?? []) { cuts.add(Math.max(0, Math.min(from, text.length))); cuts.add(Math.max(0, Math.min(to, text.length))) }
  const points = [...cuts].sort((a, b) => a - b)
  const result: Node[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1]
    if (from === to) continue
    const marks: Mark[] = []
    if (to <= lead) marks.push(schema.marks.lead.create())
    if ((p.em ?? []).some(([a, b]) => from >= a && to <= b)) marks.push(schema.marks.em.create())
    result.push(schema.text(text.slice(from, to), marks))
  }
  return result
}

/// Build a document from a draft. Paragraphs without a pid get a fresh one; subparagraphs
/// before the first PP or OP of their part are not representable and become paragraphs of
/// that part.
export function buildResolution(draft: ResolutionDraft): Node {
  const preamble: Node[] = []
  const operative: Node[] = []
  let part: Node[] = preamble
  for (const p of draft.paragraphs) {
    let kind = p.kind
    if (kind === 'op') part = operative
    else if (kind === 'pp' && part === operative) kind = 'op'
    if (kind === 'sub' && part.length === 0) kind = part === preamble ? 'pp' : 'op'
    const attrs: Record<string, unknown> = { pid: p.pid ?? newPid() }
    if (kind === 'sub') attrs.level = clampLevel(p.level ?? 1)
    part.push(typeOf[kind].create(attrs, inlineContent(p)))
  }
  const organText = draft.organ ? [schema.text(draft.organ)] : []
  return schema.nodes.doc.create(null, [
    schema.nodes.heading.create(completeMeta(draft.meta)),
    schema.nodes.organ.create(null, organText),
    schema.nodes.preamble.create(null, preamble),
    schema.nodes.operative_part.create(null, operative)
  ])
}

/// Read a paragraph node back into plain data.
export function readParagraph(node: Node): ParagraphDraft {
  const kind = paragraphKind(node)
  if (!kind) throw new RangeError(`Not a paragraph: ${node.type.name}`)
  let lead = 0
  let leading = true
  const em: Array<[number, number]> = []
  let offset = 0
  node.forEach(child => {
    const len = child.text?.length ?? 0
    const isLead = child.marks.some(m => m.type === schema.marks.lead)
    if (leading && isLead) lead += len
    else leading = false
    if (child.marks.some(m => m.type === schema.marks.em)) {
      const last = em[em.length - 1]
      if (last && last[1] === offset) last[1] = offset + len
      else em.push([offset, offset + len])
    }
    offset += len
  })
  const result: ParagraphDraft = { kind, text: node.textContent, lead, pid: node.attrs.pid ?? undefined }
  if (kind === 'sub') result.level = node.attrs.level
  if (em.length) result.em = em
  return result
}

/// The inverse of `buildResolution`.
export function readResolution(doc: Node): ResolutionDraft {
  const paragraphs: ParagraphDraft[] = []
  forEachParagraph(doc, node => { paragraphs.push(readParagraph(node)) })
  return { meta: doc.firstChild!.attrs as ResolutionMeta, organ: doc.child(1).textContent, paragraphs }
}

/// Call `f` for every paragraph and subparagraph in document order, with its position.
export function forEachParagraph(doc: Node, f: (node: Node, pos: number) => void): void {
  let pos = doc.child(0).nodeSize + doc.child(1).nodeSize
  for (let part = 2; part < 4; part++) {
    const container = doc.child(part)
    container.forEach((node, offset) => f(node, pos + 1 + offset))
    pos += container.nodeSize
  }
}
