import type { Node } from 'prosemirror-model'
import { buildResolution, readResolution, type ParagraphDraft } from '../../../../shared/schema'
import { template2388 } from '../../../../shared/template'

/// Revisions of the real 2388 template for the amendment engine's tests.

/// Index of a paragraph in the template's drafts by its label: `PP3`, `OP12`.
export function at(label: string): number {
  const m = /^(PP|OP)(\d+)$/.exec(label)!
  return m[1] === 'PP' ? Number(m[2]) - 1 : 24 + Number(m[2]) - 1
}

/// The template's paragraph drafts, with their ids.
export function templateParagraphs(): ParagraphDraft[] {
  return readResolution(template2388()).paragraphs
}

/// A version of `base` (the template by default) whose paragraph list `edit` rewrote.
/// Paragraphs keep their ids unless `freshIds`, which makes the version look imported.
export function revise(edit: (paragraphs: ParagraphDraft[]) => ParagraphDraft[], options: { base?: Node, freshIds?: boolean } = {}): Node {
  const draft = readResolution(options.base ?? template2388())
  const paragraphs = edit(draft.paragraphs.map(p => ({ ...p })))
  return buildResolution({ ...draft, paragraphs: options.freshIds ? paragraphs.map(p => ({ ...p, pid: undefined })) : paragraphs })
}

/// The paragraph with `from` replaced by `to` (which must occur in it).
export function reword(p: ParagraphDraft, from: string, to: string): ParagraphDraft {
  if (!p.text.includes(from)) throw new Error(`“${from}” is not in “${p.text}”`)
  return { ...p, text: p.text.replace(from, to) }
}

/// Change one paragraph of the template by label.
export function rewordIn(label: string, from: string, to: string): (ps: ParagraphDraft[]) => ParagraphDraft[] {
  return ps => { ps[at(label)] = reword(ps[at(label)], from, to); return ps }
}

/// Move a PP or OP of the template to just after another.
export function moveAfter(label: string, after: string): (ps: ParagraphDraft[]) => ParagraphDraft[] {
  return ps => {
    const moved = ps[at(label)], anchor = ps[at(after)]
    const rest = ps.filter(p => p !== moved)
    rest.splice(rest.indexOf(anchor) + 1, 0, moved)
    return rest
  }
}

/// Insert new paragraphs after a PP or OP of the template.
export function insertAfter(label: string, ...inserted: ParagraphDraft[]): (ps: ParagraphDraft[]) => ParagraphDraft[] {
  return ps => { ps.splice(at(label) + 1, 0, ...inserted); return ps }
}

/// Delete a PP or OP of the template.
export function remove(label: string): (ps: ParagraphDraft[]) => ParagraphDraft[] {
  return ps => ps.filter((_p, i) => i !== at(label))
}

/// Apply several edits in turn. Labels are read as template labels at each edit, so
/// list edits that insert, delete or move paragraphs from the end of the text.
export function all(...edits: Array<(ps: ParagraphDraft[]) => ParagraphDraft[]>): (ps: ParagraphDraft[]) => ParagraphDraft[] {
  return ps => edits.reduce((acc, edit) => edit(acc), ps)
}
