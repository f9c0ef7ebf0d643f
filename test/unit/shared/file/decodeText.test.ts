import { describe, expect, it } from 'vitest'
import { decodeText, invalidUtf8Offset, maxDocumentBytes, maxImportBytes, sizeProblem } from '../../../../shared/file'
import { exportPlainText } from '../../../../shared/export'
import { template2388 } from '../../../../shared/template'

const text2388 = exportPlainText(template2388())
const utf8 = (text: string) => new TextEncoder().encode(text)
const bytes = (...values: number[]) => Uint8Array.from(values)

/// “Réaffirmant …” as Word's "Plain text" saves it on a Western Windows: Windows-1252,
/// where é is 0xE9, « » are 0xAB 0xBB and the apostrophe ’ is 0x92.
const french1252 = Uint8Array.from([...'Réaffirmant sa résolution « 2388 » l'].map(c => c.charCodeAt(0)).concat(0x92, ...[...'Assemblée,'].map(c => c.charCodeAt(0))))

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2)
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    out.set(endian === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff], 2 + 2 * i)
  }
  return out
}

describe('decodeText', () => {
  it.each([
    ['2388 in UTF-8', utf8(text2388), 'import', text2388, null],
    ['2388 in UTF-8 with a byte-order mark', utf8('\ufeff' + text2388), 'document', text2388, null],
    ['2388 as Notepad’s UTF-16 LE', utf16(text2388, 'le'), 'import', text2388, 'draft.txt: read as UTF-16 (it starts with a UTF-16 byte-order mark)'],
    ['2388 as UTF-16 BE', utf16(text2388, 'be'), 'document', text2388, 'draft.txt: read as UTF-16 (it starts with a UTF-16 byte-order mark)'],
    ['French from Word’s Plain text (Windows-1252)', french1252, 'import', 'Réaffirmant sa résolution « 2388 » l’Assemblée,', 'draft.txt: not UTF-8, read as Windows-1252 (Word’s “Plain text” encoding); check accented letters and quotes']
  ] as const)('reads %s', (_, input, purpose, text, notice) => {
    expect(decodeText(input, 'draft.txt', purpose)).toEqual({ ok: true, text, notice })
  })

  it.each([
    ['a Windows-1252 text as a document', french1252, 'document', 'draft.txt: not valid UTF-8 at byte 1 (0xE9); a Penholder document is always UTF-8'],
    ['bytes neither UTF-8 nor Windows-1252', bytes(0x52, 0xc3, 0x28, 0x81), 'import', 'draft.txt: not valid UTF-8 at byte 1 (0xC3), nor Windows-1252'],
    ['a .docx (a zip archive)', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00), 'import', 'draft.txt: not text (byte 2 is a control character): it looks like a zip archive (a Word .docx file, or another)'],
    ['an encrypted Word file', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00), 'document', 'draft.txt: not text (byte 2 is a control character): it looks like an old Word .doc or an encrypted Word file'],
    ['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'import', 'draft.txt: not text (byte 6 is a control character): it looks like an image'],
    ['JSON with a NUL inside', utf8('{"format":"penholder",\u0000}'), 'document', 'draft.txt: not text (byte 22 is a control character): it looks like binary data'],
    ['a UTF-16 mark on an odd number of bytes', bytes(0xff, 0xfe, 0x41), 'import', 'draft.txt: starts with a UTF-16 byte-order mark but is not valid UTF-16']
  ] as const)('refuses %s, in one line naming the file', (_, input, purpose, error) => {
    expect(decodeText(input, 'draft.txt', purpose)).toEqual({ ok: false, error, problem: error.slice('draft.txt: '.length) })
  })

  it('refuses what is too large before decoding, with the limit for its purpose', () => {
    expect(sizeProblem(52 * 1024 * 1024, 'document')).toBe('52.0 MB, larger than the 32.0 MB a Penholder document may be')
    expect(sizeProblem(maxDocumentBytes, 'document')).toBeNull()
    expect(sizeProblem(maxImportBytes + 1, 'import')).toBe('4.0 MB, larger than the 4.0 MB a text to import may be')
    expect(decodeText(new Uint8Array(maxImportBytes + 1), 'paste.txt', 'import')).toMatchObject({ ok: false, error: 'paste.txt: 4.0 MB, larger than the 4.0 MB a text to import may be' })
  })
})

describe('invalidUtf8Offset', () => {
  it.each([
    ['2388', utf8(text2388), -1],
    ['French, a non-breaking hyphen and an emoji', utf8('« Secretary‑General » 🇺🇳'), -1],
    ['an overlong “/”', bytes(0x41, 0xc0, 0xaf), 1],
    ['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf), 0],
    ['a UTF-16 surrogate encoded', bytes(0x41, 0x42, 0xed, 0xa0, 0x80), 2],
    ['past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut at the end', bytes(0x41, 0xe2, 0x80), 1],
    ['a lone continuation byte', bytes(0x41, 0x80), 1]
  ])('%s', (_, input, offset) => {
    expect(invalidUtf8Offset(input)).toBe(offset)
  })
})
