/// The part of a drag event the drop handling reads (a DOM `DragEvent`).
export interface FileDragEvent {
  readonly dataTransfer: {
    readonly types: ArrayLike<string>
    readonly files: ArrayLike<File>
    dropEffect: string
  } | null
  preventDefault(): void
  stopImmediatePropagation(): void
}

/// The page's window, where the listeners go.
export interface DropTarget {
  addEventListener(type: 'dragover' | 'drop', listener: (event: FileDragEvent) => void, options: { capture: true }): void
}

function carriesFiles(event: FileDragEvent): boolean {
  return event.dataTransfer !== null && Array.from(event.dataTransfer.types).includes('Files')
}

/// Files dragged from the file manager onto any part of the window are taken here, in
/// the preload, and their paths sent to the main process (`open`), which opens the
/// documents among them. The page itself cannot: a sandboxed page never learns a file's
/// path (Electron removed `File.path` in version 32; `webUtils.getPathForFile`, given as
/// `pathOf`, is for the preload). Nor is a drop left to navigate the window to the file,
/// which Electron does only with `navigateOnDragDrop` and which a `penholder://` page
/// would turn into a navigation the app must refuse. The listeners run in the capture
/// phase on the window, before any of the page's (the preload runs before the page's
/// scripts), and a drop of files goes no further, so a file is never pasted into the text
/// as its name; a drag of text (no `Files`) is left to the editor.
export function acceptFileDrops(target: DropTarget, pathOf: (file: File) => string, open: (paths: string[]) => void): void {
  target.addEventListener('dragover', event => {
    if (!carriesFiles(event)) return
    event.preventDefault()
    event.dataTransfer!.dropEffect = 'copy'
  }, { capture: true })
  target.addEventListener('drop', event => {
    if (!carriesFiles(event)) return
    event.preventDefault()
    event.stopImmediatePropagation()
    const paths = Array.from(event.dataTransfer!.files, pathOf).filter(path => path !== '')
    if (paths.length) open(paths)
  }, { capture: true })
}
