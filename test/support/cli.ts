import { loadCli } from '../../bin/cliBundle.js'

/// Run one `penholder` command through the bundled command that `bin/penholder.js` runs
/// (not the TypeScript sources), capturing what it writes: the CLI tests check what users
/// get. Returns the exit code and both streams.
export async function runCli(...args: string[]): Promise<{ code: number, out: string, err: string }> {
  const { main } = await loadCli()
  let out = '', err = ''
  const code = await main(args, { out: (t: string) => { out += t }, err: (t: string) => { err += t } })
  return { code, out, err }
}
