import { parseArgs } from 'node:util'
import { CliError } from './cliError'
import { usage } from './usage'
import { info } from './commands/info'
import { importText } from './commands/import'
import { exportDocument } from './commands/export'
import { compare } from './commands/compare'
import { apply } from './commands/apply'
import { newFollowUp } from './commands/new'

/// Where a command writes: the real streams, or strings in a test.
export interface Output {
  out(text: string): void
  err(text: string): void
}

const processOutput: Output = {
  out: text => { process.stdout.write(text) },
  err: text => { process.stderr.write(text) }
}

const options = {
  json: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  format: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  force: { type: 'boolean' },
  crlf: { type: 'boolean' },
  'plain-hyphens': { type: 'boolean' },
  layout: { type: 'string' },
  paper: { type: 'string' },
  author: { type: 'string' },
  style: { type: 'string' },
  'accept-near-misses': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const

export type Flags = ReturnType<typeof parse>['values']

function parse(args: string[]) {
  return parseArgs({ args, options, allowPositionals: true, strict: true })
}

/// Run one `penholder` command and return its exit code. Every failure becomes one line
/// on standard error starting `penholder: `; nothing is written when the input is bad.
export async function main(args: string[], output: Output = processOutput): Promise<number> {
  try {
    let parsed
    try {
      parsed = parse(args)
    } catch (e) {
      throw new CliError(`${(e as Error).message.split('\n')[0]} (see penholder --help)`)
    }
    const { values, positionals } = parsed
    const [command, ...rest] = positionals
    if (values.help || command === 'help' || !command) {
      output.out(usage)
      return command || values.help ? 0 : 2
    }
    switch (command) {
      case 'info': return await info(one(rest, 'info <input>'), values, output)
      case 'import': return await importText(one(rest, 'import <text> -o <file>'), values, output)
      case 'export': return await exportDocument(one(rest, 'export <input> --format <f>'), values, output)
      case 'compare': {
        if (rest.length !== 2) throw new CliError('expected: penholder compare <a> <b>')
        return await compare(rest[0], rest[1], values, output)
      }
      case 'apply': {
        if (rest.length !== 2) throw new CliError('expected: penholder apply <input> <amendments.txt> -o <file.penholder>')
        return await apply(rest[0], rest[1], values, output)
      }
      case 'new': {
        if (rest.length) throw new CliError('expected: penholder new --from <input> -o <file.penholder>')
        return await newFollowUp(values, output)
      }
      default: throw new CliError(`unknown command “${command}” (see penholder --help)`)
    }
  } catch (e) {
    if (e instanceof CliError) {
      output.err(`penholder: ${e.message}\n`)
      return e.exitCode
    }
    output.err(`penholder: internal error: ${e instanceof Error ? e.message : String(e)}\n`)
    return 2
  }
}

function one(rest: string[], shape: string): string {
  if (rest.length !== 1) throw new CliError(`expected: penholder ${shape}`)
  return rest[0]
}
