/// Turning a file's bytes into text, once for every edition: the desktop, the web edition
/// and the command all call `decodeText`, so a file is refused, or read, alike everywhere
/// and with the same one-line message.

/// What the bytes are meant to be: a Penholder document (JSON, always written as UTF-8),
/// or a text to import (a resolution copied out of a PDF, a press release, Word's
/// "Plain text" export).
export type TextPurpose = 'document' | 'import'

/// The largest document file, in bytes: 32 MiB. The 2388 template with twenty saved
/// versions is 1.3 MB; a file this large is a mistake (a video, a database) whose reading
/// would only stall the app.
export const maxDocumentBytes = 32 * 1024 * 1024

/// The largest text to import, in bytes: 4 MiB, some twenty times the longest General
/// Assembly omnibus resolution.
export const maxImportBytes = 4 * 1024 * 1024

export type DecodedText =
  /// `notice` says, in one line naming the file, how the text was read when it was not
  /// plain UTF-8 (UTF-16, Windows-1252); the caller shows it and carries on.
  | { ok: true, text: string, notice: string | null }
  /// `error` is one line naming the file and what is wrong with it: `${fileName}: ${problem}`;
  /// `problem` alone is for a caller that names the file its own way (a desktop dialog).
  | { ok: false, error: string, problem: string }

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`

/// The offset (bytes) of the first byte that does not belong to a well-formed UTF-8
/// sequence (Unicode 15, table 3-7: no overlongs, no surrogates, nothing past U+10FFFF),
/// or -1 when all are well formed. One pass.
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0
  const n = bytes.length
  while (i < n) {
    const b = bytes[i]
    if (b < 0x80) { i++; continue }
    let length: number, low = 0x80, high = 0xbf
    if (b >= 0xc2 && b <= 0xdf) length = 2
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3
      if (b === 0xe0) low = 0xa0
      else if (b === 0xed) high = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4
      if (b === 0xf0) low = 0x90
      else if (b === 0xf4) high = 0x8f
    } else return i
    if (i + length > n) return i
    if (bytes[i + 1] < low || bytes[i + 1] > high) return i
    for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i
    i += length
  }
  return -1
}

/// The refusal (without the file's name) of a file of `size` bytes for a purpose, or
/// null when it is not too large:
/// for a caller that knows the size before reading (a stat, a File's `size`), so that a
/// huge file is refused unread, with the message `decodeText` would give.
export function sizeProblem(size: number, purpose: TextPurpose): string | null {
  const limit = purpose === 'document' ? maxDocumentBytes : maxImportBytes
  const what = purpose === 'document' ? 'a Penholder document' : 'a text to import'
  return size > limit ? `${megabytes(size)}, larger than the ${megabytes(limit)} ${what} may be` : null
}

/// Windows-1252's characters for the bytes 0x80–0x9F (WHATWG Encoding, index
/// windows-1252); 0 where it defines none. Every other byte is its Latin-1 code point.
/// Decoded here rather than by TextDecoder, which Node (unlike browsers) runs as
/// ISO-8859-1 for this label, turning the apostrophe 0x92 into a control character.
const windows1252High = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178
]

/// The text of Windows-1252 bytes, or null when one of them is undefined there.
function decodeWindows1252(bytes: Uint8Array): string | null {
  const parts: string[] = []
  const codes = new Array<number>(Math.min(bytes.length, 8192))
  for (let start = 0; start < bytes.length; start += codes.length) {
    const end = Math.min(bytes.length, start + codes.length)
    for (let i = start; i < end; i++) {
      const b = bytes[i]
      const code = b >= 0x80 && b < 0xa0 ? windows1252High[b - 0x80] : b
      if (code === 0) return null
      codes[i - start] = code
    }
    parts.push(String.fromCharCode(...codes.slice(0, end - start)))
  }
  return parts.join('')
}

/// Control characters no text of a resolution holds (tab, line feed, form feed and
/// carriage return aside): their presence means the bytes are not text at all.
function controlCharacterOffset(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return i
  }
  return -1
}

/// What a file that is not text at all most likely is, from its first bytes.
function binaryKind(bytes: Uint8Array): string {
  const starts = (...magic: number[]) => magic.every((m, i) => bytes[i] === m)
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'a zip archive (a Word .docx file, or another)'
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an old Word .doc or an encrypted Word file'
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF file (copy its text out and import that)'
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff)) return 'an image'
  return 'binary data'
}

/// Decode the bytes of a file for a purpose (see TextPurpose), refusing what would change
/// silently if read. Never throws.
/// - Larger than `maxDocumentBytes` / `maxImportBytes`: refused, before any decoding.
/// - UTF-16 with a byte-order mark (Windows Notepad's "Unicode"): decoded, with a notice.
/// - UTF-8 (a byte-order mark is dropped): the text.
/// - Not UTF-8: a document is refused, naming the byte offset (a save would otherwise
///   replace the bytes by U+FFFD for good); a text to import is read as Windows-1252, the
///   encoding of Word's "Plain text" on Western systems, with a notice, unless it holds a
///   byte Windows-1252 does not define.
/// - Control characters other than tab, line and page breaks: refused as not text.
/// `fileName` only labels the messages.
export function decodeText(bytes: Uint8Array, fileName: string, purpose: TextPurpose): DecodedText {
  const refuse = (problem: string): DecodedText => ({ ok: false, error: `${fileName}: ${problem}`, problem })
  const tooLarge = sizeProblem(bytes.length, purpose)
  if (tooLarge) return refuse(tooLarge)
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
      return { ok: true, text, notice: `${fileName}: read as UTF-16 (it starts with a UTF-16 byte-order mark)` }
    } catch {
      return refuse('starts with a UTF-16 byte-order mark but is not valid UTF-16')
    }
  }
  const control = controlCharacterOffset(bytes)
  if (control >= 0) return refuse(`not text (byte ${control} is a control character): it looks like ${binaryKind(bytes)}`)
  const invalid = invalidUtf8Offset(bytes)
  if (invalid < 0) {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(start)), notice: null }
  }
  const hex = bytes[invalid].toString(16).toUpperCase().padStart(2, '0')
  const notUtf8 = `not valid UTF-8 at byte ${invalid} (0x${hex})`
  if (purpose === 'document') return refuse(`${notUtf8}; a Penholder document is always UTF-8`)
  const text = decodeWindows1252(bytes)
  if (text === null) return refuse(`${notUtf8}, nor Windows-1252`)
  return { ok: true, text, notice: `${fileName}: not UTF-8, read as Windows-1252 (Word’s “Plain text” encoding); check accented letters and quotes` }
}
