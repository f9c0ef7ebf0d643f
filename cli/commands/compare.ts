import { amendmentsHeading, amendmentStyles, blameVersions, compareDocuments, formatAmendmentList, proposersByVersion, wordingLanguage, type AmendmentStyle, type ComparisonJSON } from '../../shared/amend'
import type { PenholderFile, SavedVersion } from '../../shared/file'
import type { Node } from 'prosemirror-model'
import { exportRedlineDocx } from '../../shared/export/docx'
import { docxOptions } from './export'
import { CliError } from '../cliError'
import { loadInput, type Input } from '../input'
import { writeOutput } from '../writeOutput'
import type { Flags, Output } from '../main'

const formats = ['text', 'json', 'amendments', 'docx-redline'] as const

/// `penholder compare <a> <b> [--json] [--format f] [--style s] [-o out]`: the amendments that turn a
/// into b, whatever each of them is (template, document file version, plain text).
export async function compare(a: string, b: string, flags: Flags, output: Output): Promise<number> {
  const format = flags.json ? 'json' : flags.format ?? 'text'
  if (!(formats as readonly string[]).includes(format))
    throw new CliError(`unknown compare format “${format}” (available: ${formats.join(', ')})`)
  if (format === 'docx-redline') {
    if (!flags.output) throw new CliError('--format docx-redline writes a binary file: add -o <file.docx>')
    const options = docxOptions(flags)
    const [base, current] = [await loadInput(a), await loadInput(b)]
    const proposerOf = proposersByVersion(base.doc, versionsCompared(base, current))
    await writeOutput(flags.output, await exportRedlineDocx(base.doc, current.doc, { ...options, proposerOf }), flags.force ?? false)
    return 0
  }
  const [left, right] = [await loadInput(a), await loadInput(b)]
  const versions = versionsCompared(left, right)
  const comparison = compareDocuments(left.doc, right.doc, amendmentStyle(flags), versions.length ? blameVersions(left.doc, versions) : undefined)
  const text = renderComparison(comparison, format as Exclude<typeof formats[number], 'docx-redline'>, officialHeading(left.doc, flags))
  if (flags.output) await writeOutput(flags.output, text, flags.force ?? false)
  else output.out(text)
  return 0
}

/// Where a text stands among a document file's versions: -1 for its base, a saved
/// version's index, the number of versions for the current text; null for none of them.
function versionIndex(file: PenholderFile, doc: Node): number | null {
  const saved = file.versions.findIndex(v => v.doc === doc)
  return saved >= 0 ? saved : doc === file.base ? -1 : doc === file.current ? file.versions.length : null
}

/// The versions of a document file saved after `from` and up to `to` (`to` included when
/// it is a saved version), in order: those whose authors propose the amendments from one
/// to the other (cli.md, "Proposers"). `toFile` is the file `to` was read from when it was
/// read apart, the same file again. None when either text is not one of its versions, or
/// `to` does not come after `from`.
export function versionsBetween(file: PenholderFile, from: Node, to: Node, toFile: PenholderFile = file): readonly SavedVersion[] {
  const start = versionIndex(file, from), end = versionIndex(toFile, to)
  if (start == null || end == null || end <= start) return []
  return file.versions.slice(start + 1, end + 1)
}

/// The versions between the two inputs of `compare` when both name versions of one
/// document file (`draft.penholder#Rev.1 draft.penholder`), else none.
function versionsCompared(left: Input, right: Input): readonly SavedVersion[] {
  const path = (input: Input) => input.name.replace(/#[^#]*$/, '')
  if (!left.file || !right.file || path(left) !== path(right)) return []
  return versionsBetween(left.file, left.doc, right.doc, right.file)
}

/// `--style negotiation` (default) or `--style official`: the register of the wording.
export function amendmentStyle(flags: Flags): AmendmentStyle {
  const style = flags.style ?? 'negotiation'
  if (!(amendmentStyles as readonly string[]).includes(style)) throw new CliError(`unknown --style “${style}” (available: ${amendmentStyles.join(', ')})`)
  return style as AmendmentStyle
}

/// The heading an official-register amendments list opens with, naming the text as tabled;
/// none in the negotiation register.
function officialHeading(tabled: Node, flags: Flags): string | undefined {
  if (amendmentStyle(flags) !== 'official') return undefined
  const meta = tabled.firstChild!.attrs
  return amendmentsHeading(meta.symbol ?? '', wordingLanguage(meta.lang))
}

/// A comparison in one of the command's text formats: `json` is the shape of cli.md,
/// `amendments` the formal list in UN wording, `text` one line per change for a terminal.
export function renderComparison(comparison: ComparisonJSON, format: 'text' | 'json' | 'amendments', heading?: string): string {
  if (format === 'json') return JSON.stringify(comparison, null, 2) + '\n'
  if (!comparison.changes.length) return format === 'amendments' ? 'No amendments: the two texts read the same.\n' : 'No changes.\n'
  if (format === 'amendments') return (heading ? heading + '\n\n' : '') + formatAmendmentList(comparison.changes)
  return comparison.changes.map(c => {
    const where = c.from && c.to && c.from !== c.to ? `${c.from} → ${c.to}` : c.from ?? c.to ?? ''
    return `${c.kind.padEnd(9)} ${where.padEnd(14)} ${c.description}`
  }).join('\n') + '\n'
}
