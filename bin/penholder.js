#!/usr/bin/env node
// The `penholder` command: the bundled build of cli/main.ts (bin/cliBundle.js), so that it
// starts like a compiled tool and runs the very same shared/ code as the app.
import { loadCli } from './cliBundle.js'

let cli
try {
  cli = await loadCli()
} catch (e) {
  process.stderr.write(`penholder: could not build the command from its sources: ${String(e.message ?? e).split('\n')[0]}\n`)
  process.exit(2)
}
process.exitCode = await cli.main(process.argv.slice(2))
