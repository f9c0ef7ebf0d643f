/// A line of the text being imported, with its 1-based line number in the original so
/// every message can point at the line.
export interface SourceLine {
  readonly text: string
  readonly line: number
}

/// The typographic ligatures of the Alphabetic Presentation Forms block (U+FB00–U+FB06)
/// that PDF text extraction leaves in place of their letters (`ﬁnancial`).
const ligatures: Record<string, string> = { '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st' }

const trailingBlank = new Set([' ', '\t', '\u00a0', '\u200b'])

/// `text` without the spaces, tabs, no-break and zero-width spaces at its end; a scan
/// back from the end, so a line of many spaces costs its length once.
function trimTrailingBlanks(text: string): string {
  let end = text.length
  while (end > 0 && trailingBlank.has(text[end - 1])) end--
  return end === text.length ? text : text.slice(0, end)
}

export const softHyphen = '\u00AD'

/// Split any text into lines: CRLF, CR, form feeds (page breaks of PDF copies) and Unicode
/// line separators all end a line; a byte-order mark and control characters other than
/// tab are dropped, and so is U+FFFC, which stands for footnote references once read;
/// ligatures become their letters; trailing spaces, tabs and no-break spaces are trimmed,
/// since they are never part of a paragraph. A soft hyphen (U+00AD) is invisible and
/// dropped, except at the end of a line, where it says the word goes on at the start of
/// the next (`joinLines` joins the halves).
export function sourceLines(text: string): SourceLine[] {
  const clean = text.replace(/^\uFEFF/, '')
    .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFC]/g, '')
    .replace(/[\uFB00-\uFB06]/g, c => ligatures[c])
  return clean.split(/\r\n|[\r\n\f\u2028\u2029]/).map((raw, i) => {
    const trimmed = trimTrailingBlanks(raw)
    const broken = trimmed.endsWith(softHyphen)
    const words = trimmed.includes(softHyphen) ? trimTrailingBlanks(trimmed.replaceAll(softHyphen, '')) : trimmed
    return { text: broken ? words + softHyphen : words, line: i + 1 }
  })
}

export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === ''
}
