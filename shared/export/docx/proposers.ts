import type { Node } from 'prosemirror-model'
import { readParagraphs, type ParagraphDiff } from '../../amend'

/// A saved version as blame needs it: who made it, and its document.
export interface AuthoredVersion {
  readonly author: string
  readonly doc: Node
}

/// Each paragraph id's text, and the id of the paragraph just before it.
interface Facts {
  readonly text: Map<string, string>
  readonly previous: Map<string, string | null>
}

function factsOf(doc: Node): Facts {
  const text = new Map<string, string>(), previous = new Map<string, string | null>()
  let before: string | null = null
  for (const p of readParagraphs(doc)) {
    if (p.pid == null) continue
    text.set(p.pid, p.text)
    previous.set(p.pid, before)
    before = p.pid
  }
  return { text, previous }
}

/// The proposer of each changed paragraph of `base` → current, found like `git blame`
/// over the versions saved in between, in order (cli.md, "Proposers"): the author of the
/// first version in which the paragraph's change appears — an inserted paragraph
/// present, a deleted one gone, a modified one's text changed, a moved one standing
/// after another paragraph than in the base. Paragraphs are followed by id; one without
/// an id, or a change no version holds, has no proposer. One pass over each version.
export function proposersByVersion(base: Node, versions: readonly AuthoredVersion[]): (entry: ParagraphDiff) => string | undefined {
  const baseFacts = factsOf(base)
  const facts = versions.map(v => ({ author: v.author, ...factsOf(v.doc) }))
  return entry => {
    const pid = (entry.current ?? entry.base)?.pid
    if (!pid) return undefined
    if (!entry.base) return facts.find(f => f.text.has(pid))?.author
    if (!entry.current) return facts.find(f => !f.text.has(pid))?.author
    const changed = (f: Facts) => entry.moved ? f.previous.get(pid) !== baseFacts.previous.get(pid) : f.text.get(pid) !== baseFacts.text.get(pid)
    return facts.find(f => f.text.has(pid) && changed(f))?.author
  }
}
