import { importResolution } from '../../shared/import'
import { createDocumentFile, serializeDocumentFile } from '../../shared/file'
import { summarizeResolution } from '../../shared/schema'
import { CliError } from '../cliError'
import { isDocumentPath } from '../input'
import { readBytes, readText } from '../readText'
import { loadDocx } from '../docxInput'
import { writeOutput } from '../writeOutput'
import type { Flags, Output } from '../main'

/// `penholder import <text> -o <file.penholder>`: a new document whose base is the
/// imported text (`*.penholder.json`, as earlier versions named documents, is taken too).
export async function importText(path: string, flags: Flags, output: Output): Promise<number> {
  if (!flags.output) throw new CliError('import needs -o <file.penholder>')
  if (!isDocumentPath(flags.output)) throw CliError.about(flags.output, 'the output of import must be named *.penholder')
  if (isDocumentPath(path)) throw CliError.about(path, 'is already a Penholder document; import reads plain text')
  if (/\.docx$/i.test(path)) {
    const input = loadDocx(path, await readBytes(path, 'document'), 'current')
    await writeOutput(flags.output, serializeDocumentFile(input.file!), flags.force ?? false)
    const s = summarizeResolution(input.doc)
    const tracked = input.file!.versions.length ? `, tracked changes of ${input.file!.versions.map(v => v.author).join(', ')} as versions` : ''
    output.out(`${flags.output}: ${s.preambular} preambular and ${s.operative} operative paragraphs imported from ${path} (Word${tracked})\n`)
    return 0
  }
  const result = importResolution(await readText(path))
  if (!result.ok) throw CliError.about(path, result.error, result.line)
  const file = createDocumentFile(result.doc)
  await writeOutput(flags.output, serializeDocumentFile(file), flags.force ?? false)
  for (const w of result.warnings) output.err(`penholder: ${path}: warning: ${w.message} (line ${w.line})\n`)
  const s = summarizeResolution(result.doc)
  output.out(`${flags.output}: ${s.preambular} preambular and ${s.operative} operative paragraphs imported from ${path} (${result.layout} layout)\n`)
  return 0
}
