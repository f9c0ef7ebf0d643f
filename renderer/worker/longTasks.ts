/// The operations that take long enough to show (a big paste, the open of a big file or
/// of a Word file): what they are doing, how far they are, and how to cancel them. The
/// code doing the work reports here; the app shows the latest task in its notice line
/// with a Cancel button (`Notice.tsx`), wherever the work was started.

export interface LongTask {
  /// What is being done, in a few words naming the file or the paste.
  readonly label: string
  /// How much is done, from 0 to 1, or null while that cannot be told (the worker reading).
  readonly done: number | null
  cancel(): void
}

/// What the code doing the work holds: report progress, then end (done or canceled).
export interface LongTaskHandle {
  progress(label: string, done: number | null): void
  end(): void
}

const tasks: LongTask[] = []
const listeners = new Set<(task: LongTask | null) => void>()

function changed(): void {
  const latest = tasks.at(-1) ?? null
  for (const listener of listeners) listener(latest)
}

/// Start showing a task; `cancel` is called when the user cancels it (and the task then
/// ends itself).
export function beginLongTask(label: string, cancel: () => void): LongTaskHandle {
  let task: LongTask = { label, done: null, cancel }
  tasks.push(task)
  changed()
  return {
    progress(label, done) {
      const at = tasks.indexOf(task)
      if (at < 0) return
      task = { label, done, cancel }
      tasks[at] = task
      changed()
    },
    end() {
      const at = tasks.indexOf(task)
      if (at < 0) return
      tasks.splice(at, 1)
      changed()
    }
  }
}

/// Be told of the latest task (null when none is running); returns the way to stop.
export function watchLongTasks(listener: (task: LongTask | null) => void): () => void {
  listeners.add(listener)
  listener(tasks.at(-1) ?? null)
  return () => { listeners.delete(listener) }
}
