/// A UN document symbol as written in a heading or running header: series letter, then
/// slash-separated parts with any suffix (`A/HRC/S-4/L.1`, `A/C.3/78/L.12/Rev.1`,
/// `S/2017/1012`), then, for Security Council resolutions, the year (`S/RES/2388 (2017)`).
/// A symbol never ends with a full stop (`S/2017/939.` ends a sentence or a footnote).
/// An asterisk after it marks a reissued document and is not part of the symbol (UN
/// Editorial Manual, "Document symbols").
const symbolToken = /^[ASE](?:\/[A-Za-z0-9.-]*[A-Za-z0-9])+\*?$/
const yearToken = /^\(\d{4}\)$/

export interface FoundSymbol {
  symbol: string
  /// Offset and length, in UTF-16 code units, of the symbol as written in the line
  /// (asterisk and year included).
  from: number
  length: number
}

/// The first document symbol among the space-separated tokens of a line, or null. Each
/// token is tested once, so a long line costs its length.
export function findSymbol(line: string): FoundSymbol | null {
  const tokens = /\S+/g
  let m: RegExpExecArray | null
  while ((m = tokens.exec(line))) {
    const token = m[0]
    if (!symbolToken.test(token) || !/\d/.test(token)) continue
    let symbol = token.replace(/\*$/, '')
    let length = token.length
    const year = /^\s+(\S+)/.exec(line.slice(m.index + length, m.index + length + 12))
    if (year && yearToken.test(year[1])) { symbol += ' ' + year[1]; length += year[0].length }
    return { symbol, from: m.index, length }
  }
  return null
}

/// Whether a whole token is a document symbol, as page headers print it.
export function isSymbolToken(token: string): boolean {
  return symbolToken.test(token) && /\d/.test(token)
}
