/// Electron's `failureReason` when the person closed the print dialog with Cancel. The
/// reasons are strings made by Electron's Chromium printing patch
/// (patches/chromium/printing.patch, `PrintReasonFromPrintStatus`: "Invalid printer
/// settings", "Print job canceled", "Print job failed"), listed in electron.d.ts
/// (`WebContents.print`). Older Electron versions said "cancelled" and then "canceled".
export const printCanceled = 'Print job canceled'

/// What to tell the person when `webContents.print` calls back: null when it printed or
/// was cancelled (a Cancel is not a problem), else a one-line sentence with Electron's
/// reason.
export function printProblem(success: boolean, failureReason: string): string | null {
  if (success || failureReason === printCanceled) return null
  return `Penholder could not print: ${failureReason || 'Print job failed'}.`
}
