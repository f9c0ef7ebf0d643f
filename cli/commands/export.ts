import { exportAmendmentsText, exportPlainText } from '../../shared/export'
import { exportAkn } from '../../shared/export/akn'
import { exportHtml } from '../../shared/export/html'
import { exportAmendmentsDocx, exportDocx, exportRedlineDocx, docxLayouts, docxPapers, type DocxOptions } from '../../shared/export/docx'
import { compareDocuments, proposersByVersion } from '../../shared/amend'
import { resolveVersion } from '../../shared/file'
import type { ResolutionMeta } from '../../shared/schema'
import { CliError } from '../cliError'
import { loadInput, type Input } from '../input'
import { writeOutput } from '../writeOutput'
import { amendmentStyle, renderComparison, versionsBetween } from './compare'
import type { Flags, Output } from '../main'

const formats = ['text', 'docx', 'docx-redline', 'html', 'amendments', 'akn'] as const
/// Formats whose output is a binary file, written only with `-o`.
export const binaryFormats: readonly string[] = ['docx', 'docx-redline']

/// `penholder export <input> --format <f> [-o out] [--from v] [--to v] [--layout l]
/// [--paper p] [--author a]`: text formats go to standard output without `-o`; Word files
/// need `-o`.
export async function exportDocument(spec: string, flags: Flags, output: Output): Promise<number> {
  const format = flags.format
  if (!format) throw new CliError(`export needs --format (one of: ${formats.join(', ')})`)
  if (!(formats as readonly string[]).includes(format))
    throw new CliError(`unknown export format “${format}” (available: ${formats.join(', ')})`)
  if (binaryFormats.includes(format) && !flags.output) throw new CliError(`--format ${format} writes a binary file: add -o <file.docx>`)
  const docx = docxOptions(flags)
  const input = await loadInput(spec)
  const data = format === 'text'
    ? exportPlainText(input.doc, { crlf: flags.crlf, plainHyphens: flags['plain-hyphens'] })
    : format === 'docx' ? await exportDocx(input.doc, { ...docx, comments: input.file && input.doc === input.file.current ? input.file.comments : [] })
    : format === 'docx-redline' ? await redline(input, flags.from ?? 'base', flags.to ?? 'current', docx)
    : format === 'akn' ? exportAkn(input.doc)
    : format === 'html' ? exportHtml(input.doc)
    : await amendmentsDocument(input, flags, docx, flags.output && /\.docx$/i.test(flags.output) ? 'docx' : 'text')
  if (flags.output) await writeOutput(flags.output, data, flags.force ?? false)
  else output.out(data as string)
  return 0
}

/// `--layout`, `--paper` and `--author`, checked against what the Word export knows.
export function docxOptions(flags: Flags): DocxOptions {
  const choice = <T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined => {
    if (value === undefined) return undefined
    if (!(allowed as readonly string[]).includes(value)) throw new CliError(`unknown --${flag} “${value}” (available: ${allowed.join(', ')})`)
    return value as T
  }
  return {
    layout: choice('layout', flags.layout, docxLayouts),
    paper: choice('paper', flags.paper, docxPapers),
    author: flags.author
  }
}

/// The redline .docx of two versions of an input, each revision signed by its proposer:
/// the author of the first version saved between them that holds its change.
async function redline(input: Input, from: string, to: string, options: DocxOptions): Promise<Uint8Array> {
  const base = pick(input, from), current = pick(input, to)
  return exportRedlineDocx(base, current, { ...options, proposerOf: proposersByVersion(base, savedBetween(input, base, current)) })
}

/// The amendments document of `--from` → `--to`, as .docx or text: proposed by the
/// authors of the versions saved between them, or by `--author`. Text with no amendments
/// says so in one line.
async function amendmentsDocument(input: Input, flags: Flags, options: DocxOptions, kind: 'docx' | 'text'): Promise<Uint8Array | string> {
  const base = pick(input, flags.from ?? 'base'), current = pick(input, flags.to ?? 'current')
  const comparison = compareDocuments(base, current, amendmentStyle(flags))
  const authors = [...new Set(savedBetween(input, base, current).map(v => v.author))]
  const proposers = authors.length ? authors : options.author ? [options.author] : []
  const meta = base.firstChild!.attrs as ResolutionMeta
  const descriptions = comparison.changes.map(c => c.description)
  if (kind === 'docx') return exportAmendmentsDocx(meta, descriptions, proposers, options)
  return descriptions.length ? exportAmendmentsText(meta, descriptions, proposers) : renderComparison(comparison, 'amendments')
}

/// The versions of the input saved after `base` and up to `current` (`versionsBetween`);
/// none for a template or text, which has no versions.
function savedBetween(input: Input, base: Input['doc'], current: Input['doc']): ReturnType<typeof versionsBetween> {
  return input.file ? versionsBetween(input.file, base, current) : []
}

/// A version of the input for `--from`/`--to`: any version of a document file; a template
/// or text has only itself, as both base and current.
function pick(input: Input, ref: string): Input['doc'] {
  if (!input.file) {
    if (ref === 'base' || ref === 'current') return input.doc
    throw CliError.about(input.name, `has no version “${ref}”: only a .penholder document has versions`)
  }
  const picked = resolveVersion(input.file, ref)
  if (!picked.ok) throw CliError.about(input.name, picked.error)
  return picked.doc
}
