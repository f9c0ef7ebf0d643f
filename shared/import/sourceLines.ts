/// A line of the text being imported, with its 1-based line number in the original so
/// every message can point at the line.
export interface SourceLine {
  readonly text: string
  readonly line: number
}

/// Split any text into lines: CRLF, CR, form feeds (page breaks of PDF copies) and Unicode
/// line separators all end a line; a byte-order mark and control characters other than
/// tab are dropped; trailing spaces, tabs and no-break spaces are trimmed, since they are
/// never part of a paragraph.
export function sourceLines(text: string): SourceLine[] {
  const clean = text.replace(/^\uFEFF/, '').replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '')
  return clean.split(/\r\n|[\r\n\f\u2028\u2029]/).map((raw, i) => ({
    text: raw.replace(/[ \t\u00a0\u200b]+$/, ''),
    line: i + 1
  }))
}

export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === ''
}
