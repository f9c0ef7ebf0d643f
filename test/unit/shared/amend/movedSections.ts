import type { Node } from 'prosemirror-model'
import { buildResolution, type ParagraphDraft } from '../../../../shared/schema'
import { draft2388, firstOp, headed, headings } from './sectionedTexts'
import { at, moveAfter, revise } from './revisions'

/// Texts, real 2388 set out in sections, where headings and paragraphs move together or
/// paragraphs read alike: the kinds of change where a seeded search over 1,000s of
/// sectioned lists found a move the list did not need (a move its heading moves already
/// made, a move between two paragraphs that read the same), and the kinds next to them
/// where a move is needed. `moved`: the current paragraphs (labels) that moved; `list`:
/// the amendments the comparison lists.
export interface MovedSectionsCase {
  readonly name: string
  readonly base: Node
  readonly current: Node
  readonly moved: readonly string[]
  readonly list: readonly string[]
}

const I = 'Prevention of trafficking in persons', II = 'Protection of victims', III = 'Follow-up'

/// 2388 in sections I (OP1) and II (OP13), with an annex of its first three OPs set out
/// under the same two headings, II holding the annex's third paragraph alone;
/// `annexSections` the annex's headings instead.
const withAnnex = (annexSections = [{ number: 'I', text: I, at: 0 }, { number: 'II', text: II, at: 2 }]) => buildResolution({
  ...draft2388,
  sections: headings(['I', I, 1], ['II', II, 13]),
  annexes: [{
    title: { text: 'Plan of action against trafficking in persons in armed conflict' },
    paragraphs: draft2388.paragraphs.filter(p => p.kind === 'op').slice(0, 3).map(p => ({ ...p, pid: undefined })),
    sections: annexSections
  }]
})

/// 2388 with OP6 reading as OP5 does (an id of its own), as an imported text (no
/// paragraph ids) when `fresh`, with the OPs from OP14 on left out when `cut`, with OP6
/// moved before OP5 when `swap`.
function alike({ fresh = false, cut = false, swap = false }): Node {
  const paragraphs: ParagraphDraft[] = draft2388.paragraphs.map((p, i) => i === firstOp + 5 ? { ...draft2388.paragraphs[firstOp + 4], pid: 'op6-copy' } : p)
  if (swap) paragraphs.splice(firstOp + 4, 0, ...paragraphs.splice(firstOp + 5, 1))
  const kept = cut ? paragraphs.slice(0, firstOp + 13) : paragraphs
  return buildResolution({ ...draft2388, paragraphs: fresh ? kept.map(p => ({ ...p, pid: undefined })) : kept })
}

export const movedSectionsCases: readonly MovedSectionsCase[] = [
  {
    name: 'headings I and II moved down together, OP1 carried out of section I with OP2-OP4 out of II',
    base: headed(['I', I, 1], ['II', II, 2], ['III', III, 13]),
    current: headed(['I', I, 5], ['II', II, 13], ['III', III, 13]),
    moved: [],
    list: ['Move the heading of section I to stand before operative paragraph 5', 'Move the heading of section II to precede the heading of section III']
  },
  {
    name: 'the annex’s heading II deleted over one paragraph, the body having headings of the same words',
    base: withAnnex(),
    current: withAnnex([{ number: 'I', text: I, at: 0 }]),
    moved: [],
    list: ['Delete the heading of section II of the annex']
  },
  {
    name: 'OP5 and OP6 reading alike in an imported text, the OPs from OP14 on deleted',
    base: alike({}),
    current: alike({ fresh: true, cut: true }),
    moved: [],
    list: Array.from({ length: 22 }, (_x, k) => `Delete operative paragraph ${k + 14}`)
  },
  {
    name: 'OP6, reading as OP5 does, moved before it, the ids kept: the text reads the same',
    base: alike({}),
    current: alike({ swap: true }),
    moved: [],
    list: []
  },
  {
    name: 'OP4 moved after OP7, OP6 reading as OP4 does: one move, not two',
    base: revise(ps => ps.map((p, i) => i === at('OP6') ? { ...ps[at('OP4')], pid: 'op6-copy' } : p)),
    current: revise(ps => {
      const copied = ps.map((p, i) => i === at('OP6') ? { ...ps[at('OP4')], pid: 'op6-copy' } : p)
      return moveAfter('OP4', 'OP7')(copied)
    }),
    moved: ['OP7'],
    list: ['Move operative paragraph 4 to follow operative paragraph 7']
  },
  {
    name: 'heading II moved up past OP11 and OP12: the heading moves, not the two paragraphs',
    base: headed(['I', I, 1], ['II', II, 13], ['III', III, 27]),
    current: headed(['I', I, 1], ['II', II, 11], ['III', III, 27]),
    moved: [],
    list: ['Move the heading of section II to stand before operative paragraph 11']
  },
  {
    name: 'headings I and II moved down, heading I past OP1 alone: OP1 moves, not heading I',
    base: headed(['I', I, 1], ['II', II, 2], ['III', III, 13]),
    current: headed(['I', I, 2], ['II', II, 5], ['III', III, 13]),
    moved: ['OP1'],
    list: ['Move the heading of section II to stand before operative paragraph 5', 'Move operative paragraph 1 to precede the heading of section I']
  },
  {
    name: 'heading II deleted and heading III, renumbered II, moved past OP27: the heading moves with its number',
    base: headed(['I', I, 1], ['II', II, 13], ['III', III, 27]),
    current: headed(['I', I, 1], ['II', III, 28]),
    moved: [],
    list: ['Delete the heading of section II', 'Move the heading of section III to stand before operative paragraph 28']
  }
]
