import type { Node } from 'prosemirror-model'
import { buildResolution, readResolution } from '../../../../shared/schema'
import { exportPlainText } from '../../../../shared/export'
import { diffDocuments } from '../../../../shared/amend/diffDocuments'
import { planAmendmentList } from '../../../../shared/amend/plan'
import { formatNumberedList, wordAmendment, type AmendmentStyle } from '../../../../shared/amend/wording'
import { readAmendments } from '../../../../shared/amend/readAmendments'
import { wordingOf } from '../../../../shared/amend/describe'
import { applyAmendments } from '../../../../shared/amend/applyAmendments'

/// The property that defines the amendment list (issue 12): the list of a comparison,
/// written in a register and read back, applied in order to the base, gives the current
/// text exactly — the same clean text export. Returns null when it holds, else what
/// differs, for the failure message.
export function roundTripProblem(base: Node, current: Node, style: AmendmentStyle): string | null {
  const list = planAmendmentList(diffDocuments(base, current))
  const text = formatNumberedList(list.map(ops => wordAmendment(ops, wordingOf(base, style))))
  const read = readAmendments(text)
  const unread = read.find(a => !a.ok)
  if (unread && !unread.ok) return `amendment ${unread.number} not read back: ${unread.error}\n${text}`
  if (read.length !== list.length) return `${list.length} amendments written, ${read.length} read back\n${text}`
  const applied = applyAmendments(base, read.map(a => a.ok ? a.operations : []))
  if (applied.refused.length || applied.nearMisses.length) return `refused or near-missed: ${JSON.stringify([applied.refused, applied.nearMisses])}\n${text}`
  const got = exportPlainText(applied.doc), want = exportPlainText(current)
  if (got === want) return null
  const a = got.split('\n'), b = want.split('\n')
  const i = a.findIndex((line, k) => line !== b[k])
  return `applied text differs at line ${i + 1}:\n  got  ${a[i]}\n  want ${b[i]}\n${text}`
}

/// `roundTripProblem` in both registers, on the texts as given and in French: each
/// problem named by its register and language; none when the property holds in all four.
export function roundTripProblemsInBoth(base: Node, current: Node): string[] {
  const problems: string[] = []
  for (const style of ['negotiation', 'official'] as const) {
    for (const [lang, a, b] of [['en', base, current], ['fr', inFrench(base), inFrench(current)]] as const) {
      const problem = roundTripProblem(a, b, style)
      if (problem) problems.push(`${style}, ${lang}: ${problem}`)
    }
  }
  return problems
}

/// The same document in French: the wording follows the language of the text as tabled.
export function inFrench(doc: Node): Node {
  const draft = readResolution(doc)
  return buildResolution({ ...draft, meta: { ...draft.meta, lang: 'fr' } })
}
