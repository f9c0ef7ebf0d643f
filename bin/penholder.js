#!/usr/bin/env node
// The `penholder` command runs the TypeScript sources through tsx, so the command and the
// app execute the very same shared/ code with no build step in between.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
