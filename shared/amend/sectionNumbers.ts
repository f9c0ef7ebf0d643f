import { toRoman } from '../schema'

/// How a part's section headings are numbered when they run in sequence from the first:
/// `I`, `II`, `III` … (roman), `A`, `B`, `C` … (letters), or `1`, `2`, `3` …
/// (un-resolution-style.md, “Sections”). Unnumbered subheadings among them (as in the
/// annex of A/RES/80/3, two between sections II and III) take no place in it, nor does a
/// heading put in or moved with a number of its own that is not its place's (“II bis”,
/// a number given by hand): the sections after it keep theirs. Returns, for a part's
/// headings in order, given by their numbers ('' for an unnumbered one) and whether each
/// was put in or moved (`placed`), the number each takes ('' for an unnumbered one, its
/// own for one placed with a number of its own); or null when the tabled numbers are no
/// such sequence (none numbered, or numbered by hand), and then headings keep the
/// numbers they have. Cost: O(headings).
///
/// Why: as paragraph numbers are derived, so are section numbers. A secretary who inserts
/// “III. Prevention” before section III renumbers the sections after it, and the list
/// says no more about it than “renumber” clauses it never writes. So an amendment that
/// adds, removes or moves a heading gives the part's headings that are not named with a
/// number of their own (an inserted heading, or one amended to read with a number) the
/// numbers of their places in this sequence; amendments to words alone renumber nothing.
export function sectionSequence(numbers: readonly string[]): ((headings: readonly string[], placed?: (k: number) => boolean) => string[]) | null {
  const numbered = numbers.filter(n => n)
  if (!numbered.length) return null
  const styles: Array<(k: number) => string> = [
    k => toRoman(k + 1).toUpperCase(),
    k => k < 26 ? String.fromCharCode(65 + k) : '',
    k => String(k + 1)
  ]
  const style = styles.find(style => numbered.every((n, k) => n === style(k)))
  if (!style) return null
  return (headings, placed = () => false) => {
    let k = 0
    return headings.map((n, i) => !n ? '' : placed(i) && n !== style(k) ? n : style(k++))
  }
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
