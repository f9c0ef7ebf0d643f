import { childrenNamed, type XmlElement } from './xml'
import { readParagraphs } from './body'

/// The notes of word/footnotes.xml by id, as plain text (paragraphs joined by a space);
/// the separator and continuation notes Word keeps there are left out.
export function readFootnotes(footnotes: XmlElement | undefined): Map<string, string> {
  const notes = new Map<string, string>()
  for (const note of footnotes ? childrenNamed(footnotes, 'w:footnote') : []) {
    if (note.attrs['w:type'] && note.attrs['w:type'] !== 'normal') continue
    const text = readParagraphs(note).map(p => p.runs.map(r => r.text).join('')).join(' ')
    notes.set(note.attrs['w:id'], text.trim())
  }
  return notes
}

/// A comment of word/comments.xml: author, date (ISO 8601, or null) and text.
export interface WordComment {
  readonly id: string
  readonly author: string
  readonly date: string | null
  readonly text: string
}

export function readComments(comments: XmlElement | undefined): WordComment[] {
  return (comments ? childrenNamed(comments, 'w:comment') : []).map(c => ({
    id: c.attrs['w:id'],
    author: c.attrs['w:author'] ?? '',
    date: c.attrs['w:date'] || null,
    text: readParagraphs(c).map(p => p.runs.map(r => r.text).join('')).join('\n').trim()
  }))
}
