import { describe, expect, it } from 'vitest'
import { RendererRecovery, reloadSettleMs, type RendererGoneReason } from '../../../../electron/shell/rendererRecovery'

/// A recovery whose clock the test moves, and what it answers to each event.
function run(events: ([number, RendererGoneReason] | [number, 'closed'])[]): string[] {
  let now = 0
  const recovery = new RendererRecovery(() => now)
  return events.map(([at, what]) => {
    now = at
    if (what === 'closed') { recovery.closed(1); return 'closed' }
    const action = recovery.gone(1, what)
    return action.kind === 'reload' ? 'reload' : action.question.message
  })
}

describe('RendererRecovery', () => {
  it.each([
    ['a crash reloads', [[0, 'crashed']], ['reload']],
    ['a crash right after the reload asks instead of reloading for ever',
      [[0, 'crashed'], [1_000, 'crashed'], [2_000, 'crashed']],
      ['reload', 'This window’s page stopped again: it crashed.', 'reload']],
    ['a crash long after the reload reloads again', [[0, 'oom'], [reloadSettleMs + 1, 'oom']], ['reload', 'reload']],
    ['an integrity failure, which a reload cannot mend, asks at once', [[0, 'integrity-failure']],
      ['This window’s page stopped: its code failed Windows’ integrity check.']],
    ['a window closed and its id seen again starts afresh', [[0, 'killed'], [10, 'closed'], [20, 'killed']], ['reload', 'closed', 'reload']]
  ] as const)('%s', (_case, events, answers) => {
    expect(run(events as unknown as ([number, RendererGoneReason] | [number, 'closed'])[])).toEqual(answers)
  })

  it('offers Reload and Close Window, Escape meaning close', () => {
    const recovery = new RendererRecovery(() => 0)
    recovery.gone(1, 'crashed')
    const action = recovery.gone(1, 'crashed')
    expect(action.kind === 'report' && [action.question.buttons, action.question.answers[action.question.cancelId]])
      .toEqual([['Reload', 'Close Window'], 'close'])
  })
})
