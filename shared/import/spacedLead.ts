import { longestPhraseLetters, phraseSpelledBy } from '../style'

const letters = /^\p{L}+$/u

/// A line whose opening phrase a text extraction spelled with its spaces moved (`Ayan t
/// ex am iné` for `Ayant examiné`, `Reca llin g` for `Recalling`, as vlex.com gives the
/// PDFs of S/RES/1364 (2001) and others), with the phrase made whole; any other line as it
/// is. Only a phrase of the style lexicon is mended, and only when the line's first words,
/// letters only, spell it exactly and end where a word ends: the letters say nothing of
/// where the spaces of other words go (`ex am iné` could be `exam iné`), so the rest of the
/// line is left as written. Looks at the line's first `longestPhraseLetters` letters at most.
export function mendSpacedLead(text: string): string {
  const word = /(\S+)\s*/y
  let spelled = '', count = 0, mended: { phrase: string, end: number } | null = null
  for (let m = word.exec(text); m && letters.test(m[1]); m = word.exec(text)) {
    spelled += m[1]
    if (spelled.length > longestPhraseLetters) break
    const end = m.index + m[1].length
    const phrase = ++count > 1 ? phraseSpelledBy(spelled) : null
    if (phrase && phrase !== text.slice(0, end)) mended = { phrase, end }
  }
  return mended ? mended.phrase + text.slice(mended.end) : text
}
