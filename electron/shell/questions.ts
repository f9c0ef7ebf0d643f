import { basename } from 'node:path'
import type { CloseChoice } from './closeFlow'

/// A native message box as plain data: what Electron's `dialog.showMessageBox` takes,
/// and what each button means.
export interface Question<T> {
  readonly type: 'question' | 'warning' | 'error' | 'info'
  readonly message: string
  readonly detail: string
  readonly buttons: readonly string[]
  readonly defaultId: number
  /// The button Escape and the window's close button stand for.
  readonly cancelId: number
  readonly answers: readonly T[]
}

/// Save / Don't Save / Cancel, in the words of the platforms' own editors. Escape is
/// Cancel, never Don't Save: a reflex must not cost a draft.
export function unsavedChangesQuestion(title: string): Question<CloseChoice> {
  return {
    type: 'warning',
    message: `Do you want to save the changes you made to “${title || 'Untitled'}”?`,
    detail: 'Your changes will be lost if you don’t save them.',
    buttons: ['Save', 'Don’t Save', 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    answers: ['save', 'discard', 'cancel']
  }
}

/// Whether to write over a file another program changed since Penholder read it, or a
/// file that has the name Penholder completed a typed name to.
export function replaceQuestion(path: string, reason: 'changed-on-disk' | 'exists'): Question<boolean> {
  const name = basename(path)
  return {
    type: 'warning',
    message: reason === 'changed-on-disk'
      ? `“${name}” was changed by another program since Penholder opened it.`
      : `“${name}” already exists.`,
    detail: reason === 'changed-on-disk'
      ? 'Replace it with this draft? The other program’s changes will be lost. To keep both, choose Cancel and use Save As.'
      : 'Replace it with this draft? Its current content will be lost.',
    buttons: ['Replace', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    answers: [true, false]
  }
}

/// A problem with a file, as an error box: the sentence up to its first colon (what
/// failed, on which file, in which folder) as the message, the rest (why, and what to do)
/// as the detail. The draft in the window is not touched by showing it.
export function problemBox(problem: string): Question<void> {
  const split = problem.indexOf(': ')
  const [message, detail] = split < 0 ? [problem, ''] : [problem.slice(0, split) + '.', problem.slice(split + 2)]
  return {
    type: 'error',
    message,
    detail: detail.charAt(0).toUpperCase() + detail.slice(1),
    buttons: ['OK'],
    defaultId: 0,
    cancelId: 0,
    answers: [undefined]
  }
}
