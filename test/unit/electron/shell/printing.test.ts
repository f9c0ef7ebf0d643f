import { describe, expect, it } from 'vitest'
import { printProblem } from '../../../../electron/shell/printing'

describe('printProblem', () => {
  // The reasons electron.d.ts (41.7.1) lists for `webContents.print`'s callback.
  it.each([
    ['printed', true, '', null],
    ['the person pressed Cancel', false, 'Print job canceled', null],
    ['the print job failed', false, 'Print job failed', 'Penholder could not print: Print job failed.'],
    ['the printer settings were refused', false, 'Invalid printer settings', 'Penholder could not print: Invalid printer settings.'],
    ['no reason given', false, '', 'Penholder could not print: Print job failed.']
  ])('%s', (_case, success, reason, problem) => {
    expect(printProblem(success, reason)).toBe(problem)
  })
})
