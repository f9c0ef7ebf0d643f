/// A failure the command reports in one line on standard error, `penholder: ` first, and
/// never as a stack trace. Exit code 2: bad input or usage.
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message)
  }

  /// `draft.txt: not a resolution: … (line 12)`: the file first, the line last.
  static about(file: string, problem: string, line?: number): CliError {
    return new CliError(`${file}: ${problem}${line ? ` (line ${line})` : ''}`)
  }
}
