import type { ShellEvent } from '../../shared/host'

/// The events waiting for one window, handed out one at a time to the page's pending
/// `nextShellEvent` call. An event sent before the page is ready (the file a new window
/// was opened for) waits in the queue until the page first asks.
export class ShellEventQueue {
  private readonly waiting: ShellEvent[] = []
  private reader: ((event: ShellEvent) => void) | null = null

  push(event: ShellEvent): void {
    const reader = this.reader
    if (reader) {
      this.reader = null
      reader(event)
    } else {
      this.waiting.push(event)
    }
  }

  /// The next event. A call made while another is pending takes its place: the earlier
  /// caller was a page since reloaded or crashed, whose answer would go nowhere.
  next(): Promise<ShellEvent> {
    const first = this.waiting.shift()
    if (first) return Promise.resolve(first)
    return new Promise(resolve => { this.reader = resolve })
  }
}
