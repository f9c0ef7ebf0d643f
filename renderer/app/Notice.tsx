import { useEffect } from 'react'
import type { LongTask } from '../worker/longTasks'

export interface Message {
  readonly text: string
  readonly error: boolean
  readonly at: number
  /// Choices the message offers (what to do with a pasted whole resolution); choosing
  /// one dismisses the message.
  readonly actions?: ReadonlyArray<{ readonly label: string, run(): void }>
}

/// How long a message that is not an error stays.
const infoTime = 6000

/// The one line the app says something in: what a paste did, why a file could not be
/// opened. Errors stay until dismissed; they are never only in the console. While a long
/// task runs (a big paste, the open of a big or a Word file) the line shows it instead,
/// with its progress and a Cancel button; the message comes back when it ends.
///
/// `onDismiss` is told which message goes: a message's timer can come due while the page
/// is busy (a big paste's slices) and run after a newer message was set but before the
/// notice redrew and cleared that timer; it must then leave the newer message alone.
export function Notice({ message, task, onDismiss }: { message: Message | null, task: LongTask | null, onDismiss: (shown: Message) => void }) {
  useEffect(() => {
    if (!message || message.error || message.actions?.length) return
    const timer = setTimeout(() => onDismiss(message), infoTime)
    return () => clearTimeout(timer)
  }, [message])
  if (task) return (
    <div className="ph-notice ph-notice-task" role="status" aria-busy="true">
      <span className="ph-notice-text">{task.label}</span>
      <progress className="ph-notice-progress" max={1} value={task.done ?? undefined} aria-label={task.done === null ? 'Working' : `${Math.round(task.done * 100)}% done`} />
      <button type="button" className="ph-notice-action" onClick={() => task.cancel()}>Cancel</button>
    </div>
  )
  if (!message) return null
  return (
    <div className={message.error ? 'ph-notice ph-notice-error' : 'ph-notice'} role={message.error ? 'alert' : 'status'}>
      <span className="ph-notice-text">{message.text}</span>
      {message.actions?.map(action => (
        <button type="button" key={action.label} className="ph-notice-action" onClick={() => { onDismiss(message); action.run() }}>{action.label}</button>
      ))}
      <button type="button" onClick={() => onDismiss(message)} aria-label="Dismiss">×</button>
    </div>
  )
}
