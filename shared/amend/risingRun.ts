/// Of `values` (numbers, in order; `weights` as many, one for each) the members of a
/// heaviest subsequence whose values rise strictly, as an array of the same length (1
/// kept, 0 not). Among equally heavy ones, the one whose every member follows the
/// lowest-valued member that could precede it, and that ends on the lowest value: what the
/// patience sort of a longest rising run picks, so unit weights give that run (for
/// distinct values; of equal values the first is preferred). Paragraphs that keep their
/// order (align.ts) and section headings that keep theirs (headingPairs.ts) are such a
/// run. Time O(n log n), memory O(n): a Fenwick tree, over the values' ranks, of the
/// member ending the best run at each rank.
export function heaviestRisingRun(values: readonly number[], weights: readonly number[]): Uint8Array {
  const n = values.length
  const kept = new Uint8Array(n)
  if (n === 0) return kept
  const sorted = Float64Array.from(values).sort()
  const rankOf = new Int32Array(n)
  for (let k = 0; k < n; k++) {
    let lo = 0, hi = n
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid] < values[k]) lo = mid + 1; else hi = mid }
    rankOf[k] = lo
  }
  const total = new Float64Array(n), previous = new Int32Array(n)
  // tree[r - 1]: the member ending the best run over ranks (r - lowbit(r), r], or -1.
  const tree = new Int32Array(n).fill(-1)
  const better = (k: number, than: number) => than < 0 || total[k] > total[than] || (total[k] === total[than] && values[k] < values[than])
  let best = -1
  for (let k = 0; k < n; k++) {
    let before = -1
    for (let r = rankOf[k]; r > 0; r -= r & -r) if (tree[r - 1] >= 0 && better(tree[r - 1], before)) before = tree[r - 1]
    total[k] = weights[k] + (before >= 0 ? total[before] : 0)
    previous[k] = before
    for (let r = rankOf[k] + 1; r <= n; r += r & -r) if (better(k, tree[r - 1])) tree[r - 1] = k
    if (better(k, best)) best = k
  }
  for (let k = best; k >= 0; k = previous[k]) kept[k] = 1
  return kept
}
