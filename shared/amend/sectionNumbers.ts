import { toRoman } from '../schema'

/// How a part's section headings are numbered when they run in sequence from the first:
/// `I`, `II`, `III` … (roman), `A`, `B`, `C` … (letters), or `1`, `2`, `3` …
/// (un-resolution-style.md, “Sections”). Returns the number of the `k`-th heading
/// (0-based), or null when the tabled numbers are no such sequence (none, unnumbered,
/// or numbered by hand), and then headings keep the numbers they have.
///
/// Why: as paragraph numbers are derived, so are section numbers. A secretary who inserts
/// “III. Prevention” before section III renumbers the sections after it, and the list
/// says no more about it than “renumber” clauses it never writes. So an amendment that
/// adds, removes or moves a heading gives the part's headings that are not named with a
/// number of their own (an inserted heading, or one amended to read with a number) the
/// numbers of their places in this sequence; amendments to words alone renumber nothing.
export function sectionSequence(numbers: readonly string[]): ((k: number) => string) | null {
  if (!numbers.length) return null
  const styles: Array<(k: number) => string> = [
    k => toRoman(k + 1).toUpperCase(),
    k => k < 26 ? String.fromCharCode(65 + k) : '',
    k => String(k + 1)
  ]
  return styles.find(style => numbers.every((n, k) => n === style(k))) ?? null
}

/// Where the section under each heading of a part ends: for heading `k` (0-based, given
/// by `numbers`, its number or '' for an unnumbered one), the index of the first heading
/// after it that closes it, or `numbers.length` at the end of the part. A numbered section
/// runs to the next heading of its rank, the next numbered one, and holds the unnumbered
/// subheadings between, as section II of the annex of A/RES/80/3 holds “Partnerships and
/// support mechanisms” and “Governance, accountability and monitoring” before section
/// III: “Delete section II” takes them with it. An unnumbered heading's section runs to the
/// next heading of any kind. One pass from the end: O(headings).
export function sectionEnds(numbers: readonly string[]): number[] {
  const ends = new Array<number>(numbers.length)
  for (let k = numbers.length - 1, numbered = numbers.length; k >= 0; k--) {
    ends[k] = numbers[k] ? numbered : k + 1
    if (numbers[k]) numbered = k
  }
  return ends
}
