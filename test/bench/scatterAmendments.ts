import type { Node } from 'prosemirror-model'
import { buildResolution, readResolution, type ParagraphDraft } from '../../shared/schema'
import { clausePool, composeParagraph } from './gaScale'
import { SeededRandom } from './seededRandom'

const insertions = ['and related', 'as appropriate,', 'in particular', 'urgently', 'including women and girls,', 'and effectively', 'at all levels', 'where relevant,']
const replacements = ['enhance', 'promote', 'ensure', 'relevant', 'appropriate', 'further', 'effective', 'national', 'regional']

/// Word boundaries of a paragraph after its opening phrase: where an edit may fall.
function wordStarts(p: ParagraphDraft): number[] {
  const starts: number[] = []
  for (const m of p.text.matchAll(/ (?=\S)/g)) if (m.index! + 1 > p.lead) starts.push(m.index! + 1)
  return starts
}

function editWords(p: ParagraphDraft, random: SeededRandom): ParagraphDraft {
  const starts = wordStarts(p)
  if (starts.length < 3) return p
  const k = random.int(starts.length - 2)
  const at = starts[k], next = starts[k + 1]
  switch (random.int(3)) {
    case 0: return { ...p, text: p.text.slice(0, at) + random.pick(insertions) + ' ' + p.text.slice(at) }
    case 1: return { ...p, text: p.text.slice(0, at) + p.text.slice(next) }
    default: return { ...p, text: p.text.slice(0, at) + random.pick(replacements) + p.text.slice(next - 1) }
  }
}

/// A version of `doc` with `count` amendments scattered over it, the way a round of
/// negotiation leaves a text: seven in ten word edits (words inserted, deleted,
/// replaced), and one in ten each of new paragraphs, deleted paragraphs and moved
/// paragraphs. Paragraph ids are kept, as in a later version of the same document, and
/// new paragraphs get ids made from the seed, so the version is the same on every run.
export function scatterAmendments(doc: Node, count: number, seed: number): Node {
  const random = new SeededRandom(seed)
  const pool = clausePool()
  const draft = readResolution(doc)
  const paragraphs = draft.paragraphs.slice()
  const topLevel = (i: number) => paragraphs[i].kind !== 'sub' && paragraphs[i + 1]?.kind !== 'sub'
  const ofKind = (kind: string) => paragraphs.flatMap((p, i) => p.kind === kind && topLevel(i) ? [i] : [])
  for (let n = 0; n < count; n++) {
    const roll = random.int(10)
    if (roll < 7) {
      const i = random.int(paragraphs.length)
      paragraphs[i] = editWords(paragraphs[i], random)
    } else if (roll === 7) {
      const kind = random.int(4) === 0 ? 'pp' : 'op'
      const places = ofKind(kind)
      const p = composeParagraph(pool, random, kind, random.between(30, 90))
      paragraphs.splice(random.pick(places), 0, { ...p, text: p.text + (kind === 'pp' ? ',' : ';'), pid: `new-${seed}-${n}` })
    } else if (roll === 8) {
      const places = paragraphs.flatMap((p, i) => p.kind === 'sub' || topLevel(i) ? [i] : [])
      paragraphs.splice(random.pick(places.slice(0, -1)), 1)
    } else {
      const kind = random.int(4) === 0 ? 'pp' : 'op'
      const places = ofKind(kind)
      if (places.length < 8) continue
      const k = random.int(places.length)
      const target = places[Math.min(places.length - 1, k + random.between(3, 20))]
      if (target <= places[k]) continue
      const [moved] = paragraphs.splice(places[k], 1)
      paragraphs.splice(target, 0, moved)
    }
  }
  return buildResolution({ ...draft, paragraphs })
}
