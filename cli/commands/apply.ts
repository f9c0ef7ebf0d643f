import { applyAmendments, paragraphName, readAmendments, wordingOf, type ReadAmendment } from '../../shared/amend'
import { createDocumentFile, serializeDocumentFile, updateCurrent } from '../../shared/file'
import { CliError } from '../cliError'
import { isDocumentPath, loadInput } from '../input'
import { readText } from '../readText'
import { writeOutput } from '../writeOutput'
import type { Flags, Output } from '../main'

/// `penholder apply <input> <amendments.txt> -o <file.penholder> [--accept-near-misses]`:
/// amendments in UN wording, either register, English or French, applied in order to
/// `<input>` as tabled; the result's base is `<input>`, its current the amended text
/// (docs/cli.md). Exit 2 and nothing written when an amendment cannot be read or names a
/// paragraph the text lacks; exit 1 and nothing written when quoted words are not found
/// exactly, unless `--accept-near-misses`, which applies them to the closest text found
/// and lists them, then says how many amendments were applied, and how many of them to
/// the closest text found.
export async function apply(inputSpec: string, amendmentsPath: string, flags: Flags, output: Output): Promise<number> {
  if (!flags.output) throw new CliError('apply needs -o <file.penholder>')
  if (!isDocumentPath(flags.output)) throw CliError.about(flags.output, 'the output of apply must be named *.penholder')
  const input = await loadInput(inputSpec)
  const read = readAmendments(await readText(amendmentsPath), { annexes: wordingOf(input.doc).annexes })
  if (!read.length) throw CliError.about(amendmentsPath, 'holds no amendment (a list numbered 1., 2. … or (a), (b) …, or lines such as “In paragraph 4, …”)')
  const unread = read.find(a => !a.ok)
  if (unread && !unread.ok) throw CliError.about(amendmentsPath, `amendment ${unread.number} ${unread.error}`, unread.line)
  const operations = read.map(a => a.ok ? a.operations : [])
  const accept = flags['accept-near-misses'] ?? false
  const applied = applyAmendments(input.doc, operations, { acceptNearMisses: accept })
  const at = (n: number) => read[n - 1] as ReadAmendment
  if (applied.refused.length) {
    const first = applied.refused[0]
    throw CliError.about(amendmentsPath, `amendment ${at(first.amendment).number} ${first.reason}`, at(first.amendment).line)
  }
  for (const miss of applied.nearMisses) {
    const a = at(miss.amendment)
    output.err(`penholder: ${amendmentsPath}: amendment ${a.number} (line ${a.line}): “${miss.looked}” is not in ${paragraphName(miss.paragraph)} as written; closest: “${miss.closest}”${accept ? ' (applied there)' : ''}\n`)
  }
  if (applied.nearMisses.length && !accept) {
    output.err(`penholder: nothing written: ${applied.nearMisses.length} near-miss${applied.nearMisses.length > 1 ? 'es' : ''}; check them, then run again with --accept-near-misses to apply them to the closest text\n`)
    return 1
  }
  const file = updateCurrent(createDocumentFile(input.doc), applied.doc)
  await writeOutput(flags.output, serializeDocumentFile(file), flags.force ?? false)
  // Amendments on both sides of the comma: an amendment can miss several quotes, each
  // listed above, and still counts once.
  const closest = new Set(applied.nearMisses.map(m => m.amendment)).size
  const atClosest = !closest ? '' : read.length === 1 ? ', to the closest text found' : `, ${closest} of them to the closest text found`
  output.out(`${flags.output}: ${read.length} amendment${read.length > 1 ? 's' : ''} applied to ${input.name}${atClosest}\n`)
  return 0
}
