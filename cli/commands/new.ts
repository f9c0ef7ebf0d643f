import { createDocumentFile, serializeDocumentFile, updateCurrent } from '../../shared/file'
import { followUpDraft } from '../../shared/template'
import { CliError } from '../cliError'
import { isDocumentPath, loadInput } from '../input'
import { writeOutput } from '../writeOutput'
import type { Flags, Output } from '../main'

/// `penholder new --from <input> -o <file.penholder>`: a follow-up draft of an adopted
/// resolution, dated today (docs/cli.md): `<input>` as the base, the draft with a draft's
/// heading and the recall of `<input>` as its current text, so the recall shows as its
/// amendment. Exit 2 and nothing written when `<input>` is not an adopted resolution.
export async function newFollowUp(flags: Flags, output: Output, now = new Date()): Promise<number> {
  if (!flags.from) throw new CliError('new needs --from <input> (see penholder --help)')
  if (!flags.output) throw new CliError('new needs -o <file.penholder>')
  if (!isDocumentPath(flags.output)) throw CliError.about(flags.output, 'the output of new must be named *.penholder')
  const input = await loadInput(flags.from)
  const made = followUpDraft(input.doc, now)
  if (!made.ok) throw CliError.about(input.name, made.error)
  const { base, current, title } = made.draft
  const file = updateCurrent(createDocumentFile(base, { now, title }), current, { now })
  await writeOutput(flags.output, serializeDocumentFile(file), flags.force ?? false)
  output.out(`${flags.output}: “${title}”, a draft of ${current.child(0).attrs.date} following ${input.name}\n`)
  return 0
}
