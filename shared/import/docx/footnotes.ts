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

/// A comment of word/comments.xml: author, date (ISO 8601, or null) and text; the id of
/// the comment it answers and whether it is marked done, from word/commentsExtended.xml.
export interface WordComment {
  readonly id: string
  readonly author: string
  readonly date: string | null
  readonly text: string
  readonly replyTo?: string
  readonly resolved?: boolean
}

/// The comments of a file. Word ties a reply to its comment and marks a comment done in
/// commentsExtended.xml, by the `w14:paraId` of each comment's last paragraph ([MS-DOCX]
/// 2.5.1.1, `w15:commentEx`).
export function readComments(comments: XmlElement | undefined, extended: XmlElement | undefined): WordComment[] {
  const list = comments ? childrenNamed(comments, 'w:comment') : []
  const idOfPara = new Map<string, string>()
  for (const c of list) {
    const paragraphs = childrenNamed(c, 'w:p')
    const paraId = paragraphs[paragraphs.length - 1]?.attrs['w14:paraId']
    if (paraId) idOfPara.set(paraId, c.attrs['w:id'])
  }
  const threads = new Map<string, { replyTo?: string, resolved: boolean }>()
  for (const ex of extended ? childrenNamed(extended, 'w15:commentEx') : []) {
    const id = idOfPara.get(ex.attrs['w15:paraId'])
    if (id === undefined) continue
    const parent = ex.attrs['w15:paraIdParent'] && idOfPara.get(ex.attrs['w15:paraIdParent'])
    threads.set(id, { ...parent !== undefined && parent !== '' ? { replyTo: parent } : {}, resolved: ex.attrs['w15:done'] === '1' })
  }
  return list.map(c => {
    const id = c.attrs['w:id']
    const thread = threads.get(id)
    return {
      id,
      author: c.attrs['w:author'] ?? '',
      date: c.attrs['w:date'] || null,
      text: readParagraphs(c).map(p => p.runs.map(r => r.text).join('')).join('\n').trim(),
      ...thread?.replyTo !== undefined ? { replyTo: thread.replyTo } : {},
      ...thread?.resolved ? { resolved: true } : {}
    }
  })
}
