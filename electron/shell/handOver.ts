/// What the operating system or the person hands to the running app from outside.
export type HandOver =
  /// A document to show: from the command line, a second launch, macOS `open-file`, or
  /// dropped on the window `target`.
  | { readonly kind: 'document', readonly path: string, readonly target?: number }
  /// A second launch without a document: bring the app forward.
  | { readonly kind: 'activate' }

/// The hand-overs, queued from the first line of the main process and carried out one
/// after another once the app can. Electron emits macOS `open-file` before `ready` when a
/// document launches the app, and `second-instance` any time after `ready` — also while
/// the app is still reading its settings (Explorer's Open on several files starts one
/// process per file). Carried out one at a time, two documents arriving together never
/// both take the same blank window.
export class HandOverQueue {
  private readonly waiting: HandOver[] = []
  private handler: ((request: HandOver) => Promise<void>) | null = null
  private chain: Promise<void> = Promise.resolve()

  /// `onProblem` hears of a hand-over that failed in an unforeseen way (a problem with
  /// the file itself is the handler's to show).
  constructor(private readonly onProblem: (message: string) => void) {}

  push(request: HandOver): void {
    if (this.handler) this.run(request)
    else this.waiting.push(request)
  }

  /// From now on, `handler` carries out each hand-over, first those that waited.
  start(handler: (request: HandOver) => Promise<void>): void {
    this.handler = handler
    for (const request of this.waiting.splice(0)) this.run(request)
  }

  /// Settles when every hand-over pushed so far is carried out.
  settled(): Promise<void> {
    return this.chain
  }

  private run(request: HandOver): void {
    const handler = this.handler!
    this.chain = this.chain
      .then(() => handler(request))
      .catch(error => this.onProblem(error instanceof Error ? error.message : String(error)))
  }
}
