import { useEffect } from 'react'

/// Files dragged from the file manager onto the web edition's window: the first is opened
/// (`open`), wherever it is dropped, the text included, so a file is never pasted into
/// the text as its name. Taken in the capture phase on the window, before the editor's
/// own drop handling; a drag of text (no `Files`) is left to the editor. The desktop's
/// preload takes such drops before the page sees them (electron/preload/fileDrop.ts).
export function useFileDrops(open: (file: File) => void): void {
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer !== null && Array.from(event.dataTransfer.types).includes('Files')
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      event.dataTransfer!.dropEffect = 'copy'
    }
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      event.stopPropagation()
      const file = event.dataTransfer!.files[0]
      if (file) open(file)
    }
    window.addEventListener('dragover', over, true)
    window.addEventListener('drop', drop, true)
    return () => {
      window.removeEventListener('dragover', over, true)
      window.removeEventListener('drop', drop, true)
    }
  }, [open])
}
