import type { Node } from 'prosemirror-model'
import type { DocumentDiff } from './diffDocuments'
import type { Amendment } from './amendments'
import { planAmendment } from './plan'
import type { Operation } from './operations'
import { UnwordableAmendment, wordAmendment, wordingLanguage, type AmendmentStyle, type WordingOptions } from './wording'

/// The wording options for amendments to `tabled`: a register, the text's language and
/// how many annexes it has (after its heading, organ line, preamble and operative part).
export function wordingOf(tabled: Node, style: AmendmentStyle = 'negotiation'): WordingOptions {
  return { style, lang: wordingLanguage(tabled.firstChild!.attrs.lang), annexes: tabled.childCount - 4 }
}

/// The wording options for a diff: those of its base, the text as tabled.
export function wordingFor(diff: DocumentDiff, style: AmendmentStyle = 'negotiation'): WordingOptions {
  return wordingOf(diff.base, style)
}

const cache = new WeakMap<Amendment, Map<AmendmentStyle, string>>()

/// The operations in words, or, where they cannot be worded so as to give the text, a
/// sentence that says so and why, in place of an amendment that would leave part out.
function worded(operations: Parameters<typeof wordAmendment>[0], options: WordingOptions): string {
  try {
    return wordAmendment(operations, options)
  } catch (e) {
    if (!(e instanceof UnwordableAmendment)) throw e
    return `${options.lang === 'fr' ? 'Cette modification ne peut être formulée en amendement\u00a0:' : 'This change cannot be worded as an amendment:'} ${e.message}`
  }
}

/// The amendment in United Nations wording, in the register asked for (negotiation by
/// default) and the language of the text as tabled. Every paragraph is named by the
/// numbering of the base, the text as tabled (un-resolution-style.md). An amendment whose
/// change goes in with a paragraph another amendment inserts whole says so.
export function describeAmendment(amendment: Amendment, diff: DocumentDiff, style: AmendmentStyle = 'negotiation'): string {
  let byStyle = cache.get(amendment)
  if (!byStyle) cache.set(amendment, byStyle = new Map())
  const known = byStyle.get(style)
  if (known !== undefined) return known
  const description = describeOperations(planAmendment(amendment, diff), diff, style)
  byStyle.set(style, description)
  return description
}

/// An amendment's operations (`planAmendment`, maybe planned with the versions' blame) in
/// words, as `describeAmendment` gives them, uncached.
export function describeOperations(operations: readonly Operation[], diff: DocumentDiff, style: AmendmentStyle = 'negotiation'): string {
  const options = wordingFor(diff, style)
  return operations.length ? worded(operations, options)
    : options.lang === 'fr' ? 'Compris dans le texte inséré par un autre amendement' : 'Included in the text another amendment inserts'
}
