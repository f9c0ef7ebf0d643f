/// The character a footnote reference stands for in a paragraph's `textContent`
/// (U+FFFC OBJECT REPLACEMENT CHARACTER, Unicode's own "an object stands here"). The
/// footnote node is one position wide, so counting it as one character keeps every text
/// offset a document offset (find, the redline, the word diff); it is neither a letter
/// nor a space, so the amendment engine's tokenizer never makes it part of a word.
export const footnoteMark = '\ufffc'

/// A text without its footnote reference marks: what a reader of the paragraph's words
/// sees, and what amendments quote.
export function withoutFootnoteMarks(text: string): string {
  return text.includes(footnoteMark) ? text.split(footnoteMark).join('') : text
}
