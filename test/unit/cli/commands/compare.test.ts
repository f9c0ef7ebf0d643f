import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Node } from 'prosemirror-model'
import { runCli } from '../../../support/cli'
import { useTempFolder } from '../../../support/tempFolder'
import { template2388 } from '../../../../shared/template'
import { createDocumentFile, saveVersion, serializeDocumentFile, updateCurrent, type PenholderFile } from '../../../../shared/file'
import { all, moveAfter, remove, revise, rewordIn } from '../../shared/amend/revisions'

const folder = useTempFolder()

const franceOp4 = rewordIn('OP4', 'related legislation', 'related legislation and policies')
const norwayOp4 = rewordIn('OP4', 'impunity of offenders', 'impunity of perpetrators')

/// 2388 as tabled, then Rev.1 saved by France (OP4: “and policies”), Rev.2 saved by Norway
/// (OP4: “perpetrators”; PP3 deleted), then OP7 moved after OP9 in the current text, in
/// no saved version.
function draftWithVersions(): string {
  const base = template2388()
  const save = (file: PenholderFile, doc: Node, name: string, author: string) => {
    const saved = saveVersion(updateCurrent(file, doc), { name, author })
    if (!saved.ok) throw new Error(saved.error)
    return saved.file
  }
  let file = save(createDocumentFile(base), revise(franceOp4, { base }), 'Rev.1', 'France')
  file = save(file, revise(all(franceOp4, norwayOp4, remove('PP3')), { base }), 'Rev.2', 'Norway')
  file = updateCurrent(file, revise(all(franceOp4, norwayOp4, moveAfter('OP7', 'OP9'), remove('PP3')), { base }))
  const path = join(folder(), 'draft.penholder')
  writeFileSync(path, serializeDocumentFile(file))
  return path
}

const op4 = (proposers: { policies?: string[], perpetrators?: string[], change?: string[] }) => ({
  kind: 'modified', from: 'OP4', to: 'OP4',
  edits: [
    ...proposers.policies ? [{ op: 'insert', before: 'legislation', text: 'and policies', proposers: proposers.policies }] : [],
    { op: 'replace', old: 'offenders', text: 'perpetrators', ...proposers.perpetrators && { proposers: proposers.perpetrators } }
  ],
  description: proposers.policies
    ? 'In operative paragraph 4, after the words “legislation”, insert “and policies”; and replace the words “offenders” with “perpetrators”'
    : 'In operative paragraph 4, replace the words “offenders” with “perpetrators”',
  ...proposers.change && { proposers: proposers.change }
})

describe('penholder compare --json: proposers', () => {
  it.each([
    ['base → current: each edit by the version that made it, the move in no version by no one', '#base', '', [
      { kind: 'deleted', from: 'PP3', description: 'Delete preambular paragraph 3', proposers: ['Norway'] },
      op4({ policies: ['France'], perpetrators: ['Norway'], change: ['France', 'Norway'] }),
      { kind: 'moved', from: 'OP7', to: 'OP9', edits: [], description: 'Move operative paragraph 7 to follow operative paragraph 9' }
    ]],
    ['Rev.1 → Rev.2: the versions after Rev.1 up to Rev.2 itself', '#Rev.1', '#Rev.2', [
      { kind: 'deleted', from: 'PP3', description: 'Delete preambular paragraph 3', proposers: ['Norway'] },
      op4({ perpetrators: ['Norway'], change: ['Norway'] })
    ]]
  ])('%s', async (_name, from, to, changes) => {
    const draft = draftWithVersions()
    const result = await runCli('compare', draft + from, draft + to, '--json')
    expect(result).toMatchObject({ code: 0, err: '' })
    expect(JSON.parse(result.out).changes).toEqual(changes)
  })

  it('names no proposers where the texts are not versions of one file', async () => {
    const result = await runCli('compare', 'template:2388', draftWithVersions(), '--json')
    expect(result.code).toBe(0)
    expect(result.out).not.toContain('proposers')
    expect(JSON.parse(result.out).changes).toHaveLength(3)
  })
})
