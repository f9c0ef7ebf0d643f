import { describe, expect, it } from 'vitest'
import type { Node } from 'prosemirror-model'
import { compareDocuments } from '../../../../shared/amend/compare'
import { blameVersions } from '../../../../shared/amend/proposers'
import { importResolution } from '../../../../shared/import'
import { template2388, resolution2388PressRelease } from '../../../../shared/template'
import { all, insertAfter, moveAfter, remove, revise, rewordIn } from './revisions'

const template = template2388()
const meeting = 'Decides to convene a high-level meeting on trafficking in persons in armed conflict;'
/// The example of docs/cli.md, made on the real template.
const revision = all(
  rewordIn('OP4', 'related legislation', 'related legislation and policies'),
  insertAfter('OP12', { kind: 'op', lead: 7, text: meeting }),
  moveAfter('OP7', 'OP9'),
  remove('PP3')
)

function imported(text: string): Node {
  const result = importResolution(text)
  if (!result.ok) throw new Error(result.error)
  return result.doc
}

/// The press release of resolution 2388 with the same changes made to its text.
function revisedPressRelease(): string {
  const paragraphs = resolution2388PressRelease.split('\n\n')
  const find = (start: string) => paragraphs.findIndex(p => p.replace(/^“\d+\.\s+/, '').startsWith(start))
  const op7 = paragraphs[find('Calls upon Member States to strengthen compliance')]
  paragraphs.splice(find('Calls upon Member States to strengthen compliance'), 1)
  paragraphs.splice(find('Encourages Member States to increase efforts') + 1, 0, op7)
  paragraphs.splice(find('Calls upon Member States to enhance the capabilities'), 0, '“13.   ' + meeting)
  paragraphs.splice(find('Recalling its primary responsibility'), 1)
  return paragraphs.join('\n\n').replace('related legislation', 'related legislation and policies')
}

describe('compareDocuments', () => {
  it('gives the changes in the shape of `penholder compare --json`', () => {
    const result = compareDocuments(template, revise(revision))
    expect(JSON.stringify(result)).toBe(JSON.stringify({
      changes: [
        { kind: 'deleted', from: 'PP3', description: 'Delete preambular paragraph 3' },
        {
          kind: 'modified', from: 'OP4', to: 'OP4',
          edits: [{ op: 'insert', before: 'legislation', text: 'and policies' }],
          description: 'In operative paragraph 4, after the words “legislation”, insert “and policies”'
        },
        { kind: 'moved', from: 'OP7', to: 'OP9', edits: [], description: 'Move operative paragraph 7 to follow operative paragraph 9' },
        { kind: 'inserted', to: 'OP13', text: meeting, description: `After operative paragraph 12, insert a new paragraph reading: “${meeting}”` }
      ]
    }))
  })

  it('gives the same amendments for two texts imported from elsewhere, aligned by similarity', () => {
    const fromText = compareDocuments(imported(resolution2388PressRelease), imported(revisedPressRelease()))
    expect(fromText).toEqual(compareDocuments(template, revise(revision)))
  })

  it('compares a version with a text', () => {
    expect(compareDocuments(template, imported(revisedPressRelease()))).toEqual(compareDocuments(template, revise(revision)))
  })

  it('finds nothing between a text and itself, whatever the ids', () => {
    expect(compareDocuments(template, imported(resolution2388PressRelease))).toEqual({ changes: [] })
  })

  it('lists a rewritten paragraph as one replacement', () => {
    const { changes } = compareDocuments(template, revise(rewordIn('OP35', 'Decides to remain actively seized of this matter.', 'Requests a report within 12 months.')))
    expect(changes).toEqual([{
      kind: 'modified', from: 'OP35', to: 'OP35',
      edits: [{ op: 'replace', old: 'Decides to remain actively seized of this matter.', text: 'Requests a report within 12 months.' }],
      description: 'Replace operative paragraph 35 with the following: “Requests a report within 12 months.”'
    }])
  })
})

/// Dense word edits are told as one replacement (placeEdits.ts, `foldDenseRanges`), but not
/// when two delegations proposed them: compared over versions with authors, each keeps its
/// own edit and its own proposer (found by review). 2388's OP4: Mexico rewords “review,
/// amend”, then Chile “anti-trafficking”, four words on.
describe('compareDocuments over versions with authors', () => {
  const mexico = revise(rewordIn('OP4', 'to review, amend and implement', 'to examine, revise and implement'))
  const chile = revise(all(rewordIn('OP4', 'to review, amend and implement', 'to examine, revise and implement'), rewordIn('OP4', 'anti-trafficking', 'counter-trafficking')))

  it('keeps apart edits two delegations proposed, each with its proposer, worded apart too', () => {
    const [change] = compareDocuments(template, chile, 'official', blameVersions(template, [{ author: 'Mexico', doc: mexico }, { author: 'Chile', doc: chile }])).changes
    expect(change.edits!.map(e => [e.old, e.text, e.proposers])).toEqual([['review, amend', 'examine, revise', ['Mexico']], ['anti-trafficking', 'counter-trafficking', ['Chile']]])
    expect(change.description).toBe('In paragraph 4, replace the words “review, amend” with “examine, revise”; and replace the word “anti-trafficking” with “counter-trafficking”.')
  })

  it('folds the same edits into one replacement when one delegation proposed both, or when no versions are given', () => {
    const one = compareDocuments(template, chile, 'official', blameVersions(template, [{ author: 'Chile', doc: chile }])).changes[0]
    const none = compareDocuments(template, chile, 'official').changes[0]
    for (const change of [one, none]) expect(change.edits!.map(e => e.old)).toEqual(['review, amend and implement anti-trafficking'])
    expect(one.edits![0].proposers).toEqual(['Chile'])
  })
})
