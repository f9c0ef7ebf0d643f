import { describe, expect, it } from 'vitest'
import { acceptFileDrops, type FileDragEvent } from '../../../../electron/preload/fileDrop'

/// A drag event as Chromium dispatches it: a drag from the file manager carries the type
/// `Files` and the files; a drag of selected text carries only text types.
function drag(type: 'dragover' | 'drop', types: string[], files: string[] = []) {
  const event = Object.assign(new Event(type, { cancelable: true, bubbles: true }), {
    dataTransfer: { types, files: files.map(name => new File([''], name)), dropEffect: 'none' }
  })
  return event as Event & FileDragEvent
}

/// The page's window with the preload's listeners, then one of the page's own (the
/// editor's handling of drops), registered later as the page's scripts run after the
/// preload, to see what reaches the page.
function page() {
  const window = new EventTarget()
  const opened: string[][] = []
  const reachedPage: string[] = []
  acceptFileDrops(window as never, file => `/home/ana/Drafts/${file.name}`, paths => opened.push(paths))
  window.addEventListener('drop', event => reachedPage.push(event.type), { capture: true })
  return { window, opened, reachedPage }
}

describe('acceptFileDrops', () => {
  it('takes files dropped anywhere on the window and sends their paths, before the page sees the drop', () => {
    const p = page()
    const event = drag('drop', ['Files'], ['2388.penholder', 'notes.txt'])
    p.window.dispatchEvent(event)
    expect(p.opened).toEqual([['/home/ana/Drafts/2388.penholder', '/home/ana/Drafts/notes.txt']])
    expect([event.defaultPrevented, p.reachedPage]).toEqual([true, []])
  })

  it('lets files be dropped (a drop fires only where dragover was prevented)', () => {
    const p = page()
    const event = drag('dragover', ['Files'])
    p.window.dispatchEvent(event)
    expect([event.defaultPrevented, event.dataTransfer!.dropEffect]).toEqual([true, 'copy'])
  })

  it('leaves a drag of text to the page’s editor', () => {
    const p = page()
    const over = drag('dragover', ['text/plain', 'text/html'])
    const drop = drag('drop', ['text/plain', 'text/html'])
    p.window.dispatchEvent(over)
    p.window.dispatchEvent(drop)
    expect([over.defaultPrevented, drop.defaultPrevented, p.opened, p.reachedPage]).toEqual([false, false, [], ['drop']])
  })

  it('sends nothing for files with no path on disk (dragged out of another app’s memory)', () => {
    const window = new EventTarget()
    const opened: string[][] = []
    acceptFileDrops(window as never, () => '', paths => opened.push(paths))
    window.dispatchEvent(drag('drop', ['Files'], ['clipping.txt']))
    expect(opened).toEqual([])
  })
})
