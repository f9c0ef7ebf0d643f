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
