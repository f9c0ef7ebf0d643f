/// Stretches of text that an amendment quotes whole or not at all: numbers with their
/// separators (`1,500,000`, `15.5`), percentages (`15.5 per cent`), resolution citations
/// (`2331 (2016)`, `3363 (XXX)`) and document symbols (`S/2017/939`, `S/RES/2388 (2017)`).
/// “Replace the words “500” with “750”” inside 1,500,000 is a slip no secretary makes
/// (UN editorial manual: numbers and symbols are cited as printed).
const unitPattern = new RegExp([
  String.raw`(?<![\p{L}\p{N}])[A-Z]+(?:\/[\p{L}\p{N}.]*[\p{L}\p{N}])+(?: \((?:\d{4}|[IVXLC]+)\))?`,
  String.raw`(?<![\p{L}\p{N}])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s+per\s+cent)?`,
  String.raw`(?<![\p{L}\p{N}])\d+(?:\.\d+)?\s+per\s+cent`,
  String.raw`(?<![\p{L}\p{N}])\d+\s+\((?:\d{4}|[IVXLC]+)\)`,
  String.raw`(?<![\p{L}\p{N}])\d+\.\d+`
].join('|'), 'gu')

/// The units of a text as `[from, to)` offsets in UTF-16 code units, in order. One pass of
/// one regular expression: linear in the text.
export function quotedUnits(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = []
  unitPattern.lastIndex = 0
  for (let m = unitPattern.exec(text); m; m = unitPattern.exec(text)) spans.push([m.index, m.index + m[0].length])
  return spans
}

/// The smallest range that contains `[from, to)` and cuts no unit of `text`: a unit that
/// the range enters or that an insertion point (`from === to`) falls inside is taken whole.
/// `units` are the units of `text`, in order.
export function widenToUnits(units: ReadonlyArray<readonly [number, number]>, from: number, to: number): [number, number] {
  let lo = from, hi = to
  for (const [a, b] of units) {
    if (b <= lo) continue
    const inside = from === to ? a < from && b > from : a < hi && b > lo
    if (inside) { lo = Math.min(lo, a); hi = Math.max(hi, b) }
    else if (a >= hi) break
  }
  return [lo, hi]
}
