import type { Question } from './questions'

/// Why a window's page process ended, as Electron's `render-process-gone` tells it
/// (`RenderProcessGoneDetails.reason` in electron.d.ts).
export type RendererGoneReason =
  'clean-exit' | 'abnormal-exit' | 'killed' | 'crashed' | 'oom' | 'launch-failed' | 'integrity-failure' | 'memory-eviction'

/// What to do about a page that is gone.
export type RendererGoneAction =
  | { readonly kind: 'reload' }
  | { readonly kind: 'report', readonly question: Question<'reload' | 'close'> }

const reasons: Record<RendererGoneReason, string> = {
  'clean-exit': 'it ended',
  'abnormal-exit': 'it ended unexpectedly',
  killed: 'another program ended it',
  crashed: 'it crashed',
  oom: 'it ran out of memory',
  'launch-failed': 'it could not be started',
  'integrity-failure': 'its code failed Windows’ integrity check',
  'memory-eviction': 'the system ended it to free memory'
}

/// A page that ends again within this many milliseconds of being reloaded is taken to
/// end on loading, so reloading it again would only loop.
export const reloadSettleMs = 60_000

/// The answer to a page that is gone: reload it once, so a one-off crash costs the person
/// nothing (the draft comes back from the recovery journal); if it ends again soon after
/// that reload, or for a reason reloading cannot mend, say what happened and let the
/// person choose, instead of reloading for ever.
export class RendererRecovery {
  private readonly reloadedAt = new Map<number, number>()

  constructor(private readonly now: () => number = Date.now) {}

  gone(windowId: number, reason: RendererGoneReason): RendererGoneAction {
    const at = this.now()
    const last = this.reloadedAt.get(windowId)
    const again = last !== undefined && at - last < reloadSettleMs
    if (!again && reason !== 'integrity-failure') {
      this.reloadedAt.set(windowId, at)
      return { kind: 'reload' }
    }
    this.reloadedAt.delete(windowId)
    return {
      kind: 'report',
      question: {
        type: 'error',
        message: again ? `This window’s page stopped again: ${reasons[reason]}.` : `This window’s page stopped: ${reasons[reason]}.`,
        detail: 'Penholder keeps unsaved changes in its recovery journal and offers them back when the page loads. Reload to try again, or close the window.',
        buttons: ['Reload', 'Close Window'],
        defaultId: 0,
        cancelId: 1,
        answers: ['reload', 'close']
      }
    }
  }

  closed(windowId: number): void {
    this.reloadedAt.delete(windowId)
  }
}
