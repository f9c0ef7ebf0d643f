import { exportPlainText } from '../../shared/export'
import { compareDocuments } from '../../shared/amend'
import { resolveVersion } from '../../shared/file'
import { CliError } from '../cliError'
import { loadInput, type Input } from '../input'
import { writeOutput } from '../writeOutput'
import { renderComparison } from './compare'
import type { Flags, Output } from '../main'

const formats = ['text', 'amendments'] as const

/// `penholder export <input> --format <f> [-o out] [--from v] [--to v]`: text formats go
/// to standard output without `-o`.
export async function exportDocument(spec: string, flags: Flags, output: Output): Promise<number> {
  const format = flags.format
  if (!format) throw new CliError(`export needs --format (one of: ${formats.join(', ')})`)
  if (!(formats as readonly string[]).includes(format))
    throw new CliError(`unknown export format “${format}” (available: ${formats.join(', ')})`)
  const input = await loadInput(spec)
  const text = format === 'text'
    ? exportPlainText(input.doc, { crlf: flags.crlf, plainHyphens: flags['plain-hyphens'] })
    : renderComparison(compareDocuments(pick(input, flags.from ?? 'base'), pick(input, flags.to ?? 'current')), 'amendments')
  if (flags.output) await writeOutput(flags.output, text, flags.force ?? false)
  else output.out(text)
  return 0
}

/// A version of the input for `--from`/`--to`: any version of a document file; a template
/// or text has only itself, as both base and current.
function pick(input: Input, ref: string): Input['doc'] {
  if (!input.file) {
    if (ref === 'base' || ref === 'current') return input.doc
    throw CliError.about(input.name, `has no version “${ref}”: only a .penholder.json document has versions`)
  }
  const picked = resolveVersion(input.file, ref)
  if (!picked.ok) throw CliError.about(input.name, picked.error)
  return picked.doc
}
