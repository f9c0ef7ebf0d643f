import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { Node } from 'prosemirror-model'
import { importResolution } from '../../../../shared/import'
import { exportPlainText } from '../../../../shared/export'
import { readAmendments } from '../../../../shared/amend/readAmendments'
import { applyAmendments } from '../../../../shared/amend/applyAmendments'

const corpus = (path: string) => readFileSync(new URL(`../../../corpus/amendments/${path}`, import.meta.url), 'utf8')

function imported(path: string): Node {
  const result = importResolution(corpus(path))
  if (!result.ok) throw new Error(result.error)
  return result.doc
}

describe('amendment documents of the corpus', () => {
  it.each(['official-en.txt', 'official-fr.txt'])('own/%s, every official form in English or French, gives the amended text exactly', name => {
    const read = readAmendments(corpus(`own/${name}`))
    expect(read.map(a => a.ok ? 'read' : a.error)).toEqual(Array(20).fill('read'))
    const applied = applyAmendments(imported('own/draft.txt'), read.map(a => a.ok ? a.operations : []))
    expect([applied.refused, applied.nearMisses]).toEqual([[], []])
    expect(exportPlainText(applied.doc)).toBe(exportPlainText(imported('own/amended.txt')))
  })

  it('A/789 (1948): every amendment read, in the forms of the time', () => {
    const read = readAmendments(corpus('A-789/amendments.txt'))
    expect(read.map(a => [a.number, a.line])).toEqual([['1', 5], ['2', 10], ['3', 12], ['4', 14], ['5', 18], ['6', 21]])
    const ops = read.map(a => a.ok ? a.operations : a.error)
    expect(ops[0]).toEqual([
      { kind: 'delete', label: 'PP1' }, { kind: 'delete', label: 'PP2' }, { kind: 'delete', label: 'PP3' }, { kind: 'delete', label: 'PP4' },
      { kind: 'insert', at: { where: 'first', part: 'pp' }, paragraphs: [{ kind: 'pp', level: 0, text: 'HAVING CONSIDERED FURTHER the situation in Palestine' }] }
    ])
    expect(ops.slice(1, 3)).toEqual([[{ kind: 'delete', label: 'OP2(c)' }], [{ kind: 'delete', label: 'OP3' }]])
    expect(ops[3]).toEqual([
      { kind: 'edit', label: 'OP5', edits: [{ op: 'replace', old: { words: 'through' }, text: 'with' }] },
      { kind: 'check', label: 'OP5', text: expect.stringMatching(/^CALLS UPON the Governments .* either with the Conciliation Commission or directly .*between them;$/) }
    ])
    expect(ops[4]).toEqual([{ kind: 'edit', label: 'OP10', edits: [{ op: 'delete', old: { words: expect.stringMatching(/^in this connexion, .* should be taken into account$/) } }] }])
    expect(ops[5]).toEqual([{ kind: 'edit', label: 'OP11', edits: [{ op: 'delete', old: { words: 'ENDORSES the conclusions stated in part one, section VIII, paragraph 4(i), of the Progress Report of the United Nations Mediator in Palestine;' } }] }])
  })
})
