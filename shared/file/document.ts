import type { Node, NodeType, ContentMatch } from 'prosemirror-model'
import { schema, emptyMeta, labelParagraphs, paragraphKind, maxLevel, maxParagraphLength, listStyles, type Language } from '../schema'
import { describeValue, quote, type JSONPath } from './source'

/// A problem in a document, at a path relative to the document's JSON.
export interface DocumentProblem {
  path: JSONPath
  message: string
}

type JSONObject = Record<string, unknown>

const isObject = (value: unknown): value is JSONObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const nodeFields = new Set(['type', 'attrs', 'content', 'marks'])
const textFields = new Set(['type', 'text', 'marks'])
const markFields = new Set(['type', 'attrs'])

/// A `Record<Language, …>` so that adding a language to the schema without adding it here
/// fails to compile.
const languages: Record<Language, true> = { en: true, fr: true, es: true }

function unknownField(json: JSONObject, allowed: Set<string>, path: JSONPath, what: string): DocumentProblem | null {
  for (const key of Object.keys(json)) if (!allowed.has(key)) return { path: [...path, key], message: `unknown field ${quote(key)} in ${what}` }
  return null
}

function unknownAttr(attrs: unknown, known: object, path: JSONPath, what: string): DocumentProblem | null {
  if (attrs === undefined) return null
  if (!isObject(attrs)) return { path: [...path, 'attrs'], message: `expected an object of attributes, found ${describeValue(attrs)}` }
  for (const key of Object.keys(attrs)) {
    if (!Object.hasOwn(known, key)) return { path: [...path, 'attrs', key], message: `unknown attribute ${quote(key)} of ${what}` }
  }
  return null
}

function expectedAfter(match: ContentMatch): string {
  const names: string[] = []
  for (let i = 0; i < match.edgeCount; i++) names.push(match.edge(i).type.name)
  return names.length ? names.join(' or ') : 'nothing more'
}

/// Check the marks of a node against the schema and against what its parent allows.
function checkMarks(json: JSONObject, parent: NodeType, path: JSONPath): DocumentProblem | null {
  if (json.marks === undefined) return null
  if (!Array.isArray(json.marks)) return { path: [...path, 'marks'], message: `expected an array of marks, found ${describeValue(json.marks)}` }
  const seen = new Set<string>()
  for (let i = 0; i < json.marks.length; i++) {
    const mark: unknown = json.marks[i]
    const at = [...path, 'marks', i]
    if (!isObject(mark) || typeof mark.type !== 'string') return { path: at, message: `expected a mark ({"type": …}), found ${describeValue(mark)}` }
    const type = schema.marks[mark.type]
    if (!type) return { path: at, message: `unknown mark type ${quote(mark.type)}` }
    const problem = unknownField(mark, markFields, at, 'a mark') ?? unknownAttr(mark.attrs, type.spec.attrs ?? {}, at, `mark ${type.name}`)
    if (problem) return problem
    if (seen.has(type.name)) return { path: at, message: `mark ${quote(type.name)} appears twice` }
    seen.add(type.name)
    if (!parent.allowsMarkType(type)) return { path: at, message: `mark ${quote(type.name)} is not allowed in ${parent.name}` }
  }
  return null
}

/// Check a node's JSON against the schema, the node itself before its children and each
/// child's place in its parent before the child's own content, so the first problem
/// found is the first in reading order and a deeply nested mistake is caught at the first
/// level where it cannot belong (the schema bounds the depth of a valid document).
function checkNodeJSON(json: JSONObject, type: NodeType, path: JSONPath): DocumentProblem | null {
  if (type.isText) {
    const problem = unknownField(json, textFields, path, 'a text node')
    if (problem) return problem
    if (typeof json.text !== 'string' || !json.text) return { path: [...path, 'text'], message: `expected the non-empty text of a text node, found ${describeValue(json.text)}` }
    return null
  }
  const problem = unknownField(json, nodeFields, path, type.name) ?? unknownAttr(json.attrs, type.spec.attrs ?? {}, path, type.name)
  if (problem) return problem
  const content = json.content ?? []
  if (!Array.isArray(content)) return { path: [...path, 'content'], message: `expected an array of nodes, found ${describeValue(content)}` }
  let match: ContentMatch = type.contentMatch
  for (let i = 0; i < content.length; i++) {
    const child: unknown = content[i]
    const at = [...path, 'content', i]
    if (!isObject(child) || typeof child.type !== 'string') return { path: at, message: `expected a node ({"type": …}), found ${describeValue(child)}` }
    const childType = schema.nodes[child.type]
    if (!childType) return { path: at, message: `unknown node type ${quote(child.type)}` }
    const next: ContentMatch | null = match.matchType(childType)
    if (!next) return { path: at, message: `${childType.name} cannot stand here in ${type.name}, expected ${expectedAfter(match)}` }
    match = next
    const inner = checkMarks(child, type, at) ?? checkNodeJSON(child, childType, at)
    if (inner) return inner
  }
  if (!match.validEnd) return { path, message: `${type.name} is incomplete, expected ${expectedAfter(match)} after its ${content.length ? 'last child' : 'start'}` }
  return null
}

/// Check what the schema cannot express: the heading's fields are strings, levels are in
/// range, and every paragraph has its own id. Paragraph ids are what the amendment engine
/// aligns versions by, so a document that loses or shares them would be compared wrongly
/// rather than refused later.
export function checkDocument(doc: Node): DocumentProblem | null {
  if (doc.type !== schema.nodes.doc) return { path: [], message: `expected a document ("type": "doc"), found a ${doc.type.name} node` }
  try {
    doc.check()
  } catch (e) {
    return { path: [], message: (e as Error).message }
  }
  const heading = doc.child(0).attrs
  for (const key of Object.keys(emptyMeta)) {
    if (typeof heading[key] !== 'string') return { path: ['content', 0, 'attrs', key], message: `expected a string, found ${describeValue(heading[key])}` }
  }
  if (!Object.hasOwn(languages, heading.lang)) {
    return { path: ['content', 0, 'attrs', 'lang'], message: `expected one of ${Object.keys(languages).map(l => `"${l}"`).join(', ')}, found ${describeValue(heading.lang)}` }
  }
  const start: unknown = doc.child(3).attrs.start
  if (!(Number.isInteger(start) && (start as number) >= 1)) {
    return { path: ['content', 3, 'attrs', 'start'], message: `expected the number of the first operative paragraph (a whole number from 1), found ${describeValue(start)}` }
  }
  const paths: JSONPath[] = []
  const pids: unknown[] = []
  let problem: DocumentProblem | null = null
  doc.forEach((part, _offset, p) => {
    if (p < 2) return
    part.forEach((node, _at, i) => {
      if (problem) return
      const path = ['content', p, 'content', i]
      problem = checkBlock(node, path)
      if (!paragraphKind(node)) return
      paths.push(path)
      pids.push(node.attrs.pid)
    })
  })
  return problem ?? checkParagraphIds(doc, pids, paths)
}

function checkBlock(node: Node, path: JSONPath): DocumentProblem | null {
  if (node.isTextblock && node.content.size > maxParagraphLength) {
    return { path, message: `a paragraph of ${node.content.size.toLocaleString('en')} characters, longer than the ${maxParagraphLength.toLocaleString('en')} a paragraph may hold` }
  }
  if (node.type === schema.nodes.section_heading && typeof node.attrs.number !== 'string') {
    return { path: [...path, 'attrs', 'number'], message: `expected the section's number as printed (a string), found ${describeValue(node.attrs.number)}` }
  }
  if (paragraphKind(node) === 'sub') {
    const level: unknown = node.attrs.level
    if (!(Number.isInteger(level) && (level as number) >= 1 && (level as number) <= maxLevel)) {
      return { path: [...path, 'attrs', 'level'], message: `expected a subparagraph level from 1 to ${maxLevel}, found ${describeValue(level)}` }
    }
    const style: unknown = node.attrs.listStyle
    if (style !== null && !(listStyles as readonly unknown[]).includes(style)) {
      return { path: [...path, 'attrs', 'listStyle'], message: `expected null or one of ${listStyles.map(l => `"${l}"`).join(', ')}, found ${describeValue(style)}` }
    }
  }
  let problem: DocumentProblem | null = null
  node.forEach((child, _offset, i) => {
    if (!problem && child.type === schema.nodes.footnote && typeof child.attrs.text !== 'string') {
      problem = { path: [...path, 'content', i, 'attrs', 'text'], message: `expected the text of the footnote (a string), found ${describeValue(child.attrs.text)}` }
    }
  })
  return problem
}

function checkParagraphIds(doc: Node, pids: readonly unknown[], paths: readonly JSONPath[]): DocumentProblem | null {
  const first = new Map<unknown, number>()
  const bad = pids.findIndex((pid, i) => {
    if (typeof pid !== 'string' || !pid || first.has(pid)) return true
    first.set(pid, i)
    return false
  })
  if (bad < 0) return null
  const labels = labelParagraphs(doc)
  const pid = pids[bad]
  const path = [...paths[bad], 'attrs', 'pid']
  if (typeof pid !== 'string' || !pid) return { path, message: `${labels[bad].label} has no paragraph id, found ${describeValue(pid)}` }
  return { path, message: `${labels[bad].label} has the same paragraph id ${quote(pid)} as ${labels[first.get(pid)!].label}` }
}

/// Read a document from its JSON, or say what is wrong with it and where. The JSON is
/// checked field by field before ProseMirror sees it, because `nodeFromJSON` drops
/// attributes it does not know (silently losing data on the next save) and its own
/// errors name no place.
export function readDocument(json: unknown): { ok: true, doc: Node } | { ok: false, problem: DocumentProblem } {
  const expected = 'a document ({"type": "doc", …})'
  if (json === undefined) return { ok: false, problem: { path: [], message: `missing, expected ${expected}` } }
  if (!isObject(json) || json.type !== 'doc') {
    return { ok: false, problem: { path: isObject(json) ? ['type'] : [], message: `expected ${expected}, found ${describeValue(isObject(json) ? json.type : json)}` } }
  }
  const problem = json.marks === undefined
    ? checkNodeJSON(json, schema.nodes.doc, [])
    : { path: ['marks'], message: 'a document carries no marks' }
  if (problem) return { ok: false, problem }
  let doc: Node
  try {
    doc = schema.nodeFromJSON(json)
  } catch (e) {
    return { ok: false, problem: { path: [], message: (e as Error).message } }
  }
  const invalid = checkDocument(doc)
  return invalid ? { ok: false, problem: invalid } : { ok: true, doc }
}

/// What a document of an older format version cannot hold: the parts and attributes
/// format version 3 added (annexes, section headings, footnotes, list styles, the
/// operative part's start, the vote, agenda item and session), or null. A file is read
/// strictly by the shape of its version, so a version 2 file that holds them was not
/// written by a Penholder and is refused rather than half understood. Attributes at
/// their defaults are what the older version meant, and pass.
export function laterFormatProblem(doc: Node, version: number): DocumentProblem | null {
  if (version >= 3) return null
  const added = (path: JSONPath, what: string): DocumentProblem => ({ path, message: `${what} came with format version 3; a file of format version ${version} cannot hold them` })
  const heading = doc.child(0).attrs
  for (const key of ['vote', 'agendaItem', 'session']) if (heading[key]) return added(['content', 0, 'attrs', key], `the ${key} field of the heading`)
  let problem: DocumentProblem | null = null
  doc.forEach((part, _offset, p) => {
    if (problem || p < 2) return
    if (p > 3) { problem = added(['content', p], 'annexes'); return }
    if (p === 3 && part.attrs.start !== 1) { problem = added(['content', 3, 'attrs', 'start'], 'operative parts that start after 1'); return }
    part.forEach((node, _at, i) => {
      if (problem) return
      const path = ['content', p, 'content', i]
      if (node.type === schema.nodes.section_heading) problem = added(path, 'section headings')
      else if (node.attrs.listStyle) problem = added([...path, 'attrs', 'listStyle'], 'list styles')
      else node.forEach((child, _c, j) => { if (!problem && child.type === schema.nodes.footnote) problem = added([...path, 'content', j], 'footnotes') })
    })
  })
  return problem
}
