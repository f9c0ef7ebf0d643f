import { describe, expect, it } from 'vitest'
import { checkDocument, readDocument } from '../../../../shared/file/document'
import { schema } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'

type NodeJSON = { type: string, attrs?: Record<string, unknown>, content?: NodeJSON[], marks?: unknown, text?: string, [key: string]: unknown }

/// The JSON of the 2388 template, changed by `edit`.
function edited(edit: (doc: NodeJSON) => void): NodeJSON {
  const json = structuredClone(template2388().toJSON()) as NodeJSON
  edit(json)
  return json
}

const preamble = (doc: NodeJSON) => doc.content![2].content!
const operative = (doc: NodeJSON) => doc.content![3].content!
const sub = (level: unknown, pid = 'sub-a') => ({ type: 'subparagraph', attrs: { pid, level }, content: [{ type: 'text', text: 'to prevent trafficking;' }] })

describe('readDocument', () => {
  it('reads the 2388 template back to an equal document', () => {
    const result = readDocument(template2388().toJSON())
    expect(result.ok && result.doc.eq(template2388())).toBe(true)
  })

  it('accepts subparagraphs at every level', () => {
    const json = edited(doc => { operative(doc).splice(4, 0, sub(1, 's1'), sub(2, 's2'), sub(3, 's3'), sub(4, 's4')) })
    expect(readDocument(json).ok).toBe(true)
  })

  it.each<[string, unknown, Array<string | number>, string]>([
    ['not an object', 42, [], 'expected a document ({"type": "doc", …}), found 42'],
    ['another node type at the top', { type: 'preamble' }, ['type'], 'expected a document ({"type": "doc", …}), found "preamble"'],
    ['an unknown node type',
      edited(doc => { preamble(doc)[3] = { type: 'foo' } }),
      ['content', 2, 'content', 3], 'unknown node type "foo"'],
    ['a child that is not a node', edited(doc => { (preamble(doc) as unknown[])[0] = 'Recalling' }),
      ['content', 2, 'content', 0], 'expected a node ({"type": …}), found "Recalling"'],
    ['an operative paragraph in the preamble',
      edited(doc => { preamble(doc).push(operative(doc)[0]) }),
      ['content', 2, 'content', 24], 'operative_paragraph cannot stand here in preamble, expected subparagraph or preambular_paragraph'],
    ['a missing organ line', edited(doc => { doc.content!.splice(1, 1) }),
      ['content', 1], 'preamble cannot stand here in doc, expected organ'],
    ['a document cut short', edited(doc => { doc.content!.length = 2 }),
      [], 'doc is incomplete, expected preamble after its last child'],
    ['text in the heading', edited(doc => { doc.content![0].content = [{ type: 'text', text: 'S/RES/2388' }] }),
      ['content', 0, 'content', 0], 'text cannot stand here in heading, expected nothing more'],
    ['content that is not an array', edited(doc => { (doc.content![1] as NodeJSON).content = 'The Security Council' as never }),
      ['content', 1, 'content'], 'expected an array of nodes, found "The Security Council"'],
    ['an unknown field in a node', edited(doc => { preamble(doc)[1].colour = 'red' }),
      ['content', 2, 'content', 1, 'colour'], 'unknown field "colour" in preambular_paragraph'],
    ['an unknown attribute', edited(doc => { operative(doc)[2].attrs!.number = 3 }),
      ['content', 3, 'content', 2, 'attrs', 'number'], 'unknown attribute "number" of operative_paragraph'],
    ['attributes that are not an object', edited(doc => { operative(doc)[2].attrs = ['t2388-op03'] as never }),
      ['content', 3, 'content', 2, 'attrs'], 'expected an object of attributes, found an array'],
    ['an empty text node', edited(doc => { preamble(doc)[0].content![1].text = '' }),
      ['content', 2, 'content', 0, 'content', 1, 'text'], 'expected the non-empty text of a text node, found ""'],
    ['a text node with content', edited(doc => { preamble(doc)[0].content![1].content = [] }),
      ['content', 2, 'content', 0, 'content', 1, 'content'], 'unknown field "content" in a text node'],
    ['an unknown mark', edited(doc => { preamble(doc)[0].content![1].marks = [{ type: 'bold' }] }),
      ['content', 2, 'content', 0, 'content', 1, 'marks', 0], 'unknown mark type "bold"'],
    ['marks that are not an array', edited(doc => { preamble(doc)[0].content![1].marks = 'lead' }),
      ['content', 2, 'content', 0, 'content', 1, 'marks'], 'expected an array of marks, found "lead"'],
    ['a mark with an attribute', edited(doc => { preamble(doc)[0].content![0].marks = [{ type: 'lead', attrs: { href: 'x' } }] }),
      ['content', 2, 'content', 0, 'content', 0, 'marks', 0, 'attrs', 'href'], 'unknown attribute "href" of mark lead'],
    ['a mark twice', edited(doc => { preamble(doc)[0].content![0].marks = [{ type: 'lead' }, { type: 'lead' }] }),
      ['content', 2, 'content', 0, 'content', 0, 'marks', 1], 'mark "lead" appears twice'],
    ['italics in the organ line', edited(doc => { doc.content![1].content![0].marks = [{ type: 'em' }] }),
      ['content', 1, 'content', 0, 'marks', 0], 'mark "em" is not allowed in organ'],
    ['a mark on a paragraph', edited(doc => { preamble(doc)[0].marks = [{ type: 'em' }] }),
      ['content', 2, 'content', 0, 'marks', 0], 'mark "em" is not allowed in preamble'],
    ['marks on the document', edited(doc => { doc.marks = [] }), ['marks'], 'a document carries no marks'],
    ['a heading field that is not text', edited(doc => { doc.content![0].attrs!.symbol = 2388 }),
      ['content', 0, 'attrs', 'symbol'], 'expected a string, found 2388'],
    ['an unknown language', edited(doc => { doc.content![0].attrs!.lang = 'de' }),
      ['content', 0, 'attrs', 'lang'], 'expected one of "en", "fr", "es", found "de"'],
    ['a subparagraph level out of range', edited(doc => { operative(doc).splice(4, 0, sub(5)) }),
      ['content', 3, 'content', 4, 'attrs', 'level'], 'expected a subparagraph level from 1 to 4, found 5'],
    ['a subparagraph level that is not a number', edited(doc => { operative(doc).splice(4, 0, sub('2')) }),
      ['content', 3, 'content', 4, 'attrs', 'level'], 'expected a subparagraph level from 1 to 4, found "2"'],
    ['a paragraph without an id', edited(doc => { delete preamble(doc)[2].attrs }),
      ['content', 2, 'content', 2, 'attrs', 'pid'], 'PP3 has no paragraph id, found null'],
    ['an empty paragraph id', edited(doc => { operative(doc).splice(4, 0, sub(1, '')) }),
      ['content', 3, 'content', 4, 'attrs', 'pid'], 'OP4(a) has no paragraph id, found ""'],
    ['a paragraph id used twice', edited(doc => { operative(doc)[4].attrs!.pid = 't2388-pp01' }),
      ['content', 3, 'content', 4, 'attrs', 'pid'], 'OP5 has the same paragraph id "t2388-pp01" as PP1']
  ])('refuses %s', (_, json, path, message) => {
    expect(readDocument(json)).toEqual({ ok: false, problem: { path, message } })
  })
})

describe('checkDocument', () => {
  it('passes the template', () => {
    expect(checkDocument(template2388())).toBeNull()
  })

  it.each([
    ['a node that is not a document', () => template2388().child(2), [], 'expected a document ("type": "doc"), found a preamble node'],
    ['content the schema refuses, built without checks', () => schema.nodes.doc.create(null, [template2388().child(0)]),
      [], 'Invalid content for node doc: <heading>'],
    ['a paragraph id used twice, as a careless paste would leave it', () => {
      const doc = template2388()
      const operative = doc.child(3)
      return doc.copy(doc.content.replaceChild(3, operative.copy(operative.content.addToEnd(operative.child(0)))))
    }, ['content', 3, 'content', 35, 'attrs', 'pid'], 'OP36 has the same paragraph id "t2388-op01" as OP1']
  ])('refuses %s', (_, build, path, message) => {
    expect(checkDocument(build())).toEqual({ path, message })
  })
})
