import { createDocumentFile, saveVersion, sizeProblem, updateComments, updateCurrent, type PenholderFile } from '../../file'
import { readDocx } from './readDocx'

export type DocxFileResult =
  /// `tracked`: the file held tracked changes, so the document opens as a comparison;
  /// `notice` then says so in one line naming the file and the authors.
  | { ok: true, file: PenholderFile, tracked: boolean, notice: string | null }
  /// One line naming the file and what is wrong: `${fileName}: ${problem}`; `problem`
  /// alone is for a caller that names the file its own way (a desktop dialog).
  | { ok: false, error: string, problem: string }

/// Whether a file name is a Word file's (`.docx`, any case): what File ▸ Open and drops
/// read with `docxFile` rather than as a Penholder document.
export const isWordFileName = (name: string) => /\.docx$/i.test(name)

/// A Word file as a Penholder document, the same in every edition (the command's
/// `x.docx` input, File ▸ Open and drops in the web edition and the desktop): its text,
/// or, where it holds tracked changes, a document whose base is the text with every
/// change rejected and whose current text has every change accepted, with a version named
/// after each Word author between them (issue 13, “Drafts read from .docx”); its comments
/// on the current text. Larger than `maxDocumentBytes` is refused unread; a damaged,
/// encrypted (OLE compound file) or non-resolution file is refused with `readDocx`'s
/// reason. Never throws.
export function docxFile(bytes: Uint8Array, fileName: string): DocxFileResult {
  const refuse = (problem: string): DocxFileResult => ({ ok: false, error: `${fileName}: ${problem}`, problem })
  const tooLarge = sizeProblem(bytes.length, 'document')
  if (tooLarge) return refuse(tooLarge)
  const read = readDocx(bytes)
  if (!read.ok) return refuse(read.error)
  const { base, current, versions, comments } = read.document
  let file: PenholderFile = createDocumentFile(base, { title: fileName.replace(/\.docx$/i, '') })
  const taken: string[] = []
  for (const version of versions) {
    const name = versionName(version.author, taken)
    const saved = saveVersion(updateCurrent(file, version.doc), { name, author: version.author.trim() || name })
    if (!saved.ok) return refuse(`cannot keep the changes of “${version.author}” as a version: ${saved.error}`)
    file = saved.file
    taken.push(name)
  }
  file = updateComments(updateCurrent(file, current), comments.map(({ id, author, date, text, pid, from, to, replyTo, resolved }) =>
    ({ id, author, date, text, pid, from, to, ...replyTo !== undefined && { replyTo }, ...resolved && { resolved } })))
  const notice = versions.length
    ? `${fileName}: tracked changes by ${versions.map(v => v.author.trim() || 'an unknown author').join(', ')} opened as amendments to the text with every change rejected; each author’s changes are a version`
    : null
  return { ok: true, file, tracked: versions.length > 0, notice }
}

/// A version name for a Word author: the author, or `Unknown author` for changes Word
/// stored without one, never a reserved name or one taken already.
function versionName(author: string, taken: readonly string[]): string {
  const base = author.trim() || 'Unknown author'
  let name = ['base', 'current'].includes(base.toLowerCase()) ? `${base} (author)` : base
  for (let n = 2; taken.some(t => t.toLowerCase() === name.toLowerCase()); n++) name = `${base} (${n})`
  return name
}
