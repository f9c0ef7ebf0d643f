/// The tokens of a paragraph for the word diff: a word, a single punctuation mark, or a
/// run of spaces. Hyphens, apostrophes, slashes and dots between letters or digits stay
/// inside the word, so `anti-trafficking`, `Secretary‑General’s` and `S/2017/939` are each
/// one token, as a drafter quotes them. In the terms of a regular expression:
/// `[\p{L}\p{N}\p{M}]+(?:['’‑\-/.][\p{L}\p{N}\p{M}]+)*|\s+|[^\s]`, which this scanner
/// follows character by character because the keystroke path tokenizes paragraphs at
/// every keystroke, and matching that expression costs several times more.
export function tokenizeWords(text: string): string[] {
  const tokens: string[] = []
  let i = 0
  while (i < text.length) {
    const start = i
    if (isSpaceAt(text, i)) {
      do i++
      while (i < text.length && isSpaceAt(text, i))
    } else if (wordCharLength(text, i)) {
      i = wordEnd(text, i)
    } else {
      i += codeUnits(text, i)
    }
    tokens.push(text.slice(start, i))
  }
  return tokens
}

export function isSpace(token: string): boolean {
  return token.length > 0 && isSpaceAt(token, 0)
}

export function isWord(token: string): boolean {
  return token.length > 0 && wordCharLength(token, 0) > 0
}

const spaceChar = /\s/
const wordChar = /^[\p{L}\p{N}\p{M}]$/u

/// `\s` by character code, without a regular expression for the common cases.
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return c === 160 || (c >= 0x1680 && spaceChar.test(text[i]))
}

function codeUnits(text: string, i: number): number {
  const c = text.charCodeAt(i)
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1
}

/// The length in code units of the letter, digit or mark at `i`, 0 if there is none.
/// ASCII and the Latin-1 letters of French and Spanish are told by their code.
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0
  if (c >= 0xc0 && c <= 0xff) return c === 0xd7 || c === 0xf7 ? 0 : 1
  const n = codeUnits(text, i)
  return wordChar.test(text.slice(i, i + n)) ? n : 0
}

const joiners = "'’‑-/."

/// Where the word starting at `i` ends: its letters, and more after each joiner that is
/// followed by a letter.
function wordEnd(text: string, i: number): number {
  for (;;) {
    let n: number
    while (i < text.length && (n = wordCharLength(text, i))) i += n
    if (i + 1 < text.length && joiners.includes(text[i]) && wordCharLength(text, i + 1)) i++
    else return i
  }
}

/// A double quotation mark, straight, curly or angled (« »), as amendments open and close
/// their quotes with: changes around one are never quoted as one edit (wordDiff.ts,
/// placeEdits.ts), since a reader ends a quote at the mark left alone inside it.
export const quotationMark = /["“”«»„]/
